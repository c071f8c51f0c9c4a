package yaowen.crawler.fetch;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * A small blocking HTTP/1.1 client for GET, made for the crawler's access pattern: requests to one
 * host are serial (the host gate lets one through at a time), so each host needs one persistent
 * connection and no multiplexing. A request runs entirely in the calling thread on a kept-alive
 * connection: no selector thread, executor hand-offs or futures, which is what made
 * {@link java.net.http.HttpClient} cost about three times as much CPU per page.
 *
 * <p>Supports Content-Length, chunked and close-delimited bodies, 1xx interim responses, HTTP/1.0
 * servers, TLS 1.2/1.3 with SNI and host name verification, each resolved address in turn until one
 * accepts the connection, a connect timeout and one deadline for the
 * whole response (past it the socket is closed and the request ends with a timeout). A body longer than the cap is cut and
 * its connection closed. A kept-alive connection the server closed meanwhile is detected on reuse
 * and the GET is sent again once on a new connection. Interrupting the calling thread closes the
 * connection and ends the request with an {@link InterruptedIOException}. Thread-safe.
 *
 * <p>Why not a library: java.net.http.HttpClient and Apache HttpClient 5.6.5 reached about a half and
 * 60–70 % of this client's throughput on the crawl benchmark's plain-HTTP nginx farm; over HTTPS with
 * politeness on and 3,000 hosts ({@code yaowen bench crawl transport}) java.net.http cost ≈ 1.5–2× and
 * OkHttp ≈ 1.1× its CPU per request, with more threads; java.net.http cannot connect only to the
 * addresses the guard checked (docs/benchmarks-crawl.md). Parsing is deliberately narrow (GET only,
 * HTTP/1.x, no proxy) and every limit is enforced before bytes are kept.
 */
final class Http1Client {
    /** An idle connection older than this is closed rather than reused. */
    static final long IDLE_NANOS = 15_000_000_000L;
    private static final int MAX_IDLE_PER_HOST = 2;
    private static final int MAX_HEAD_BYTES = 64 * 1024;

    /** A final response: status, headers by lower-case name, body bytes as received (capped). */
    record Response(int status, Map<String, List<String>> headers, byte[] body, boolean truncated) {
        String first(String name) {
            List<String> v = headers.get(name);
            return v == null || v.isEmpty() ? null : v.get(0);
        }
    }

    /**
     * Requests in flight. One daemon thread per client closes the socket of each whose deadline has
     * passed, checking every {@link #REAP_MILLIS} ms: cheaper per request than a timer task scheduled
     * and cancelled around each exchange, at the cost of a deadline kept to within that. The thread
     * starts with the first request and ends after {@link #REAPER_IDLE_MILLIS} ms without one (or
     * at {@link #close()}), so an idle or forgotten client holds no thread.
     */
    private final Set<Connection> inFlight = ConcurrentHashMap.newKeySet();
    static final long REAP_MILLIS = 20;
    static final long REAPER_IDLE_MILLIS = 2000;
    private final AtomicBoolean reaperRunning = new AtomicBoolean();
    private volatile boolean closed;

    private void track(Connection c) {
        closed = false; // used again after close(): the deadline thread waits for idleness again
        inFlight.add(c);
        if (!reaperRunning.get() && reaperRunning.compareAndSet(false, true)) {
            Thread reaper = new Thread(this::reap, "yaowen-http-deadlines");
            reaper.setDaemon(true);
            reaper.start();
        }
    }

    private void reap() {
        long idleSince = System.nanoTime();
        while (true) {
            try {
                Thread.sleep(REAP_MILLIS);
            } catch (InterruptedException e) {
                reaperRunning.set(false);
                return;
            }
            long now = System.nanoTime();
            if (inFlight.isEmpty()) {
                if (closed || now - idleSince > REAPER_IDLE_MILLIS * 1_000_000) {
                    reaperRunning.set(false);
                    // a request tracked meanwhile saw the flag still set and started no reaper: stay
                    if (inFlight.isEmpty() || !reaperRunning.compareAndSet(false, true)) {
                        return;
                    }
                }
                continue;
            }
            idleSince = now;
            for (Connection c : inFlight) {
                if (now - c.deadline > 0 && inFlight.remove(c)) {
                    try {
                        c.expire();
                    } catch (RuntimeException e) {
                        // the socket is unusable either way; the reaper must keep running for the others
                    }
                }
            }
        }
    }

    /** Whether this client's deadline thread runs now (tests). */
    boolean reaperRunning() {
        return reaperRunning.get();
    }

    /** Turns the host of a URL (a name or literal address) into the addresses a new connection may go to, in order. */
    @FunctionalInterface
    interface Resolver {
        List<InetAddress> resolve(URI url, String host) throws IOException;
    }

    private final int connectTimeoutMillis;
    private final Resolver resolver;
    private final Map<String, ConcurrentLinkedDeque<Connection>> idle = new ConcurrentHashMap<>();
    private final AtomicInteger releases = new AtomicInteger();
    private final SSLSocketFactory tls;

    Http1Client(int connectTimeoutMillis) throws IOException {
        this(connectTimeoutMillis, (url, host) -> List.of(InetAddress.getAllByName(host)), TlsOptions.DEFAULT);
    }

    /**
     * A client whose new connections go to the addresses {@code resolver} returns, tried in order
     * until one accepts: the addresses that were checked are the ones connected to, so a DNS answer
     * changing between a check and the connection (DNS rebinding) cannot lead elsewhere.
     *
     * @throws IOException when the TLS options cannot be applied (a trusted-certificate file unreadable)
     */
    Http1Client(int connectTimeoutMillis, Resolver resolver, TlsOptions tlsOptions) throws IOException {
        this.connectTimeoutMillis = connectTimeoutMillis;
        this.resolver = Objects.requireNonNull(resolver, "resolver");
        this.tls = tlsOptions.sslContext().getSocketFactory();
    }

    /**
     * GETs {@code url}.
     *
     * @param headers      request headers (name, value) besides Host
     * @param timeoutNanos time allowed for connecting and the whole response
     * @param maxBodyBytes body cap on the wire
     * @throws HttpTimeoutException   when the deadline passes
     * @throws InterruptedIOException when the calling thread is interrupted
     * @throws IOException            on other network or protocol errors
     */
    Response get(URI url, List<String[]> headers, long timeoutNanos, int maxBodyBytes) throws IOException {
        long deadline = System.nanoTime() + timeoutNanos;
        String scheme = url.getScheme() == null ? "http" : url.getScheme().toLowerCase(Locale.ROOT);
        boolean https = scheme.equals("https");
        String host = url.getHost();
        if (host == null || host.isEmpty()) {
            throw new IOException("no host in " + url);
        }
        int port = url.getPort() != -1 ? url.getPort() : https ? 443 : 80;
        String key = scheme + "://" + host.toLowerCase(Locale.ROOT) + ":" + port;
        byte[] request = request(url, host, headers);
        for (int attempt = 0; ; attempt++) {
            Connection c = attempt == 0 ? pooled(key) : null;
            boolean reused = c != null;
            if (c == null) {
                c = open(key, host, port, https, deadline, url);
            }
            try {
                Response r;
                // Reads block without a socket timeout (a timed read costs a poll() per read); the
                // reaper closes the socket at the deadline instead, and the request ends as a timeout.
                c.deadline = deadline; // before the reaper can see it
                track(c);
                boolean ours;
                try {
                    r = exchange(c, request, deadline, maxBodyBytes, url, reused);
                } finally {
                    ours = inFlight.remove(c);
                }
                if (c.reusable && ours) {
                    release(c);
                } else {
                    c.close(); // not kept alive, or the reaper closes it: the response is complete all the same
                }
                return r;
            } catch (StaleConnectionException e) {
                c.close();
                if (c.expired) {
                    throw timeout(url, timeoutNanos);
                }
                // the server closed the kept-alive connection: send once more on a new one
            } catch (ClosedByInterruptException e) {
                c.close();
                throw new InterruptedIOException("interrupted while fetching " + url);
            } catch (SocketTimeoutException e) {
                c.close();
                throw timeout(url, timeoutNanos);
            } catch (IOException | RuntimeException e) {
                c.close();
                if (c.expired) {
                    throw timeout(url, timeoutNanos);
                }
                if (Thread.currentThread().isInterrupted()) {
                    throw new InterruptedIOException("interrupted while fetching " + url);
                }
                throw e;
            }
        }
    }

    private static HttpTimeoutException timeout(URI url, long timeoutNanos) {
        return new HttpTimeoutException("no complete response from " + url + " in " + timeoutNanos / 1_000_000 + " ms");
    }

    private static byte[] request(URI url, String host, List<String[]> headers) {
        String asciiForm = url.toASCIIString();
        URI ascii = asciiForm.equals(url.toString()) ? url : URI.create(asciiForm);
        String path = ascii.getRawPath() == null || ascii.getRawPath().isEmpty() ? "/" : ascii.getRawPath();
        String target = ascii.getRawQuery() == null ? path : path + "?" + ascii.getRawQuery();
        String authority = url.getPort() == -1 ? ascii.getHost() : ascii.getHost() + ":" + url.getPort();
        StringBuilder sb = new StringBuilder(256).append("GET ").append(target).append(" HTTP/1.1\r\nHost: ")
                .append(authority).append("\r\n");
        for (String[] h : headers) {
            if (h[0].indexOf('\r') >= 0 || h[0].indexOf('\n') >= 0 || h[1].indexOf('\r') >= 0 || h[1].indexOf('\n') >= 0) {
                throw new IllegalArgumentException("invalid header " + h[0]);
            }
            sb.append(h[0]).append(": ").append(h[1]).append("\r\n");
        }
        return sb.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private Response exchange(Connection c, byte[] request, long deadline, int cap, URI url, boolean reused)
            throws IOException {
        c.in.consumed = 0;
        try {
            c.out.write(request);
            c.out.flush();
        } catch (IOException e) {
            if (reused && !(e instanceof ClosedByInterruptException)) {
                throw new StaleConnectionException();
            }
            throw e;
        }
        int status;
        String version;
        Map<String, List<String>> headers;
        while (true) {
            String statusLine;
            try {
                statusLine = c.in.line(true);
            } catch (EOFException e) {
                if (reused && c.in.consumed == 0) {
                    throw new StaleConnectionException();
                }
                throw new IOException("connection closed before a response from " + url);
            } catch (java.net.SocketException e) {
                if (reused && c.in.consumed == 0) {
                    throw new StaleConnectionException();
                }
                throw e;
            }
            if (statusLine.isEmpty()) {
                continue; // stray CRLF before the status line
            }
            if (!statusLine.startsWith("HTTP/") || statusLine.length() < 12) {
                throw new IOException("not an HTTP response from " + url + ": " + abbreviate(statusLine));
            }
            version = statusLine.substring(0, 8);
            try {
                status = Integer.parseInt(statusLine.substring(9, 12));
            } catch (NumberFormatException e) {
                throw new IOException("bad status line from " + url + ": " + abbreviate(statusLine));
            }
            headers = readHeaders(c.in);
            if (status >= 200 || status == 101) {
                break;
            }
            // 1xx interim response: the final one follows
        }
        if (status == 101) {
            throw new IOException("unexpected protocol switch from " + url);
        }
        boolean keepAlive = keepAlive(version, headers);
        String te = join(headers.get("transfer-encoding"));
        String cl = first(headers.get("content-length"));
        byte[] body;
        boolean truncated = false;
        if (status == 204 || status == 304) {
            body = new byte[0];
        } else if (te != null && te.toLowerCase(Locale.ROOT).contains("chunked")) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
            truncated = readChunked(c.in, out, cap);
            body = out.toByteArray();
        } else if (cl != null) {
            long length;
            try {
                length = Long.parseLong(cl.strip());
            } catch (NumberFormatException e) {
                throw new IOException("bad Content-Length from " + url + ": " + cl);
            }
            if (length < 0) {
                throw new IOException("bad Content-Length from " + url + ": " + cl);
            }
            int n = (int) Math.min(length, cap);
            body = new byte[n];
            c.in.readFully(body, 0, n);
            truncated = length > cap;
        } else {
            ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
            truncated = readToEnd(c.in, out, cap);
            body = out.toByteArray();
            keepAlive = false;
        }
        c.reusable = keepAlive && !truncated;
        return new Response(status, headers, body, truncated);
    }

    private static Map<String, List<String>> readHeaders(Input in) throws IOException {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        String lastName = null;
        int bytes = 0;
        while (true) {
            String line = in.line(false);
            bytes += line.length() + 2;
            if (bytes > MAX_HEAD_BYTES) {
                throw new IOException("response head longer than " + MAX_HEAD_BYTES + " bytes");
            }
            if (line.isEmpty()) {
                return headers;
            }
            if ((line.charAt(0) == ' ' || line.charAt(0) == '\t') && lastName != null) {
                List<String> values = headers.get(lastName);
                int last = values.size() - 1;
                values.set(last, values.get(last) + " " + line.strip());
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                continue; // not a header: ignored, as browsers do
            }
            lastName = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            headers.computeIfAbsent(lastName, k -> new ArrayList<>(1)).add(line.substring(colon + 1).strip());
        }
    }

    private static boolean keepAlive(String version, Map<String, List<String>> headers) {
        String connection = join(headers.get("connection"));
        String tokens = connection == null ? "" : connection.toLowerCase(Locale.ROOT);
        if (version.equals("HTTP/1.0")) {
            return tokens.contains("keep-alive");
        }
        return !tokens.contains("close");
    }

    /** Reads a chunked body into {@code out}, at most {@code cap} bytes; true when cut. */
    private static boolean readChunked(Input in, ByteArrayOutputStream out, int cap) throws IOException {
        while (true) {
            String sizeLine = in.line(false);
            int semi = sizeLine.indexOf(';');
            String hex = (semi >= 0 ? sizeLine.substring(0, semi) : sizeLine).strip();
            long size;
            try {
                size = Long.parseLong(hex, 16);
            } catch (NumberFormatException e) {
                throw new IOException("bad chunk size '" + abbreviate(sizeLine) + "'");
            }
            if (size < 0) {
                throw new IOException("bad chunk size '" + abbreviate(sizeLine) + "'");
            }
            if (size == 0) {
                while (!in.line(false).isEmpty()) {
                    // trailer fields, ignored
                }
                return false;
            }
            long room = cap - out.size();
            int take = (int) Math.min(size, room);
            in.copy(out, take);
            if (size > room) {
                return true;
            }
            in.line(false); // CRLF after the chunk data
        }
    }

    /** Reads a body delimited by the end of the connection, at most {@code cap} bytes; true when cut. */
    private static boolean readToEnd(Input in, ByteArrayOutputStream out, int cap) throws IOException {
        while (true) {
            int room = cap - out.size();
            if (room == 0) {
                return in.fill() > 0;
            }
            if (in.copyAvailable(out, room) < 0) {
                return false;
            }
        }
    }

    private Connection pooled(String key) {
        ConcurrentLinkedDeque<Connection> q = idle.get(key);
        if (q == null) {
            return null;
        }
        long now = System.nanoTime();
        for (Connection c; (c = q.pollFirst()) != null; ) {
            if (now - c.idleSince < IDLE_NANOS && !c.socket.isClosed()) {
                return c;
            }
            c.close();
        }
        return null;
    }

    private void release(Connection c) {
        c.idleSince = System.nanoTime();
        c.deadline = Long.MAX_VALUE;
        ConcurrentLinkedDeque<Connection> q = idle.computeIfAbsent(c.key, k -> new ConcurrentLinkedDeque<>());
        q.addFirst(c);
        while (q.size() > MAX_IDLE_PER_HOST) {
            Connection old = q.pollLast();
            if (old != null) {
                old.close();
            }
        }
        if ((releases.incrementAndGet() & 1023) == 0) {
            sweep();
        }
    }

    /** Closes idle connections past their idle time, so hosts not visited again hold no socket. */
    private void sweep() {
        long now = System.nanoTime();
        for (Iterator<Map.Entry<String, ConcurrentLinkedDeque<Connection>>> it = idle.entrySet().iterator(); it.hasNext(); ) {
            ConcurrentLinkedDeque<Connection> q = it.next().getValue();
            q.removeIf(c -> {
                if (now - c.idleSince >= IDLE_NANOS) {
                    c.close();
                    return true;
                }
                return false;
            });
        }
    }

    /** Closes every idle connection and lets the deadline thread end; the client stays usable. */
    void close() {
        closed = true;
        closeIdle();
    }

    /** Closes every idle connection. */
    void closeIdle() {
        idle.values().forEach(q -> {
            for (Connection c; (c = q.pollFirst()) != null; ) {
                c.close();
            }
        });
    }

    private Connection open(String key, String host, int port, boolean https, long deadline, URI url) throws IOException {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        List<InetAddress> addresses = resolver.resolve(url, bare);
        IOException refused = new java.net.ConnectException("no address for " + host);
        for (InetAddress address : addresses) {
            try {
                return new Connection(key, connect(address, host, bare, port, https, deadline, url), deadline);
            } catch (java.net.SocketException | HttpConnectTimeoutException e) {
                // refused, no route, network unreachable (an IPv6 address on an IPv4-only host), timed out:
                // this address does not answer, the next one may (a TLS failure is an SSLException: not retried)
                refused = e;
                if (remainingMillis(deadline) <= 0) {
                    break;
                }
            }
        }
        throw refused;
    }

    /** A socket connected to one address of the host, TLS handshake done for HTTPS. */
    private Socket connect(InetAddress address, String host, String bare, int port, boolean https, long deadline,
                           URI url) throws IOException {
        int timeout = (int) Math.max(1, Math.min(connectTimeoutMillis, remainingMillis(deadline)));
        SocketChannel channel = SocketChannel.open(); // a channel's socket: blocking reads end on interrupt
        Socket socket = channel.socket();
        try {
            socket.setTcpNoDelay(true);
            socket.setKeepAlive(true);
            try {
                socket.connect(new InetSocketAddress(address, port), timeout);
            } catch (SocketTimeoutException e) {
                throw new HttpConnectTimeoutException("connecting to " + host + ":" + port + " ("
                        + address.getHostAddress() + ") took more than " + timeout + " ms");
            }
            if (!https) {
                return socket;
            }
            SSLSocket ssl = (SSLSocket) tls.createSocket(socket, bare, port, true);
            SSLParameters p = ssl.getSSLParameters();
            p.setEndpointIdentificationAlgorithm("HTTPS");
            ssl.setSSLParameters(p);
            ssl.setSoTimeout((int) Math.max(1, remainingMillis(deadline)));
            try {
                ssl.startHandshake();
            } catch (SocketTimeoutException e) {
                throw new HttpTimeoutException("TLS handshake with " + host + ":" + port + " timed out");
            }
            ssl.setSoTimeout(0);
            return ssl;
        } catch (ClosedByInterruptException e) {
            socket.close();
            throw new InterruptedIOException("interrupted while connecting for " + url);
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
    }

    static long remainingMillis(long deadline) {
        return (deadline - System.nanoTime()) / 1_000_000;
    }

    private static String join(List<String> values) {
        return values == null ? null : values.size() == 1 ? values.get(0) : String.join(",", values);
    }

    private static String first(List<String> values) {
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static String abbreviate(String s) {
        return s.length() > 80 ? s.substring(0, 80) + "…" : s;
    }

    private static final class StaleConnectionException extends IOException {
        StaleConnectionException() {
            super("kept-alive connection closed by the server", null);
        }
    }

    /** One connection, used by one request at a time. */
    private static final class Connection {
        final String key;
        final Socket socket;
        final Input in;
        final OutputStream out;
        volatile long idleSince;
        volatile boolean expired;
        volatile long deadline;
        boolean reusable;

        Connection(String key, Socket socket, long deadline) throws IOException {
            this.key = key;
            this.socket = socket;
            this.deadline = deadline;
            this.in = new Input(socket.getInputStream(), this);
            this.out = socket.getOutputStream();
        }

        /** The request's deadline passed: end its blocking read. */
        void expire() {
            expired = true;
            close();
        }

        void close() {
            try {
                socket.close();
            } catch (IOException e) {
                // nothing to do
            }
        }
    }

    /** A buffered reader of the socket whose every read waits at most until the request's deadline. */
    private static final class Input {
        private final InputStream in;
        private final Connection c;
        private final byte[] buf = new byte[16384];
        private int pos;
        private int lim;
        long consumed;

        Input(InputStream in, Connection c) {
            this.in = in;
            this.c = c;
        }

        /** Reads more bytes into the buffer; the count, or -1 at end of stream. */
        int fill() throws IOException {
            if (pos < lim) {
                return lim - pos;
            }
            long left = remainingMillis(c.deadline);
            if (left <= 0) {
                throw new SocketTimeoutException("deadline passed");
            }
            int n = in.read(buf, 0, buf.length);
            if (n > 0) {
                pos = 0;
                lim = n;
            }
            return n;
        }

        /** A line without its CRLF (or LF), read as ISO-8859-1. */
        String line(boolean first) throws IOException {
            StringBuilder sb = null;
            while (true) {
                if (pos >= lim && fill() < 0) {
                    throw new EOFException("end of stream in the response head");
                }
                int start = pos;
                while (pos < lim && buf[pos] != '\n') {
                    pos++;
                }
                boolean found = pos < lim;
                int end = pos;
                if (found) {
                    pos++;
                }
                consumed += pos - start;
                String part = new String(buf, start, end - start, StandardCharsets.ISO_8859_1);
                if (found) {
                    String all = sb == null ? part : sb.append(part).toString();
                    return all.endsWith("\r") ? all.substring(0, all.length() - 1) : all;
                }
                if (sb == null) {
                    sb = new StringBuilder();
                }
                sb.append(part);
                if (sb.length() > MAX_HEAD_BYTES) {
                    throw new IOException("response line longer than " + MAX_HEAD_BYTES + " bytes");
                }
            }
        }

        void readFully(byte[] b, int off, int len) throws IOException {
            while (len > 0) {
                if (pos >= lim && fill() < 0) {
                    throw new EOFException("connection closed " + len + " bytes before the end of the body");
                }
                int n = Math.min(len, lim - pos);
                System.arraycopy(buf, pos, b, off, n);
                pos += n;
                off += n;
                len -= n;
            }
        }

        void copy(ByteArrayOutputStream out, int len) throws IOException {
            while (len > 0) {
                if (pos >= lim && fill() < 0) {
                    throw new EOFException("connection closed inside a chunk");
                }
                int n = Math.min(len, lim - pos);
                out.write(buf, pos, n);
                pos += n;
                len -= n;
            }
        }

        /** Copies what is available (reading once if needed), at most {@code max}; -1 at end of stream. */
        int copyAvailable(ByteArrayOutputStream out, int max) throws IOException {
            if (pos >= lim && fill() < 0) {
                return -1;
            }
            int n = Math.min(max, lim - pos);
            out.write(buf, pos, n);
            pos += n;
            return n;
        }
    }
}
