package yaowen.crawler;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.slf4j.LoggerFactory;
import yaowen.records.RawPage;

/**
 * The crawler's network side against hostile servers, one case each with its asserted outcome: a
 * 50 MB page, a 10 GB stream, a body dripping a byte a second, a server that never answers, a
 * redirect loop, invalid bytes and NUL in a body, a huge header and a huge attribute, a list page
 * nested 100,000 deep, and a gzip bomb. The server is a raw loopback socket that writes what each
 * case needs, generating long bodies as it sends them (nothing of their size is ever allocated).
 * Timeouts are short here so each case ends in seconds; {@link #theProductDefaultsBoundEveryCase}
 * checks that the defaults bound them too. Cuts at the limits are counted ({@link Crawler#cuts()}),
 * shown in the site's status and logged once.
 */
@Timeout(30)
class HostileServerTest {
    static final long MB = 1024 * 1024;
    static final CrawlerSettings SETTINGS = CrawlerSettings.builder().allowPrivateAddresses(true)
            .minDelayPerHost(Duration.ZERO).timeout(Duration.ofSeconds(2)).connectTimeout(Duration.ofSeconds(1))
            .maxRetries(0).build();
    static final String ARTICLE = "/news/202401/t20240105_1.html";
    /**
     * What a round may take beyond the response deadline on a loaded machine (robots.txt, thread
     * start, closing): wide, as the cases it tells apart last a minute (silence) or a day (drip).
     */
    static final Duration SLACK = Duration.ofSeconds(12);

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger cutsLogger = (Logger) LoggerFactory.getLogger(Cuts.class);

    @BeforeEach
    void captureCutLog() {
        log.start();
        cutsLogger.addAppender(log);
    }

    @AfterEach
    void releaseCutLog() {
        cutsLogger.detachAppender(log);
    }

    @Test
    void theProductDefaultsBoundEveryCase() {
        CrawlerSettings d = CrawlerSettings.defaults();
        assertThat(d.maxPageBytes()).isEqualTo(10 * (int) MB).isLessThanOrEqualTo(CrawlerSettings.MAX_PAGE_BYTES_LIMIT);
        assertThat(d.timeout()).as("whole-response deadline: drip and silence end here")
                .isPositive().isLessThanOrEqualTo(Duration.ofMinutes(1));
        assertThat(d.connectTimeout()).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(10));
        assertThat(d.maxRedirects()).isBetween(1, 10);
        assertThat(d.maxRetries()).isLessThanOrEqualTo(3);
        assertThat(d.maxRetryAfter()).isLessThanOrEqualTo(Duration.ofMinutes(1));
        assertThat(d.maxUrlLength()).isBetween(256, 4096);
        assertThat(d.maxPathSegments()).isBetween(4, 32);
        assertThat(d.maxListPages()).isBetween(1, 50);
        assertThat(d.maxTurn()).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(2));
        assertThat(d.allowPrivateAddresses()).isFalse();
    }

    @Test
    void aFiftyMegabytePageIsCutAtTheCapCountedAndLoggedOnce() throws Exception {
        try (HostileServer server = new HostileServer()) {
            server.html("/news/index.html", CrawlerHttpTest.list(ARTICLE));
            server.route(ARTICLE, out -> {
                head(out, "200 OK", "Content-Type: text/html; charset=UTF-8", "Content-Length: " + 50 * MB);
                server.stream(out, 50 * MB);
            });
            Round round = crawl(SETTINGS, server);
            RawPage page = round.sink.page(server.uri(ARTICLE).toString());
            assertThat(CollectingSink.body(page)).hasSize(SETTINGS.maxPageBytes());
            assertThat(page.getTruncated()).isTrue();
            assertThat(round.cuts.get(CutReason.BODY_CAP)).isEqualTo(1);
            assertThat(round.status.cuts()).isEqualTo(1);
            assertThat(round.status.lastCut()).startsWith("body_cap at " + server.uri(ARTICLE));
            assertThat(warnings()).singleElement().satisfies(w -> assertThat(w).contains("site a", "body_cap",
                    server.uri(ARTICLE).toString(), "maxPageBytes"));
            assertThat(server.sent.get()).as("stopped reading soon after the cap").isLessThan(20 * MB);
        }
    }

    @Test
    void aTenGigabyteStreamEndsAtTheCapWithoutBeingRead() throws Exception {
        long tenGb = 10L * 1024 * MB;
        try (HostileServer server = new HostileServer()) {
            server.html("/news/index.html", CrawlerHttpTest.list(ARTICLE));
            server.route(ARTICLE, out -> { // no length: the body ends when the connection does
                head(out, "200 OK", "Content-Type: text/html; charset=UTF-8");
                server.stream(out, tenGb);
            });
            CrawlerSettings capped = SETTINGS.toBuilder().maxPageBytes((int) MB).build();
            Round round = crawl(capped, server);
            assertThat(CollectingSink.body(round.sink.page(server.uri(ARTICLE).toString()))).hasSize((int) MB);
            assertThat(round.cuts.get(CutReason.BODY_CAP)).isEqualTo(1);
            assertThat(server.sent.get()).isLessThan(16 * MB);
        }
    }

    @Test
    void aBodyDrippingAByteASecondEndsAtTheResponseDeadline() throws Exception {
        try (HostileServer server = new HostileServer()) {
            server.route("/news/index.html", out -> {
                head(out, "200 OK", "Content-Type: text/html; charset=UTF-8", "Content-Length: 100000");
                for (int i = 0; i < 100_000; i++) {
                    out.write('<');
                    out.flush();
                    Thread.sleep(1000);
                }
            });
            long t0 = System.nanoTime();
            Round round = crawl(SETTINGS, server);
            assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(SETTINGS.timeout().plus(SLACK));
            assertThat(round.status.failing()).isTrue();
            assertThat(round.status.reason()).startsWith("read timeout");
            assertThat(round.report.hosts()).singleElement().satisfies(h -> assertThat(h.timeouts()).isEqualTo(1));
        }
    }

    @Test
    void aServerThatNeverAnswersEndsAtTheResponseDeadline() throws Exception {
        try (HostileServer server = new HostileServer()) {
            server.route("/news/index.html", out -> Thread.sleep(60_000)); // reads the request, says nothing
            long t0 = System.nanoTime();
            Round round = crawl(SETTINGS, server);
            assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(SETTINGS.timeout().plus(SLACK));
            assertThat(round.status.failing()).isTrue();
            assertThat(round.status.reason()).startsWith("read timeout");
        }
    }

    @Test
    void aRedirectLoopIsRefusedAsATrapCountedAndLogged() throws Exception {
        try (HostileServer server = new HostileServer()) {
            server.html("/news/index.html", CrawlerHttpTest.list(ARTICLE));
            String secret = "/news/202401/t20240105_2.html?token=s3cr3t";
            server.route(ARTICLE, out -> head(out, "302 Found", "Location: " + secret, "Content-Length: 0"));
            server.route(secret, out -> head(out, "302 Found", "Location: " + secret, "Content-Length: 0"));
            Round round = crawl(SETTINGS, server);
            assertThat(round.sink.pages).isEmpty();
            assertThat(server.paths).filteredOn(p -> p.startsWith("/news/202401/")).hasSize(2);
            assertThat(round.cuts.get(CutReason.URL_TRAP)).isEqualTo(1);
            assertThat(warnings()).singleElement().satisfies(w -> assertThat(w).contains("url_trap", "redirect loop")
                    .contains("token=…").doesNotContain("s3cr3t"));
        }
    }

    @Test
    void invalidBytesAndNulInABodyAreKeptAsServedAndItsLinksFound() throws Exception {
        byte[] junk = {0, (byte) 0xFF, (byte) 0xFE, (byte) 0xC3, 0x28, 0, (byte) 0x80, (byte) 0xED, (byte) 0xA0, (byte) 0x80};
        ByteArrayOutputStream list = new ByteArrayOutputStream();
        list.write("<html><body>\0<ul>".getBytes(StandardCharsets.UTF_8));
        list.write(junk);
        list.write(CrawlerHttpTest.list(ARTICLE).getBytes(StandardCharsets.UTF_8));
        list.write(junk);
        ByteArrayOutputStream article = new ByteArrayOutputStream();
        article.write("<p>正文\0".getBytes(StandardCharsets.UTF_8));
        article.write(junk);
        article.write("</p>".getBytes(StandardCharsets.UTF_8));
        try (HostileServer server = new HostileServer()) {
            server.bytes("/news/index.html", list.toByteArray());
            server.bytes(ARTICLE, article.toByteArray());
            Round round = crawl(SETTINGS, server);
            assertThat(round.report.newArticles()).isEqualTo(1);
            assertThat(CollectingSink.body(round.sink.page(server.uri(ARTICLE).toString())))
                    .isEqualTo(article.toByteArray());
            assertThat(round.cuts.values()).containsOnly(0L);
        }
    }

    @Test
    void aHugeHeaderIsRefusedWithoutReadingItAll() throws Exception {
        try (HostileServer server = new HostileServer()) {
            server.route("/news/index.html", out -> {
                out.write(("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nX-Huge: ").getBytes(StandardCharsets.US_ASCII));
                server.stream(out, 64 * MB); // one header line without end
            });
            Round round = crawl(SETTINGS, server);
            assertThat(round.status.failing()).isTrue();
            assertThat(round.status.reason()).isNotBlank();
            assertThat(server.sent.get()).isLessThan(8 * MB);
        }
    }

    @Test
    void aHugeAttributeOnAListPageCostsOnlyItsOwnLink() throws Exception {
        StringBuilder html = new StringBuilder("<html><body><ul><li><a href=\"/news/202401/t20240105_9.html?x=");
        html.append("a".repeat(5 * (int) MB)).append("\" title=\"").append("标".repeat((int) MB))
                .append("\">巨</a><span>2024-01-05</span></li></ul>").append(CrawlerHttpTest.list(ARTICLE));
        try (HostileServer server = new HostileServer()) {
            server.html("/news/index.html", html.toString());
            server.html(ARTICLE, "<p>正文</p>");
            Round round = crawl(SETTINGS, server);
            assertThat(round.sink.urls()).containsExactly(server.uri(ARTICLE).toString());
            assertThat(round.cuts.get(CutReason.URL_TRAP)).isEqualTo(1);
            assertThat(round.status.lastCut()).contains("URL longer than " + SETTINGS.maxUrlLength());
            assertThat(warnings()).singleElement().satisfies(w -> assertThat(w).contains("url_trap")
                    .hasSizeLessThan(2000));
        }
    }

    @Test
    void aListPageNestedAHundredThousandDeepStillYieldsItsLinks() throws Exception {
        String deep = "<div>".repeat(100_000) + "<li><a href=\"" + ARTICLE + "\">深</a> 2024-01-05</li>"
                + "</div>".repeat(100_000);
        try (HostileServer server = new HostileServer()) {
            server.html("/news/index.html", "<html><body>" + deep + CrawlerHttpTest.list("/news/202401/t20240105_2.html")
                    + "</body></html>");
            server.html(ARTICLE, "<p>深处</p>");
            server.html("/news/202401/t20240105_2.html", "<p>浅处</p>");
            Round round = crawl(SETTINGS, server);
            assertThat(round.status.failing()).isFalse();
            assertThat(round.sink.urls()).contains(server.uri("/news/202401/t20240105_2.html").toString());
            assertThat(round.sink.urls()).contains(server.uri(ARTICLE).toString());
        }
    }

    @Test
    void aGzipBombInflatesOnlyToTheCapCountedAndLoggedOnce() throws Exception {
        byte[] bomb = gzipOfZeros(256 * MB); // about 250 KB on the wire
        try (HostileServer server = new HostileServer()) {
            server.html("/news/index.html", CrawlerHttpTest.list(ARTICLE));
            server.route(ARTICLE, out -> {
                head(out, "200 OK", "Content-Type: text/html; charset=UTF-8", "Content-Encoding: gzip",
                        "Content-Length: " + bomb.length);
                out.write(bomb);
            });
            CrawlerSettings capped = SETTINGS.toBuilder().maxPageBytes((int) MB).build();
            Round round = crawl(capped, server);
            RawPage page = round.sink.page(server.uri(ARTICLE).toString());
            assertThat(CollectingSink.body(page)).hasSize((int) MB);
            assertThat(page.getTruncated()).isTrue();
            assertThat(round.cuts.get(CutReason.DECOMPRESSED_CAP)).isEqualTo(1);
            assertThat(round.cuts.get(CutReason.BODY_CAP)).isZero();
            assertThat(round.status.lastCut()).startsWith("decompressed_cap at " + server.uri(ARTICLE));
            assertThat(warnings()).singleElement().satisfies(w -> assertThat(w).contains("decompressed_cap",
                    "decompression bomb"));
        }
    }

    @Test
    void aListPageCutAtEveryCheckIsCountedEachTimeAndLoggedOnce() throws Exception {
        try (HostileServer server = new HostileServer()) {
            server.route("/news/index.html", out -> {
                head(out, "200 OK", "Content-Type: text/html; charset=UTF-8", "Content-Length: " + 4 * MB);
                out.write(CrawlerHttpTest.list(ARTICLE).getBytes(StandardCharsets.UTF_8));
                server.stream(out, 4 * MB);
            });
            server.html(ARTICLE, "<p>正文</p>");
            CrawlerSettings capped = SETTINGS.toBuilder().maxPageBytes((int) MB).build();
            try (Crawler crawler = new Crawler(capped, List.of(CrawlerHttpTest.site("a", server.uri("/news/index.html"))),
                    new CollectingSink(), SeenUrls.inMemory())) {
                for (int i = 0; i < 3; i++) {
                    crawler.runOnce();
                }
                assertThat(crawler.cuts().get(CutReason.BODY_CAP)).isEqualTo(3);
                assertThat(crawler.siteStatuses().get(0).cuts()).isEqualTo(3);
            }
            assertThat(warnings()).singleElement().satisfies(w -> assertThat(w).contains("list page"));
        }
    }

    // ---- helpers ----

    private List<String> warnings() {
        return log.list.stream().filter(e -> e.getLevel() == Level.WARN).map(ILoggingEvent::getFormattedMessage).toList();
    }

    record Round(CrawlReport report, SiteStatus status, Map<CutReason, Long> cuts, CollectingSink sink) {
    }

    private static Round crawl(CrawlerSettings settings, HostileServer server) {
        CollectingSink sink = new CollectingSink();
        try (Crawler crawler = new Crawler(settings, List.of(CrawlerHttpTest.site("a", server.uri("/news/index.html"))),
                sink, SeenUrls.inMemory())) {
            CrawlReport report = crawler.runOnce();
            return new Round(report, crawler.siteStatuses().get(0), crawler.cuts(), sink);
        }
    }

    static void head(OutputStream out, String status, String... headers) throws IOException {
        StringBuilder s = new StringBuilder("HTTP/1.1 ").append(status).append("\r\nConnection: close\r\n");
        for (String h : headers) {
            s.append(h).append("\r\n");
        }
        out.write(s.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    static byte[] gzipOfZeros(long size) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes, 65536)) {
            byte[] zeros = new byte[65536];
            for (long n = 0; n < size; n += zeros.length) {
                gz.write(zeros);
            }
        }
        return bytes.toByteArray();
    }

    /**
     * A loopback server answering each connection with what its route writes (one response, then the
     * connection closes); robots.txt and unknown paths get an empty 404. Long bodies are written from
     * one small buffer, over and over, until the client hangs up.
     */
    static final class HostileServer implements AutoCloseable {
        interface Route {
            void write(OutputStream out) throws Exception;
        }

        final ServerSocket socket;
        final Map<String, Route> routes = new ConcurrentHashMap<>();
        final List<String> paths = new CopyOnWriteArrayList<>();
        /** Body bytes written by {@link #stream} so far. */
        final AtomicLong sent = new AtomicLong();
        private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "hostile-server");
            t.setDaemon(true);
            return t;
        });
        private final List<Socket> open = new CopyOnWriteArrayList<>();

        HostileServer() throws IOException {
            socket = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
            threads.execute(this::accept);
        }

        URI uri(String path) {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort() + path);
        }

        HostileServer route(String path, Route route) {
            routes.put(path, route);
            return this;
        }

        HostileServer bytes(String path, byte[] body) {
            return route(path, out -> {
                head(out, "200 OK", "Content-Type: text/html; charset=UTF-8", "Content-Length: " + body.length);
                out.write(body);
            });
        }

        HostileServer html(String path, String html) {
            return bytes(path, html.getBytes(StandardCharsets.UTF_8));
        }

        /** Writes {@code total} bytes of a repeated HTML-ish filler, or until the client hangs up. */
        void stream(OutputStream out, long total) throws IOException {
            byte[] chunk = "<p>填充内容 filler</p>\n".repeat(2048).getBytes(StandardCharsets.UTF_8);
            for (long left = total; left > 0; ) {
                int n = (int) Math.min(left, chunk.length);
                out.write(chunk, 0, n);
                sent.addAndGet(n);
                left -= n;
            }
            out.flush();
        }

        private void accept() {
            while (!socket.isClosed()) {
                try {
                    Socket s = socket.accept();
                    open.add(s);
                    threads.execute(() -> serve(s));
                } catch (IOException e) {
                    return;
                }
            }
        }

        private void serve(Socket s) {
            try (s) {
                String path = requestPath(s.getInputStream());
                paths.add(path);
                Route route = routes.get(path);
                OutputStream out = s.getOutputStream();
                if (route == null) {
                    head(out, "404 Not Found", "Content-Length: 0");
                } else {
                    route.write(out);
                }
                out.flush();
            } catch (Exception e) {
                // the client hung up (a cap, a deadline) or the test ended
            }
        }

        private static String requestPath(InputStream in) throws IOException {
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            int b;
            while ((b = in.read()) != -1) {
                head.write(b);
                byte[] h = head.toByteArray();
                int n = h.length;
                if (n >= 4 && h[n - 4] == '\r' && h[n - 3] == '\n' && h[n - 2] == '\r' && h[n - 1] == '\n') {
                    break;
                }
            }
            String first = head.toString(StandardCharsets.ISO_8859_1).split("\r\n", 2)[0];
            String[] parts = first.split(" ");
            return parts.length > 1 ? parts[1] : "";
        }

        @Override
        public void close() throws IOException {
            socket.close();
            for (Socket s : open) {
                s.close();
            }
            threads.shutdownNow();
        }
    }
}
