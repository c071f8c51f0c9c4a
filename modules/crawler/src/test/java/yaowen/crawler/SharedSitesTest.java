package yaowen.crawler;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import yaowen.testkit.Await;

/**
 * Sites handed between crawler instances ({@link Crawler#inactive}, {@link Crawler#activate},
 * {@link Crawler#deactivate}) against a real loopback server: nothing fetched twice, nothing lost.
 */
@Timeout(30)
class SharedSitesTest {
    static final String[] ARTICLES = {"/news/202401/t20240105_1.html", "/news/202401/t20240105_2.html",
            "/news/202401/t20240105_3.html", "/news/202401/t20240105_4.html", "/news/202401/t20240105_5.html"};

    @Test
    void anInactiveCrawlerSendsNoRequestUntilASiteIsActivated() throws Exception {
        try (TestServer server = new TestServer()) {
            server.robots("").html("/news/index.html", CrawlerHttpTest.list(ARTICLES[0]))
                    .html(ARTICLES[0], "<p>正文</p>");
            SiteConfig site = CrawlerHttpTest.site("a", server.uri("/news/index.html"));
            try (Crawler crawler = Crawler.inactive(CrawlerHttpTest.FAST, List.of(site), new CollectingSink(),
                    SeenUrls.inMemory(), CrawlStateStore.none())) {
                assertThat(crawler.runOnce().sites()).isEmpty();
                assertThat(server.paths()).isEmpty();
                assertThat(crawler.activeSites()).isEmpty();

                crawler.activate("a", List.of());
                assertThat(crawler.activeSites()).containsExactly("a");
                assertThat(crawler.runOnce().newArticles()).isEqualTo(1);

                crawler.deactivate(List.of("a"));
                int before = server.paths().size();
                assertThat(crawler.runOnce().sites()).isEmpty();
                assertThat(server.paths()).hasSize(before);
            }
        }
    }

    @Test
    void aSiteHandedOverMidRoundIsFinishedByTheNextOwnerWithoutRefetching() throws Exception {
        Map<String, Integer> articleHits = new ConcurrentHashMap<>();
        List<String> listValidators = new java.util.concurrent.CopyOnWriteArrayList<>();
        CountDownLatch secondInFlight = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (TestServer server = new TestServer()) {
            server.robots("").route("/news/index.html", ex -> {
                String validator = ex.getRequestHeaders().getFirst("If-None-Match");
                listValidators.add(validator == null ? "none" : validator);
                ex.getResponseHeaders().set("ETag", "\"v1\"");
                if ("\"v1\"".equals(validator)) {
                    ex.sendResponseHeaders(304, -1);
                    return;
                }
                TestServer.send(ex, 200, "text/html; charset=UTF-8",
                        CrawlerHttpTest.list(ARTICLES).getBytes(StandardCharsets.UTF_8));
            });
            for (String path : ARTICLES) {
                server.route(path, ex -> {
                    articleHits.merge(path, 1, Integer::sum);
                    if (path.equals(ARTICLES[1])) {
                        secondInFlight.countDown();
                        await(release); // answers only once the site is being handed over
                    }
                    TestServer.send(ex, 200, "text/html; charset=UTF-8", "<p>正文</p>".getBytes(StandardCharsets.UTF_8));
                });
            }
            SiteConfig site = CrawlerHttpTest.site("a", server.uri("/news/index.html"));
            SeenUrls seen = SeenUrls.inMemory(); // what the raw topic tells every instance
            CrawlerRobustnessIT.MemoryStateStore state = new CrawlerRobustnessIT.MemoryStateStore();
            CollectingSink sink = new CollectingSink();

            try (Crawler first = new Crawler(CrawlerHttpTest.FAST, List.of(site), sink, seen, state)) {
                CompletableFuture<CrawlReport> round = CompletableFuture.supplyAsync(first::runOnce);
                assertThat(secondInFlight.await(10, TimeUnit.SECONDS)).isTrue();
                // returns once the request in flight has ended
                CompletableFuture<Void> handOver = CompletableFuture.runAsync(() -> first.deactivate(List.of("a")));
                Await.until("the site to be stopped", Duration.ofSeconds(10), () -> first.activeSites().isEmpty());
                release.countDown();
                handOver.get(10, TimeUnit.SECONDS);
                assertThat(round.get(10, TimeUnit.SECONDS).newArticles()).isEqualTo(2);
                assertThat(articleHits).containsOnlyKeys(ARTICLES[0], ARTICLES[1]);
            }
            // three articles still unfetched: the saved state carries no validator, so the next
            // owner reads the list in full instead of getting a 304 that would hide them
            assertThat(state.load()).singleElement().satisfies(s -> assertThat(s.etag()).isEmpty());

            try (Crawler next = Crawler.inactive(CrawlerHttpTest.FAST, List.of(site), sink, seen, state)) {
                next.activate("a", state.load());
                assertThat(next.runOnce().newArticles()).isEqualTo(3);
            }
        }
        assertThat(articleHits).hasSize(ARTICLES.length).allSatisfy((path, hits) -> assertThat(hits).isEqualTo(1));
        assertThat(listValidators).containsExactly("none", "none");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
