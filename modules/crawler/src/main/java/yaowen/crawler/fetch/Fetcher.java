package yaowen.crawler.fetch;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jsoup.Connection;
import org.jsoup.Jsoup;

/**
 * Fetches one URL with jsoup and keeps the raw bytes. Redirects are followed here, hop by hop, so
 * each hop's host passes the {@link AddressGuard}. Thread-safe and stateless apart from its settings;
 * it does no politeness itself (callers serialise requests per host).
 */
public final class Fetcher {
    private static final List<String> KEPT_HEADERS = List.of("etag", "last-modified", "content-type",
            "content-length", "content-encoding", "content-language", "server", "cache-control", "expires");

    private final String userAgent;
    private final int timeoutMillis;
    private final int maxBodyBytes;
    private final int maxRedirects;
    private final AddressGuard guard;
    private final Clock clock;

    public Fetcher(String userAgent, Duration timeout, int maxBodyBytes, int maxRedirects, AddressGuard guard,
                   Clock clock) {
        this.userAgent = Objects.requireNonNull(userAgent, "userAgent");
        this.timeoutMillis = Math.toIntExact(timeout.toMillis());
        this.maxBodyBytes = maxBodyBytes;
        this.maxRedirects = maxRedirects;
        this.guard = Objects.requireNonNull(guard, "guard");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * GETs {@code url}, following up to the configured number of redirects.
     *
     * @param requestHeaders extra request headers, e.g. {@code If-None-Match}
     * @return the final response, whatever its status (4xx and 5xx included)
     * @throws BlockedAddressException when a hop's host is not allowed
     * @throws IOException             on network errors, timeouts, or too many redirects
     */
    public FetchResult fetch(URI url, Map<String, String> requestHeaders) throws IOException {
        URI current = url;
        for (int hop = 0; ; hop++) {
            guard.check(current);
            Connection.Response response = Jsoup.connect(current.toString())
                    .userAgent(userAgent)
                    .headers(requestHeaders)
                    .ignoreContentType(true)
                    .ignoreHttpErrors(true)
                    .followRedirects(false)
                    .maxBodySize(maxBodyBytes + 1)
                    .timeout(timeoutMillis)
                    .method(Connection.Method.GET)
                    .execute();
            int status = response.statusCode();
            String location = response.header("Location");
            if (isRedirect(status) && location != null && !location.isBlank()) {
                if (hop >= maxRedirects) {
                    throw new IOException("more than " + maxRedirects + " redirects from " + url);
                }
                current = current.resolve(location.strip().replace(" ", "%20"));
                continue;
            }
            byte[] body = response.bodyAsBytes();
            boolean truncated = body.length > maxBodyBytes;
            if (truncated) {
                body = Arrays.copyOf(body, maxBodyBytes);
            }
            Map<String, String> headers = new LinkedHashMap<>();
            for (String name : KEPT_HEADERS) {
                String value = response.header(name);
                if (value != null) {
                    headers.put(name, value);
                }
            }
            return new FetchResult(url, current, status, Optional.ofNullable(response.contentType()),
                    Optional.ofNullable(response.charset()), headers, body,
                    truncated, clock.instant());
        }
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }
}
