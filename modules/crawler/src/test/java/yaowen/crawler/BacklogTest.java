package yaowen.crawler;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InterruptedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import yaowen.testkit.Await;

/**
 * What a site keeps of the articles it found and has not fetched: only unseen ones, each once, at
 * most {@link SiteCrawler#MAX_BACKLOG} for its later turns and {@link SiteCrawler#MAX_PENDING} for
 * retry; what does not fit is counted as a {@link CutReason#BACKLOG_CAP} cut, never dropped silently.
 * Manual time through the fetcher seam: each article takes a whole turn, so the test knows how many
 * a turn fetched.
 */
@Timeout(60)
class BacklogTest {
    static final Duration WAIT = Duration.ofSeconds(20);
    static final Duration TURN = Duration.ofMillis(300);
    static final String LIST = "http://big.example/news/index.html";

    @Test
    void articlesSeenAlreadyAreNotKeptForTheNextTurns() throws Exception {
        String[] links = links(50);
        SeenUrls seen = SeenUrls.inMemory();
        for (int i = 30; i < links.length; i++) { // the last 20, after the time of the first turn is up
            seen.markSeen("http://big.example" + links[i]);
        }
        ManualTime time = new ManualTime();
        MemoryFetcher fetcher = bigSite(time, links);
        CollectingSink sink = new CollectingSink();
        try (Crawler crawler = monitoring(fetcher, time, sink, seen)) {
            crawler.start();
            Await.until("the first turn", WAIT, () -> crawler.lastReport().isPresent());
            for (int turn = 0; turn < 5; turn++) {
                int published = sink.urls().size(); // before waiting(): both only grow and shrink that way
                int waiting = crawler.waiting("big");
                assertThat(published + waiting).as("published %d, waiting %d", published, waiting).isLessThanOrEqualTo(30);
                int before = published;
                Await.until("the next turn's article", WAIT, () -> sink.urls().size() > before);
            }
            Await.until("every unseen article", WAIT, () -> sink.urls().size() == 30, () -> sink.urls().size() + "");
            assertThat(crawler.waiting("big")).isZero();
            assertThat(fetcher.requests().stream().filter(r -> r.url().getPath().contains("/t2024"))).hasSize(30);
        }
    }

    @Test
    void theBacklogStopsAtItsCapAndCountsWhatDidNotFit() throws Exception {
        int unseen = SiteCrawler.MAX_BACKLOG + 50;
        ManualTime time = new ManualTime();
        MemoryFetcher fetcher = bigSite(time, links(unseen));
        CollectingSink sink = new CollectingSink();
        try (Crawler crawler = monitoring(fetcher, time, sink, SeenUrls.inMemory())) {
            crawler.start();
            Await.until("the first turn", WAIT, () -> crawler.lastReport().isPresent());
            // the first turn fetched one article and kept the next MAX_BACKLOG: 49 did not fit
            assertThat(crawler.cuts()).containsEntry(CutReason.BACKLOG_CAP, 49L);
            assertThat(crawler.siteStatuses().get(0).lastCut()).startsWith("backlog_cap at " + LIST)
                    .contains("49 unseen articles not kept");
            Await.until("two more turns", WAIT, () -> sink.urls().size() >= 3);
            int published = sink.urls().size();
            assertThat(crawler.waiting("big")).isLessThanOrEqualTo(SiteCrawler.MAX_BACKLOG)
                    .isGreaterThanOrEqualTo(unseen - 49 - published - 1);
            assertThat(crawler.cuts()).as("later turns lose nothing").containsEntry(CutReason.BACKLOG_CAP, 49L);
        }
    }

    @Test
    void aSiteStoppedMidTurnKeepsWhatFitsForRetryAndCountsTheRest() throws Exception {
        int unseen = SiteCrawler.MAX_PENDING + 500;
        ManualTime time = new ManualTime();
        MemoryFetcher fetcher = new MemoryFetcher(time);
        CountDownLatch fetching = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        fetcher.robots("http://big.example:80", "").html(LIST, CrawlerHttpTest.list(links(unseen)))
                .fallback((u, h) -> {
                    fetching.countDown();
                    try {
                        release.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        throw new InterruptedIOException();
                    }
                    return fetcher.response(u, 200, Map.of(), "<p>正文</p>");
                });
        CollectingSink sink = new CollectingSink();
        CrawlerSettings settings = CrawlerSettings.builder().minDelayPerHost(Duration.ofMillis(5)).build();
        try (Crawler crawler = Crawler.builder(settings, List.of(site()), sink, SeenUrls.inMemory()).fetcher(fetcher)
                .clock(time.clock()).ticker(time).build()) {
            CompletableFuture<CrawlReport> round = CompletableFuture.supplyAsync(crawler::runOnce);
            assertThat(fetching.await(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
            CompletableFuture<Void> handover = CompletableFuture.runAsync(() -> crawler.deactivate(List.of("big")));
            Await.until("the site to be stopping", WAIT, () -> crawler.activeSites().isEmpty());
            release.countDown();
            handover.get(WAIT.toSeconds(), TimeUnit.SECONDS);
            assertThat(round.get(WAIT.toSeconds(), TimeUnit.SECONDS).newArticles()).isEqualTo(1);
            assertThat(crawler.waiting("big")).isEqualTo(SiteCrawler.MAX_PENDING);
            assertThat(crawler.cuts()).containsEntry(CutReason.BACKLOG_CAP, (long) unseen - 1 - SiteCrawler.MAX_PENDING);
        } finally {
            release.countDown();
        }
    }

    /** A site whose list links {@code links}; each article takes a whole turn. */
    private static MemoryFetcher bigSite(ManualTime time, String[] links) {
        MemoryFetcher fetcher = new MemoryFetcher(time);
        AtomicInteger n = new AtomicInteger();
        return fetcher.robots("http://big.example:80", "").html(LIST, CrawlerHttpTest.list(links))
                .fallback((u, h) -> {
                    time.advance(TURN);
                    return fetcher.response(u, 200, Map.of(), "<p>正文" + n.incrementAndGet() + "</p>");
                });
    }

    /** One site thread, turns of {@link #TURN}; the list page is read once in the test (its interval is an hour). */
    private static Crawler monitoring(MemoryFetcher fetcher, ManualTime time, CollectingSink sink, SeenUrls seen) {
        CrawlerSettings settings = CrawlerSettings.builder().minDelayPerHost(Duration.ofMillis(5)).parallelism(1)
                .maxTurn(TURN).recheckInterval(Duration.ofHours(1)).minRecheckInterval(Duration.ofHours(1))
                .maxRecheckInterval(Duration.ofHours(1)).build();
        return Crawler.builder(settings, List.of(site()), sink, seen).fetcher(fetcher).clock(time.clock()).ticker(time)
                .build();
    }

    private static SiteConfig site() {
        return new SiteConfig("big", "大站", Optional.empty(), List.of(URI.create(LIST)));
    }

    private static String[] links(int n) {
        String[] links = new String[n];
        for (int i = 0; i < n; i++) {
            links[i] = "/news/202401/t20240105_" + i + ".html";
        }
        return links;
    }
}
