package yaowen.cleaning.charset;

import java.nio.charset.Charset;
import java.util.Objects;
import yaowen.cleaning.CleanedArticle.CharsetSource;

/**
 * The charset chosen for a body and where it came from.
 *
 * @param charset the charset to decode with
 * @param source  BOM, HTTP header, HTML meta, detection, or the default for pure ASCII
 * @param bomLength number of leading bytes that are a byte-order mark (skip them when decoding)
 */
public record DetectedCharset(Charset charset, CharsetSource source, int bomLength) {
    public DetectedCharset {
        Objects.requireNonNull(charset, "charset");
        Objects.requireNonNull(source, "source");
        if (bomLength < 0) {
            throw new IllegalArgumentException("bomLength < 0");
        }
    }
}
