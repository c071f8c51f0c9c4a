package yaowen.crawler;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Monitoring against real HTTP servers: sites are checked on their own schedule, not in lockstep. */
@Timeout(60)
class MonitoringTest {
    @Test
    void aSiteBusyWithManySlowArticlesDoesNotDelayTheOtherSitesChecks() throws Exception {
        Duration interval = Duration.ofMillis(300);
        CrawlerSettings settings = CrawlerHttpTest.FAST.toBuilder().recheckInterval(interval).minRecheckInterval(interval)
                .maxRecheckInterval(interval).build();
        try (TestServer slow = new TestServer(); TestServer fast = new TestServer()) {
            slow.robots("").html("/news/index.html", CrawlerHttpTest.list());
            fast.robots("").html("/news/index.html", CrawlerHttpTest.list());
            CollectingSink sink = new CollectingSink();
            try (Crawler crawler = new Crawler(settings, List.of(CrawlerHttpTest.site("slow", slow.uri("/news/index.html")),
                    CrawlerHttpTest.site("fast", fast.uri("/news/index.html"))), sink, SeenUrls.inMemory())) {
                crawler.start();
                long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
                while (crawler.lastReport().isEmpty() && System.nanoTime() < deadline) {
                    Thread.sleep(20);
                }
                // 40 new articles at 100 ms each keep the slow site busy for about 4 s
                List<String> hrefs = new ArrayList<>();
                for (int i = 0; i < 40; i++) {
                    String path = "/news/202401/t20240105_" + i + ".html";
                    hrefs.add(path);
                    slow.route(path, ex -> {
                        try {
                            Thread.sleep(100);
                        } catch (InterruptedException e) {
                            throw new InterruptedIOException();
                        }
                        TestServer.send(ex, 200, "text/html; charset=UTF-8", "<p>慢</p>".getBytes(StandardCharsets.UTF_8));
                    });
                }
                slow.html("/news/index.html", CrawlerHttpTest.list(hrefs.toArray(String[]::new)));
                Thread.sleep(800); // the slow site is now fetching its articles
                fast.html("/news/202401/t20240105_1.html", "<p>快</p>")
                        .html("/news/index.html", CrawlerHttpTest.list("/news/202401/t20240105_1.html"));
                long published = System.nanoTime();
                String fresh = fast.uri("/news/202401/t20240105_1.html").toString();
                while (!sink.urls().contains(fresh) && System.nanoTime() < deadline) {
                    Thread.sleep(10);
                }
                long tookMillis = (System.nanoTime() - published) / 1_000_000;
                long slowDone = sink.urls().stream().filter(u -> u.startsWith(slow.uri("/").toString())).count();
                assertThat(sink.urls()).contains(fresh);
                assertThat(tookMillis).isLessThan(1500);
                assertThat(slowDone).isLessThan(40); // the slow site was still busy
            }
        }
    }
}
