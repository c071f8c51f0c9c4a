package yaowen.crawler;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import yaowen.records.RawPage;

/**
 * The crawler against real loopback HTTP servers misbehaving the ways government sites do:
 * throttling, redirects across hosts, loops, dead hosts, WAF challenges, compression, traps, restarts.
 */
@Timeout(60)
class CrawlerRobustnessIT {
    static final CrawlerSettings FAST = CrawlerHttpTest.FAST.toBuilder().retryBackoff(Duration.ofMillis(100))
            .maxRetryAfter(Duration.ofSeconds(3)).build();

    static String list(String... hrefs) {
        return CrawlerHttpTest.list(hrefs);
    }

    static SiteConfig site(String id, TestServer server) {
        return CrawlerHttpTest.site(id, server.uri("/news/index.html"));
    }

    static long count(TestServer server, String path) {
        return server.paths().stream().filter(path::equals).count();
    }

    @Test
    void waitsForAShortRetryAfterOn429ThenFetches() throws Exception {
        try (TestServer server = new TestServer()) {
            AtomicInteger calls = new AtomicInteger();
            server.robots("").html("/news/index.html", list("/news/202401/t20240105_1.html"))
                    .route("/news/202401/t20240105_1.html", ex -> {
                        if (calls.getAndIncrement() == 0) {
                            ex.getResponseHeaders().set("Retry-After", "1");
                            TestServer.send(ex, 429, "text/html", "<p>slow down</p>".getBytes(StandardCharsets.UTF_8));
                        } else {
                            TestServer.send(ex, 200, "text/html; charset=UTF-8", "<p>正文</p>".getBytes(StandardCharsets.UTF_8));
                        }
                    });
            try (Crawler crawler = new Crawler(FAST, List.of(site("a", server)), new CollectingSink(), SeenUrls.inMemory())) {
                CrawlReport report = crawler.runOnce();
                assertThat(report.newArticles()).isEqualTo(1);
                HostReport host = report.hosts().get(0);
                assertThat(host.throttled()).isEqualTo(1);
                assertThat(host.retries()).isEqualTo(1);
            }
            List<TestServer.Hit> hits = server.hits.stream().filter(h -> h.path().contains("t20240105_1")).toList();
            assertThat(hits).hasSize(2);
            assertThat((hits.get(1).nanos() - hits.get(0).nanos()) / 1_000_000).isGreaterThanOrEqualTo(990);
        }
    }

    @Test
    void aLongRetryAfterPausesTheHostInsteadOfHammeringIt() throws Exception {
        try (TestServer server = new TestServer()) {
            server.robots("").html("/news/index.html", list("/news/202401/t20240105_1.html", "/news/202401/t20240105_2.html",
                            "/news/202401/t20240105_3.html"))
                    .route("/news/202401/t20240105_1.html", ex -> {
                        ex.getResponseHeaders().set("Retry-After", "120");
                        TestServer.send(ex, 503, "text/html", "<p>busy</p>".getBytes(StandardCharsets.UTF_8));
                    });
            try (Crawler crawler = new Crawler(FAST, List.of(site("a", server)), new CollectingSink(), SeenUrls.inMemory())) {
                CrawlReport first = crawler.runOnce();
                assertThat(first.newArticles()).isZero();
                assertThat(first.failures()).isEqualTo(3);
                CrawlReport second = crawler.runOnce(); // still paused: no request at all
                assertThat(second.newArticles()).isZero();
            }
            assertThat(server.paths()).containsExactly("/robots.txt", "/news/index.html", "/news/202401/t20240105_1.html");
        }
    }

    @Test
    void retriesServerErrorsWithExponentialBackoff() throws Exception {
        try (TestServer server = new TestServer()) {
            AtomicInteger calls = new AtomicInteger();
            server.robots("").html("/news/index.html", list("/news/202401/t20240105_1.html"))
                    .route("/news/202401/t20240105_1.html", ex -> TestServer.send(ex, calls.getAndIncrement() < 2 ? 500 : 200,
                            "text/html; charset=UTF-8", "<p>正文</p>".getBytes(StandardCharsets.UTF_8)));
            try (Crawler crawler = new Crawler(FAST.toBuilder().retryBackoff(Duration.ofMillis(300)).build(), List.of(site("a", server)),
                    new CollectingSink(), SeenUrls.inMemory())) {
                assertThat(crawler.runOnce().newArticles()).isEqualTo(1);
            }
            List<TestServer.Hit> hits = server.hits.stream().filter(h -> h.path().contains("t20240105_1")).toList();
            assertThat(hits).hasSize(3);
            long first = (hits.get(1).nanos() - hits.get(0).nanos()) / 1_000_000;
            long second = (hits.get(2).nanos() - hits.get(1).nanos()) / 1_000_000;
            assertThat(first).isGreaterThanOrEqualTo(295);
            assertThat(second).isGreaterThanOrEqualTo(595);
        }
    }

    @Test
    void checksRobotsAndPolitenessOfTheHostARedirectReaches() throws Exception {
        try (TestServer a = new TestServer(); TestServer b = new TestServer()) {
            b.robots("User-agent: *\nDisallow: /private/\nCrawl-delay: 1\n")
                    .html("/private/202401/t20240105_1.html", "<p>secret</p>")
                    .html("/open/202401/t20240105_2.html", "<p>正文</p>")
                    .html("/open/202401/t20240105_3.html", "<p>正文</p>");
            a.robots("").html("/news/index.html", list("/news/202401/t20240105_1.html", "/news/202401/t20240105_2.html",
                            "/news/202401/t20240105_3.html"))
                    .redirect("/news/202401/t20240105_1.html", b.uri("/private/202401/t20240105_1.html").toString())
                    .redirect("/news/202401/t20240105_2.html", b.uri("/open/202401/t20240105_2.html").toString())
                    .redirect("/news/202401/t20240105_3.html", b.uri("/open/202401/t20240105_3.html").toString());
            CollectingSink sink = new CollectingSink();
            try (Crawler crawler = new Crawler(FAST, List.of(site("a", a)), sink, SeenUrls.inMemory())) {
                CrawlReport report = crawler.runOnce();
                assertThat(report.newArticles()).isEqualTo(2);
                assertThat(report.robotsDenied()).isEqualTo(1);
            }
            assertThat(b.paths()).doesNotContain("/private/202401/t20240105_1.html").startsWith("/robots.txt");
            List<TestServer.Hit> onB = b.hits.stream().filter(h -> h.path().startsWith("/open/")).toList();
            assertThat(onB).hasSize(2);
            assertThat((onB.get(1).nanos() - onB.get(0).nanos()) / 1_000_000).isGreaterThanOrEqualTo(990); // b's Crawl-delay
            assertThat(sink.pages).extracting(RawPage::getUrl).allMatch(u -> u.startsWith(b.uri("/open/").toString()));
        }
    }

    @Test
    void refusesRedirectLoopsAndChainsLongerThanTheCap() throws Exception {
        try (TestServer server = new TestServer()) {
            server.robots("").html("/news/index.html", list("/news/202401/t20240105_1.html", "/news/202401/t20240105_2.html"))
                    .redirect("/news/202401/t20240105_1.html", "/loop/202401/t20240105_9.html")
                    .redirect("/loop/202401/t20240105_9.html", "/news/202401/t20240105_1.html");
            for (int i = 0; i < 10; i++) {
                server.redirect(i == 0 ? "/news/202401/t20240105_2.html" : "/chain/" + i + ".html", "/chain/" + (i + 1) + ".html");
            }
            try (Crawler crawler = new Crawler(FAST.toBuilder().maxRedirects(3).build(), List.of(site("a", server)), new CollectingSink(),
                    SeenUrls.inMemory())) {
                CrawlReport report = crawler.runOnce();
                assertThat(report.newArticles()).isZero();
                assertThat(report.hosts().get(0).traps()).isEqualTo(2);
            }
            assertThat(server.paths().stream().filter(p -> p.startsWith("/chain/")).count()).isEqualTo(3);
        }
    }

    @Test
    void aDeadHostTripsTheBreakerAndCostsNoMoreRequests() throws Exception {
        try (TestServer server = new TestServer()) {
            StringBuilder hrefs = new StringBuilder();
            String[] links = new String[8];
            for (int i = 0; i < links.length; i++) {
                links[i] = "/news/202401/t20240105_" + i + ".html";
                server.status(links[i], 500);
            }
            server.robots("").html("/news/index.html", list(links));
            try (Crawler crawler = new Crawler(FAST.toBuilder().maxRetries(0).breakerThreshold(3).build(), List.of(site("a", server)),
                    new CollectingSink(), SeenUrls.inMemory())) {
                CrawlReport report = crawler.runOnce();
                HostReport host = report.hosts().get(0);
                assertThat(host.serverErrors()).isEqualTo(3);
                assertThat(host.breakerOpens()).isEqualTo(1);
                assertThat(host.breakerRejected()).isEqualTo(5);
                assertThat(host.circuitOpen()).isTrue();
                assertThat(report.failures()).isEqualTo(8);
                assertThat(crawler.hostReports()).hasSize(1);
            }
            assertThat(server.paths().stream().filter(p -> p.startsWith("/news/2024")).count()).isEqualTo(3);
            assertThat(hrefs).isEmpty();
        }
    }

    @Test
    void flagsAWafChallengeInsteadOfHammeringIt() throws Exception {
        try (TestServer server = new TestServer()) {
            server.robots("").html("/news/index.html", list("/news/202401/t20240105_1.html", "/news/202401/t20240105_2.html"))
                    .route("/news/202401/t20240105_1.html", ex -> TestServer.send(ex, 412, "text/html",
                            "<html><script>$_ts=window['$_ts'];$_ts.nsd=1;</script></html>".getBytes(StandardCharsets.UTF_8)))
                    .html("/news/202401/t20240105_2.html", "<p>正文</p>");
            try (Crawler crawler = new Crawler(FAST, List.of(site("a", server)), new CollectingSink(), SeenUrls.inMemory())) {
                CrawlReport report = crawler.runOnce();
                assertThat(report.hosts().get(0).wafChallenges()).isEqualTo(1);
                assertThat(report.newArticles()).isZero();
                crawler.runOnce();
            }
            assertThat(count(server, "/news/202401/t20240105_1.html")).isEqualTo(1);
            assertThat(count(server, "/news/202401/t20240105_2.html")).isZero();
            assertThat(count(server, "/news/index.html")).isEqualTo(1);
        }
    }

    @Test
    void inflatesGzipWithoutTouchingCharsetBytesAndCapsDecompressionBombs() throws Exception {
        byte[] gbk = "<html><head><meta charset=\"GBK\"></head><body><p>祥符区召开三级干部会议</p></body></html>"
                .getBytes(Charset.forName("GBK"));
        byte[] bomb = gzip(new byte[50 * 1024 * 1024]);
        try (TestServer server = new TestServer()) {
            server.robots("").html("/news/index.html", list("/news/202401/t20240105_1.html", "/news/202401/t20240105_2.html"))
                    .route("/news/202401/t20240105_1.html", ex -> {
                        ex.getResponseHeaders().set("Content-Encoding", "gzip");
                        TestServer.send(ex, 200, "text/html; charset=GBK", gzip(gbk));
                    })
                    .route("/news/202401/t20240105_2.html", ex -> {
                        ex.getResponseHeaders().set("Content-Encoding", "gzip");
                        TestServer.send(ex, 200, "text/html", bomb);
                    });
            CollectingSink sink = new CollectingSink();
            try (Crawler crawler = new Crawler(FAST.toBuilder().maxPageBytes(1 << 20).build(), List.of(site("a", server)), sink,
                    SeenUrls.inMemory())) {
                assertThat(crawler.runOnce().newArticles()).isEqualTo(2);
            }
            RawPage page = sink.page(server.uri("/news/202401/t20240105_1.html").toString());
            assertThat(CollectingSink.body(page)).isEqualTo(gbk);
            assertThat(page.getDeclaredCharset()).isEqualTo("GBK");
            assertThat(page.getHeaders()).doesNotContainKey("content-encoding");
            RawPage exploded = sink.page(server.uri("/news/202401/t20240105_2.html").toString());
            assertThat(exploded.getTruncated()).isTrue();
            assertThat(CollectingSink.body(exploded)).hasSize(1 << 20);
        }
    }

    @Test
    void doesNotFollowTrapUrls() throws Exception {
        try (TestServer server = new TestServer()) {
            String repeated = "/news/a/b/a/b/a/b/t20240105_1.html";
            String deep = "/news/1/2/3/4/5/6/7/8/9/10/11/12/13/t20240105_2.html";
            String longUrl = "/news/202401/t20240105_3.html?x=" + "y".repeat(600);
            server.robots("").html("/news/index.html", list(repeated, deep, longUrl, "/news/202401/t20240105_4.html"))
                    .html("/news/202401/t20240105_4.html", "<p>正文</p>");
            try (Crawler crawler = new Crawler(FAST, List.of(site("a", server)), new CollectingSink(), SeenUrls.inMemory())) {
                assertThat(crawler.runOnce().newArticles()).isEqualTo(1);
            }
            assertThat(server.paths()).containsExactly("/robots.txt", "/news/index.html", "/news/202401/t20240105_4.html");
        }
    }

    @Test
    void restartsWithoutRefetchingArticlesAndWithItsValidators() throws Exception {
        try (TestServer server = new TestServer()) {
            server.robots("").route("/news/index.html", ex -> {
                        if ("\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                            ex.getResponseHeaders().set("ETag", "\"v1\"");
                            ex.sendResponseHeaders(304, -1);
                            return;
                        }
                        ex.getResponseHeaders().set("ETag", "\"v1\"");
                        TestServer.send(ex, 200, "text/html; charset=UTF-8", list("/news/202401/t20240105_1.html",
                                "/news/202401/t20240105_2.html").getBytes(StandardCharsets.UTF_8));
                    })
                    .html("/news/202401/t20240105_1.html", "<p>正文</p>")
                    .html("/news/202401/t20240105_2.html", "<p>正文</p>");
            SeenUrls seen = SeenUrls.inMemory();
            MemoryStateStore state = new MemoryStateStore();
            try (Crawler crawler = new Crawler(FAST, List.of(site("a", server)), new CollectingSink(), seen, state)) {
                assertThat(crawler.runOnce().newArticles()).isEqualTo(2);
            }
            int before = server.hits.size();
            try (Crawler restarted = new Crawler(FAST, List.of(site("a", server)), new CollectingSink(), seen, state)) {
                CrawlReport report = restarted.runOnce();
                assertThat(report.newArticles()).isZero();
                assertThat(report.listPages()).isEqualTo(1);
                assertThat(restarted.runDue().listPages()).isZero(); // not due again yet
            }
            // the restarted crawler asked robots.txt and the list page (answered 304), nothing else
            assertThat(server.paths().subList(before, server.hits.size())).containsExactly("/robots.txt", "/news/index.html");
        }
    }

    @Test
    void closingACrawlerClosesTheConnectionsItKeptAlive() throws Exception {
        var os = (com.sun.management.UnixOperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        try (TestServer a = new TestServer(); TestServer b = new TestServer(); TestServer c = new TestServer()) {
            List<SiteConfig> sites = new java.util.ArrayList<>();
            for (TestServer server : List.of(a, b, c)) {
                server.robots("").html("/news/index.html", list("/news/202401/t20240105_1.html"))
                        .html("/news/202401/t20240105_1.html", "<p>正文</p>");
                sites.add(site("s" + sites.size(), server));
            }
            long before = os.getOpenFileDescriptorCount();
            for (int i = 0; i < 20; i++) {
                try (Crawler crawler = new Crawler(FAST, sites, new CollectingSink(), SeenUrls.inMemory())) {
                    assertThat(crawler.runOnce().newArticles()).isEqualTo(3);
                }
            }
            // 20 crawlers x 3 kept-alive connections would be 60 descriptors if closing left them open
            assertThat(os.getOpenFileDescriptorCount() - before).isLessThan(20);
        }
    }

    static final class MemoryStateStore implements CrawlStateStore {
        final Map<String, ListPageState> states = new ConcurrentHashMap<>();

        @Override
        public List<ListPageState> load() {
            return List.copyOf(states.values());
        }

        @Override
        public void save(ListPageState state) {
            states.put(state.url().toString(), state);
        }
    }

    static byte[] gzip(byte[] bytes) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
                gz.write(bytes);
            }
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Optional<String> none() {
        return Optional.empty();
    }
}
