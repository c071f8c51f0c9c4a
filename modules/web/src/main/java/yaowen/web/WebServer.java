package yaowen.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import yaowen.stores.MeetingRow;
import yaowen.stores.StoreReader;
import yaowen.web.ops.Health;
import yaowen.web.ops.HealthCheck;
import yaowen.web.ops.OpsEndpoints;

/**
 * The dashboard and query API over a {@link StoreReader}, on the JDK's built-in HTTP server.
 *
 * <p>Routes (GET only but for SQL; other methods get 405, unknown paths 404):
 * <ul>
 *   <li>{@code /} — dashboard of recent meetings, refreshed in the browser every 5 s</li>
 *   <li>{@code /meetings/{key}} — one meeting with its figures (key percent-encoded)</li>
 *   <li>{@code /api/meetings?limit=N} — recent meetings as JSON (default 50, at most 500)</li>
 *   <li>{@code /api/meetings/{key}} — one meeting and its metrics as JSON</li>
 *   <li>{@code /api/stats} — row counts per table</li>
 *   <li>{@code /health} — {@code {"status":"UP"}}, or 503 when the store does not answer</li>
 *   <li>{@code POST /api/sql} — an analyst's SQL, when the server was given a {@link SqlEndpoint}</li>
 *   <li>{@code /metrics}, {@code /health/live}, {@code /health/ready}, {@code /api/sites} — for operators,
 *       see {@link OpsEndpoints}</li>
 * </ul>
 * Failures are logged with their stack trace; clients get a short message only.
 *
 * <p>Thread-safe: requests run on a small pool and only read, through the store's read view
 * ({@code ArticleStore.reader()}: its own connection, so a page never waits for the sink's writes).
 * {@link #start()} once, {@link #close()} any time; the store is not closed.
 */
public final class WebServer implements AutoCloseable {
    /** Meetings listed when no limit is given. */
    public static final int DEFAULT_LIMIT = 50;
    /** Largest limit accepted. */
    public static final int MAX_LIMIT = 500;
    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
    private static final String HTML = "text/html; charset=utf-8";
    private static final String JSON = "application/json; charset=utf-8";

    private final StoreReader store;
    private final InetSocketAddress address;
    private final OpsEndpoints ops;
    private final Optional<SqlEndpoint> sql;
    private HttpServer server;
    private ExecutorService executor;

    /** Serves on {@code port} of the loopback interface (0 picks a free port). */
    public WebServer(StoreReader store, int port) {
        this(store, new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
    }

    /** Serves on {@code address}, e.g. {@code new InetSocketAddress(8080)} for every interface. */
    public WebServer(StoreReader store, InetSocketAddress address) {
        this(store, address, new OpsEndpoints(new PrometheusMeterRegistry(PrometheusConfig.DEFAULT), () -> { },
                List.of(storeAnswers(store)), List::of));
    }

    /** Serves on {@code address}, with the node's meters, readiness checks and sites in {@code ops}. */
    public WebServer(StoreReader store, InetSocketAddress address, OpsEndpoints ops) {
        this(address, ops, Objects.requireNonNull(store, "store"), Optional.empty());
    }

    /** As above, also answering analysts' SQL on {@link SqlEndpoint#PATH} when {@code sql} is given. */
    public WebServer(StoreReader store, InetSocketAddress address, OpsEndpoints ops, Optional<SqlEndpoint> sql) {
        this(address, ops, Objects.requireNonNull(store, "store"), sql);
    }

    /** {@code store} null: the operator's endpoints only. */
    private WebServer(InetSocketAddress address, OpsEndpoints ops, StoreReader store, Optional<SqlEndpoint> sql) {
        this.store = store;
        this.address = Objects.requireNonNull(address, "address");
        this.ops = Objects.requireNonNull(ops, "ops");
        this.sql = Objects.requireNonNull(sql, "sql");
    }

    /**
     * Serves only the operator's endpoints ({@link OpsEndpoints#PATHS}: metrics, health, sites), for a
     * process that runs no dashboard — a crawler or pipeline instance still has to be scraped and probed.
     */
    public static WebServer opsOnly(InetSocketAddress address, OpsEndpoints ops) {
        return new WebServer(address, ops, null, Optional.empty());
    }

    /** The check that the store answers a query (a ping, not a scan: probes come every few seconds). */
    public static HealthCheck storeAnswers(StoreReader store) {
        Objects.requireNonNull(store, "store");
        return HealthCheck.of("store", () -> {
            try {
                store.ping();
                return Health.ok();
            } catch (RuntimeException e) {
                return Health.down("the store does not answer: " + e.getMessage());
            }
        });
    }

    /**
     * Binds and starts serving.
     *
     * @throws UncheckedIOException when the address cannot be bound
     * @throws IllegalStateException when already started
     */
    public synchronized WebServer start() {
        if (server != null) {
            throw new IllegalStateException("already started");
        }
        try {
            server = HttpServer.create(address, 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot bind " + address, e);
        }
        AtomicInteger threads = new AtomicInteger();
        executor = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "yaowen-web-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
        LOG.info("web server listening on {}", uri());
        return this;
    }

    /** Base URI, e.g. {@code http://127.0.0.1:8080/}. */
    public synchronized URI uri() {
        if (server == null) {
            throw new IllegalStateException("not started");
        }
        InetSocketAddress bound = server.getAddress();
        String host = bound.getAddress().isAnyLocalAddress() ? "127.0.0.1" : bound.getAddress().getHostAddress();
        if (host.contains(":")) {
            host = "[" + host + "]";
        }
        return URI.create("http://" + host + ":" + bound.getPort() + "/");
    }

    /** Stops serving (waiting up to a second for exchanges in flight). Idempotent. */
    @Override
    public synchronized void close() {
        if (server != null) {
            server.stop(1);
            executor.shutdownNow();
            LOG.info("web server stopped");
            server = null;
        }
    }

    private void handle(HttpExchange exchange) {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getRawPath();
        try {
            route(exchange, method, path);
        } catch (BadRequest e) {
            respondError(exchange, path, 400, e.getMessage());
        } catch (RuntimeException | IOException e) {
            LOG.error("{} {} failed", method, path, e);
            respondError(exchange, path, 500, "internal error");
        } finally {
            exchange.close();
        }
    }

    private void route(HttpExchange exchange, String method, String path) throws IOException {
        boolean known = OpsEndpoints.PATHS.contains(path) || path.equals("/") || path.equals("/health") || path.equals("/api/stats")
                || path.equals("/api/meetings") || segmentAfter(path, "/api/meetings/").isPresent()
                || segmentAfter(path, "/meetings/").isPresent();
        if (path.equals(SqlEndpoint.PATH) && sql.isPresent()) {
            sql.get().handle(exchange);
            return;
        }
        if (!known) {
            respondError(exchange, path, 404, "not found");
            return;
        }
        if (!method.equals("GET")) {
            exchange.getResponseHeaders().set("Allow", "GET");
            respondError(exchange, path, 405, "method not allowed");
            return;
        }
        if (OpsEndpoints.PATHS.contains(path)) {
            OpsEndpoints.Reply reply = ops.reply(path);
            respond(exchange, reply.status(), reply.contentType(), reply.body());
            return;
        }
        if (store == null) {
            respondError(exchange, path, 404, "this process runs no dashboard (no web role); it serves only "
                    + String.join(", ", new java.util.TreeSet<>(OpsEndpoints.PATHS)));
            return;
        }
        switch (path) {
            case "/" -> {
                int limit = limit(exchange.getRequestURI().getRawQuery());
                respond(exchange, 200, HTML, DashboardPages.dashboard(store.recentMeetings(limit), limit));
            }
            case "/health" -> health(exchange);
            case "/api/stats" -> respond(exchange, 200, JSON, JsonViews.bytes(JsonViews.stats(store.rowCounts(), store.stats())));
            case "/api/meetings" -> {
                List<MeetingRow> rows = store.recentMeetings(limit(exchange.getRequestURI().getRawQuery()));
                respond(exchange, 200, JSON, JsonViews.bytes(JsonViews.meetings(rows)));
            }
            default -> {
                Optional<String> apiKey = segmentAfter(path, "/api/meetings/");
                String key = decodeKey(apiKey.orElseGet(() -> segmentAfter(path, "/meetings/").orElseThrow()));
                Optional<MeetingRow> meeting = store.meeting(key);
                if (meeting.isEmpty()) {
                    respondError(exchange, path, 404, "no meeting with key " + key);
                } else if (apiKey.isPresent()) {
                    respond(exchange, 200, JSON, JsonViews.bytes(JsonViews.meetingWithMetrics(meeting.get(), store.metricsOfMeeting(key))));
                } else {
                    respond(exchange, 200, HTML, DashboardPages.meeting(meeting.get(), store.metricsOfMeeting(key)));
                }
            }
        }
    }

    private void health(HttpExchange exchange) throws IOException {
        try {
            store.rowCounts();
            respond(exchange, 200, JSON, "{\"status\":\"UP\"}");
        } catch (RuntimeException e) {
            LOG.error("health check: the store does not answer", e);
            respond(exchange, 503, JSON, "{\"status\":\"DOWN\"}");
        }
    }

    /** The single non-empty path segment after {@code prefix}, if the path is exactly that. */
    private static Optional<String> segmentAfter(String path, String prefix) {
        if (!path.startsWith(prefix)) {
            return Optional.empty();
        }
        String rest = path.substring(prefix.length());
        return rest.isEmpty() || rest.contains("/") ? Optional.empty() : Optional.of(rest);
    }

    private static String decodeKey(String raw) {
        try {
            return Html.decodeSegment(raw);
        } catch (IllegalArgumentException e) {
            throw new BadRequest("malformed meeting key");
        }
    }

    static int limit(String rawQuery) {
        if (rawQuery == null) {
            return DEFAULT_LIMIT;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.startsWith("limit=")) {
                String value = pair.substring("limit=".length());
                try {
                    int n = Integer.parseInt(value);
                    if (n < 1 || n > MAX_LIMIT) {
                        throw new BadRequest("limit must be between 1 and " + MAX_LIMIT);
                    }
                    return n;
                } catch (NumberFormatException e) {
                    throw new BadRequest("limit must be a number");
                }
            }
        }
        return DEFAULT_LIMIT;
    }

    private static void respondError(HttpExchange exchange, String path, int status, String message) {
        boolean api = path.startsWith("/api/") || path.startsWith("/health") || path.equals("/metrics");
        try {
            if (api) {
                respond(exchange, status, JSON, JsonViews.bytes(JsonViews.error(status, message)));
            } else {
                respond(exchange, status, HTML, DashboardPages.error(status, message));
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("cannot send {} for {}: {}", status, path, e.toString());
        }
    }

    private static void respond(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        respond(exchange, status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    private static void respond(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        if (contentType.startsWith("text/html")) {
            exchange.getResponseHeaders().set("Content-Security-Policy",
                    "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; connect-src 'self'; "
                            + "base-uri 'none'; form-action 'none'");
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** A client error whose message is safe to show. */
    private static final class BadRequest extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadRequest(String message) {
            super(message, null, false, false);
        }
    }
}
