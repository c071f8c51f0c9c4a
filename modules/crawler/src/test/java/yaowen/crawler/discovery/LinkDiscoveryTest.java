package yaowen.crawler.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LinkDiscoveryTest {

    static byte[] page(String name) throws IOException {
        try (InputStream in = LinkDiscoveryTest.class.getResourceAsStream("/pages/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void findsTrsArticlesAndCreatePageHtmlPagination() throws IOException {
        URI url = URI.create("http://www.longting.gov.cn/xwzx/lyyw/index.html");
        ListPageLinks links = LinkDiscovery.discover(url, page("trs/list.html"), Optional.of("UTF-8"));
        assertThat(links.articles()).extracting(URI::toString).containsExactly(
                "http://www.longting.gov.cn/xwzx/lyyw/202401/t20240105_512345.html",
                "http://www.longting.gov.cn/xwzx/lyyw/202401/t20240110_512399.html",
                "http://www.longting.gov.cn/xwzx/lyyw/202101/t20210128_123456.html");
        assertThat(links.listPages()).extracting(URI::toString).containsExactly(
                "http://www.longting.gov.cn/xwzx/lyyw/index_1.html",
                "http://www.longting.gov.cn/xwzx/lyyw/index_2.html");
    }

    @Test
    void findsGbkDistrictPlatformArticlesWithOrWithoutTheHeaderCharset() throws IOException {
        URI url = URI.create("http://www.xiangfu.gov.cn/pc/column/column_1015.html");
        for (Optional<String> charset : java.util.List.of(Optional.of("GBK"), Optional.<String>empty())) {
            ListPageLinks links = LinkDiscovery.discover(url, page("henan-gbk/list.html"), charset);
            assertThat(links.articles()).extracting(URI::getPath).containsExactly(
                    "/pc/content/content_1748291034.html", "/pc/content/content_1748291101.html");
            assertThat(links.listPages()).extracting(URI::getPath).containsExactly("/pc/column/column_1015_2.html");
        }
    }

    @Test
    void findsHanwebArticlesOnTheSameSiteAndTheNextPageLink() throws IOException {
        URI url = URI.create("http://www.wancheng.gov.cn/col/col3421/index.html");
        ListPageLinks links = LinkDiscovery.discover(url, page("hanweb/list.html"), Optional.of("UTF-8"));
        assertThat(links.articles()).extracting(URI::toString).containsExactly(
                "http://www.wancheng.gov.cn/art/2025/2/13/art_3421_45678.html",
                "http://www.wancheng.gov.cn/art/2024/1/12/art_3421_45001.html");
        assertThat(links.listPages()).extracting(URI::toString)
                .containsExactly("http://www.wancheng.gov.cn/col/col3421/index.html?uid=7788&pageNum=2");
    }

    @Test
    void findsDatedListItemsAndDateShapedPathsOnAnUnknownCms() throws IOException {
        URI url = URI.create("https://www.example.gov.cn/news/index.html");
        ListPageLinks links = LinkDiscovery.discover(url, page("generic/list.html"), Optional.empty());
        assertThat(links.articles()).extracting(URI::toString).containsExactly(
                "https://www.example.gov.cn/news/show.php?id=8812",
                "https://www.example.gov.cn/html/2024-01/05/news_1123.html",
                "https://www.example.gov.cn/html/2024/0105/c123a4567.html");
        assertThat(links.listPages()).extracting(URI::toString).containsExactly(
                "https://www.example.gov.cn/news/index_2.html", "https://www.example.gov.cn/news/index_3.html");
    }

    @Test
    void toleratesAnUnknownCharsetNameAndEmptyBodies() {
        URI url = URI.create("http://a.gov.cn/");
        assertThat(LinkDiscovery.discover(url, new byte[0], Optional.of("x-unknown")).articles()).isEmpty();
        byte[] pdf = "%PDF-1.4\n\u00e2\u00e3".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(LinkDiscovery.discover(url, pdf, Optional.empty()).listPages()).isEmpty();
    }

    @Test
    void decodingTheBytesAtOnceBuildsTheDocumentJsoupsStreamParseBuilds() throws IOException {
        byte[] malformed = "<html><body><a href=\"/a/t20240105_1.html\">\u6807\u9898</a>\u00ff\u00fe</body></html>"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        Object[][] cases = {{page("trs/list.html"), "UTF-8"}, {page("hanweb/list.html"), "UTF-8"},
            {page("generic/list.html"), "UTF-8"}, {page("henan-gbk/list.html"), "GBK"}, {page("henan-gbk/list.html"), "UTF-8"},
            {malformed, "UTF-8"}};
        for (Object[] c : cases) {
            byte[] bytes = (byte[]) c[0];
            String charset = (String) c[1];
            String base = "http://www.a.gov.cn/news/index.html";
            String streamed = org.jsoup.Jsoup.parse(new java.io.ByteArrayInputStream(bytes), charset, base).outerHtml();
            String decoded = org.jsoup.Jsoup.parse(new String(bytes, java.nio.charset.Charset.forName(charset)), base)
                    .outerHtml();
            assertThat(decoded).isEqualTo(streamed);
        }
    }

    @Test
    void readsPaginationLabelsWhateverTheirWhitespace() {
        URI url = URI.create("http://www.a.gov.cn/news/index.html");
        String html = "<html><body><ul><li><a href=\"/news/202401/t20240105_1.html\">标题</a></li></ul>"
                + "<a href=\"/news/more_2.html\">&nbsp;下页&nbsp;</a><a href=\"/news/more_3.html\">\n\t下页 </a>"
                + "<a href=\"/news/more_4.html\"><span>下一页</span></a><a href=\"/news/more_5.html\">下&nbsp;页</a></body></html>";
        ListPageLinks links = LinkDiscovery.discover(url, html.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                Optional.of("UTF-8"));
        assertThat(links.listPages()).extracting(URI::toString).containsExactly("http://www.a.gov.cn/news/more_2.html",
                "http://www.a.gov.cn/news/more_3.html", "http://www.a.gov.cn/news/more_4.html");
    }
}
