package yaowen.cleaning;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Page bytes as served, with what the fetch knew about them. Immutable apart from the body array,
 * which the cleaner never modifies.
 *
 * @param body        the response body, raw (any charset); may be empty
 * @param url         the page's URL, when known (used for CMS URL dates and relative links)
 * @param contentType the HTTP {@code Content-Type} header, when known (may name a charset)
 * @param fetchedAt   when the page was fetched; a publish time later than this is rejected
 */
public record FetchedPage(byte[] body, Optional<String> url, Optional<String> contentType, Optional<Instant> fetchedAt) {
    public FetchedPage {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
    }

    /** A page known only by its bytes (a file, stdin). */
    public static FetchedPage of(byte[] body) {
        return new FetchedPage(body, Optional.empty(), Optional.empty(), Optional.empty());
    }
}
