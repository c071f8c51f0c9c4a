package yaowen.farm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.LocalDate;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SiteFarmTest {
    private static final Charset GBK = Charset.forName("GBK");
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();
    private static SiteFarm farm;

    @BeforeAll
    static void start() {
        farm = SiteFarm.start(FarmOptions.forTests());
    }

    @AfterAll
    static void stop() {
        farm.close();
    }

    static HttpResponse<byte[]> get(URI uri, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static String strictDecode(byte[] bytes, Charset charset) throws CharacterCodingException {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    }

    FarmSite site(String id) {
        return farm.site(id).orElseThrow();
    }

    /** Follows 下一页 links from the first list page and returns every list page's document. */
    static List<Document> listPages(FarmSite site) throws Exception {
        List<Document> pages = new ArrayList<>();
        URI next = site.listUrls().get(0);
        while (next != null && pages.size() < 20) {
            HttpResponse<byte[]> response = get(next);
            assertThat(response.statusCode()).as(next.toString()).isEqualTo(200);
            Document doc = Jsoup.parse(new String(response.body(), site.charset()), next.toString());
            pages.add(doc);
            Element link = doc.selectFirst("a:containsOwn(下一页)");
            next = link == null ? null : URI.create(link.absUrl("href"));
        }
        return pages;
    }

    @Test
    void startsFivePortalsWithDistinctTemplatesAndCharsets() {
        assertThat(farm.sites()).extracting(FarmSite::id)
                .containsExactly("longting", "xiangfu", "wancheng", "nanyang", "wenmi");
        assertThat(farm.sites().stream().map(FarmSite::template).collect(Collectors.toSet()))
                .contains("trs-wcm", "henan-gbk", "hanweb-jcms", "wenmi");
        assertThat(site("xiangfu").charset()).isEqualTo(GBK);
        assertThat(site("longting").regionCode()).contains("410202");
        assertThat(site("wancheng").regionCode()).contains("411302");
        assertThat(site("wenmi").regionCode()).isEmpty();
        assertThat(farm.sites().stream().map(s -> s.baseUri().getPort()).distinct().count()).isEqualTo(5);
        assertThat(farm.sites()).allSatisfy(s -> assertThat(s.baseUri().getHost()).isEqualTo("127.0.0.1"));
    }

    @Test
    void publishesTheFiveSeedsAndAtLeastTwentyOwnArticles() {
        List<FarmArticle> articles = farm.articles();
        assertThat(articles.stream().filter(a -> a.seedId().isPresent()).map(a -> a.seedId().get() + "@" + a.siteId()))
                .containsExactlyInAnyOrder("seed-000@xiangfu", "seed-001@wenmi", "seed-002@nanyang",
                        "seed-003@wancheng", "seed-004@longting");
        assertThat(articles.stream().filter(a -> a.seedId().isEmpty()).count()).isGreaterThanOrEqualTo(20);
        assertThat(articles).extracting(FarmArticle::url).doesNotHaveDuplicates();
        assertThat(farm.heldBack()).isZero();
    }

    @Test
    void publishesOneMeetingOnTwoSitesUnderTwoTitles() throws Exception {
        String lead = "中国共产党南阳市宛城区第十五届委员会第八次全体(扩大)会议暨区委经济工作会议召开";
        List<FarmArticle> reports = new java.util.ArrayList<>();
        for (FarmArticle a : farm.articles()) {
            if (a.siteId().equals("wancheng") || a.siteId().equals("nanyang")) {
                String page = new String(get(a.url()).body(), StandardCharsets.UTF_8);
                if (page.contains(lead)) {
                    reports.add(a);
                }
            }
        }
        assertThat(reports).extracting(FarmArticle::siteId).containsExactlyInAnyOrder("wancheng", "nanyang");
        assertThat(reports).extracting(FarmArticle::title).doesNotHaveDuplicates();
    }

    @Test
    void servesGbkPagesWithGbkHeaderAndUndamagedGbkBytes() throws Exception {
        FarmSite xiangfu = site("xiangfu");
        HttpResponse<byte[]> list = get(xiangfu.listUrls().get(0));
        assertThat(list.headers().firstValue("Content-Type")).contains("text/html; charset=GBK");
        String html = strictDecode(list.body(), GBK);
        assertThat(html).contains("<meta charset=\"gbk\">", "祥符要闻", "当前位置");
        assertThatThrownBy(() -> strictDecode(list.body(), StandardCharsets.UTF_8))
                .isInstanceOf(CharacterCodingException.class);

        FarmArticle seed = farm.articles().stream().filter(a -> a.seedId().equals(java.util.Optional.of("seed-000")))
                .findFirst().orElseThrow();
        assertThat(seed.url().getPath()).matches("/pc/content/content_\\d{10}\\.html");
        HttpResponse<byte[]> article = get(seed.url());
        assertThat(article.statusCode()).isEqualTo(200);
        String text = strictDecode(article.body(), GBK);
        assertThat(text).contains("祥符区召开三级干部会议", "生产总值增长7.5%", "发布时间:", "网站标识码", "公安备案号");
    }

    @Test
    void everyGbkArticleIsEncodableInGbk() {
        for (StoredArticle a : StoredArticle.loadSite("xiangfu")) {
            String all = a.title() + a.source() + a.author() + String.join("", a.paragraphs());
            assertThat(GBK.newEncoder().canEncode(all)).as(a.file()).isTrue();
        }
    }

    @Test
    void listPagesPaginateAndLinkEveryPublishedArticle() throws Exception {
        for (FarmSite site : farm.sites()) {
            List<Document> pages = listPages(site);
            Set<String> linked = new LinkedHashSet<>();
            for (Document page : pages) {
                page.select("a[href]").forEach(a -> linked.add(a.absUrl("href")));
            }
            Set<String> expected = farm.articles().stream().filter(a -> a.siteId().equals(site.id()))
                    .map(a -> a.url().toString()).collect(Collectors.toSet());
            assertThat(linked).as(site.id()).containsAll(expected);
            if (expected.size() > 5) {
                assertThat(pages).as(site.id() + " pages").hasSizeGreaterThan(1);
            }
        }
        String trs = new String(get(site("longting").listUrls().get(0)).body(), StandardCharsets.UTF_8);
        assertThat(trs).contains("createPageHTML(countPage, currentPage, \"index\", \"html\")", "var countPage = 2;",
                "href=\"index_1.html\">下一页");
        assertThat(get(site("longting").baseUri().resolve("/xwzx/lyyw/index_1.html")).statusCode()).isEqualTo(200);
        assertThat(get(site("longting").baseUri().resolve("/xwzx/lyyw/index_9.html")).statusCode()).isEqualTo(404);
    }

    @Test
    void articleUrlsFollowEachCmsShape() {
        for (FarmArticle a : farm.articles()) {
            String path = a.url().getPath();
            switch (a.siteId()) {
                case "longting" -> assertThat(path).matches("/xwzx/lyyw/\\d{6}/t\\d{8}_\\d+\\.html");
                case "xiangfu" -> assertThat(path).matches("/pc/content/content_\\d{10}\\.html");
                case "wancheng", "nanyang" -> assertThat(path).matches("/art/\\d{4}/\\d{1,2}/\\d{1,2}/art_\\d+_\\d+\\.html");
                case "wenmi" -> assertThat(path).matches("/jianghua/post_\\d+\\.html");
                default -> throw new AssertionError(a.siteId());
            }
        }
    }

    @Test
    void articlePagesCarryRealisticChromeAroundTheBody() throws Exception {
        FarmArticle seed = farm.articles().stream().filter(a -> a.seedId().equals(java.util.Optional.of("seed-004")))
                .findFirst().orElseThrow();
        assertThat(seed.url().getPath()).startsWith("/xwzx/lyyw/202101/t20210128_");
        HttpResponse<byte[]> response = get(seed.url());
        assertThat(response.headers().firstValue("Content-Type")).contains("text/html; charset=UTF-8");
        assertThat(response.headers().firstValue("Last-Modified")).isPresent();
        String html = new String(response.body(), StandardCharsets.UTF_8);
        assertThat(html).contains(seed.title(), "当前位置", "发布时间:2021-01-28", "来源:开封市龙亭区人民政府", "浏览次数",
                "字号", "打印本页", "关闭窗口", "上一篇", "下一篇", "相关新闻", "主办单位", "网站标识码:4102020001", "ICP备",
                "公安备案号", "1月27日,中国共产党开封市龙亭区第十届委员会第九次全体(扩大)会议暨区委经济工作会议召开");

        FarmArticle wenmi = farm.articles().stream().filter(a -> a.seedId().equals(java.util.Optional.of("seed-001")))
                .findFirst().orElseThrow();
        String speech = new String(get(wenmi.url()).body(), StandardCharsets.UTF_8);
        assertThat(speech).contains("下面是小编为大家整理的", "同志们:", "推荐访问", "Powered by");
    }

    @Test
    void servesRobotsTxtOnEveryPortal() throws Exception {
        for (FarmSite site : farm.sites()) {
            HttpResponse<byte[]> robots = get(site.baseUri().resolve("/robots.txt"));
            assertThat(robots.statusCode()).isEqualTo(200);
            assertThat(robots.headers().firstValue("Content-Type")).contains("text/plain; charset=UTF-8");
            assertThat(new String(robots.body(), StandardCharsets.UTF_8)).contains("User-agent: *", "Disallow: /search/");
        }
    }

    @Test
    void redirectsRootToTheFirstListPageAndAnswers404ForUnknownPaths() throws Exception {
        FarmSite site = site("wancheng");
        HttpResponse<byte[]> root = get(site.baseUri());
        assertThat(root.statusCode()).isEqualTo(302);
        assertThat(site.baseUri().resolve(root.headers().firstValue("Location").orElseThrow()))
                .isEqualTo(site.listUrls().get(0));
        assertThat(get(site.baseUri().resolve("/art/2020/1/1/art_1_1.html")).statusCode()).isEqualTo(404);
        assertThat(get(farm.baseUri()).statusCode()).isEqualTo(200);
    }

    @Test
    void answersNotModifiedToAMatchingEtag() throws Exception {
        URI list = site("nanyang").listUrls().get(0);
        HttpResponse<byte[]> first = get(list);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(get(list, "If-None-Match", etag).statusCode()).isEqualTo(304);
        assertThat(get(list, "If-None-Match", "\"other\"").statusCode()).isEqualTo(200);
    }

    @Test
    void servesThePoisonedPageAsHtmlLabelledPdfBytesButLinksItOnlyWhenAsked() throws Exception {
        HttpResponse<byte[]> poison = get(farm.poisonUrl());
        assertThat(poison.statusCode()).isEqualTo(200);
        assertThat(poison.headers().firstValue("Content-Type")).contains("text/html; charset=UTF-8");
        assertThat(new String(poison.body(), 0, 8, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-1.4");
        assertThatThrownBy(() -> strictDecode(poison.body(), StandardCharsets.UTF_8))
                .isInstanceOf(CharacterCodingException.class);
        String unlinked = new String(get(site("longting").listUrls().get(0)).body(), StandardCharsets.UTF_8)
                + new String(get(site("longting").baseUri().resolve("/xwzx/lyyw/index_1.html")).body(), StandardCharsets.UTF_8);
        assertThat(unlinked).doesNotContain(farm.poisonUrl().getPath().substring("/xwzx/lyyw".length()));

        try (SiteFarm poisoned = SiteFarm.start(FarmOptions.forTests().withPoisonLinked(true))) {
            List<Document> pages = listPages(poisoned.site("longting").orElseThrow());
            Set<String> links = new LinkedHashSet<>();
            pages.forEach(p -> p.select("a[href]").forEach(a -> links.add(a.absUrl("href"))));
            assertThat(links).contains(poisoned.poisonUrl().toString());
            assertThat(poisoned.articles()).extracting(FarmArticle::url).doesNotContain(poisoned.poisonUrl());
        }
    }

    @Test
    void publishNextPutsTheHeldBackArticleOnTopOfItsListPage() throws Exception {
        try (SiteFarm live = SiteFarm.start(FarmOptions.forTests().withHeldBack(3))) {
            assertThat(live.heldBack()).isEqualTo(3);
            int before = live.articles().size();
            assertThat(before).isEqualTo(farm.articles().size() - 3);
            for (int i = 0; i < 3; i++) {
                FarmArticle next = live.publishNext().orElseThrow();
                assertThat(next.seedId()).isEmpty();
                FarmSite site = live.site(next.siteId()).orElseThrow();
                Document list = Jsoup.parse(new String(get(site.listUrls().get(0)).body(), site.charset()),
                        site.listUrls().get(0).toString());
                String firstArticle = list.select("a[href]").stream().map(a -> a.absUrl("href"))
                        .filter(h -> live.articles().stream().anyMatch(x -> x.url().toString().equals(h)))
                        .findFirst().orElseThrow();
                assertThat(firstArticle).isEqualTo(next.url().toString());
                assertThat(get(next.url()).statusCode()).isEqualTo(200);
            }
            assertThat(live.articles()).hasSize(before + 3);
            assertThat(live.publishNext()).isEmpty();
            assertThat(live.heldBack()).isZero();
        }
    }

    @Test
    void heldBackArticlesAreNotServedUntilPublished() throws Exception {
        try (SiteFarm live = SiteFarm.start(FarmOptions.forTests().withHeldBack(1))) {
            Set<URI> visible = live.articles().stream().map(FarmArticle::url).collect(Collectors.toSet());
            // the held-back article is the farm's newest; with the same seed its URL is the one missing
            URI held = farm.articles().stream().map(FarmArticle::url)
                    .map(u -> live.site(siteOf(u)).orElseThrow().baseUri().resolve(u.getPath()))
                    .filter(u -> !visible.contains(u)).findFirst().orElseThrow();
            assertThat(get(held).statusCode()).isEqualTo(404);
            assertThat(live.publishNext().orElseThrow().url()).isEqualTo(held);
            assertThat(get(held).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void withLiveDatesAPublishedArticleIsDatedTodayUnderAFreshUrl() throws Exception {
        // 00:30 on 2 March in Shanghai is still 1 March in UTC: the date is Shanghai's.
        java.time.Clock clock = java.time.Clock.fixed(java.time.Instant.parse("2026-03-01T16:30:00Z"), java.time.ZoneOffset.UTC);
        LocalDate today = LocalDate.of(2026, 3, 2);
        try (SiteFarm live = SiteFarm.start(FarmOptions.forTests().withHeldBack(1).withLiveDates(true).withClock(clock))) {
            Set<String> fixedPaths = farm.articles().stream().map(a -> a.url().getPath()).collect(Collectors.toSet());
            FarmArticle next = live.publishNext().orElseThrow();

            assertThat(next.publishedAt().toLocalDate()).isEqualTo(today);
            assertThat(fixedPaths).as("a URL no earlier run can have seen").doesNotContain(next.url().getPath());
            FarmSite site = live.site(next.siteId()).orElseThrow();
            String page = new String(get(next.url()).body(), site.charset());
            assertThat(page).contains(today.toString())
                    .contains(today.getMonthValue() + "月" + today.getDayOfMonth() + "日");
        }
    }

    private String siteOf(URI url) {
        return farm.sites().stream().filter(s -> s.baseUri().getPort() == url.getPort()).findFirst().orElseThrow().id();
    }

    @Test
    void sameSeedGivesSameUrlPaths() {
        try (SiteFarm other = SiteFarm.start(FarmOptions.forTests())) {
            assertThat(other.articles().stream().map(a -> a.url().getPath()).toList())
                    .isEqualTo(farm.articles().stream().map(a -> a.url().getPath()).toList());
        }
    }

    @Test
    void rejectsInvalidOptions() {
        assertThatThrownBy(() -> new FarmOptions(-1, 0, false, 1, false)).hasMessageContaining("port");
        assertThatThrownBy(() -> new FarmOptions(0, -2, false, 1, false)).hasMessageContaining("heldBack");
    }
}
