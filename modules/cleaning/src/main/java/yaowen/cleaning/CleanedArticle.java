package yaowen.cleaning;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The article a page carries: clean body text in simplified script and its metadata.
 *
 * @param title         title without the site suffix; empty when the page states none
 * @param publishedAt   ISO-8601 local date ({@code 2021-01-28}) or date-time ({@code 2021-01-28T19:55:07}),
 *                      as precise as the page states; never later than the fetch time
 * @param source        the stated source (来源/信息来源)
 * @param authors       authors and reporters; editors and reviewers are not authors
 * @param text          the body, simplified script, paragraphs joined by {@code \n}, no boilerplate
 * @param script        the script the page was published in
 * @param charset       the charset used to decode the bytes (canonical Java name, e.g. {@code GB18030})
 * @param charsetSource where that charset came from
 * @param simhash       64-bit SimHash of {@code text} over character shingles
 * @param contentHash   hex SHA-256 of {@code text}
 */
public record CleanedArticle(
        Optional<String> title,
        Optional<String> publishedAt,
        Optional<String> source,
        List<String> authors,
        String text,
        Script script,
        String charset,
        CharsetSource charsetSource,
        long simhash,
        String contentHash) {

    public CleanedArticle {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(publishedAt, "publishedAt");
        Objects.requireNonNull(source, "source");
        authors = List.copyOf(authors);
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(script, "script");
        Objects.requireNonNull(charset, "charset");
        Objects.requireNonNull(charsetSource, "charsetSource");
        Objects.requireNonNull(contentHash, "contentHash");
    }

    /** The SimHash as 16 lower-case hex digits. */
    public String simhashHex() {
        return String.format("%016x", simhash);
    }

    /** Script of a page as published. */
    public enum Script {
        SIMPLIFIED("zh-Hans"),
        TRADITIONAL("zh-Hant");

        private final String tag;

        Script(String tag) {
            this.tag = tag;
        }

        /** BCP 47 tag: {@code zh-Hans} or {@code zh-Hant}. */
        public String tag() {
            return tag;
        }
    }

    /** Where the decoding charset came from. */
    public enum CharsetSource { BOM, HEADER, META, DETECTED, DEFAULT }
}
