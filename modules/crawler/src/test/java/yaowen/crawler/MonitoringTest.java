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
     * interval (and a few ticks) all the same: the test allows 15 s, for a loaded machine.
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
                // Within its interval and a few ticks on an idle machine; the bound is wide for a loaded
                // one, and still far under the 30 s the dripping page would hold it for if it could.
                Duration bound = settings.timeout().dividedBy(2);
                Await.until("the live site's new article well before the slow site's timeout", bound,
                        () -> sink.urls().contains(live.uri("/news/202401/t20240105_9.html").toString()));
                Duration took = Duration.ofNanos(System.nanoTime() - t0);
                assertThat(checks(crawler, "slow")).as("the slow site's list page is still dripping").isZero();
                assertThat(took).isLessThan(bound.plus(Duration.ofSeconds(1)));
            } finally {
                stop.set(true);
            }
        }
    }

    /**
     * A site left with only a backlog of articles waits behind the sites whose checks are due; when
     * its own list page comes due it must move up with them. Here one site thread is kept busy by
     * three sites checked every second whose list page takes 500 ms (always one of them due), while
     * the big site's 2,000 links need many 300 ms turns. Its list page is checked every 3 s all the
     * same, and its articles keep coming. (It used to stay queued behind them for ever: 1 check.)
     *
     * <p>A small list page answers only once the scheduler has looked for due sites twice while it
     * was being read, as a page taking 500 ms does on a real clock: so the queue always holds due
     * checks when the site thread picks its next turn, whatever the machine's speed.
     */
    @Test
    void aSiteWithOnlyABacklogLeftIsCheckedOnScheduleWhileOtherChecksKeepTheThreadsBusy() throws Exception {
        Duration interval = Duration.ofSeconds(1);
        Duration bigInterval = Duration.ofSeconds(3);
        Duration listTakes = Duration.ofMillis(500);
        CrawlerSettings settings = checkedEvery(CrawlerSettings.builder(), interval)
                .minDelayPerHost(Duration.ofMillis(5)).parallelism(1).maxTurn(Duration.ofMillis(300)).build();
        ManualTime time = new ManualTime();
        SchedulerTicks ticks = new SchedulerTicks(time.clock());
        MemoryFetcher fetcher = new MemoryFetcher(time);
        String bigList = "http://big.example/news/index.html";
        String[] links = new String[2000];
        for (int i = 0; i < links.length; i++) {
            links[i] = "/news/202401/t20240105_" + i + ".html";
        }
        fetcher.robots("http://big.example:80", "").html(bigList, CrawlerHttpTest.list(links))
                .fallback((u, h) -> {
                    time.advance(Duration.ofMillis(10));
                    return fetcher.response(u, 200, Map.of(), "<p>旧文</p>");
                });
        List<SiteConfig> sites = new java.util.ArrayList<>();
        sites.add(new SiteConfig("big", "大站", java.util.Optional.empty(), List.of(URI.create(bigList)),
                new SiteConfig.Overrides(java.util.Optional.of(bigInterval), java.util.Optional.of(bigInterval),
                        java.util.Optional.empty(), java.util.Optional.empty())));
        for (int i = 1; i <= 3; i++) {
            String list = "http://small" + i + ".example/news/index.html";
            fetcher.robots("http://small" + i + ".example:80", "").route(list, (u, h) -> {
                time.advance(listTakes);
                ticks.awaitMore(2);
                return fetcher.response(u, 200, Map.of(), CrawlerHttpTest.list());
            });
            sites.add(CrawlerHttpTest.site("small" + i, URI.create(list)));
        }
        CollectingSink sink = new CollectingSink();
        Duration watched = Duration.ofSeconds(13);
        try (Crawler crawler = Crawler.builder(settings, sites, sink, SeenUrls.inMemory())
                .fetcher(fetcher).clock(ticks).ticker(time).build()) {
            crawler.start();
            Await.until(watched.toSeconds() + " s of crawler time", Duration.ofSeconds(40),
                    () -> time.elapsed().compareTo(watched) >= 0, () -> "at " + time.elapsed());
            List<Duration> at = fetcher.requests(bigList).stream().map(MemoryFetcher.Request::at).toList();
            assertThat(at).as("the big site's checks in %s", watched).hasSizeGreaterThanOrEqualTo(4);
            for (int i = 1; i < at.size(); i++) {
                // due an interval after the last ended; then waits for the small sites' checks queued before it
                assertThat(at.get(i).minus(at.get(i - 1))).as("gap before check %d in %s", i + 1, at)
                        .isLessThanOrEqualTo(bigInterval.plus(listTakes.multipliedBy(3)).plusSeconds(1));
            }
            Duration secondCheck = at.get(1);
            long laterArticles = fetcher.requests().stream()
                    .filter(r -> r.url().getHost().equals("big.example") && r.url().getPath().contains("/t2024"))
                    .filter(r -> r.at().compareTo(secondCheck) > 0).count();
            assertThat(laterArticles).as("articles fetched in the big site's later turns").isGreaterThan(0);
        } finally {
            ticks.close();
        }
    }

    /**
     * {@code maxTurn} bounds a turn's list-page checks too: a site with five list pages taking 200 ms
     * each checks two in a 300 ms turn (the second starts before the time is up) and leaves the rest
     * due for its next turns, which check them and then fetch the articles found.
     */
    @Test
    void aTurnChecksListPagesOnlyUntilItsTimeIsUpAndLeavesTheRestDue() throws Exception {
        CrawlerSettings settings = checkedEvery(CrawlerSettings.builder(), Duration.ofHours(1))
                .minDelayPerHost(Duration.ofMillis(5)).parallelism(1).maxTurn(Duration.ofMillis(300)).build();
        ManualTime time = new ManualTime();
        MemoryFetcher fetcher = new MemoryFetcher(time);
        fetcher.robots("http://many.example:80", "");
        List<URI> lists = new java.util.ArrayList<>();
        List<String> articles = new java.util.ArrayList<>();
        CountDownLatch thirdAsked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        for (int i = 1; i <= 5; i++) {
            String list = "http://many.example/col" + i + "/index.html";
            String article = "http://many.example/col" + i + "/202401/t20240105_" + i + ".html";
            boolean third = i == 3;
            fetcher.route(list, (u, h) -> {
                time.advance(Duration.ofMillis(200));
                if (third) {
                    thirdAsked.countDown();
                    try {
                        release.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        throw new InterruptedIOException();
                    }
                }
                return fetcher.response(u, 200, Map.of(), CrawlerHttpTest.list(article));
            }).html(article, "<p>栏目" + i + "</p>");
            lists.add(URI.create(list));
            articles.add(article);
        }
        CollectingSink sink = new CollectingSink();
        try (Crawler crawler = Crawler.builder(settings, List.of(new SiteConfig("many", "多栏目", java.util.Optional.empty(),
                        lists)), sink, SeenUrls.inMemory()).fetcher(fetcher).clock(time.clock()).ticker(time).build()) {
            crawler.start();
            assertThat(thirdAsked.await(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
            assertThat(checks(crawler, "many")).as("checks of turns ended before the third page was asked").isEqualTo(2);
            assertThat(sink.urls()).isEmpty();
            release.countDown();
            Await.until("every column's article", WAIT, () -> sink.urls().containsAll(articles),
                    () -> sink.urls().toString());
            assertThat(checks(crawler, "many")).isEqualTo(5);
            for (URI list : lists) {
                assertThat(fetcher.requests(list.toString())).hasSize(1);
            }
        } finally {
            release.countDown();
        }
    }

    /**
     * A clock that tells when the crawler's scheduling thread reads it: once at the start of each look
     * for due sites. {@link #awaitMore} waits for such looks, so a test knows one has come and gone.
     */
    private static final class SchedulerTicks extends java.time.Clock implements AutoCloseable {
        private final java.time.Clock clock;
        private long reads;
        private boolean closed;

        SchedulerTicks(java.time.Clock clock) {
            this.clock = clock;
        }

        @Override
        public java.time.Instant instant() {
            if (Thread.currentThread().getName().startsWith("crawler-schedule-")) {
                synchronized (this) {
                    reads++;
                    notifyAll();
                }
            }
            return clock.instant();
        }

        /** Waits until the scheduler has read the clock {@code n} more times (at most 10 s: then the test fails). */
        synchronized void awaitMore(int n) throws InterruptedIOException {
            long target = reads + n;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            try {
                while (reads < target && !closed) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        throw new AssertionError("the crawler's scheduler stopped looking for due sites");
                    }
                    TimeUnit.NANOSECONDS.timedWait(this, left);
                }
            } catch (InterruptedException e) {
                throw new InterruptedIOException();
            }
        }

        @Override
        public synchronized void close() {
            closed = true;
            notifyAll();
        }

        @Override
        public java.time.ZoneId getZone() {
            return clock.getZone();
        }

        @Override
        public java.time.Clock withZone(java.time.ZoneId zone) {
            throw new UnsupportedOperationException();
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
