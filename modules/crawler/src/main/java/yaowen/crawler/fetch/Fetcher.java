package yaowen.crawler.fetch;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;

/**
 * Fetches one URL with {@link java.net.http.HttpClient} and keeps the raw bytes: one request, no
 * redirect followed (the caller follows them hop by hop, so robots.txt and politeness apply to each
 * hop's host). The host passes the {@link AddressGuard} first.
 *
 * <p>Limits: a connect timeout; a read timeout covering the whole response (headers and body); a
 * body cap applied to the bytes on the wire and again after gzip/deflate decoding, so a
 * decompression bomb inflates to at most the cap and is marked truncated. Charset bytes are never
 * touched. Thread-safe; share one instance (it pools connections).
 */
public final class Fetcher {
    private static final List<String> KEPT_HEADERS = List.of("etag", "last-modified", "content-type",
            "content-length", "content-encoding", "content-language", "server", "cache-control", "expires",
            "location", "retry-after");
    private static final Pattern CHARSET = Pattern.compile("(?i)charset\\s*=\\s*\"?([^\";\\s]+)");

    private final String userAgent;
    private final Duration readTimeout;
    private final int maxBodyBytes;
    private final AddressGuard guard;
    private final Clock clock;
    private final HttpClient client;

    /**
     * @param connectTimeout TCP connect timeout
     * @param readTimeout    time allowed for the whole response of one request
     * @param maxBodyBytes   body cap, on the wire and after decompression
     */
    public Fetcher(String userAgent, Duration connectTimeout, Duration readTimeout, int maxBodyBytes,
                   AddressGuard guard, Clock clock) {
        this.userAgent = Objects.requireNonNull(userAgent, "userAgent");
        this.readTimeout = Objects.requireNonNull(readTimeout, "readTimeout");
        this.maxBodyBytes = maxBodyBytes;
        this.guard = Objects.requireNonNull(guard, "guard");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(connectTimeout)
                .build();
    }

    /**
     * GETs {@code url} once. A redirect is returned as it is (status 3xx, {@code location} header).
     *
     * @param requestHeaders extra request headers, e.g. {@code If-None-Match}
     * @return the response, whatever its status
     * @throws BlockedAddressException when the host is not allowed
     * @throws HttpTimeoutException    when connecting or reading takes too long
     * @throws IOException             on other network errors
     */
    public FetchResult fetch(URI url, Map<String, String> requestHeaders) throws IOException {
        guard.check(url);
        HttpRequest.Builder request = HttpRequest.newBuilder(url).GET().timeout(readTimeout)
                .header("User-Agent", userAgent)
                .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                .header("Accept-Encoding", "gzip, deflate");
        requestHeaders.forEach(request::header);
        CompletableFuture<HttpResponse<CappedBody.Bytes>> future =
                client.sendAsync(request.build(), info -> CappedBody.subscriber(maxBodyBytes));
        HttpResponse<CappedBody.Bytes> response;
        try {
            response = future.get(readTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new HttpTimeoutException("no complete response from " + url + " in " + readTimeout.toMillis() + " ms");
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while fetching " + url);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            throw new IOException("cannot fetch " + url + ": " + cause, cause);
        }
        HttpHeaders h = response.headers();
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : KEPT_HEADERS) {
            h.firstValue(name).ifPresent(v -> headers.put(name, v));
        }
        byte[] body = response.body().bytes();
        boolean truncated = response.body().truncated();
        String encoding = h.firstValue("content-encoding").map(v -> v.strip().toLowerCase(Locale.ROOT)).orElse("");
        if (!encoding.isEmpty() && !encoding.equals("identity") && body.length > 0) {
            Decoded decoded = decode(encoding, body, maxBodyBytes);
            if (decoded != null) {
                body = decoded.bytes();
                truncated |= decoded.truncated();
                headers.remove("content-encoding");
                headers.remove("content-length");
            }
        }
        Optional<String> contentType = h.firstValue("content-type");
        return new FetchResult(url, url, response.statusCode(), contentType, contentType.flatMap(Fetcher::charset),
                headers, body, truncated, clock.instant());
    }

    /** The charset parameter of a Content-Type value. */
    static Optional<String> charset(String contentType) {
        Matcher m = CHARSET.matcher(contentType);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    record Decoded(byte[] bytes, boolean truncated) {
    }

    /**
     * Inflates gzip or deflate bytes to at most {@code cap} bytes (the decompression-bomb guard), or
     * null for an encoding we do not decode (the bytes are then kept as served).
     */
    static Decoded decode(String encoding, byte[] body, int cap) throws IOException {
        InputStream in;
        if (encoding.equals("gzip") || encoding.equals("x-gzip")) {
            in = new GZIPInputStream(new ByteArrayInputStream(body), 8192);
        } else if (encoding.equals("deflate")) {
            in = new InflaterInputStream(new ByteArrayInputStream(body));
        } else {
            return null;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(cap, body.length * 4 + 64));
        byte[] buffer = new byte[16384];
        try (in) {
            int n;
            while ((n = in.read(buffer)) != -1) {
                int room = cap - out.size();
                if (n > room) {
                    out.write(buffer, 0, room);
                    return new Decoded(out.toByteArray(), true);
                }
                out.write(buffer, 0, n);
            }
        } catch (EOFException e) {
            return new Decoded(out.toByteArray(), true); // cut on the wire
        } catch (java.util.zip.ZipException e) {
            throw new IOException("corrupt " + encoding + " body: " + e.getMessage(), e);
        }
        return new Decoded(out.toByteArray(), false);
    }
}
