package yaowen.crawler;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import yaowen.records.RawPage;

/**
 * The crawler against small purpose-built servers: robots, redirects, dead hosts, caps. Delays and
 * retries are checked exactly, without sockets, in {@link CrawlerLogicTest}.
 */
@Timeout(60)
class CrawlerHttpTest {
    static final CrawlerSettings FAST = CrawlerSettings.builder().allowPrivateAddresses(true)
            .minDelayPerHost(Duration.ofMillis(5)).timeout(Duration.ofSeconds(2)).build();

    static String list(String... hrefs) {
        StringBuilder li = new StringBuilder("<html><body><ul class=\"list\">");
        for (String href : hrefs) {
            li.append("<li><a href=\"").append(href).append("\">标题</a><span>2024-01-05</span></li>");
        }
        return li.append("</ul></body></html>").toString();
    }

    static SiteConfig site(String id, URI list) {
        return new SiteConfig(id, "测试站" + id, Optional.of("410202"), List.of(list));
    }

    @Test
    void honoursRobotsDisallow() throws Exception {
        try (TestServer server = new TestServer()) {
            server.robots("User-agent: *\nDisallow: /private/\n\nUser-agent: YaowenBot\nDisallow: /secret/\n")
                    .html("/news/index.html", list("/private/202401/t20240105_1.html", "/secret/202401/t20240105_2.html",
                            "/news/202401/t20240105_3.html"))
                    .html("/news/202401/t20240105_3.html", "<p>正文</p>")
                    .html("/private/202401/t20240105_1.html", "<p>x</p>")
                    .html("/secret/202401/t20240105_2.html", "<p>x</p>");
            CollectingSink sink = new CollectingSink();
            try (Crawler crawler = new Crawler(FAST, List.of(site("a", server.uri("/news/index.html"))), sink,
                    SeenUrls.inMemory())) {
                CrawlReport report = crawler.runOnce();
                // the YaowenBot group applies (only /secret/ is disallowed for us), so /private/ is fetched
                assertThat(report.site("a").newArticles()).isEqualTo(2);
                assertThat(report.site("a").robotsDenied()).isEqualTo(1);
            }
            assertThat(server.paths()).doesNotContain("/secret/202401/t20240105_2.html")
                    .contains("/private/202401/t20240105_1.html", "/robots.txt");
            assertThat(server.paths().stream().filter("/robots.txt"::equals).count()).isEqualTo(1);
        }
    }

    @Test
    void recordsTheFinalUrlOfARedirectedArticle() throws Exception {
        try (TestServer server = new TestServer()) {
            server.robots("").html("/news/index.html", list("/old/202401/t20240105_7.html"))
                    .redirect("/old/202401/t20240105_7.html", "/news/202401/t20240105_7.html")
                    .html("/news/202401/t20240105_7.html", "<p>正文</p>");
            CollectingSink sink = new CollectingSink();
            SeenUrls seen = SeenUrls.inMemory();
            try (Crawler crawler = new Crawler(FAST, List.of(site("a", server.uri("/news/index.html"))), sink, seen)) {
                assertThat(crawler.runOnce().newArticles()).isEqualTo(1);
            }
            RawPage page = sink.pages.get(0);
            assertThat(page.getUrl()).isEqualTo(server.uri("/news/202401/t20240105_7.html").toString());
            assertThat(page.getRequestedUrl()).isEqualTo(server.uri("/old/202401/t20240105_7.html").toString());
            assertThat(seen.isSeen(page.getUrl())).isTrue();
            assertThat(seen.isSeen(page.getRequestedUrl())).isTrue();
        }
    }

    @Test
    void aDeadPortAndAHangingHostDoNotStallTheOtherSites() throws Exception {
        int deadPort;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            deadPort = probe.getLocalPort();
        }
        List<Socket> accepted = new CopyOnWriteArrayList<>();
        try (ServerSocket hanging = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
             TestServer healthy = new TestServer()) {
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        accepted.add(hanging.accept()); // never answers
                    }
                } catch (IOException e) {
                    // closed
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            healthy.robots("").html("/news/index.html", list("/news/202401/t20240105_1.html"))
                    .html("/news/202401/t20240105_1.html", "<p>正文</p>");
            List<SiteConfig> sites = List.of(
                    site("dead", URI.create("http://127.0.0.1:" + deadPort + "/news/index.html")),
                    site("hanging", URI.create("http://127.0.0.1:" + hanging.getLocalPort() + "/news/index.html")),
                    site("healthy", healthy.uri("/news/index.html")));
            CollectingSink sink = new CollectingSink();
            // the hanging host never answers: only the 700 ms timeout ends its round (the class's timeout bounds the test)
            try (Crawler crawler = new Crawler(FAST.toBuilder().timeout(Duration.ofMillis(700)).build(), sites, sink, SeenUrls.inMemory())) {
                CrawlReport report = crawler.runOnce();
                assertThat(report.site("healthy").newArticles()).isEqualTo(1);
                assertThat(report.site("dead").failures()).isPositive();
                assertThat(report.site("hanging").failures()).isPositive();
                assertThat(report.site("dead").newArticles()).isZero();
            } finally {
                for (Socket s : accepted) {
                    s.close();
                }
            }
        }
    }

    @Test
    void retriesArticlesThatFailedOrCouldNotBePublished() throws Exception {
        try (TestServer server = new TestServer()) {
            int[] calls = {0};
            server.robots("").html("/news/index.html", list("/news/202401/t20240105_1.html", "/news/202401/t20240105_2.html",
                            "/news/202401/t20240105_3.html"))
                    .route("/news/202401/t20240105_1.html", ex -> TestServer.send(ex, calls[0]++ == 0 ? 503 : 200,
                            "text/html; charset=UTF-8", "<p>正文</p>".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                    .html("/news/202401/t20240105_2.html", "<p>正文</p>")
                    .status("/news/202401/t20240105_3.html", 404);
            CollectingSink sink = new CollectingSink().failing(1);
            try (Crawler crawler = new Crawler(FAST.toBuilder().maxRetries(0).build(), List.of(site("a", server.uri("/news/index.html"))), sink,
                    SeenUrls.inMemory())) {
                CrawlReport first = crawler.runOnce();
                assertThat(first.newArticles()).isZero();
                assertThat(first.failures()).isEqualTo(3); // 503, sink failure, 404
                CrawlReport second = crawler.runOnce();
                assertThat(second.newArticles()).isEqualTo(2);
                assertThat(second.failures()).isZero(); // 404 is not retried
                CrawlReport third = crawler.runOnce();
                assertThat(third.newArticles()).isZero();
            }
            assertThat(server.paths().stream().filter("/news/202401/t20240105_3.html"::equals).count()).isEqualTo(1);
        }
    }

    @Test
    void cutsBodiesAtTheSizeCapAndMarksThemTruncated() throws Exception {
        try (TestServer server = new TestServer()) {
            server.robots("").html("/news/index.html", list("/news/202401/t20240105_1.html"))
                    .html("/news/202401/t20240105_1.html", "<p>" + "很长的正文".repeat(500) + "</p>");
            CollectingSink sink = new CollectingSink();
            try (Crawler crawler = new Crawler(FAST.toBuilder().maxPageBytes(4096).build(), List.of(site("a", server.uri("/news/index.html"))),
                    sink, SeenUrls.inMemory())) {
                crawler.runOnce();
            }
            assertThat(sink.pages.get(0).getTruncated()).isTrue();
            assertThat(CollectingSink.body(sink.pages.get(0))).hasSize(4096);
        }
    }

    @Test
    void followsNoMoreListPagesThanTheCap() throws Exception {
        try (TestServer server = new TestServer()) {
            server.robots("");
            for (int i = 0; i < 10; i++) {
                String name = i == 0 ? "index.html" : "index_" + i + ".html";
                server.html("/news/" + name, "<ul><li><a href=\"/news/202401/t20240105_" + i + ".html\">标题</a><span>2024-01-05</span></li></ul>"
                        + "<a href=\"index_" + (i + 1) + ".html\">下一页</a>");
                server.html("/news/202401/t20240105_" + i + ".html", "<p>正文</p>");
            }
            try (Crawler crawler = new Crawler(FAST.toBuilder().maxListPages(3).build(), List.of(site("a", server.uri("/news/index.html"))),
                    new CollectingSink(), SeenUrls.inMemory())) {
                CrawlReport report = crawler.runOnce();
                assertThat(report.site("a").listPages()).isEqualTo(3);
                assertThat(report.site("a").newArticles()).isEqualTo(3);
            }
        }
    }

    @Test
    void refusesToBuildWithDuplicateSiteIds() throws Exception {
        URI u = URI.create("http://example.org/");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Crawler(FAST, List.of(site("a", u), site("a", u)),
                new CollectingSink(), SeenUrls.inMemory())).hasMessageContaining("duplicate site id 'a'");
    }

    static byte[] readAll(InputStream in) throws IOException {
        return in.readAllBytes();
    }
}
