/**
 * Which charset a page's bytes are in, and whether they are text at all.
 *
 * <p>{@link yaowen.cleaning.charset.CharsetDetector} decides in this order: byte-order mark, the
 * HTTP header and the HTML meta declaration (trusted when the bytes fit them), then detection
 * (valid UTF-8, else GB18030 against Big5). {@link yaowen.cleaning.charset.BinarySniffer} rejects
 * PDFs, images, archives and NUL-heavy bytes before any decoding. Internal to the cleaning module.
 */
package yaowen.cleaning.charset;
