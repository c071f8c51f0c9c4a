package yaowen.crawler.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArticleUrlShapeTest {

    @ParameterizedTest
    @CsvSource({
            "http://a.gov.cn/art/2023/3/17/art_1234_5678.html, true",
            "http://a.gov.cn/xwzx/lyyw/202101/t20210128_123456.html, true",
            "http://a.gov.cn/xwzx/lyyw/202101/t20210128_123456.shtml, true",
            "http://a.gov.cn/pc/content/content_1234567890.html, true",
            "http://a.gov.cn/news/content_12345.htm, true",
            "http://a.gov.cn/jianghua/post_123456.html, true",
            "http://a.gov.cn/xwdt/202401/abc123.html, true",
            "http://a.gov.cn/html/2024-01/05/news_1.html, true",
            "http://a.gov.cn/2024/0105/c123a456.html, true",
            "http://a.gov.cn/xwzx/lyyw/index.html, false",
            "http://a.gov.cn/xwzx/lyyw/index_1.html, false",
            "http://a.gov.cn/xwdt/202401/index.html, false",
            "http://a.gov.cn/col/col3421/index.html, false",
            "http://a.gov.cn/pc/column/column_1015.html, false",
            "http://a.gov.cn/zwgk/202401/P020240101.pdf, false",
            "http://a.gov.cn/, false",
    })
    void classifiesCmsArticleUrls(String url, boolean article) {
        assertThat(ArticleUrlShape.matches(URI.create(url))).isEqualTo(article);
    }

    /** The regular expressions the hand-written checks replaced: the oracle. */
    private static final java.util.List<java.util.regex.Pattern> SHAPES = java.util.List.of(
            java.util.regex.Pattern.compile("/art/\\d{4}/\\d{1,2}/\\d{1,2}/art_\\d+_\\d+\\.s?html?"),
            java.util.regex.Pattern.compile(".*/t\\d{8}_\\d+\\.s?html?"),
            java.util.regex.Pattern.compile(".*/content_\\d+\\.s?html?"),
            java.util.regex.Pattern.compile(".*/post_\\d+\\.s?html?"),
            java.util.regex.Pattern.compile(".*/(19|20)\\d{2}(0[1-9]|1[0-2])/[^/]+\\.s?html?"),
            java.util.regex.Pattern.compile(".*/(19|20)\\d{2}-(0[1-9]|1[0-2])/\\d{2}/[^/]+\\.s?html?"),
            java.util.regex.Pattern.compile(".*/(19|20)\\d{2}/(0[1-9]|1[0-2])\\d{2}/[^/]+\\.s?html?"));
    private static final java.util.regex.Pattern NOT_ARTICLE =
            java.util.regex.Pattern.compile(".*/(index|list|default)(_\\d+)?\\.s?html?");

    @org.junit.jupiter.api.Test
    void agreesWithThePatternsItReplacedOnEveryCombinationOfTypicalSegments() {
        String[] dirs = {"", "/art", "/2023", "/3", "/17", "/202401", "/2024-01", "/05", "/0105", "/1913", "/2024-13",
            "/202413", "/xwzx", "/ART", "/123", "/2024", "/01"};
        String[] names = {"/art_1234_5678.html", "/art_1_2.shtml", "/art_1_.html", "/art__2.html", "/t20210128_123456.html",
            "/t2021012_1.html", "/T20210128_1.HTM", "/content_1.htm", "/content_.html", "/post_9.shtm", "/post_9.xhtml",
            "/index.html", "/index_2.html", "/index_.html", "/list.htm", "/listing.html", "/default_3.shtml", "/abc.html",
            "/.html", "/a.b.html", "/c123a456.html", "/news_1.html", "/x.pdf", "/", ""};
        int checked = 0;
        for (String a : dirs) {
            for (String b : dirs) {
                for (String c : dirs) {
                    for (String name : names) {
                        String path = a + b + c + name;
                        if (path.isEmpty()) {
                            continue;
                        }
                        URI url = URI.create("http://a.gov.cn" + path);
                        String lower = path.toLowerCase(java.util.Locale.ROOT);
                        boolean expected = !NOT_ARTICLE.matcher(lower).matches()
                                && SHAPES.stream().anyMatch(p -> p.matcher(lower).matches());
                        assertThat(ArticleUrlShape.matches(url)).as(path).isEqualTo(expected);
                        assertThat(ArticleUrlShape.isIndexPage(url)).as(path)
                                .isEqualTo(java.util.regex.Pattern.matches(".*/index_\\d+\\.s?html?", lower));
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(100_000);
    }
}
