package yaowen.farm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
    /** A level (亿元) with its growth rate, as a release states them. */
    private static final Pattern LEVEL_AND_GROWTH = Pattern.compile(
            "(地区生产总值|第一产业增加值|第二产业增加值|第三产业增加值|社会消费品零售总额|一般公共预算收入)为?([\\d.]+)亿元,"
                    + "(?:按不变价格计算,比上年)?增长(-?[\\d.]+)%");
    private static final Pattern SECRETARY = Pattern.compile("区委书记(\\p{IsHan}{2,3}?)(?:出席|作|主持)");
    private static final Pattern HEAD = Pattern.compile("区长(\\p{IsHan}{2,3}?)(?:主持|作|对|出席)");
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

    /** A stated level, the decimals it is stated with, and its growth rate in percent. */
    private record Stated(double level, int decimals, double growth) {
    }

    @Test
    void everyLevelFollowsFromLastYearsByItsOwnGrowthRateAndTheSectorsAddUpToTheWhole() {
        int pairs = 0;
        for (String site : DISTRICTS) {
            Map<Integer, Map<String, Stated>> byYear = new HashMap<>();
            for (StoredArticle a : StoredArticle.loadHistory(site).stream().filter(FarmHistoryTest::isRelease).toList()) {
                Map<String, Stated> year = byYear.computeIfAbsent(a.publishedAt().getYear() - 1, y -> new HashMap<>());
                Matcher m = LEVEL_AND_GROWTH.matcher(String.join("\n", a.paragraphs()));
                while (m.find()) {
                    String level = m.group(2);
                    int decimals = level.contains(".") ? level.length() - level.indexOf('.') - 1 : 0;
                    year.put(m.group(1), new Stated(Double.parseDouble(level), decimals, Double.parseDouble(m.group(3))));
                }
                assertThat(year).as(site + "/" + a.file()).hasSize(6);
                double sectors = year.get("第一产业增加值").level() + year.get("第二产业增加值").level()
                        + year.get("第三产业增加值").level();
                assertThat(sectors).as(site + "/" + a.file() + ": the three sectors make the whole")
                        .isCloseTo(year.get("地区生产总值").level(), offset(0.051));
            }
            for (int year : byYear.keySet()) {
                Map<String, Stated> before = byYear.get(year - 1);
                if (before == null) {
                    continue;
                }
                for (Map.Entry<String, Stated> e : byYear.get(year).entrySet()) {
                    Stated prev = before.get(e.getKey());
                    Stated cur = e.getValue();
                    double factor = 1 + cur.growth() / 100;
                    // each of the three numbers is rounded: the level to its decimals, the rate to 0.1 point
                    double slack = 0.5 * Math.pow(10, -cur.decimals()) + 0.5 * Math.pow(10, -prev.decimals()) * factor
                            + prev.level() * 0.0005 + 1e-9;
                    assertThat(cur.level()).as("%s %s %d: %s × (1 + %s%%)", site, e.getKey(), year, prev.level(), cur.growth())
                            .isCloseTo(prev.level() * factor, offset(slack));
                    pairs++;
                }
            }
        }
        assertThat(pairs).as("three districts, three pairs of years, six indicators").isEqualTo(3 * 3 * 6);
    }

    @Test
    void theLiveStreamsLeadersAreThoseOfTheLatestHistoryYear() {
        for (String site : DISTRICTS) {
            StoredArticle latest = StoredArticle.loadHistory(site).stream().filter(a -> !isRelease(a))
                    .max(Comparator.comparing(StoredArticle::publishedAt)).orElseThrow();
            String text = String.join("\n", latest.paragraphs());
            Matcher secretary = SECRETARY.matcher(text);
            Matcher head = HEAD.matcher(text);
            assertThat(secretary.find()).as(site + "/" + latest.file()).isTrue();
            assertThat(head.find()).as(site + "/" + latest.file()).isTrue();
            LiveNews.Region live = LiveNews.REGIONS.stream().filter(r -> r.siteId().equals(site)).findFirst().orElseThrow();
            assertThat(live.secretary()).as(site + " 区委书记").isEqualTo(secretary.group(1));
            assertThat(live.head()).as(site + " 区长").isEqualTo(head.group(1));
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
