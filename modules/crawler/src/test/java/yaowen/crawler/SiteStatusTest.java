package yaowen.crawler;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A site that fails every check is failing, with the reason in words; one that answers is not. */
@Timeout(60)
class SiteStatusTest {

    @Test
    void aSiteWhosePortRefusesIsFailingWithTheReasonInWords() throws Exception {
        URI dead = URI.create("http://127.0.0.1:" + closedPort() + "/news/index.html");
        try (TestServer server = new TestServer()) {
            server.robots("User-agent: *\nAllow: /\n").html("/news/index.html", CrawlerHttpTest.list());
            try (Crawler crawler = new Crawler(CrawlerHttpTest.FAST, List.of(CrawlerHttpTest.site("dead", dead),
                    CrawlerHttpTest.site("live", server.uri("/news/index.html"))), new CollectingSink(),
                    SeenUrls.inMemory())) {
                crawler.runOnce();

                SiteStatus deadStatus = crawler.siteStatuses().get(0);
                assertThat(deadStatus.failing()).isTrue();
                assertThat(deadStatus.reason()).contains("connection refused").doesNotContain("null");
                assertThat(deadStatus.failedChecks()).isEqualTo(1);
                assertThat(deadStatus.lastSuccess()).isEmpty();

                SiteStatus live = crawler.siteStatuses().get(1);
                assertThat(live.failing()).isFalse();
                assertThat(live.reason()).isEmpty();
                assertThat(live.checks()).isEqualTo(1);
                assertThat(live.lastSuccess()).isPresent();

                var since = deadStatus.failingSince().orElseThrow();
                crawler.runOnce();
                assertThat(crawler.siteStatuses().get(0).failingSince()).as("failing since the first failed round")
                        .contains(since);
            }
        }
    }

    @Test
    void aListPageAnsweringAnErrorStatusIsFailingWithThatStatus() throws Exception {
        try (TestServer server = new TestServer()) {
            server.robots("User-agent: *\nAllow: /\n").route("/news/index.html",
                    exchange -> TestServer.send(exchange, 404, "text/html", new byte[0]));
            try (Crawler crawler = new Crawler(CrawlerHttpTest.FAST, List.of(CrawlerHttpTest.site("gone",
                    server.uri("/news/index.html"))), new CollectingSink(), SeenUrls.inMemory())) {
                crawler.runOnce();
                assertThat(crawler.siteStatuses().get(0).failing()).isTrue();
                assertThat(crawler.siteStatuses().get(0).reason()).isEqualTo("HTTP 404");
            }
        }
    }

    private static int closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
