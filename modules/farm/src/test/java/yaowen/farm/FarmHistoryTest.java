package yaowen.farm;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The districts' history articles: in their years, dated as their text says, listed and served from the start. */
class FarmHistoryTest {
    private static final List<String> DISTRICTS = List.of("longting", "xiangfu", "wancheng");
    private static final Pattern LEAD_DAY = Pattern.compile("^(\\d{1,2})月(\\d{1,2})日");
    private static final Pattern RELEASE = Pattern.compile("^根据地区生产总值统一核算结果,(\\d{4})年全区地区生产总值为");
    private static final Pattern CONFERENCE = Pattern.compile("经济工作会议|三级干部会议|三級干部會議");
    private static SiteFarm farm;

    @BeforeAll
    static void start() {
        farm = SiteFarm.start(FarmOptions.forTests().withHistory(true));
    }

    @AfterAll
    static void stop() {
        farm.close();
    }

    static boolean isRelease(StoredArticle a) {
        return a.source().endsWith("统计局");
    }

    @Test
    void everyDistrictHasTheTargetsOfFiveYearsAndTheResultsOfFour() {
        for (String site : DISTRICTS) {
            List<StoredArticle> history = StoredArticle.loadHistory(site);
            assertThat(history).as(site).isNotEmpty().allSatisfy(a -> assertThat(a.history()).isTrue());
            assertThat(history).allSatisfy(a -> assertThat(a.publishedAt().getYear()).isBetween(2021, 2025));
            // with the farm's own articles, a year-opening conference (the year's targets) for every year
            Set<Integer> conferences = new HashSet<>();
            history.stream().filter(a -> !isRelease(a)).forEach(a -> conferences.add(a.publishedAt().getYear()));
            StoredArticle.loadSite(site).stream().filter(a -> CONFERENCE.matcher(a.title()).find())
                    .forEach(a -> conferences.add(a.publishedAt().getYear()));
            assertThat(conferences).as(site).containsExactlyInAnyOrder(2021, 2022, 2023, 2024, 2025);
            Set<Integer> released = new HashSet<>();
            for (StoredArticle a : history.stream().filter(FarmHistoryTest::isRelease).toList()) {
                Matcher m = RELEASE.matcher(a.paragraphs().get(0));
                assertThat(m.find()).as(a.file()).isTrue();
                released.add(Integer.parseInt(m.group(1)));
            }
            assertThat(released).as(site + ": the results of 2021–2024 (2025's are pending)")
                    .containsExactlyInAnyOrder(2021, 2022, 2023, 2024);
        }
        assertThat(StoredArticle.loadHistory("nanyang")).isEmpty();
    }

    @Test
    void datesAgreeWithTheTextAndFitTheEvent() {
        for (String site : DISTRICTS) {
            for (StoredArticle a : StoredArticle.loadHistory(site)) {
                LocalDate published = a.publishedAt().toLocalDate();
                assertThat(a.hasTime()).as(a.file()).isTrue();
                String body = String.join("\n", a.paragraphs());
                if (isRelease(a)) {
                    // a year's results come out in March or April of the next
                    assertThat(published.getMonthValue()).as(site + "/" + a.file()).isBetween(3, 4);
                    assertThat(body).as(a.file()).startsWith("根据地区生产总值统一核算结果," + (published.getYear() - 1) + "年");
                } else {
                    // a year-opening conference: January or February, the day in the lead is the day of the page
                    assertThat(published.getMonthValue()).as(site + "/" + a.file()).isBetween(1, 2);
                    Matcher m = LEAD_DAY.matcher(a.paragraphs().get(0));
                    assertThat(m.find()).as(a.file()).isTrue();
                    assertThat(LocalDate.of(published.getYear(), Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))))
                            .as(site + "/" + a.file()).isEqualTo(published);
                    assertThat(body).as(a.file()).contains(published.getYear() + "年")
                            .containsPattern("生产总值增长[\\d.]+%");
                }
            }
        }
    }

    @Test
    void historyIsServedAndListedFromTheStartWithItsDates() throws Exception {
        for (String site : DISTRICTS) {
            FarmSite portal = farm.site(site).orElseThrow();
            List<StoredArticle> history = StoredArticle.loadHistory(site);
            List<FarmArticle> served = farm.articles().stream().filter(a -> a.siteId().equals(site)).toList();
            Map<String, FarmArticle> byTitleAndTime = served.stream()
                    .collect(Collectors.toMap(a -> a.title() + "@" + a.publishedAt(), a -> a));
            Set<String> listed = new HashSet<>();
            for (Document page : SiteFarmTest.listPages(portal)) {
                page.select("a[href]").forEach(a -> listed.add(a.absUrl("href")));
            }
            for (StoredArticle a : history) {
                FarmArticle article = byTitleAndTime.get(a.title() + "@" + a.publishedAt());
                assertThat(article).as(site + "/" + a.file()).isNotNull();
                assertThat(article.publishedAt()).isEqualTo(a.publishedAt());
                assertThat(listed).as("listed on a list page: " + a.title()).contains(article.url().toString());
                HttpResponse<byte[]> page = SiteFarmTest.get(article.url());
                assertThat(page.statusCode()).isEqualTo(200);
                assertThat(new String(page.body(), portal.charset())).contains(a.date()).contains(a.title());
            }
        }
    }

    @Test
    void historyAddsToTheFarmWithoutMovingItsOtherUrlsAndIsNeverHeldBack() {
        List<URI> without;
        try (SiteFarm plain = SiteFarm.start(FarmOptions.forTests())) {
            without = plain.articles().stream().map(a -> URI.create(a.siteId() + ":" + a.url().getPath())).toList();
        }
        List<URI> with = farm.articles().stream().map(a -> URI.create(a.siteId() + ":" + a.url().getPath())).toList();
        int historyCount = DISTRICTS.stream().mapToInt(s -> StoredArticle.loadHistory(s).size()).sum();
        assertThat(with).hasSize(without.size() + historyCount).containsAll(without);

        try (SiteFarm live = SiteFarm.start(FarmOptions.forTests().withHistory(true).withHeldBack(4))) {
            List<FarmArticle> published = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                published.add(live.publishNext().orElseThrow());
            }
            Set<String> historyTitles = DISTRICTS.stream().flatMap(s -> StoredArticle.loadHistory(s).stream())
                    .map(StoredArticle::title).collect(Collectors.toSet());
            assertThat(published).extracting(FarmArticle::title).doesNotContainAnyElementsOf(historyTitles);
        }
    }
}
