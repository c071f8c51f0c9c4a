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
import java.util.TreeSet;
import yaowen.stores.StoreReader;
import yaowen.web.api.AnalystApi;
import yaowen.web.api.ApiError;
import yaowen.web.api.Feed;
import yaowen.web.api.Http;
import yaowen.web.api.StaticFiles;
import yaowen.web.ops.Health;
import yaowen.web.ops.HealthCheck;
import yaowen.web.ops.OpsEndpoints;

/**
 * The dashboard and the analyst's API over a {@link StoreReader}, on the JDK's built-in HTTP server.
 *
 * <p>Routes (GET and HEAD only but for SQL; other methods get 405; every error is JSON):
 * <ul>
 *   <li>{@code /} and {@code /assets/…} — the dashboard's static files ({@link StaticFiles})</li>
 *   <li>{@code /api/…} and {@code /openapi.json} — the analyst's API, docs/api.md ({@link AnalystApi}), the live
 *       feed of meetings among them ({@link Feed})</li>
 *   <li>{@code /meetings/{key}} — 302 to the dashboard's page of the meeting (the former server-rendered page)</li>
 *   <li>{@code /health} — {@code {"status":"UP"}}, or 503 when the store does not answer</li>
 *   <li>{@code POST /api/sql} — an analyst's SQL, when the server was given a {@link SqlEndpoint}</li>
 *   <li>{@code /metrics}, {@code /health/live}, {@code /health/ready}, {@code /api/sites} — for operators,
 *       see {@link OpsEndpoints}</li>
 * </ul>
 * Failures are logged with their stack trace; clients get a short message only; a failure after the answer began
 * drops the connection ({@link Http#answer}).
 *
 * <p>Thread-safe: requests run on a pool of {@link AnalystApi#EXPORTS_AT_ONCE} + {@value #WORKERS} threads (an
 * export holds one while a slow client reads it, and beyond the cap a client gets a 503; the feed's streams run on
 * the feed's own threads; so the other requests always have {@value #WORKERS}) and only read, through
 * the store's read view ({@code ArticleStore.reader()}: its own connection, so a page never waits for the sink's
 * writes). {@link #start()} once, {@link #close()} any time; the store is not closed.
 */
public final class WebServer implements AutoCloseable {
    /** Threads for requests besides those exports hold. */
    static final int WORKERS = 8;
    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);

    /** Seconds a client may take to send a request's line and headers before its connection is closed. */
    static final int MAX_REQUEST_SECONDS = 30;

    static {
        sendSmallResponsesAtOnce();
    }

    /**
     * Turns on TCP_NODELAY for the JDK's HTTP server in this JVM. Without it a reply written as headers then body
     * waits for the client's delayed ACK: about 40 ms added to every small API answer (measured with
     * {@code yaowen bench dashboard}: a filtered query 48 → 7 ms). The JDK reads the setting once, when its first
     * server of any kind starts in the JVM, so entry points call this before starting anything; an explicit
     * {@code -Dsun.net.httpserver.nodelay} wins.
     */
    public static void sendSmallResponsesAtOnce() {
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
        dropSlowRequests();
    }

    /**
     * Closes a connection whose request line and headers have not all arrived after {@value #MAX_REQUEST_SECONDS}
     * seconds ({@code sun.net.httpserver.maxReqTime}). The JDK's server reads a request's headers on one of its
     * workers, so without it a few idle connections that sent half a request hold every worker, {@code /health}
     * included. Read once as {@link #sendSmallResponsesAtOnce()}'s setting is (this runs with it); an explicit
     * {@code -Dsun.net.httpserver.maxReqTime} wins. The time to write an answer is not limited: the feed's
     * streams last minutes.
     */
    static void dropSlowRequests() {
        if (System.getProperty("sun.net.httpserver.maxReqTime") == null) {
            System.setProperty("sun.net.httpserver.maxReqTime", String.valueOf(MAX_REQUEST_SECONDS));
        }
    }
    private static final String JSON = Http.JSON;

    private final StoreReader store;
    private final InetSocketAddress address;
    private final OpsEndpoints ops;
    private final Optional<SqlEndpoint> sql;
    private final Feed.Settings feedSettings;
    private final StaticFiles files;
    private HttpServer server;
    private ExecutorService executor;
    private Feed feed;
    private AnalystApi api;
    private List<String> allowedHosts = List.of();
    private volatile HostCheck hosts;
    private final java.util.Set<String> refusedHosts = java.util.concurrent.ConcurrentHashMap.newKeySet();

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
        this(address, ops, store, sql, Feed.Settings.DEFAULT, StaticFiles.DASHBOARD);
    }

    /**
     * Everything given: the feed's settings and the classpath folder of the dashboard's files (tests serve their
     * own). {@code store} null: the operator's endpoints only.
     */
    WebServer(InetSocketAddress address, OpsEndpoints ops, StoreReader store, Optional<SqlEndpoint> sql,
              Feed.Settings feedSettings, String staticRoot) {
        this.store = store;
        this.address = Objects.requireNonNull(address, "address");
        this.ops = Objects.requireNonNull(ops, "ops");
        this.sql = Objects.requireNonNull(sql, "sql");
        this.feedSettings = Objects.requireNonNull(feedSettings, "feedSettings");
        this.files = new StaticFiles(staticRoot);
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
     * Also answers requests whose {@code Host} is one of {@code names} ({@code *}: any host — unsafe, a page on any
     * site can then read the API through DNS rebinding). Always answered: localhost, any address written as such
     * (rebinding needs a name), and the machine's own name; other names get a 421. Call before {@link #start()}.
     */
    public synchronized WebServer allowHosts(List<String> names) {
        if (server != null) {
            throw new IllegalStateException("already started");
        }
        this.allowedHosts = List.copyOf(names);
        return this;
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
        executor = Executors.newFixedThreadPool(AnalystApi.EXPORTS_AT_ONCE + WORKERS, r -> {
            Thread t = new Thread(r, "yaowen-web-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        if (store != null) {
            feed = new Feed(store, feedSettings).start();
            api = new AnalystApi(store, feed::handle);
        }
        hosts = new HostCheck(allowedNames(server.getAddress()));
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
            if (feed != null) {
                feed.close();
            }
            executor.shutdownNow();
            server.stop(1);
            LOG.info("web server stopped");
            server = null;
        }
    }

    private java.util.Set<String> allowedNames(InetSocketAddress bound) {
        java.util.Set<String> names = new TreeSet<>(List.of("localhost", "127.0.0.1", "::1"));
        names.addAll(allowedHosts);
        if (!bound.getAddress().isAnyLocalAddress()) {
            names.add(bound.getAddress().getHostAddress());
            if (bound.getHostString() != null) {
                names.add(bound.getHostString());
            }
        }
        try {
            InetAddress self = InetAddress.getLocalHost();
            names.add(self.getHostName());
            names.add(self.getCanonicalHostName());
        } catch (IOException e) {
            LOG.debug("the machine's own name is unknown: only the other allowed hosts are answered", e);
        }
        return names;
    }

    private void handle(HttpExchange exchange) {
        String host = exchange.getRequestHeaders().getFirst("Host");
        if (!hosts.allows(host)) {
            if (refusedHosts.size() < 1000 && refusedHosts.add(HostCheck.hostOf(host))) {
                LOG.info("refused requests for host {} (not in web.allowedHosts)", Http.shown(HostCheck.hostOf(host)));
            }
            Http.answer(exchange, () -> {
                throw new ApiError(421, "host_not_allowed", null,
                        "不接受这个主机名的请求：" + Http.shown(HostCheck.hostOf(host)) + "（见 web.allowedHosts）",
                        "requests for host " + Http.shown(HostCheck.hostOf(host)) + " are not answered (see web.allowedHosts)");
            });
            return;
        }
        Http.answer(exchange, () -> route(exchange, exchange.getRequestMethod(), exchange.getRequestURI().getRawPath()));
    }

    private void route(HttpExchange exchange, String method, String path) throws IOException {
        if (path.equals(SqlEndpoint.PATH) && sql.isPresent()) {
            sql.get().handle(exchange);
            return;
        }
        if (OpsEndpoints.PATHS.contains(path)) {
            Http.requireGetOrHead(exchange);
            OpsEndpoints.Reply reply = ops.reply(path);
            respond(exchange, reply.status(), reply.contentType(), reply.body());
            return;
        }
        if (store == null) {
            throw ApiError.notFound("此进程不提供看板（没有 web 角色），只提供 " + String.join(", ", new TreeSet<>(OpsEndpoints.PATHS)),
                    "this process runs no dashboard (no web role); it serves only "
                            + String.join(", ", new TreeSet<>(OpsEndpoints.PATHS)));
        }
        if (path.equals("/health")) {
            Http.requireGetOrHead(exchange);
            health(exchange);
        } else if (path.startsWith("/meetings/") && path.length() > "/meetings/".length()
                && path.indexOf('/', "/meetings/".length()) < 0) {
            // the former server-rendered page of a meeting: the dashboard shows it now
            Http.requireGetOrHead(exchange);
            exchange.getResponseHeaders().set("Location", "/#/meeting/" + path.substring("/meetings/".length()));
            exchange.sendResponseHeaders(302, -1);
        } else if (StaticFiles.serves(path)) {
            files.handle(exchange, path);
        } else if (!api.handle(exchange)) {
            throw ApiError.notFound("没有这个路径：" + Http.shown(path), "no such path: " + Http.shown(path));
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

    private static void respond(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        respond(exchange, status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    private static void respond(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        Http.send(exchange, status, contentType, body, "no-store");
    }
}
