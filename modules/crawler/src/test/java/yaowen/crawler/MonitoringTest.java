package yaowen.crawler;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InterruptedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import yaowen.testkit.Await;

/**
 * Monitoring: sites are checked on their own schedule, not in lockstep. Through the fetcher seam
 * with manual time: a site held mid-round by an article that does not answer yet, and the other
 * site's next check, are events the test controls, not durations it hopes for.
 */
@Timeout(60)
class MonitoringTest {
    static final Duration WAIT = Duration.ofSeconds(10);

    @Test
    void aSiteBusyWithASlowArticleDoesNotDelayTheOtherSitesChecks() throws Exception {
        Duration interval = Duration.ofMinutes(1);
        CrawlerSettings settings = CrawlerSettings.builder().minDelayPerHost(Duration.ofMillis(5))
                .recheckInterval(interval).minRecheckInterval(interval).maxRecheckInterval(interval).build();
        ManualTime time = new ManualTime();
        MemoryFetcher fetcher = new MemoryFetcher(time);
        String slowList = "http://slow.example/news/index.html";
        String fastList = "http://fast.example/news/index.html";
        fetcher.robots("http://slow.example:80", "").robots("http://fast.example:80", "")
                .html(slowList, CrawlerHttpTest.list()).html(fastList, CrawlerHttpTest.list());
        CollectingSink sink = new CollectingSink();
        CountDownLatch slowBusy = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (Crawler crawler = Crawler.builder(settings, List.of(CrawlerHttpTest.site("slow", URI.create(slowList)),
                        CrawlerHttpTest.site("fast", URI.create(fastList))), sink, SeenUrls.inMemory())
                .fetcher(fetcher).clock(time.clock()).ticker(time).build()) {
            crawler.start();
            Await.until("the first round", WAIT, () -> crawler.lastReport().isPresent());

            String slowArticle = "http://slow.example/news/202401/t20240105_1.html";
            fetcher.route(slowArticle, (u, h) -> {
                slowBusy.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS); // holds the slow site's round until released
                } catch (InterruptedException e) {
                    throw new InterruptedIOException();
                }
                return fetcher.response(u, 200, Map.of(), "<p>慢</p>");
            }).html(slowList, CrawlerHttpTest.list(slowArticle));
            time.advance(interval);
            assertThat(slowBusy.await(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
            // The fast site's check at this advance must be over before time moves again: a check
            // schedules the next one from the clock as it ends, so advancing mid-check would put the
            // next one a full interval after the second advance, and the test would wait for ever.
            Await.until("the fast site's second check to end", WAIT, () -> crawler.siteStatuses().stream()
                    .anyMatch(s -> s.siteId().equals("fast") && s.checks() >= 2));

            String fresh = "http://fast.example/news/202401/t20240105_1.html";
            fetcher.html(fresh, "<p>快</p>").html(fastList, CrawlerHttpTest.list(fresh));
            time.advance(interval);
            Await.until("the fast site's new article, while the slow site is held", WAIT,
                    () -> sink.urls().contains(fresh));
            assertThat(sink.urls()).doesNotContain(slowArticle);
            release.countDown();
            Await.until("the slow site's article once released", WAIT, () -> sink.urls().contains(slowArticle));
        } finally {
            release.countDown();
        }
    }
}
