package yaowen.bench.crawl;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import yaowen.crawler.fetch.FetchException;
import yaowen.crawler.fetch.FetchResult;
import yaowen.crawler.fetch.PageFetcher;

/**
 * The library transports {@link TransportBench} measures against the crawler's own
 * ({@link yaowen.crawler.fetch.HttpPageFetcher}): {@link java.net.http.HttpClient} and OkHttp, each
 * as a {@link PageFetcher} with the crawler's request headers, no redirect followed, the body read
 * up to the cap, one connection pool for all hosts. Bench-only: they do not decode gzip (the farm
 * does not compress) and only OkHttp could apply the address guard per address (its {@code Dns}).
 */
final class LibraryFetchers {
    static final List<String> KEPT_HEADERS = List.of("etag", "last-modified", "content-type", "content-length",
            "content-encoding", "location", "retry-after", "date");

    private LibraryFetchers() {
    }

    /** The first {@code cap} bytes of {@code in}, and whether more followed. */
    record Capped(byte[] bytes, boolean truncated) {
        static Capped read(InputStream in, int cap) throws IOException {
            try (in) {
                byte[] bytes = in.readNBytes(cap);
                return new Capped(bytes, bytes.length == cap && in.read() != -1);
            }
        }
    }

    static FetchResult result(URI url, int status, Function<String, Optional<String>> header, Capped body) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : KEPT_HEADERS) {
            header.apply(name).ifPresent(v -> headers.put(name, v));
        }
        Optional<String> contentType = header.apply("content-type");
        Optional<String> charset = contentType.filter(t -> t.contains("charset=")).map(t -> t.substring(t.indexOf("charset=") + 8));
        return new FetchResult(url, url, status, contentType, charset, headers, body.bytes(), body.truncated(),
                Clock.systemUTC().instant());
    }

    /** java.net.http: HTTP/1.1, the client's own pool and selector thread. */
    static final class Jdk implements PageFetcher {
        private final Duration connectTimeout;
        private volatile HttpClient client;
        private final String userAgent;
        private final Duration timeout;
        private final int cap;

        Jdk(String userAgent, Duration connectTimeout, Duration timeout, int cap) {
            this.connectTimeout = connectTimeout;
            this.client = newClient();
            this.userAgent = userAgent;
            this.timeout = timeout;
            this.cap = cap;
        }

        @Override
        public FetchResult fetch(URI url, Map<String, String> requestHeaders) throws IOException {
            HttpRequest.Builder b = HttpRequest.newBuilder(url).timeout(timeout).header("User-Agent", userAgent)
                    .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                    .header("Accept-Encoding", "gzip, deflate");
            requestHeaders.forEach(b::header);
            try {
                HttpResponse<InputStream> r = client.send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
                return result(url, r.statusCode(), r.headers()::firstValue, Capped.read(r.body(), cap));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while fetching " + url);
            } catch (IOException e) {
                throw FetchException.of(url, e);
            }
        }

        private HttpClient newClient() {
            return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(connectTimeout).build();
        }

        /** Drops the kept connections: java.net.http in Java 17 has no close, so a new client replaces it. */
        @Override
        public void close() {
            client = newClient();
        }
    }

    /** OkHttp 4: synchronous calls in the calling thread, a pool of two idle connections per parallel site. */
    static final class OkHttp implements PageFetcher {
        private final okhttp3.OkHttpClient client;
        private final String userAgent;
        private final int cap;

        OkHttp(String userAgent, Duration connectTimeout, Duration timeout, int cap, int parallelism) {
            this.client = new okhttp3.OkHttpClient.Builder().followRedirects(false).followSslRedirects(false)
                    .connectTimeout(connectTimeout).callTimeout(timeout)
                    .connectionPool(new okhttp3.ConnectionPool(2 * parallelism, 15, TimeUnit.SECONDS)).build();
            this.userAgent = userAgent;
            this.cap = cap;
        }

        @Override
        public FetchResult fetch(URI url, Map<String, String> requestHeaders) throws IOException {
            okhttp3.Request.Builder b = new okhttp3.Request.Builder().url(url.toString()).header("User-Agent", userAgent)
                    .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                    .header("Accept-Encoding", "gzip, deflate");
            requestHeaders.forEach(b::header);
            try (okhttp3.Response r = client.newCall(b.build()).execute()) {
                return result(url, r.code(), name -> Optional.ofNullable(r.header(name)), Capped.read(r.body().byteStream(), cap));
            } catch (InterruptedIOException e) {
                throw e;
            } catch (IOException e) {
                throw FetchException.of(url, e);
            }
        }

        /** Drops the kept connections; the client stays usable (synchronous calls need no dispatcher). */
        @Override
        public void close() {
            client.connectionPool().evictAll();
        }
    }
}
