package yaowen.crawler;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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
        CrawlerSettings settings = checkedEvery(CrawlerSettings.builder(), interval)
                .minDelayPerHost(Duration.ofMillis(5)).build();
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

    /**
     * Issue 13, fault 1: the first check of every site used to be one round on the scheduling thread
     * that waited for all sites, so a site whose list page does not answer held every other site's
     * next check. Here it never answers while the test runs; the other site is checked on schedule and
     * its new article published.
     */
    @Test
    void aSiteWhoseListPageNeverAnswersDoesNotHoldTheOtherSitesChecks() throws Exception {
        Duration interval = Duration.ofMinutes(1);
        CrawlerSettings settings = checkedEvery(CrawlerSettings.builder(), interval)
                .minDelayPerHost(Duration.ofMillis(5)).build();
        ManualTime time = new ManualTime();
        MemoryFetcher fetcher = new MemoryFetcher(time);
        String stuckList = "http://stuck.example/news/index.html";
        String liveList = "http://live.example/news/index.html";
        CountDownLatch stuckAsked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        fetcher.robots("http://stuck.example:80", "").robots("http://live.example:80", "")
                .route(stuckList, (u, h) -> {
                    stuckAsked.countDown();
                    try {
                        release.await(); // "forever": until the test ends
                    } catch (InterruptedException e) {
                        throw new InterruptedIOException();
                    }
                    return fetcher.response(u, 200, Map.of(), CrawlerHttpTest.list());
                }).html(liveList, CrawlerHttpTest.list());
        CollectingSink sink = new CollectingSink();
        try (Crawler crawler = Crawler.builder(settings, List.of(CrawlerHttpTest.site("stuck", URI.create(stuckList)),
                        CrawlerHttpTest.site("live", URI.create(liveList))), sink, SeenUrls.inMemory())
                .fetcher(fetcher).clock(time.clock()).ticker(time).build()) {
            crawler.start();
            assertThat(stuckAsked.await(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
            Await.until("the live site's first check", WAIT, () -> checks(crawler, "live") >= 1);
            for (int check = 2; check <= 4; check++) {
                time.advance(interval);
                int expected = check;
                Await.until("the live site's check " + check + " while the stuck site's list page hangs", WAIT,
                        () -> checks(crawler, "live") >= expected);
            }
            String fresh = "http://live.example/news/202401/t20240105_1.html";
            fetcher.html(fresh, "<p>新</p>").html(liveList, CrawlerHttpTest.list(fresh));
            time.advance(interval);
            Await.until("the live site's new article", WAIT, () -> sink.urls().contains(fresh));
            assertThat(fetcher.requests(stuckList)).hasSize(1);
            assertThat(checks(crawler, "stuck")).isZero();
        } finally {
            release.countDown();
        }
    }

    /**
     * A site whose list holds 100,000 articles, fetched one a second, takes turns of at most
     * {@code maxTurn} with the other site's checks, even with one site thread: the other site is
     * checked within its interval plus one turn, while the big site keeps fetching in between.
     */
    @Test
    void aSiteWithAHundredThousandArticlesTakesTurnsWithTheOtherSitesChecks() throws Exception {
        Duration interval = Duration.ofMinutes(1);
        Duration turn = Duration.ofSeconds(20);
        CrawlerSettings settings = checkedEvery(CrawlerSettings.builder(), interval).minDelayPerHost(Duration.ofSeconds(1))
                .parallelism(1).maxTurn(turn).maxPageBytes(CrawlerSettings.MAX_PAGE_BYTES_LIMIT).build();
        ManualTime time = new ManualTime();
        MemoryFetcher fetcher = new MemoryFetcher(time);
        String hugeList = "http://huge.example/news/index.html";
        String liveList = "http://live.example/news/index.html";
        String[] links = new String[100_000];
        for (int i = 0; i < links.length; i++) {
            links[i] = "/news/202401/t20240105_" + i + ".html";
        }
        fetcher.robots("http://huge.example:80", "").robots("http://live.example:80", "")
                .html(hugeList, CrawlerHttpTest.list(links)).html(liveList, CrawlerHttpTest.list())
                .fallback((u, h) -> fetcher.response(u, 200, Map.of(), "<p>旧文</p>"));
        CollectingSink sink = new CollectingSink();
        // its list is read once in the test (the interval is an hour): the time goes into its articles
        SiteConfig huge = new SiteConfig("huge", "大站", java.util.Optional.empty(), List.of(URI.create(hugeList)),
                new SiteConfig.Overrides(java.util.Optional.of(Duration.ofHours(1)),
                        java.util.Optional.of(Duration.ofHours(1)), java.util.Optional.empty(), java.util.Optional.empty()));
        try (Crawler crawler = Crawler.builder(settings, List.of(huge,
                        CrawlerHttpTest.site("live", URI.create(liveList))), sink, SeenUrls.inMemory())
                .fetcher(fetcher).clock(time.clock()).ticker(time).build()) {
            crawler.start();
            Await.until("five checks of the live site", Duration.ofSeconds(30),
                    () -> fetcher.requests(liveList).size() >= 5, () -> "checks at " + fetcher.requests(liveList));
            List<Duration> at = fetcher.requests(liveList).stream().map(MemoryFetcher.Request::at).toList();
            for (int i = 1; i < at.size(); i++) {
                // due an interval after the last; waits at most for the big site's turn to end (and its request)
                assertThat(at.get(i).minus(at.get(i - 1))).as("gap before check %d", i + 1)
                        .isLessThanOrEqualTo(interval.plus(turn).plusSeconds(2));
            }
            long published = sink.urls().stream().filter(u -> u.startsWith("http://huge.example/")).count();
            assertThat(published).as("the big site kept fetching between the checks")
                    .isGreaterThan(3 * (interval.toSeconds() / 2)).isLessThan(links.length);
        }
    }


    /**
     * The same over loopback HTTP: one site's list page drips a byte every 100 ms (its response would
     * take the whole 30 s timeout), and the other site's new article is published within its 1 s
     * interval (and a few ticks) all the same.
     */
    @Test
    void aDrippingSiteOverHttpDoesNotDelayTheOtherSitesNewArticle() throws Exception {
        Duration interval = Duration.ofSeconds(1);
        CrawlerSettings settings = checkedEvery(CrawlerHttpTest.FAST.toBuilder(), interval)
                .timeout(Duration.ofSeconds(30)).build();
        java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
        CountDownLatch dripping = new CountDownLatch(1);
        try (TestServer slow = new TestServer("127.0.0.1"); TestServer live = new TestServer("127.0.0.2")) {
            slow.robots("").route("/news/index.html", ex -> {
                ex.getResponseHeaders().set("Content-Type", "text/html; charset=UTF-8");
                ex.sendResponseHeaders(200, 0);
                java.io.OutputStream out = ex.getResponseBody();
                dripping.countDown();
                try {
                    while (!stop.get()) {
                        out.write('<');
                        out.flush();
                        Thread.sleep(100);
                    }
                } catch (InterruptedException | IOException e) {
                    // the crawler gave up or the test ended
                }
            });
            live.robots("").html("/news/index.html", CrawlerHttpTest.list());
            CollectingSink sink = new CollectingSink();
            try (Crawler crawler = new Crawler(settings, List.of(CrawlerHttpTest.site("slow", slow.uri("/news/index.html")),
                    CrawlerHttpTest.site("live", live.uri("/news/index.html"))), sink, SeenUrls.inMemory())) {
                crawler.start();
                assertThat(dripping.await(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
                Await.until("the live site's first check", WAIT, () -> checks(crawler, "live") >= 1);
                live.html("/news/202401/t20240105_9.html", "<p>新</p>")
                        .html("/news/index.html", CrawlerHttpTest.list("/news/202401/t20240105_9.html"));
                long t0 = System.nanoTime();
                Await.until("the live site's new article within its interval", Duration.ofSeconds(4),
                        () -> sink.urls().contains(live.uri("/news/202401/t20240105_9.html").toString()));
                Duration took = Duration.ofNanos(System.nanoTime() - t0);
                assertThat(checks(crawler, "slow")).as("the slow site's list page is still dripping").isZero();
                assertThat(took).isLessThan(interval.plus(Duration.ofSeconds(3)));
            } finally {
                stop.set(true);
            }
        }
    }

    /** Settings whose list pages are checked every {@code interval}, without adapting. */
    private static CrawlerSettings.Builder checkedEvery(CrawlerSettings.Builder b, Duration interval) {
        return b.recheckInterval(interval).minRecheckInterval(interval).maxRecheckInterval(interval);
    }

    private static long checks(Crawler crawler, String siteId) {
        return crawler.siteStatuses().stream().filter(s -> s.siteId().equals(siteId)).mapToLong(SiteStatus::checks)
                .sum();
    }
}
