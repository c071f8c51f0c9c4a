package yaowen.crawler.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class XmlListsTest {
    static final URI COLUMN = URI.create("http://www.kaifeng.gov.cn/col/col123/index.html");

    static ListPageLinks discover(URI page, String body, String contentType) {
        return LinkDiscovery.discover(page, body.getBytes(StandardCharsets.UTF_8), Optional.of("UTF-8"),
                Optional.of(contentType));
    }

    @Test
    void readsHanwebScriptDatastoresAndAsksDataproxyForTheNextGroup() {
        String html = "<html><body><div id=\"4567\"><script type=\"text/xml\"><datastore>"
                + "<nextgroup><![CDATA[<a href=\"/module/web/jpage/dataproxy.jsp?page=1&appid=1&webid=3&path=/&columnid=123&unitid=4567&permissiontype=0\"></a>]]></nextgroup>"
                + "<recordset>"
                + "<record><![CDATA[<li><a href=\"/art/2024/1/5/art_123_9001.html\">龙亭区召开常务会议</a><span>2024-01-05</span></li>]]></record>"
                + "<record><![CDATA[<li><a href=\"/art/2024/1/4/art_123_9000.html\">另一篇</a><span>2024-01-04</span></li>]]></record>"
                + "</recordset></datastore></script></div>"
                + "<script>$('#4567').jpage({dataStore: dataStore, perPage: 1, totalRecord: 40});</script></body></html>";
        ListPageLinks links = discover(COLUMN, html, "text/html");
        assertThat(links.articles()).extracting(URI::getPath)
                .containsExactly("/art/2024/1/5/art_123_9001.html", "/art/2024/1/4/art_123_9000.html");
        assertThat(links.listPages()).hasSize(1);
        assertThat(links.listPages().get(0).toString()).contains("dataproxy.jsp").contains("columnid=123")
                .contains("startrecord=3&endrecord=5&perpage=1");
    }

    @Test
    void readsADataproxyAnswer() {
        URI proxy = URI.create("http://www.kaifeng.gov.cn/module/web/jpage/dataproxy.jsp?columnid=123&startrecord=46&endrecord=90&perpage=15");
        String xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?><datastore><totalrecord>47</totalrecord><recordset>"
                + "<record><![CDATA[<li><a href=\"/art/2023/12/1/art_123_100.html\">x</a></li>]]></record>"
                + "</recordset></datastore>";
        ListPageLinks links = discover(proxy, xml, "text/xml");
        assertThat(links.articles()).extracting(URI::getPath).containsExactly("/art/2023/12/1/art_123_100.html");
        assertThat(links.listPages()).isEmpty();
    }

    @Test
    void readsRssAndAtomItemsAndFindsAlternateFeeds() {
        URI feed = URI.create("http://www.nanyang.gov.cn/rss.xml");
        String rss = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>要闻</title>"
                + "<item><title>a</title><link>http://www.nanyang.gov.cn/2024/0105/a1.html</link></item>"
                + "<item><title>b</title><link>http://elsewhere.example/b.html</link></item></channel></rss>";
        assertThat(discover(feed, rss, "application/rss+xml").articles()).extracting(URI::toString)
                .containsExactly("http://www.nanyang.gov.cn/2024/0105/a1.html");
        String atom = "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>c</title>"
                + "<link rel=\"alternate\" href=\"/news/c.html\"/></entry></feed>";
        assertThat(discover(feed, atom, "application/atom+xml").articles()).extracting(URI::getPath)
                .containsExactly("/news/c.html");
        String html = "<html><head><link rel=\"alternate\" type=\"application/rss+xml\" href=\"/rss.xml\"></head></html>";
        assertThat(discover(URI.create("http://www.nanyang.gov.cn/"), html, "text/html").listPages())
                .containsExactly(feed);
    }

    @Test
    void takesArticleShapedUrlsFromSitemapsAndChildSitemapsFromAnIndex() {
        URI map = URI.create("http://www.wancheng.gov.cn/sitemap.xml");
        String urlset = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                + "<url><loc>http://www.wancheng.gov.cn/zwdt/202401/t20240105_1.html</loc></url>"
                + "<url><loc>http://www.wancheng.gov.cn/zwdt/index.html</loc></url></urlset>";
        assertThat(discover(map, urlset, "application/xml").articles()).extracting(URI::getPath)
                .containsExactly("/zwdt/202401/t20240105_1.html");
        String index = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                + "<sitemap><loc>http://www.wancheng.gov.cn/sitemap-2024.xml</loc></sitemap></sitemapindex>";
        assertThat(discover(map, index, "application/xml").listPages()).extracting(URI::getPath)
                .containsExactly("/sitemap-2024.xml");
    }

    @Test
    void identifiesArticlesByTheirCmsId() {
        assertThat(ArticleIdentity.key(URI.create("http://www.a.gov.cn/art/2023/1/27/art_1234_5678.html")))
                .contains("cms:www.a.gov.cn/art_1234_5678");
        assertThat(ArticleIdentity.key(URI.create("http://www.a.gov.cn/zwgk/202301/t20230127_123.html")))
                .isEqualTo(ArticleIdentity.key(URI.create("http://www.a.gov.cn/m/202301/t20230127_123.html")));
        assertThat(ArticleIdentity.cmsId(URI.create("http://x.cn/pc/content/content_99.html"))).contains("content_99");
        assertThat(ArticleIdentity.key(URI.create("http://x.cn/news/a1.html"))).isEmpty();
    }

    @Test
    void refusesTrapUrls() {
        UrlTraps traps = new UrlTraps(100, 6);
        assertThat(traps.trapReason(URI.create("http://x.cn/a/b/a/b/a/c.html"))).isPresent();
        assertThat(traps.trapReason(URI.create("http://x.cn/1/2/3/4/5/6/7.html"))).isPresent();
        assertThat(traps.trapReason(URI.create("http://x.cn/a.html?q=" + "x".repeat(100)))).isPresent();
        assertThat(traps.trapReason(URI.create("http://x.cn/news/202401/t20240105_1.html"))).isEmpty();
    }
}
