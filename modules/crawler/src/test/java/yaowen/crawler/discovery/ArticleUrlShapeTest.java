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
}
