package yaowen.cleaning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import yaowen.cleaning.CleanedArticle.CharsetSource;
import yaowen.cleaning.CleanedArticle.Script;
import yaowen.cleaning.CleaningException.Reason;

class ArticleCleanerTest {
    private static final Path CORPUS = Path.of("../../corpus");
    private static final ArticleCleaner CLEANER = ArticleCleaner.create();

    static Stream<String> seeds() throws IOException {
        try (Stream<Path> s = Files.list(CORPUS.resolve("seeds"))) {
            return s.map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    private static GoldArticle gold(String seedFile) throws IOException {
        return GoldArticle.parse(Files.readString(CORPUS.resolve("gold/seed-" + seedFile.substring(0, 3) + ".json")));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void cleansSeedLikeItsGold(String seedFile) throws IOException {
        GoldArticle gold = gold(seedFile);
        CleanedArticle a = CLEANER.clean(FetchedPage.of(Files.readAllBytes(CORPUS.resolve("seeds").resolve(seedFile))));
        assertThat(a.title()).isEqualTo(gold.title());
        assertThat(a.publishedAt()).isEqualTo(gold.publishedAt());
        assertThat(a.source()).isEqualTo(gold.source());
        assertThat(a.authors()).isEqualTo(gold.authors());
        assertThat(a.script().tag()).isEqualTo(gold.script());
        for (String banned : gold.mustNotContain()) {
            assertThat(a.text()).doesNotContain(banned);
        }
        String firstLine = gold.text().lines().findFirst().orElseThrow();
        assertThat(a.text()).startsWith(firstLine.substring(0, Math.min(20, firstLine.length())));
    }

    private static CleanedArticle page(String resource, Optional<String> url) throws IOException {
        try (InputStream in = ArticleCleanerTest.class.getResourceAsStream("/pages/" + resource)) {
            assertThat(in).as(resource).isNotNull();
            return CLEANER.clean(new FetchedPage(in.readAllBytes(), url, Optional.empty(), Optional.empty()));
        }
    }

    @Test
    void cleansTrsWcmPage() throws IOException {
        CleanedArticle a = page("trs-wcm/t20230127_1234.html", Optional.of("http://www.example.gov.cn/xwzx/202301/t20230127_1234.html"));
        assertThat(a.title()).contains("县委召开经济工作会议");
        assertThat(a.publishedAt()).contains("2023-01-27T10:31");
        assertThat(a.source()).contains("示范县融媒体中心");
        assertThat(a.authors()).containsExactly("王五", "赵六");
        assertThat(a.text().split("\n")).hasSize(3);
        assertThat(a.text()).startsWith("1月26日，县委召开经济工作会议")
                .doesNotContain("当前位置", "浏览次数", "分享到", "打印", "上一篇", "相关新闻", "主办单位", "ICP备", "钱七",
                        "隐藏", "脚本", "网站地图");
        assertThat(a.charsetSource()).isEqualTo(CharsetSource.META);
    }

    @Test
    void cleansHanwebPage() throws IOException {
        CleanedArticle a = page("hanweb/art_2023_3_17.html", Optional.empty());
        assertThat(a.title()).contains("全区工作会议召开");
        assertThat(a.publishedAt()).contains("2023-03-17");
        assertThat(a.source()).contains("示范区政府办公室");
        assertThat(a.text()).contains("税收收入完成4565万元").doesNotContain("字体", "打印本页", "版权所有", "网站首页");
    }

    @Test
    void decodesUndeclaredGbkPage() throws IOException {
        CleanedArticle a = page("gbk-county/undeclared-gbk.html", Optional.empty());
        assertThat(a.charset()).isEqualTo("GB18030");
        assertThat(a.charsetSource()).isEqualTo(CharsetSource.DETECTED);
        assertThat(a.title()).contains("乡镇召开三级干部会议");
        assertThat(a.text()).contains("三级干部会议").doesNotContain("版权所有", "首页");
    }

    @Test
    void decodesUndeclaredBig5PageToSimplified() throws IOException {
        CleanedArticle a = page("big5-site/undeclared-big5.html", Optional.empty());
        assertThat(a.charset()).isEqualTo("Big5");
        assertThat(a.script()).isEqualTo(Script.TRADITIONAL);
        assertThat(a.title()).contains("区委召开经济工作会议");
        assertThat(a.text()).contains("区委召开经济工作会议", "发展是第一要务").doesNotContain("會議", "經濟");
    }

    @Test
    void cleansOldTableLayout() throws IOException {
        CleanedArticle a = page("old-table/gov-2005.html", Optional.empty());
        assertThat(a.title()).contains("市政府召开常务会议");
        assertThat(a.publishedAt()).contains("2005-03-21T11:21");
        assertThat(a.source()).contains("市政府办公室");
        assertThat(a.text().split("\n")).hasSize(3);
        assertThat(a.text()).doesNotContain("春耕", "版权所有", "新闻中心");
    }

    @Test
    void takesPublishDateFromUrlWhenPageStatesNone() {
        String html = "<html><body><div class=content><p>会议指出，今年以来全市经济运行总体平稳，工业生产稳步回升，固定资产投资保持较快增长。</p></div></body></html>";
        CleanedArticle a = CLEANER.clean(new FetchedPage(html.getBytes(StandardCharsets.UTF_8),
                Optional.of("https://www.example.gov.cn/art/2023/1/27/art_1_2.html"), Optional.empty(),
                Optional.of(Instant.parse("2023-02-01T00:00:00Z"))));
        assertThat(a.publishedAt()).contains("2023-01-27");
        assertThat(a.contentHash()).hasSize(64);
        assertThat(a.simhashHex()).hasSize(16);
    }

    @Test
    void datesARepostedMagazineArticleByTheIssueItCitesWhenNothingElseDoes() {
        String html = "<html><body><div class=content><p>会议指出，今年以来全市经济运行总体平稳，工业生产稳步回升，固定资产投资保持较快增长。</p>"
                + "<p>会议要求，各部门要紧盯全年目标，狠抓工作落实。</p><p>——《北京之春》1996年6月号</p></div></body></html>";
        CleanedArticle a = CLEANER.clean(FetchedPage.of(html.getBytes(StandardCharsets.UTF_8)));
        assertThat(a.publishedAt()).contains("1996-06");
    }

    @Test
    void aLabelledPublishDateOutranksTheCitedIssue() {
        String html = "<html><body><div class=content><p>发布时间：2005-03-06</p><p>会议指出，今年以来全市经济运行总体平稳，工业生产稳步回升。</p>"
                + "<p>——《北京之春》1996年6月号</p></div></body></html>";
        CleanedArticle a = CLEANER.clean(FetchedPage.of(html.getBytes(StandardCharsets.UTF_8)));
        assertThat(a.publishedAt()).contains("2005-03-06");
    }

    @Test
    void takesTheFirstForumPostStampAndDropsTheStampsFromTheBody() {
        String html = "<html><body><div class=content><p>所以爱是什么，爱是由接受的人决定的。你认为你那些行为都是爱你的先生、太太和你的孩子吗？</p>"
                + "<p>本贴由大卫于2005年8月12日16:12:21在〖心灵体操〗发表.</p>"
                + "<p>原标题:【演讲精选1】是大卫在2005年8月12日16:10:13发表</p></div></body></html>";
        CleanedArticle a = CLEANER.clean(FetchedPage.of(html.getBytes(StandardCharsets.UTF_8)));
        assertThat(a.publishedAt()).contains("2005-08-12T16:12:21");
        assertThat(a.text()).doesNotContain("发表");
    }

    @Test
    void readsAnAspNetDateWithAmPm() {
        String html = "<html><body><div><font>作者： 来源： 发布日期： 9/17/2004 5:54:13 AM</font></div><div class=content>"
                + "<p>会议指出，今年以来全市经济运行总体平稳，工业生产稳步回升，固定资产投资保持较快增长。</p></div></body></html>";
        CleanedArticle a = CLEANER.clean(FetchedPage.of(html.getBytes(StandardCharsets.UTF_8)));
        assertThat(a.publishedAt()).contains("2004-09-17T05:54:13");
    }

    @Test
    void rejectsEmptyInput() {
        assertReason(new byte[0], Reason.EMPTY);
        assertReason("  \n\t ".getBytes(StandardCharsets.UTF_8), Reason.EMPTY);
    }

    @Test
    void rejectsPdfBytes() {
        assertReason("%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1), Reason.BINARY);
    }

    @Test
    void rejectsNulHeavyBytes() {
        byte[] b = new byte[4096];
        Arrays.fill(b, 0, 100, (byte) 'x');
        assertReason(b, Reason.BINARY);
    }

    @Test
    @Timeout(5)
    void rejectsInputOverTheSizeCap() {
        byte[] big = new byte[ArticleCleaner.DEFAULT_MAX_BYTES + 1];
        Arrays.fill(big, (byte) 'a');
        assertReason(big, Reason.TOO_LARGE);
        assertThatThrownBy(() -> ArticleCleaner.withMaxBytes(10).clean(FetchedPage.of("<p>会议召开了很久很久</p>".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOfSatisfying(CleaningException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE));
    }

    @Test
    void rejectsPageWithoutText() {
        assertReason("<html><body><div><a href=/>首页</a></div></body></html>".getBytes(StandardCharsets.UTF_8), Reason.NO_TEXT);
    }

    @Test
    @Timeout(10)
    void survivesFiveThousandNestedDivs() {
        String html = "<div>".repeat(5000) + "<p>会议指出，今年以来全市经济运行总体平稳，工业生产稳步回升。</p>" + "</div>".repeat(5000);
        CleanedArticle a = CLEANER.clean(FetchedPage.of(html.getBytes(StandardCharsets.UTF_8)));
        assertThat(a.text()).contains("经济运行总体平稳");
    }

    @Test
    @Timeout(20)
    void survivesHugePageUnderTheCap() {
        StringBuilder sb = new StringBuilder("<html><body><div class=content>");
        String para = "<p>会议指出，今年以来全市经济运行总体平稳，工业生产稳步回升，固定资产投资保持较快增长。</p>\n";
        while (sb.length() < 6_000_000) {
            sb.append(para);
        }
        CleanedArticle a = CLEANER.clean(FetchedPage.of(sb.toString().getBytes(StandardCharsets.UTF_8)));
        assertThat(a.text()).startsWith("会议指出");
    }

    private static final String ARTICLE = "<div class=content><p>3月2日，市政府召开常务会议，研究部署春季农业生产和重点项目建设工作。</p>"
            + "<p>会议强调，要压实责任，加快项目审批，确保一季度实现良好开局。</p></div></body></html>";

    @Test
    @Timeout(20)
    void findsTheArticleBehindAFiveMegabyteDataImage() {
        String html = "<html><head><title>市政府召开常务会议</title></head><body><div class=banner><img src=\"data:image/png;base64,"
                + "iVBORw0KGgoAAAANSUhEUgAA".repeat(220_000) + "\" alt=\"横幅\"></div>" + ARTICLE;
        assertThat(html.length()).isGreaterThan(5_000_000);
        CleanedArticle a = CLEANER.clean(FetchedPage.of(html.getBytes(StandardCharsets.UTF_8)));
        assertThat(a.text()).startsWith("3月2日，市政府召开常务会议").contains("确保一季度实现良好开局");
    }

    @Test
    @Timeout(20)
    void findsTheArticleBehindAHugeInlineScript() {
        String html = "<html><head><script>var tiles = [" + "\"<div>瓦片</div>\",".repeat(500_000) + "];</script>"
                + "<style>" + ".x{color:red}".repeat(100_000) + "</style></head><body>" + ARTICLE;
        assertThat(html.length()).isGreaterThan(5_000_000);
        CleanedArticle a = CLEANER.clean(FetchedPage.of(html.getBytes(StandardCharsets.UTF_8)));
        assertThat(a.text()).startsWith("3月2日，市政府召开常务会议").doesNotContain("瓦片");
    }

    @Test
    @Timeout(20)
    void theBudgetStillAppliesToVisibleText() {
        StringBuilder sb = new StringBuilder("<html><body><div class=content>");
        String para = "<p>会议指出，今年以来全市经济运行总体平稳，工业生产稳步回升，固定资产投资保持较快增长。</p>\n";
        while (sb.length() < 5_000_000) {
            sb.append(para);
        }
        sb.append("<p>这一段在预算之外，不应出现在正文里。</p></div></body></html>");
        CleanedArticle a = CLEANER.clean(FetchedPage.of(sb.toString().getBytes(StandardCharsets.UTF_8)));
        assertThat(a.text()).startsWith("会议指出").doesNotContain("预算之外");
        assertThat(a.text().length()).isLessThan(ArticleCleaner.MAX_PARSE_CHARS);
    }

    @Test
    @Timeout(10)
    void cleansATwentyMegabytePageOfInlineDataInLinearTime() {
        StringBuilder sb = new StringBuilder("<html><head><title>市政府召开常务会议</title></head><body>");
        while (sb.length() < 19_000_000) {
            sb.append("<img src=\"data:image/png;base64,").append("QUJD".repeat(5_000)).append("\"><script>f()</script>");
        }
        sb.append(ARTICLE);
        byte[] body = sb.toString().getBytes(StandardCharsets.UTF_8);
        assertThat(body.length).isGreaterThan(19_000_000).isLessThanOrEqualTo(ArticleCleaner.DEFAULT_MAX_BYTES);
        CleanedArticle a = CLEANER.clean(FetchedPage.of(body));
        assertThat(a.text()).startsWith("3月2日，市政府召开常务会议");
    }

    @Test
    @Timeout(5)
    void cleansMalformedHtml() {
        String html = "<html><body><div class=content><p>会议指出，今年以来全市经济运行总体平稳<b>工业生产<i>稳步回升</b>，"
                + "固定资产投资保持较快增长。<table><tr><td>会议要求狠抓落实，确保一季度良好开局。</div></p><<>><script>";
        CleanedArticle a = CLEANER.clean(FetchedPage.of(html.getBytes(StandardCharsets.UTF_8)));
        assertThat(a.text()).contains("经济运行总体平稳", "狠抓落实");
    }

    @Test
    void cleansPlainTextLineByLine() {
        String text = "首页 >> 新闻中心 >> 要闻\n县委召开经济工作会议\n来源: 示范县人民政府 发布时间: 2021-01-28\n\n"
                + "1月27日，县委召开经济工作会议，总结2020年工作。\n会议强调，要坚持稳中求进。\n示范县人民政府 版权所有\n";
        CleanedArticle a = CLEANER.clean(FetchedPage.of(text.getBytes(StandardCharsets.UTF_8)));
        assertThat(a.title()).contains("县委召开经济工作会议");
        assertThat(a.publishedAt()).contains("2021-01-28");
        assertThat(a.source()).contains("示范县人民政府");
        assertThat(a.text()).isEqualTo("1月27日，县委召开经济工作会议，总结2020年工作。\n会议强调，要坚持稳中求进。");
    }

    @Test
    void neverModifiesTheInputBytes() throws IOException {
        byte[] body = Files.readAllBytes(CORPUS.resolve("seeds").resolve(seeds().toList().get(3)));
        byte[] copy = body.clone();
        CLEANER.clean(FetchedPage.of(body));
        assertThat(body).isEqualTo(copy);
    }

    @Test
    @Timeout(60)
    void sharedCleanerGivesSameResultsAcrossThreads() throws Exception {
        List<byte[]> pages = new ArrayList<>();
        for (String s : seeds().toList()) {
            pages.add(Files.readAllBytes(CORPUS.resolve("seeds").resolve(s)));
        }
        List<CleanedArticle> expected = pages.stream().map(p -> CLEANER.clean(FetchedPage.of(p))).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                results.add(pool.submit(() -> {
                    for (int i = 0; i < pages.size(); i++) {
                        if (!CLEANER.clean(FetchedPage.of(pages.get(i))).equals(expected.get(i))) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> f : results) {
                assertThat(f.get(60, TimeUnit.SECONDS)).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void assertReason(byte[] body, Reason reason) {
        assertThatThrownBy(() -> CLEANER.clean(FetchedPage.of(body)))
                .isInstanceOfSatisfying(CleaningException.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }
}
