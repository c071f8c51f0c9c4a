package yaowen.crawler.fetch;

import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One HTTP response, body untouched.
 *
 * @param requestedUrl   the URL asked for
 * @param finalUrl       the URL that answered, after redirects
 * @param status         HTTP status of the final response
 * @param contentType    Content-Type header as served
 * @param declaredCharset charset named by the Content-Type header
 * @param headers        selected response headers, lower-case names (etag, last-modified,
 *                       content-type, content-length, content-encoding, content-language, server,
 *                       cache-control, expires)
 * @param body           the body bytes (after transfer decoding, before any charset decoding); do
 *                       not modify
 * @param truncated      true when the body was cut at the size cap
 * @param fetchedAt      when the final response arrived
 */
public record FetchResult(URI requestedUrl, URI finalUrl, int status, Optional<String> contentType,
                          Optional<String> declaredCharset, Map<String, String> headers, byte[] body,
                          boolean truncated, Instant fetchedAt) {

    public FetchResult {
        Objects.requireNonNull(requestedUrl, "requestedUrl");
        Objects.requireNonNull(finalUrl, "finalUrl");
        headers = Map.copyOf(headers);
        Objects.requireNonNull(body, "body");
    }

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    public boolean redirected() {
        return !requestedUrl.equals(finalUrl);
    }

    /** The named header, by lower-case name. */
    public Optional<String> header(String lowerCaseName) {
        return Optional.ofNullable(headers.get(lowerCaseName));
    }
}
