package yaowen.crawler;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import yaowen.farm.FarmArticle;
import yaowen.farm.FarmOptions;
import yaowen.farm.FarmSite;
import yaowen.farm.SiteFarm;
import yaowen.records.RawPage;
import yaowen.testkit.Await;

/** The crawler against the bundled farm: every template, pagination, GBK bytes, live publishing, poison. */
@Timeout(60)
class CrawlerFarmTest {
    static final CrawlerSettings FAST = CrawlerSettings.builder().allowPrivateAddresses(true)
            .minDelayPerHost(Duration.ofMillis(5)).timeout(Duration.ofSeconds(5)).build();

    static List<SiteConfig> configs(SiteFarm farm) {
        return farm.sites().stream()
                .map(s -> new SiteConfig(s.id(), s.name(), s.regionCode(), s.listUrls())).toList();
    }

    static Set<String> urls(List<FarmArticle> articles) {
        return articles.stream().map(a -> a.url().toString()).collect(Collectors.toSet());
    }

    @Test
    void publishesEveryFarmArticleOnEveryTemplateAndNothingElse() {
        try (SiteFarm farm = SiteFarm.start(FarmOptions.forTests())) {
            CollectingSink sink = new CollectingSink();
            try (Crawler c = new Crawler(FAST, configs(farm), sink, SeenUrls.inMemory())) {
                CrawlReport report = c.runOnce();
                assertThat(Set.copyOf(sink.urls())).isEqualTo(urls(farm.articles()));
                assertThat(sink.urls()).doesNotHaveDuplicates();
                assertThat(report.newArticles()).isEqualTo(farm.articles().size());
                assertThat(report.failures()).isZero();
                assertThat(report.robotsDenied()).isZero();
                for (FarmSite site : farm.sites()) {
                    long expected = farm.articles().stream().filter(a -> a.siteId().equals(site.id())).count();
                    assertThat(report.site(site.id()).newArticles()).as(site.id()).isEqualTo((int) expected);
                }
                // pagination: longting (TRS) and xiangfu (GBK) have two list pages
                assertThat(report.site("longting").listPages()).isEqualTo(2);
                assertThat(report.site("xiangfu").listPages()).isEqualTo(2);
                RawPage page = sink.pages.stream().filter(p -> p.getSiteId().equals("wancheng")).findFirst().orElseThrow();
                assertThat(page.getSiteRegionCode()).isEqualTo("411302");
                assertThat(page.getStatus()).isEqualTo(200);
                assertThat(page.getHeaders()).containsKeys("etag", "last-modified", "content-type");
            }
        }
    }

    @Test
    void passesGbkPageBytesThroughUntouched() throws Exception {
        try (SiteFarm farm = SiteFarm.start(FarmOptions.forTests())) {
            FarmSite xiangfu = farm.site("xiangfu").orElseThrow();
            CollectingSink sink = new CollectingSink();
            try (Crawler crawler = new Crawler(FAST, List.of(new SiteConfig(xiangfu.id(), xiangfu.name(),
                    xiangfu.regionCode(), xiangfu.listUrls())), sink, SeenUrls.inMemory())) {
                crawler.runOnce();
            }
            FarmArticle seed = farm.articles().stream().filter(a -> a.seedId().filter("seed-000"::equals).isPresent())
                    .findFirst().orElseThrow();
            RawPage page = sink.page(seed.url().toString());
            byte[] direct = HttpClient.newHttpClient().send(HttpRequest.newBuilder(seed.url()).build(),
                    HttpResponse.BodyHandlers.ofByteArray()).body();
            assertThat(CollectingSink.body(page)).isEqualTo(direct);
            assertThat(page.getContentType()).isEqualTo("text/html; charset=GBK");
            assertThat(page.getDeclaredCharset()).isEqualToIgnoringCase("GBK");
            assertThat(page.getSiteRegionCode()).isEqualTo("410212");
            assertThat(new String(direct, java.nio.charset.Charset.forName("GBK"))).contains("祥符区召开三级干部会议");
            assertThat(new String(direct, StandardCharsets.UTF_8)).doesNotContain("祥符区召开三级干部会议");
        }
    }

    @Test
    void fetchesEachArticleOnceAndPicksUpNewlyPublishedOnes() {
        try (SiteFarm farm = SiteFarm.start(FarmOptions.forTests().withHeldBack(2))) {
            CollectingSink sink = new CollectingSink();
            try (Crawler crawler = new Crawler(FAST, configs(farm), sink, SeenUrls.inMemory())) {
                CrawlReport first = crawler.runOnce();
                assertThat(first.newArticles()).isEqualTo(farm.articles().size());

                CrawlReport second = crawler.runOnce();
                assertThat(second.newArticles()).isZero();
                assertThat(second.failures()).isZero();
                // every known list page, pagination included, is re-checked and answers 304
                assertThat(second.listPages()).isEqualTo(first.listPages());

                FarmArticle fresh = farm.publishNext().orElseThrow();
                CrawlReport third = crawler.runOnce();
                assertThat(third.newArticles()).isEqualTo(1);
                assertThat(third.site(fresh.siteId()).newArticles()).isEqualTo(1);
                assertThat(sink.urls()).doesNotHaveDuplicates().contains(fresh.url().toString());
                assertThat(Set.copyOf(sink.urls())).isEqualTo(urls(farm.articles()));
            }
        }
    }

    @Test
    void seenUrlsPrimedFromOutsideAreNotRefetched() {
        try (SiteFarm farm = SiteFarm.start(FarmOptions.forTests())) {
            SeenUrls seen = SeenUrls.inMemory();
            farm.articles().stream().filter(a -> !a.siteId().equals("wenmi")).forEach(a -> seen.markSeen(a.url().toString()));
            CollectingSink sink = new CollectingSink();
            try (Crawler crawler = new Crawler(FAST, configs(farm), sink, seen)) {
                CrawlReport report = crawler.runOnce();
                assertThat(report.newArticles()).isEqualTo(report.site("wenmi").newArticles()).isEqualTo(2);
            }
        }
    }

    @Test
    void publishesThePoisonedPageAsServedForCleaningToDeadLetter() {
        try (SiteFarm farm = SiteFarm.start(FarmOptions.forTests().withPoisonLinked(true))) {
            FarmSite longting = farm.site("longting").orElseThrow();
            CollectingSink sink = new CollectingSink();
            try (Crawler crawler = new Crawler(FAST, List.of(new SiteConfig(longting.id(), longting.name(),
                    longting.regionCode(), longting.listUrls())), sink, SeenUrls.inMemory())) {
                crawler.runOnce();
            }
            RawPage poison = sink.page(farm.poisonUrl().toString());
            assertThat(poison.getContentType()).isEqualTo("text/html; charset=UTF-8");
            assertThat(new String(CollectingSink.body(poison), 0, 8, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-1.4");
        }
    }

    @Test
    void refusesLoopbackSitesUnlessPrivateAddressesAreAllowed() {
        try (SiteFarm farm = SiteFarm.start(FarmOptions.forTests())) {
            CollectingSink sink = new CollectingSink();
            CrawlerSettings strict = FAST.toBuilder().allowPrivateAddresses(false).build();
            try (Crawler crawler = new Crawler(strict, configs(farm), sink, SeenUrls.inMemory())) {
                CrawlReport report = crawler.runOnce();
                assertThat(report.newArticles()).isZero();
                assertThat(report.listPages()).isZero();
                assertThat(report.sites()).allSatisfy(s -> assertThat(s.failures()).isPositive());
                assertThat(sink.pages).isEmpty();
            }
        }
    }

    @Test
    void monitorsPeriodicallyUntilClosed() throws Exception {
        try (SiteFarm farm = SiteFarm.start(FarmOptions.forTests().withHeldBack(1))) {
            CollectingSink sink = new CollectingSink();
            Crawler crawler = new Crawler(FAST.toBuilder().recheckInterval(Duration.ofMillis(200))
                    .minRecheckInterval(Duration.ofMillis(200)).build(), configs(farm), sink,
                    SeenUrls.inMemory());
            crawler.start();
            Await.until("every farm article", Duration.ofSeconds(20), () -> sink.pages.size() >= farm.articles().size());
            URI fresh = farm.publishNext().orElseThrow().url();
            Await.until("the article published meanwhile", Duration.ofSeconds(20),
                    () -> sink.urls().contains(fresh.toString()));
            crawler.close();
            assertThat(sink.urls()).contains(fresh.toString()).doesNotHaveDuplicates();
            assertThat(crawler.lastReport()).isPresent();
            org.assertj.core.api.Assertions.assertThatThrownBy(crawler::runOnce).isInstanceOf(IllegalStateException.class);
        }
    }
}
