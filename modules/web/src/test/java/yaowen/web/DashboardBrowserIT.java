package yaowen.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import yaowen.records.Article;
import yaowen.records.Meeting;
import yaowen.records.MetricObservation;
import yaowen.records.Person;
import yaowen.records.Region;
import yaowen.stores.duckdb.DuckDbStore;

/**
 * The dashboard in a real browser: Selenium drives Debian's headless Chromium through Debian's chromedriver
 * (.ci/run installs both; never a downloaded driver) against a real {@link WebServer} on an in-memory DuckDB
 * holding invented reports of two districts. Each test looks at what an analyst sees — rows, marks, a chart's
 * series, verdicts, labels — and saves screenshots under {@code target/screenshots/}.
 */
@Tag("integration")
@Timeout(180)
class DashboardBrowserIT {
    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("YAOWEN_CHROMIUM", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getenv().getOrDefault("YAOWEN_CHROMEDRIVER", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final Duration WAIT = Duration.ofSeconds(20);

    static final Region LONGTING = region("410202", "河南省", "开封市", "龙亭区");
    static final Region WANCHENG = region("411302", "河南省", "南阳市", "宛城区");

    /** The article whose figures the article view marks: two figures, both phrases in its body. */
    static final String ARTICLE = "lt-2024";
    static final String ARTICLE_BODY = "1月25日，区委十一届五次全体会议召开。\n"
            + "会议指出，2023年全区生产总值增长4.1%，经济运行总体平稳。\n"
            + "会议提出，2024年全区生产总值增长6.5%左右。";

    private static DuckDbStore store;
    private static WebServer server;
    private static ChromeDriver driver;
    private static Path profile;
    private static String base;

    @BeforeAll
    static void start() throws IOException {
        // CI sets YAOWEN_REQUIRE_BROWSER: there a missing browser is a failure, not a quiet skip.
        boolean required = System.getenv("YAOWEN_REQUIRE_BROWSER") != null;
        String noChromium = "no Chromium at " + CHROMIUM + " (apt-get install chromium, or set YAOWEN_CHROMIUM)";
        String noDriver = "no chromedriver at " + CHROMEDRIVER + " (apt-get install chromium-driver, or set YAOWEN_CHROMEDRIVER)";
        if (required) {
            assertThat(Files.isExecutable(CHROMIUM)).as(noChromium).isTrue();
            assertThat(Files.isExecutable(CHROMEDRIVER)).as(noDriver).isTrue();
        }
        assumeTrue(Files.isExecutable(CHROMIUM), noChromium);
        assumeTrue(Files.isExecutable(CHROMEDRIVER), noDriver);
        store = DuckDbStore.inMemory();
        fill(store);
        server = new WebServer(store, 0).start();
        base = server.uri().resolve("/").toString();
        profile = Files.createTempDirectory("yaowen-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,900", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stop() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
        if (store != null) {
            store.close();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @BeforeEach
    void freshPage() {
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        driver.get(base);
        js("localStorage.clear(); sessionStorage.clear();");
        driver.navigate().refresh();
        waitReady();
    }

    @Test
    void feedShowsAMeetingStoredAfterThePageLoadedWithoutAReload() throws IOException {
        open("#/feed");
        js("window.__notReloaded = true;");
        until(d -> "已连接".equals(text(By.id("live-status"))));
        String key = "411302|2024-03-06|PROMOTION";

        store.upsertMeeting(meeting(key, "wc-live", "全区招商引资工作推进会", LocalDate.of(2024, 3, 6), WANCHENG,
                "PROMOTION", person("赵海涛", "区委书记")));

        WebElement item = until(d -> d.findElements(By.cssSelector("#live-list li[data-key='" + key + "']")).stream().findFirst().orElse(null));
        assertThat(item.getText()).contains("新").contains("全区招商引资工作推进会").contains("推进会").doesNotContain("PROMOTION");
        assertThat(js("return window.__notReloaded === true")).as("the page was not reloaded").isEqualTo(true);
        assertThat(driver.findElements(By.cssSelector("#live-list li")).get(0).getAttribute("data-key")).isEqualTo(key);
        screenshot("feed-desktop");
    }

    @Test
    void regionFilterNarrowsTheMeetingList() throws IOException {
        open("#/feed");
        List<WebElement> all = until(d -> nonEmpty(d.findElements(By.cssSelector("#meetings tbody tr"))));
        assertThat(all.size()).isGreaterThan(3);
        assertThat(driver.findElements(By.cssSelector("#meetings thead th"))).as("date, region, name, types: no column"
                + " for a field the API does not send").hasSize(4);

        new Select(driver.findElement(By.id("f-region"))).selectByValue("410202");
        forgetRender();
        driver.findElement(By.cssSelector("form.filters button[type=submit]")).click();

        until(d -> d.getCurrentUrl().contains("region=410202") ? Boolean.TRUE : null);
        waitReady();
        List<WebElement> rows = driver.findElements(By.cssSelector("#meetings tbody tr"));
        assertThat(rows).hasSize(3);
        assertThat(rows).allSatisfy(r -> assertThat(r.findElement(By.cssSelector("td.region")).getText()).contains("龙亭区"));
        assertThat(driver.findElement(By.cssSelector(".exports a")).getAttribute("href"))
                .contains("/api/meetings?").contains("region=410202").contains("format=csv");
        screenshot("feed-filtered-desktop");
    }

    @Test
    void choosingARegionInTheTreeOpensItsPageAndFiltersTheOtherViews() throws IOException {
        open("#/regions");
        WebElement nanyang = driver.findElement(By.xpath("//ul[@id='region-tree']//summary[a[@data-code='411300']]"));
        assertThat(nanyang.getText()).contains("南阳市").contains("会议");
        nanyang.findElement(By.cssSelector(".counts")).click(); // the summary opens; its link would navigate
        screenshot("regions-desktop");
        forgetRender();
        driver.findElement(By.cssSelector("#region-tree a[data-code='411302']")).click();

        until(d -> d.getCurrentUrl().endsWith("#/region/411302") ? Boolean.TRUE : null);
        waitReady();
        assertThat(text(By.cssSelector("#main h2"))).isEqualTo("河南省南阳市宛城区");

        forgetRender();
        driver.findElement(By.cssSelector("[data-nav=navFeed]")).click();
        until(d -> d.getCurrentUrl().contains("#/feed?region=411302") ? Boolean.TRUE : null);
        waitReady();
        List<WebElement> rows = until(d -> nonEmpty(d.findElements(By.cssSelector("#meetings tbody tr"))));
        assertThat(new Select(driver.findElement(By.id("f-region"))).getFirstSelectedOption().getAttribute("value")).isEqualTo("411302");
        assertThat(rows).allSatisfy(r -> assertThat(r.findElement(By.cssSelector("td.region")).getText()).contains("宛城区"));
    }

    @Test
    void regionPageChartsTargetAndActualOverTheYears() throws Exception {
        open("#/region/410202?indicator=GDP&measure=GROWTH");
        until(d -> nonEmpty(d.findElements(By.cssSelector("#series-chart canvas"))));

        JsonNode option = new ObjectMapper().readTree((String) js("""
                const o = echarts.getInstanceByDom(document.getElementById('series-chart')).getOption();
                return JSON.stringify({years: o.xAxis[0].data, series: o.series.map(s => ({id: s.id, name: s.name, data: s.data}))});"""));
        assertThat(option.get("years").toString()).isEqualTo("[\"2022\",\"2023\",\"2024\"]");
        assertThat(option.get("series").get(0).get("id").asText()).isEqualTo("target");
        assertThat(option.get("series").get(0).get("name").asText()).isEqualTo("目标");
        assertThat(option.get("series").get(0).get("data").toString()).isEqualTo("[7,8,6.5]");
        assertThat(option.get("series").get(1).get("id").asText()).isEqualTo("actual");
        assertThat(option.get("series").get(1).get("data").toString()).isEqualTo("[7.3,4.1,null]");
        assertThat(text(By.cssSelector("#leaders"))).contains("张正文").contains("陈立新");
        screenshot("region-desktop");
    }

    @Test
    void targetTableSaysMetMissedAndPendingForTheRightRows() throws IOException {
        open("#/region/410202");
        until(d -> d.findElements(By.cssSelector("#targets-table tbody tr")).size() >= 3 ? Boolean.TRUE : null);

        assertThat(verdictOf("2022")).isEqualTo("完成");
        assertThat(verdictOf("2023")).isEqualTo("未完成");
        assertThat(verdictOf("2024")).isEqualTo("待公布");
        assertThat(text(By.cssSelector("#targets-table tbody tr[data-year='2024']"))).contains("约 增长 6.5%");
        assertThat(text(By.id("targets-table"))).doesNotContain("GDP").doesNotContain("GROWTH").doesNotContain("APPROX");

        open("#/targets?verdict=MISSED");
        waitReady();
        List<WebElement> missed = driver.findElements(By.cssSelector("#targets-table tbody tr"));
        assertThat(missed).hasSize(1);
        assertThat(missed.get(0).getText()).contains("龙亭区").contains("2023").contains("未完成");
        screenshot("targets-desktop");
    }

    @Test
    void compareRanksRegionsInATableAndABarChart() throws Exception {
        open("#/compare?indicator=GDP&year=2023&kind=ACTUAL&measure=GROWTH");
        until(d -> nonEmpty(d.findElements(By.cssSelector("#compare-chart canvas"))));

        List<WebElement> rows = driver.findElements(By.cssSelector("#compare-table tbody tr"));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).getText()).contains("宛城区");
        assertThat(rows.get(1).getText()).contains("龙亭区");
        assertThat(js("return JSON.stringify(echarts.getInstanceByDom(document.getElementById('compare-chart')).getOption().series[0].data)"))
                .isEqualTo("[6.2,4.1]");
        screenshot("compare-desktop");
    }

    @Test
    void articleViewMarksEachFigureWhereItWasFound() throws IOException {
        open("#/article/" + ARTICLE);
        List<WebElement> marks = until(d -> nonEmpty(d.findElements(By.cssSelector("#article-body mark"))));

        assertThat(marks).extracting(WebElement::getText).containsExactly("增长4.1%", "增长6.5%左右");
        assertThat(text(By.id("article-body"))).as("the whole body, once").isEqualTo(ARTICLE_BODY);
        assertThat(text(By.id("article-title"))).as("store text is text, not markup").isEqualTo("区委全会召开<i>斜体</i>");
        assertThat(driver.findElements(By.cssSelector("#main i"))).isEmpty();
        until(d -> "2024-01-25 区委十一届五次全体会议".equals(text(By.cssSelector("dl.facts dd a[href^='#/meeting/']"))));

        new Actions(driver).moveToElement(marks.get(0)).perform();
        WebElement tip = until(d -> d.findElement(By.cssSelector(".tip")).isDisplayed() ? d.findElement(By.cssSelector(".tip")) : null);
        assertThat(tip.getText()).contains("生产总值").contains("实际").contains("2023");
        screenshot("article-desktop");
    }

    @Test
    void meetingViewShowsItsFactsPeopleAndFiguresByName() throws IOException {
        open("#/meeting/" + URLEncoder.encode("410202|2024-01-25|PLENARY_SESSION", StandardCharsets.UTF_8));
        until(d -> nonEmpty(d.findElements(By.cssSelector("#meeting-metrics tbody tr"))));

        assertThat(text(By.id("meeting-name"))).isEqualTo("区委十一届五次全体会议");
        assertThat(text(By.cssSelector("dl.facts"))).contains("2024-01-25").contains("河南省开封市龙亭区").contains("全会")
                .doesNotContain("PLENARY_SESSION");
        assertThat(text(By.cssSelector(".people"))).contains("陈立新").contains("区委书记");
        List<WebElement> figures = driver.findElements(By.cssSelector("#meeting-metrics tbody tr"));
        assertThat(figures).extracting(WebElement::getText).hasSize(2)
                .anySatisfy(row -> assertThat(row).contains("生产总值").contains("实际").contains("2023").contains("增长 4.1%"))
                .anySatisfy(row -> assertThat(row).contains("目标").contains("2024").contains("约 增长 6.5%"))
                .noneSatisfy(row -> assertThat(row).containsAnyOf("GDP", "TARGET", "APPROX", "GROWTH"));
        screenshot("meeting-desktop");
    }

    @Test
    void englishToggleChangesLabelsAndIsRemembered() throws IOException {
        open("#/region/410202");
        until(d -> d.findElements(By.cssSelector("#targets-table tbody tr")).size() >= 3 ? Boolean.TRUE : null);
        assertThat(text(By.cssSelector("[data-nav=navTargets]"))).isEqualTo("目标完成");

        forgetRender();
        driver.findElement(By.id("lang")).click();
        until(d -> "Targets".equals(text(By.cssSelector("[data-nav=navTargets]"))) ? Boolean.TRUE : null);
        waitReady();
        assertThat(js("return document.documentElement.lang")).isEqualTo("en");
        assertThat(text(By.id("series-h"))).isEqualTo("Over the years");
        String targets = until(d -> text(By.cssSelector("#targets-table tbody")));
        assertThat(targets).as("names come from /api/vocabulary in English").doesNotContain("生产总值").doesNotContain("增速").doesNotContain("完成").doesNotContain("待公布");

        driver.navigate().refresh();
        waitReady();
        assertThat(text(By.cssSelector("[data-nav=navFeed]"))).isEqualTo("Home");
        screenshot("region-english-desktop");
    }

    @Test
    void phoneLayoutHasNoHorizontalOverflowInAnyView() throws IOException {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
        List<String> overflowing = new ArrayList<>();
        String[][] views = {
                {"feed", "#/feed"}, {"regions", "#/regions"}, {"region", "#/region/410202"},
                {"compare", "#/compare?indicator=GDP&year=2023"}, {"targets", "#/targets"},
                {"meeting", "#/meeting/" + URLEncoder.encode("410202|2024-01-25|PLENARY_SESSION", StandardCharsets.UTF_8)},
                {"article", "#/article/" + ARTICLE}};
        for (String[] view : views) {
            open(view[1]);
            assertThat(driver.findElements(By.cssSelector("#main .error"))).as(view[0] + " shows no error").isEmpty();
            long width = ((Number) js("return document.documentElement.scrollWidth")).longValue();
            if (width > 390) {
                overflowing.add(view[0] + ": " + width);
            }
            screenshot(view[0] + "-phone");
        }
        assertThat(overflowing).as("views wider than the phone").isEmpty();

        assertThat(driver.findElement(By.id("nav")).isDisplayed()).as("the navigation is collapsed").isFalse();
        driver.findElement(By.id("menu")).click();
        assertThat(driver.findElement(By.id("nav")).isDisplayed()).isTrue();
    }

    @Test
    void theSkipLinkFocusesTheContentAndABadlyEncodedAddressIsNoPage() {
        open("#/targets");
        js("document.querySelector('a.skip').focus();"); // as the first Tab would: it shows only when focused
        driver.switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.ENTER);
        assertThat(driver.getCurrentUrl()).endsWith("#/targets");
        assertThat(js("return document.activeElement.id")).isEqualTo("main");
        assertThat(js("return document.body.dataset.view")).isEqualTo("viewTargets");

        open("#/region/%E0");
        assertThat(text(By.id("main"))).contains("没有这个页面");
    }

    @Test
    void everyFileThePageLinksIsServed() {
        open("#/feed");
        @SuppressWarnings("unchecked")
        Map<String, Object> statuses = (Map<String, Object>) ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const urls = [...document.querySelectorAll('link[href], script[src], img[src], footer a[href]')]
                    .map(e => e.href || e.src).filter(u => u.startsWith(location.origin));
                Promise.all(urls.map(u => fetch(u).then(r => [u, r.status], () => [u, 0])))
                    .then(pairs => done(Object.fromEntries(pairs)));""");
        assertThat(statuses.keySet()).anyMatch(u -> u.endsWith("/assets/echarts.min.js")).anyMatch(u -> u.endsWith("/assets/app.js"))
                .anyMatch(u -> u.endsWith("/assets/echarts-LICENSE.txt"));
        assertThat(statuses).allSatisfy((url, status) -> assertThat(((Number) status).intValue()).as(url).isEqualTo(200));
    }

    @Test
    void apiErrorsAreShownInWords() {
        open("#/targets?year=12345678901234");
        WebElement error = until(d -> d.findElements(By.cssSelector("#main .error")).stream().findFirst().orElse(null));
        assertThat(error.getText()).contains("400").contains("year");
    }

    // ---------- the page ----------

    /** Shows {@code hash} in the page (a same-document navigation once the page is loaded) and waits for it to render. */
    private static void open(String hash) {
        forgetRender();
        if (hash.equals(js("return location.hash"))) {
            driver.navigate().refresh();
        } else {
            js("location.hash = arguments[0];", hash);
        }
        waitReady();
    }

    /**
     * Forgets that the current view finished rendering, before an action that renders another: else
     * {@link #waitReady} could see the old view's flag while the new one is still loading (the hashchange comes
     * after the URL the test waits for).
     */
    private static void forgetRender() {
        js("delete document.body.dataset.ready;");
    }

    private static void waitReady() {
        until(d -> js("return document.body.dataset.ready || null"));
    }

    private static <T> T until(java.util.function.Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, WAIT).until(condition);
    }

    private static <T> List<T> nonEmpty(List<T> list) {
        return list.isEmpty() ? null : list;
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private static String text(By by) {
        List<WebElement> found = driver.findElements(by);
        return found.isEmpty() ? null : found.get(0).getText();
    }

    private static String verdictOf(String year) {
        return driver.findElement(By.cssSelector("#targets-table tbody tr[data-year='" + year + "'] .verdict")).getText();
    }

    private static void screenshot(String name) throws IOException {
        Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    }

    // ---------- invented fixtures: two districts, three years, a change of party secretary ----------

    static void fill(DuckDbStore store) {
        // 龙亭区: 2022 target 7 → 7.3 met; 2023 target 8 → 4.1 missed; 2024 target 6.5, no outcome yet.
        store.upsertArticle(article("lt-2022", "区委经济工作会议召开", LONGTING, "2022-01-21",
                "1月20日，全区经济工作会议召开。\n会议提出，2022年全区生产总值增长7%。"));
        store.upsertMeeting(meeting("410202|2022-01-20|ECONOMIC_WORK_CONFERENCE", "lt-2022", "全区经济工作会议",
                LocalDate.of(2022, 1, 20), LONGTING, "ECONOMIC_WORK_CONFERENCE", person("张正文", "区委书记"), person("刘建国", "区长")));
        store.upsertMetric(metric("lt-2022", "410202|2022-01-20|ECONOMIC_WORK_CONFERENCE", LONGTING, "TARGET", 2022, 7.0, null,
                "增长7%", "会议提出，2022年全区生产总值增长7%。"));

        store.upsertArticle(article("lt-2023", "区委全会暨经济工作会议召开", LONGTING, "2023-01-19",
                "1月18日，区委全会召开。\n2022年全区生产总值增长7.3%。\n2023年全区生产总值增长8%。"));
        store.upsertMeeting(meeting("410202|2023-01-18|PLENARY_SESSION", "lt-2023", "区委十一届四次全体会议",
                LocalDate.of(2023, 1, 18), LONGTING, "PLENARY_SESSION", person("张正文", "区委书记"), person("刘建国", "区长")));
        store.upsertMetric(metric("lt-2023", "410202|2023-01-18|PLENARY_SESSION", LONGTING, "ACTUAL", 2022, 7.3, null,
                "增长7.3%", "2022年全区生产总值增长7.3%。"));
        store.upsertMetric(metric("lt-2023", "410202|2023-01-18|PLENARY_SESSION", LONGTING, "TARGET", 2023, 8.0, null,
                "增长8%", "2023年全区生产总值增长8%。"));

        store.upsertArticle(article(ARTICLE, "区委全会召开<i>斜体</i>", LONGTING, "2024-01-26", ARTICLE_BODY));
        store.upsertMeeting(meeting("410202|2024-01-25|PLENARY_SESSION", ARTICLE, "区委十一届五次全体会议",
                LocalDate.of(2024, 1, 25), LONGTING, "PLENARY_SESSION", person("陈立新", "区委书记"), person("刘建国", "区长")));
        store.upsertMetric(metric(ARTICLE, "410202|2024-01-25|PLENARY_SESSION", LONGTING, "ACTUAL", 2023, 4.1, null,
                "增长4.1%", "会议指出，2023年全区生产总值增长4.1%，经济运行总体平稳。"));
        store.upsertMetric(metric(ARTICLE, "410202|2024-01-25|PLENARY_SESSION", LONGTING, "TARGET", 2024, 6.5, "APPROX",
                "增长6.5%左右", "会议提出，2024年全区生产总值增长6.5%左右。"));

        // 宛城区: two meetings; 2023 grew 6.2% (ranks above 龙亭区's 4.1%); its 2024 target is pending too.
        store.upsertArticle(article("wc-2023", "全区工作会议召开", WANCHENG, "2023-02-11", "2月10日，全区工作会议召开。"));
        store.upsertMeeting(meeting("411302|2023-02-10|WORK_CONFERENCE", "wc-2023", "全区工作会议",
                LocalDate.of(2023, 2, 10), WANCHENG, "WORK_CONFERENCE", person("赵海涛", "区委书记")));
        store.upsertArticle(article("wc-2024", "区委经济工作会议召开", WANCHENG, "2024-02-09",
                "2月8日，区委经济工作会议召开。\n2023年全区生产总值增长6.2%。\n2024年全区生产总值增长7%。"));
        store.upsertMeeting(meeting("411302|2024-02-08|ECONOMIC_WORK_CONFERENCE", "wc-2024", "区委经济工作会议",
                LocalDate.of(2024, 2, 8), WANCHENG, "ECONOMIC_WORK_CONFERENCE", person("赵海涛", "区委书记")));
        store.upsertMetric(metric("wc-2024", "411302|2024-02-08|ECONOMIC_WORK_CONFERENCE", WANCHENG, "ACTUAL", 2023, 6.2, null,
                "增长6.2%", "2023年全区生产总值增长6.2%。"));
        store.upsertMetric(metric("wc-2024", "411302|2024-02-08|ECONOMIC_WORK_CONFERENCE", WANCHENG, "TARGET", 2024, 7.0, null,
                "增长7%", "2024年全区生产总值增长7%。"));
    }

    static Region region(String code, String... path) {
        return Region.newBuilder().setCode(code).setName(path[path.length - 1]).setPath(List.of(path)).build();
    }

    static Person person(String name, String role) {
        return Person.newBuilder().setName(name).setRole(role).setRoles(List.of(role)).setPart("SPOKE").build();
    }

    static String url(String articleId) {
        return "http://www.example.gov.cn/news/" + articleId + ".html";
    }

    static Article article(String id, String title, Region region, String publishedAt, String text) {
        return Article.newBuilder().setId(id).setUrl(url(id)).setSiteId("site-" + region.getCode()).setTitle(title)
                .setPublishedAt(publishedAt).setSource(region.getName() + "融媒体中心").setAuthors(List.of()).setText(text)
                .setScript("zh-Hans").setCharset("UTF-8").setCharsetSource("HEADER").setSimhash("0123456789abcdef")
                .setContentHash("%08x".formatted(text.hashCode()).repeat(8))
                .setFetchedAt(Instant.parse(publishedAt + "T08:00:00Z")).setSiteRegionCode(region.getCode()).build();
    }

    static Meeting meeting(String key, String articleId, String name, LocalDate date, Region region, String type, Person... people) {
        return Meeting.newBuilder().setKey(key).setArticleId(articleId).setUrl(url(articleId)).setTitle(name + "召开")
                .setTypes(List.of(type)).setName(name).setDate(date).setRegion(region).setPeople(List.of(people))
                .setPublishedAt(date.plusDays(1).toString()).build();
    }

    static MetricObservation metric(String articleId, String meetingKey, Region region, String kind, int year, double value,
                                    String qualifier, String raw, String evidence) {
        return MetricObservation.newBuilder().setKey(region.getCode() + "|GDP|" + kind + "|" + year + "||GROWTH|")
                .setArticleId(articleId).setUrl(url(articleId)).setMeetingKey(meetingKey).setRegion(region)
                .setIndicator("GDP").setLabel("生产总值").setKind(kind).setYear(year).setMeasure("GROWTH").setValue(value)
                .setUnit("PERCENT").setQualifier(qualifier).setRaw(raw).setEvidence(evidence).build();
    }
}
