package yaowen.farm;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running farm of simulated government portals on 127.0.0.1, one HTTP server per portal plus an
 * index server at {@link #baseUri()} that links them all.
 *
 * <p>Every portal serves {@code /robots.txt} (disallowing {@code /search/}), list pages with
 * pagination, article pages in its own template and charset (with a correct {@code Content-Type}
 * header and {@code ETag}/{@code Last-Modified} validators, answering {@code If-None-Match} with
 * 304), and 404 pages for anything else.
 *
 * <p>Thread-safe: {@link #publishNext()} may be called from any thread while the servers answer
 * requests; readers see either the old or the new set of published articles, never a mix.
 * {@link #close()} stops every server and is idempotent.
 */
public final class SiteFarm implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SiteFarm.class);
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final String ROBOTS = "User-agent: *\nDisallow: /search/\nDisallow: /admin/\n\n"
            + "User-agent: BadBot\nDisallow: /\n";

    private final FarmOptions options;
    private final ExecutorService executor;
    private final HttpServer indexServer;
    private final List<Running> portals = new ArrayList<>();
    private final Deque<Listed> held = new ArrayDeque<>();
    private final Random liveIds = new Random();
    /** The day of the live stream's latest report, and how many of that day's reports are out. */
    private LocalDate liveDay;
    private int liveToday;
    /** How many articles {@link #republish()} has published again. */
    private int republished;
    private final Listed poison;
    private final byte[] poisonBytes;
    private volatile Map<String, List<Listed>> published;
    private boolean closed;

    private record Running(PortalSpec spec, HttpServer server, URI baseUri, FarmSite site) {
    }

    private SiteFarm(FarmOptions options) throws IOException {
        this.options = options;
        this.executor = Executors.newFixedThreadPool(4, daemonThreads());
        InetAddress loopback = InetAddress.getByName("127.0.0.1");
        Random ids = new Random(options.seed());
        Random historyIds = new Random(options.seed() + 1);
        Map<String, List<Listed>> all = new LinkedHashMap<>();
        List<PortalSpec> specs = Portal.all();
        try {
            this.indexServer = HttpServer.create(new InetSocketAddress(loopback, options.port()), 0);
            for (int i = 0; i < specs.size(); i++) {
                PortalSpec spec = specs.get(i);
                int port = options.port() == 0 ? 0 : options.port() + 1 + i;
                HttpServer server = HttpServer.create(new InetSocketAddress(loopback, port), 0);
                URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
                List<URI> lists = List.of(base.resolve(spec.template().listPath(0)));
                FarmSite site = new FarmSite(spec.id(), spec.name(), spec.regionCode(), base, lists, spec.charset(),
                        spec.template().name());
                Running running = new Running(spec, server, base, site);
                portals.add(running);
                server.createContext("/", exchange -> serve(running, exchange));
                server.setExecutor(executor);
                List<Listed> entries = new ArrayList<>();
                for (StoredArticle a : StoredArticle.loadSite(spec.id())) {
                    entries.add(new Listed(spec.template().articlePath(a, Math.abs(ids.nextLong())), a, false));
                }
                if (options.history()) {
                    // ids of their own, so the farm's other URLs are the same with or without the history
                    for (StoredArticle a : StoredArticle.loadHistory(spec.id())) {
                        entries.add(new Listed(spec.template().articlePath(a, Math.abs(historyIds.nextLong())), a, false));
                    }
                }
                all.put(spec.id(), entries);
            }
        } catch (IOException | RuntimeException e) {
            stopAll();
            throw e;
        }
        PortalSpec first = specs.get(0);
        StoredArticle bulletin = new StoredArticle(first.id(), "poison", "龙亭区2023年国民经济和社会发展统计公报",
                "2024-03-15 10:00", LocalDateTime.of(2024, 3, 15, 10, 0), "龙亭区统计局", "", Optional.empty(),
                List.of("(附件)"));
        this.poison = new Listed(first.template().articlePath(bulletin, Math.abs(ids.nextLong())), bulletin, true);
        this.poisonBytes = PoisonPage.pdfBytes(options.seed());

        List<Listed> candidates = new ArrayList<>();
        // the history stays in its years: only the farm's own recent articles are held back and re-dated
        all.values().forEach(list -> list.stream().filter(l -> l.article().seedId().isEmpty() && !l.article().history())
                .forEach(candidates::add));
        candidates.sort(newestFirst());
        List<Listed> hold = candidates.subList(0, Math.min(options.heldBack(), candidates.size()));
        for (int i = hold.size() - 1; i >= 0; i--) {
            held.addLast(hold.get(i));
        }
        Map<String, List<Listed>> visible = new LinkedHashMap<>();
        all.forEach((id, list) -> visible.put(id, new ArrayList<>(list.stream().filter(l -> !held.contains(l)).toList())));
        if (options.poisonLinked()) {
            visible.get(first.id()).add(poison);
        }
        this.published = freeze(visible);

        indexServer.createContext("/", this::serveIndex);
        indexServer.setExecutor(executor);
        indexServer.start();
        portals.forEach(p -> p.server().start());
        LOG.info("farm started at {}: {} portals, {} articles published, {} held back, poison {}", baseUri(),
                portals.size(), articles().size(), held.size(), options.poisonLinked() ? "linked" : "unlinked");
    }

    /**
     * Starts a farm.
     *
     * @throws UncheckedIOException when a port cannot be bound
     */
    public static SiteFarm start(FarmOptions options) {
        try {
            return new SiteFarm(Objects.requireNonNull(options, "options"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the site farm on port " + options.port(), e);
        }
    }

    /** The farm's index page, {@code http://127.0.0.1:<port>/}, linking every portal. */
    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + indexServer.getAddress().getPort() + "/");
    }

    /** The portals, in a fixed order. */
    public List<FarmSite> sites() {
        return portals.stream().map(Running::site).toList();
    }

    /** The portal with this id. */
    public Optional<FarmSite> site(String id) {
        return sites().stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /**
     * The articles currently published (linked from list pages and served), portal by portal, newest
     * first within a portal. Excludes held-back articles and the poisoned page.
     */
    public List<FarmArticle> articles() {
        List<FarmArticle> out = new ArrayList<>();
        Map<String, List<Listed>> now = published;
        for (Running p : portals) {
            for (Listed l : now.get(p.spec().id())) {
                if (!l.poison()) {
                    out.add(view(p, l));
                }
            }
        }
        return List.copyOf(out);
    }

    /**
     * Publishes the next held-back article: from now on it is served and appears at the top of its
     * portal's first list page (held-back articles are the farm's newest). With {@link FarmOptions#liveDates()},
     * once nothing is held back any more, publishes the next routine meeting of today (today by the options'
     * clock, in Shanghai; see {@link LiveNews}); when today's meetings are all out, nothing until the next day,
     * so no report is ever dated in the future.
     *
     * @return the article, or empty when nothing is held back any more and either dates are not live (the farm
     *         is done, see {@link #endless()}) or today's live news is all out (more tomorrow)
     */
    public synchronized Optional<FarmArticle> publishNext() {
        Listed held = this.held.pollFirst();
        Optional<Listed> ready = held != null ? Optional.of(options.liveDates() ? datedNow(held) : held)
                : options.liveDates() ? nextLive() : Optional.empty();
        if (ready.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(publish(ready.get()));
    }

    /**
     * Publishes one of the farm's own recent articles again, each in turn, dated now under a fresh URL: an endless
     * stream of new pages at any rate, for load and soak runs (their text repeats an earlier report's).
     */
    public synchronized FarmArticle republish() {
        List<Listed> own = new ArrayList<>();
        published.values().forEach(list -> list.stream()
                .filter(l -> !l.poison() && l.article().seedId().isEmpty() && !l.article().history()).forEach(own::add));
        if (own.isEmpty()) {
            published.values().forEach(list -> list.stream().filter(l -> !l.poison()).forEach(own::add));
        }
        return publish(datedNow(own.get(Math.floorMod(republished++, own.size()))));
    }

    private FarmArticle publish(Listed next) {
        Map<String, List<Listed>> copy = new LinkedHashMap<>();
        published.forEach((id, list) -> copy.put(id, new ArrayList<>(list)));
        copy.get(next.article().siteId()).add(next);
        published = freeze(copy);
        FarmArticle view = view(portalOf(next.article().siteId()), next);
        LOG.info("farm published {} on {}", view.url(), view.siteId());
        return view;
    }

    /** {@code listed} as if written and published now: today's date in the page, the URL and the lead. */
    private Listed datedNow(Listed listed) {
        LocalDateTime now = LocalDateTime.now(options.clock().withZone(SHANGHAI)).withSecond(0).withNano(0);
        StoredArticle dated = listed.article().publishedOn(now);
        long id = Math.abs(liveIds.nextLong());
        return new Listed(portalOf(dated.siteId()).spec().template().articlePath(dated, id), dated, false);
    }

    /** Today's next routine meeting, at the current time; empty when today's are all out. */
    private Optional<Listed> nextLive() {
        LocalDateTime now = LocalDateTime.now(options.clock().withZone(SHANGHAI)).withSecond(0).withNano(0);
        if (!now.toLocalDate().equals(liveDay)) {
            liveDay = now.toLocalDate();
            liveToday = 0;
        }
        if (liveToday == LiveNews.PER_DAY) {
            return Optional.empty();
        }
        StoredArticle article = LiveNews.article(liveToday++, liveDay, now.toLocalTime());
        long id = Math.abs(liveIds.nextLong());
        return Optional.of(new Listed(portalOf(article.siteId()).spec().template().articlePath(article, id), article,
                false));
    }

    /**
     * Whether the farm publishes without end ({@link FarmOptions#liveDates()}): an empty {@link #publishNext()}
     * then only means today's news is all out, and the next day brings more.
     */
    public boolean endless() {
        return options.liveDates();
    }

    /** How many articles are still held back. */
    public synchronized int heldBack() {
        return held.size();
    }

    /**
     * The URL of the poisoned "article": it answers 200 with {@code Content-Type: text/html;
     * charset=UTF-8} and the bytes of a binary PDF. It is served whether or not it is linked; it is
     * linked from a list page only when {@link FarmOptions#poisonLinked()}.
     */
    public URI poisonUrl() {
        return portals.get(0).baseUri().resolve(poison.path());
    }

    /** Stops every server. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        stopAll();
        LOG.info("farm stopped");
    }

    private void stopAll() {
        if (indexServer != null) {
            indexServer.stop(0);
        }
        portals.forEach(p -> p.server().stop(0));
        executor.shutdownNow();
    }

    private Running portalOf(String siteId) {
        return portals.stream().filter(p -> p.spec().id().equals(siteId)).findFirst().orElseThrow();
    }

    private static FarmArticle view(Running p, Listed l) {
        StoredArticle a = l.article();
        return new FarmArticle(a.siteId(), p.baseUri().resolve(l.path()), a.title(), a.publishedAt(), a.source(),
                a.seedId());
    }

    private static Comparator<Listed> newestFirst() {
        return Comparator.comparing((Listed l) -> l.article().publishedAt())
                .thenComparing(l -> l.article().file()).reversed();
    }

    private static Map<String, List<Listed>> freeze(Map<String, List<Listed>> map) {
        Map<String, List<Listed>> out = new LinkedHashMap<>();
        map.forEach((id, list) -> {
            List<Listed> sorted = new ArrayList<>(list);
            sorted.sort(newestFirst());
            out.put(id, List.copyOf(sorted));
        });
        return Collections.unmodifiableMap(out);
    }

    // ---------------------------------------------------------------- HTTP

    private void serve(Running portal, HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                send(exchange, 405, "text/plain; charset=UTF-8", "method not allowed".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String path = exchange.getRequestURI().getRawPath();
            String query = exchange.getRequestURI().getRawQuery();
            PortalSpec spec = portal.spec();
            SiteTemplate t = spec.template();
            List<Listed> entries = published.get(spec.id());
            if (path.equals("/robots.txt")) {
                send(exchange, 200, "text/plain; charset=UTF-8", ROBOTS.getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (path.equals("/") || path.equals("/index.html")) {
                exchange.getResponseHeaders().set("Location", t.listPath(0));
                send(exchange, 302, "text/html; charset=" + label(spec.charset()), new byte[0]);
                return;
            }
            if (portal == portals.get(0) && path.equals(poison.path())) {
                sendCacheable(exchange, "text/html; charset=UTF-8", poisonBytes, poison.article().publishedAt());
                return;
            }
            OptionalInt page = t.listPageOf(path, query);
            int pages = Math.max(1, (entries.size() + t.pageSize() - 1) / t.pageSize());
            if (page.isPresent() && page.getAsInt() < pages) {
                int from = page.getAsInt() * t.pageSize();
                List<Listed> slice = entries.subList(from, Math.min(entries.size(), from + t.pageSize()));
                String html = t.renderList(spec, slice, page.getAsInt(), pages);
                sendCacheable(exchange, contentType(spec), html.getBytes(spec.charset()), null);
                return;
            }
            for (int i = 0; i < entries.size(); i++) {
                Listed l = entries.get(i);
                if (l.path().equals(path) && !l.poison()) {
                    Listed prev = i + 1 < entries.size() ? entries.get(i + 1) : null;
                    Listed next = i > 0 ? entries.get(i - 1) : null;
                    List<Listed> related = entries.stream().filter(e -> !e.poison()).limit(4).toList();
                    String html = t.renderArticle(spec, l, prev, next, related);
                    sendCacheable(exchange, contentType(spec), html.getBytes(spec.charset()), l.article().publishedAt());
                    return;
                }
            }
            String message = path.startsWith("/search") ? "<p>站内搜索:请输入关键词。</p>" : "<h1>404</h1><p>对不起,您访问的页面不存在或已被删除!</p>";
            String html = "<!DOCTYPE html><html><head><meta charset=\"" + label(spec.charset()) + "\"><title>"
                    + Html.esc(spec.name()) + "</title></head><body>" + message + "<p><a href=\"/\">返回首页</a></p></body></html>";
            send(exchange, path.startsWith("/search") ? 200 : 404, contentType(spec), html.getBytes(spec.charset()));
        } catch (RuntimeException e) {
            LOG.warn("farm request {} failed: {}", exchange.getRequestURI(), e.toString());
            throw e;
        }
    }

    private void serveIndex(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (exchange.getRequestURI().getPath().equals("/robots.txt")) {
                send(exchange, 200, "text/plain; charset=UTF-8", ROBOTS.getBytes(StandardCharsets.UTF_8));
                return;
            }
            StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Yaowen 站群 farm</title></head><body><h1>站群导航</h1><ul>\n");
            for (Running p : portals) {
                html.append("<li><a href=\"").append(p.site().listUrls().get(0)).append("\">")
                        .append(Html.esc(p.spec().name())).append("</a> (").append(p.spec().template().name())
                        .append(", ").append(p.spec().charset().name()).append(")</li>\n");
            }
            html.append("</ul></body></html>\n");
            send(exchange, 200, "text/html; charset=UTF-8", html.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void sendCacheable(HttpExchange exchange, String contentType, byte[] body, LocalDateTime modified)
            throws IOException {
        String etag = "\"" + etag(body) + "\"";
        exchange.getResponseHeaders().set("ETag", etag);
        if (modified != null) {
            exchange.getResponseHeaders().set("Last-Modified", DateTimeFormatter.RFC_1123_DATE_TIME
                    .format(modified.atZone(SHANGHAI).withZoneSameInstant(ZoneOffset.UTC)));
        }
        String ifNoneMatch = exchange.getRequestHeaders().getFirst("If-None-Match");
        if (etag.equals(ifNoneMatch)) {
            exchange.sendResponseHeaders(304, -1);
            return;
        }
        send(exchange, 200, contentType, body);
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("Server", "nginx");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        if (body.length == 0 || head) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static String contentType(PortalSpec spec) {
        return "text/html; charset=" + label(spec.charset());
    }

    private static String label(Charset charset) {
        return charset.equals(StandardCharsets.UTF_8) ? "UTF-8" : charset.name();
    }

    private static String etag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "farm-http-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    @Override
    public String toString() {
        return "SiteFarm[" + baseUri() + ", " + options + "]";
    }
}
