package yaowen.crawler.fetch;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;

/**
 * The network {@link PageFetcher}: fetches one URL over a kept-alive HTTP/1.1 connection
 * ({@link Http1Client}, HTTP or HTTPS) and keeps the raw bytes: one request, no redirect followed
 * (the caller follows them hop by hop, so robots.txt and politeness apply to each hop's host). Every
 * address of the host passes the {@link AddressGuard}; the addresses are tried in turn until one
 * accepts the connection. HTTPS verifies the certificate chain, validity and host name, trusting
 * the JDK's CAs and those of the {@link TlsOptions}. A failure is a {@link FetchException} whose
 * message says why in words.
 *
 * <p>Limits: a connect timeout; a read timeout covering the whole response (headers and body); a
 * body cap applied to the bytes on the wire and again after gzip/deflate decoding, so a
 * decompression bomb inflates to at most the cap and is marked truncated. Charset bytes are never
 * touched. Thread-safe; share one instance (it keeps one idle connection or two per host).
 */
public final class HttpPageFetcher implements PageFetcher {
    private static final List<String> KEPT_HEADERS = List.of("etag", "last-modified", "content-type",
            "content-length", "content-encoding", "content-language", "server", "cache-control", "expires",
            "location", "retry-after", "date");

    private final String userAgent;
    private final Duration readTimeout;
    private final int maxBodyBytes;
    private final AddressGuard guard;
    private final Clock clock;
    private final Http1Client client;

    /**
     * @param connectTimeout TCP connect timeout
     * @param readTimeout    time allowed for the whole response of one request
     * @param maxBodyBytes   body cap, on the wire and after decompression
     * @throws IOException when the TLS options cannot be applied (a trusted-certificate file unreadable)
     */
    public HttpPageFetcher(String userAgent, Duration connectTimeout, Duration readTimeout, int maxBodyBytes,
                           AddressGuard guard, TlsOptions tls, Clock clock) throws IOException {
        this.userAgent = Objects.requireNonNull(userAgent, "userAgent");
        this.readTimeout = Objects.requireNonNull(readTimeout, "readTimeout");
        this.maxBodyBytes = maxBodyBytes;
        this.guard = Objects.requireNonNull(guard, "guard");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.client = new Http1Client((int) Math.min(Integer.MAX_VALUE, Objects.requireNonNull(connectTimeout,
                "connectTimeout").toMillis()), guard::resolve, Objects.requireNonNull(tls, "tls"));
    }

    @Override
    public FetchResult fetch(URI url, Map<String, String> requestHeaders) throws IOException {
        try {
            return get(url, requestHeaders);
        } catch (java.net.SocketTimeoutException e) { // an InterruptedIOException, but a timeout, not an interrupt
            throw FetchException.of(url, e);
        } catch (BlockedAddressException | InterruptedIOException e) {
            throw e;
        } catch (IOException e) {
            throw FetchException.of(url, e);
        }
    }

    private FetchResult get(URI url, Map<String, String> requestHeaders) throws IOException {
        guard.check(url);
        if (Thread.currentThread().isInterrupted()) {
            throw new InterruptedIOException("interrupted before fetching " + url);
        }
        List<String[]> request = new ArrayList<>(4 + requestHeaders.size());
        request.add(new String[] {"User-Agent", userAgent});
        request.add(new String[] {"Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"});
        request.add(new String[] {"Accept-Encoding", "gzip, deflate"});
        requestHeaders.forEach((k, v) -> request.add(new String[] {k, v}));
        Http1Client.Response response = client.get(url, request, readTimeout.toNanos(), maxBodyBytes);
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : KEPT_HEADERS) {
            String v = response.first(name);
            if (v != null) {
                headers.put(name, v);
            }
        }
        byte[] body = response.body();
        FetchResult.Cut cut = response.truncated() ? FetchResult.Cut.BODY_CAP : FetchResult.Cut.NONE;
        String encoding = headers.getOrDefault("content-encoding", "").strip().toLowerCase(Locale.ROOT);
        if (!encoding.isEmpty() && !encoding.equals("identity") && body.length > 0) {
            Decoded decoded = decode(encoding, body, maxBodyBytes);
            if (decoded != null) {
                body = decoded.bytes();
                if (cut == FetchResult.Cut.NONE) {
                    cut = decoded.cut();
                }
                headers.remove("content-encoding");
                headers.remove("content-length");
            }
        }
        Optional<String> contentType = Optional.ofNullable(response.first("content-type"));
        return new FetchResult(url, url, response.status(), contentType, contentType.flatMap(HttpPageFetcher::charset),
                headers, body, cut, clock.instant());
    }

    /** Closes the connections kept alive for later requests; the fetcher stays usable. */
    @Override
    public void close() {
        client.close();
    }

    /** The charset parameter of a Content-Type value. */
    static Optional<String> charset(String contentType) {
        int n = contentType.length();
        for (int at = indexOfIgnoreCase(contentType, "charset", 0); at >= 0;
             at = indexOfIgnoreCase(contentType, "charset", at + 1)) {
            int i = skipSpaces(contentType, at + 7);
            if (i >= n || contentType.charAt(i) != '=') {
                continue;
            }
            i = skipSpaces(contentType, i + 1);
            if (i < n && contentType.charAt(i) == '"') {
                i++;
            }
            int start = i;
            while (i < n && contentType.charAt(i) != '"' && contentType.charAt(i) != ';'
                    && !isSpace(contentType.charAt(i))) {
                i++;
            }
            if (i > start) {
                return Optional.of(contentType.substring(start, i));
            }
        }
        return Optional.empty();
    }

    private static int indexOfIgnoreCase(String s, String word, int from) {
        for (int i = from; i + word.length() <= s.length(); i++) {
            if (s.regionMatches(true, i, word, 0, word.length())) {
                return i;
            }
        }
        return -1;
    }

    private static int skipSpaces(String s, int i) {
        while (i < s.length() && isSpace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Regex {@code \\s}: space, tab, line feed, vertical tab, form feed, carriage return. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** Inflated bytes, and whether they hit the cap ({@code DECOMPRESSED_CAP}) or the stream ended early. */
    record Decoded(byte[] bytes, FetchResult.Cut cut) {
        boolean truncated() {
            return cut != FetchResult.Cut.NONE;
        }
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
                    return new Decoded(out.toByteArray(), FetchResult.Cut.DECOMPRESSED_CAP);
                }
                out.write(buffer, 0, n);
            }
        } catch (EOFException e) {
            return new Decoded(out.toByteArray(), FetchResult.Cut.INCOMPLETE); // cut on the wire
        } catch (java.util.zip.ZipException e) {
            throw new IOException("corrupt " + encoding + " body: " + e.getMessage(), e);
        }
        return new Decoded(out.toByteArray(), FetchResult.Cut.NONE);
    }
}
