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
 * @param cut            whether and why the body is incomplete: cut at the size cap on the wire, inflated
 *                       past it (a decompression bomb), or ended early by the server
 * @param fetchedAt      when the final response arrived
 */
public record FetchResult(URI requestedUrl, URI finalUrl, int status, Optional<String> contentType,
                          Optional<String> declaredCharset, Map<String, String> headers, byte[] body,
                          Cut cut, Instant fetchedAt) {

    /** Why a body is incomplete. */
    public enum Cut {
        /** Complete as served. */
        NONE,
        /** Longer than the body cap on the wire: cut there. */
        BODY_CAP,
        /** Its gzip or deflate encoding inflated past the body cap (a decompression bomb): cut there. */
        DECOMPRESSED_CAP,
        /** Its gzip or deflate stream ended early, as the server sent it. */
        INCOMPLETE
    }

    public FetchResult {
        Objects.requireNonNull(requestedUrl, "requestedUrl");
        Objects.requireNonNull(finalUrl, "finalUrl");
        headers = Map.copyOf(headers);
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(cut, "cut");
    }

    /** A response whose body was cut at the body cap ({@code truncated}) or is complete. */
    public FetchResult(URI requestedUrl, URI finalUrl, int status, Optional<String> contentType,
                       Optional<String> declaredCharset, Map<String, String> headers, byte[] body,
                       boolean truncated, Instant fetchedAt) {
        this(requestedUrl, finalUrl, status, contentType, declaredCharset, headers, body,
                truncated ? Cut.BODY_CAP : Cut.NONE, fetchedAt);
    }

    /** Whether the body is incomplete (the raw page is then marked truncated). */
    public boolean truncated() {
        return cut != Cut.NONE;
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
