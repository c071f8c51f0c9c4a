package yaowen.crawler;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import yaowen.crawler.fetch.FetchException;

/**
 * The crawler's politeness and recovery logic through the {@link yaowen.crawler.fetch.PageFetcher}
 * seam: no socket, no sleep. Time is a {@link ManualTime}: a wait moves it on at once, so each
 * delay is checked exactly, and the test runs in milliseconds whatever the delays.
 */
@Timeout(30)
class CrawlerLogicTest {
    static final String HOST = "http://portal.example";
    static final String ROBOTS = HOST + ":80/robots.txt";
    static final String LIST = HOST + "/news/index.html";
    static final CrawlerSettings SETTINGS = CrawlerSettings.builder().minDelayPerHost(Duration.ofMillis(250))
            .retryBackoff(Duration.ofMillis(300)).maxRetries(2).maxRetryAfter(Duration.ofSeconds(3))
            .breakerThreshold(3).breakerCooldown(Duration.ofMinutes(2)).build();

    final ManualTime time = new ManualTime();
    final MemoryFetcher fetcher = new MemoryFetcher(time);
    final CollectingSink sink = new CollectingSink();

    static String article(int i) {
        return HOST + "/news/202401/t20240105_" + i + ".html";
    }

    Crawler crawler(CrawlerSettings settings) {
        return Crawler.builder(settings, List.of(CrawlerHttpTest.site("a", URI.create(LIST))), sink, SeenUrls.inMemory())
                .fetcher(fetcher).clock(time.clock()).ticker(time).build();
    }

    MemoryFetcher siteWith(int articles) {
        String[] hrefs = new String[articles];
        for (int i = 0; i < articles; i++) {
            hrefs[i] = article(i + 1);
            fetcher.html(article(i + 1), "<p>正文" + i + "</p>");
        }
        return fetcher.robots(HOST + ":80", "").html(LIST, CrawlerHttpTest.list(hrefs));
    }

    static List<Duration> gaps(List<MemoryFetcher.Request> requests) {
        List<Duration> gaps = new java.util.ArrayList<>();
        for (int i = 1; i < requests.size(); i++) {
            gaps.add(requests.get(i).at().minus(requests.get(i - 1).at()));
        }
        return gaps;
    }

    @Test
    void keepsTheHostDelayBetweenEveryTwoRequests() {
        siteWith(3);
        try (Crawler crawler = crawler(SETTINGS)) {
            assertThat(crawler.runOnce().newArticles()).isEqualTo(3);
        }
        assertThat(fetcher.requests()).extracting(r -> r.url().toString())
                .containsExactly(ROBOTS, LIST, article(1), article(2), article(3));
        assertThat(gaps(fetcher.requests())).containsOnly(Duration.ofMillis(250));
    }

    @Test
    void raisesTheHostDelayToTheCrawlDelayOfRobotsTxt() {
        siteWith(2).robots(HOST + ":80", "User-agent: *\nCrawl-delay: 2\n");
        try (Crawler crawler = crawler(SETTINGS)) {
            crawler.runOnce();
        }
        // robots.txt is read before the delay is known; every request after it waits 2 s
        assertThat(gaps(fetcher.requests())).containsExactly(Duration.ofMillis(250), Duration.ofSeconds(2),
                Duration.ofSeconds(2));
    }

    @Test
    void waitsForAShortRetryAfterThenFetches() {
        AtomicInteger calls = new AtomicInteger();
        siteWith(1).route(article(1), (u, h) -> calls.getAndIncrement() == 0
                ? fetcher.response(u, 429, Map.of("retry-after", "2"), "slow down")
                : fetcher.response(u, 200, Map.of(), "<p>正文</p>"));
        try (Crawler crawler = crawler(SETTINGS)) {
            CrawlReport report = crawler.runOnce();
            assertThat(report.newArticles()).isEqualTo(1);
            assertThat(report.hosts().get(0).throttled()).isEqualTo(1);
            assertThat(report.hosts().get(0).retries()).isEqualTo(1);
        }
        assertThat(gaps(fetcher.requests(article(1)))).containsExactly(Duration.ofSeconds(2));
    }

    @Test
    void retriesServerErrorsWithExponentialBackoff() {
        AtomicInteger calls = new AtomicInteger();
        siteWith(1).route(article(1), (u, h) -> fetcher.response(u, calls.getAndIncrement() < 2 ? 500 : 200, Map.of(),
                "<p>正文</p>"));
        try (Crawler crawler = crawler(SETTINGS)) {
            assertThat(crawler.runOnce().newArticles()).isEqualTo(1);
        }
        assertThat(gaps(fetcher.requests(article(1)))).containsExactly(Duration.ofMillis(300), Duration.ofMillis(600));
    }

    @Test
    void aLongRetryAfterPausesTheHostUntilItHasPassed() {
        AtomicInteger calls = new AtomicInteger();
        siteWith(1).route(article(1), (u, h) -> calls.getAndIncrement() == 0
                ? fetcher.response(u, 503, Map.of("retry-after", "120"), "busy")
                : fetcher.response(u, 200, Map.of(), "<p>正文</p>"));
        try (Crawler crawler = crawler(SETTINGS)) {
            assertThat(crawler.runOnce().newArticles()).isZero();
            int before = fetcher.requests().size();
            assertThat(crawler.runOnce().newArticles()).isZero(); // still paused: no request at all
            assertThat(fetcher.requests()).hasSize(before);
            time.advance(Duration.ofSeconds(121));
            assertThat(crawler.runOnce().newArticles()).isEqualTo(1);
        }
        assertThat(fetcher.requests(article(1))).hasSize(2);
    }

    @Test
    void leavesADeadHostAloneForTheCoolDownThenTriesAgain() {
        AtomicInteger calls = new AtomicInteger();
        fetcher.robots(HOST + ":80", "").route(LIST, (u, h) -> {
            calls.incrementAndGet();
            throw new FetchException(FetchException.Kind.CONNECT, "connection refused (portal.example)", null);
        });
        try (Crawler crawler = crawler(SETTINGS)) {
            crawler.runOnce(); // three failures open the breaker
            assertThat(calls.get()).isEqualTo(3);
            assertThat(crawler.hostReports().get(0).circuitOpen()).isTrue();
            crawler.runOnce();
            assertThat(calls.get()).isEqualTo(3);
            time.advance(Duration.ofMinutes(2).plusSeconds(1));
            crawler.runOnce(); // half-open: tried again
            assertThat(calls.get()).isGreaterThan(3);
        }
    }

    @Test
    void rechecksAListPageWithItsValidatorsAndSkipsArticlesOnA304() {
        siteWith(1).route(LIST, (u, h) -> "\"v1\"".equals(h.get("If-None-Match"))
                ? fetcher.response(u, 304, Map.of("etag", "\"v1\""), "")
                : fetcher.response(u, 200, Map.of("etag", "\"v1\""), CrawlerHttpTest.list(article(1))));
        try (Crawler crawler = crawler(SETTINGS)) {
            assertThat(crawler.runOnce().newArticles()).isEqualTo(1);
            CrawlReport second = crawler.runOnce();
            assertThat(second.newArticles()).isZero();
            assertThat(second.listPages()).isEqualTo(1);
        }
        assertThat(fetcher.requests(LIST)).extracting(r -> r.headers().get("If-None-Match")).containsExactly(null, "\"v1\"");
        assertThat(fetcher.requests(article(1))).hasSize(1);
    }

    @Test
    void saysWhyAListPageCouldNotBeFetchedInWords() {
        fetcher.robots(HOST + ":80", "").route(LIST, (u, h) -> {
            throw new FetchException(FetchException.Kind.TLS, "TLS: certificate expired (portal.example)", null);
        });
        try (Crawler crawler = crawler(SETTINGS.toBuilder().maxRetries(0).build())) {
            ListPageCheck check = crawler.checkListPage(URI.create(LIST));
            assertThat(check.problem()).isEqualTo("FAILED: TLS: certificate expired (portal.example)");
        }
    }

    @Test
    void saysWhyRobotsTxtCouldNotBeReadWhenItHoldsTheSiteBack() {
        fetcher.route(ROBOTS, (u, h) -> {
            throw new FetchException(FetchException.Kind.DNS, "DNS: no such host portal.example", null);
        });
        try (Crawler crawler = crawler(SETTINGS)) {
            assertThat(crawler.checkListPage(URI.create(LIST)).problem()).isEqualTo(
                    "ROBOTS_DEFERRED: robots.txt of http://portal.example:80 unavailable: DNS: no such host portal.example");
        }
        assertThat(fetcher.requests()).extracting(r -> r.url().toString()).containsExactly(ROBOTS);
    }
}
