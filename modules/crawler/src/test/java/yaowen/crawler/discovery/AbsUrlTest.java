package yaowen.crawler.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** LinkDiscovery's cheaper absolute-URL resolution gives exactly jsoup's {@code absUrl}. */
class AbsUrlTest {
    private static final String[] HREFS = {
        "t20240105_1.html", "./t20240105_2.html", "../202312/t20231201_3.html", "../../../../a.html",
        "/news/index_1.html", "/../x.html", "/./../y.html", "?page=2", "?", "#top", "", " spaced.html ",
        "a b.html", "//other.gov.cn/path", "http://Example.GOV.cn:80/a/../b.html", "https://x.gov.cn/a?b=c#d",
        "javascript:void(0)", "mailto:a@b.cn", "content_123.htm?x=1&y=2", "/art/2024/1/5/art_1_2.html",
        "新闻/中文.html", "%E4%B8%AD.html", "http://", "http:///x", "\tcontrol.html", "line\nbreak.html",
        "index.html?", "a/./b.html", "a/../b.html", "a/..", "..", ".", "dir/", "/", "x.html?a=1&b=2", "x.html?a/b",
        "X_Y-z~1.HTML", "/news/202401/t20240105_7.html", "?x=1",
    };
    private static final String[] BASES = {"http://www.kaifeng.gov.cn/news/202401/index.html", "https://x.gov.cn",
        "http://127.0.0.1:8080/a/b/c?q=1", "not a url", "HTTP://WWW.Kaifeng.GOV.cn:80/News/", "https://x.gov.cn:443/a",
        "http://x.gov.cn/a/./b/index.html", "http://user@x.gov.cn/a/", "ftp://x.gov.cn/a/", "http://x.gov.cn/a%20b/c.html"};

    /** Every href of {@link #HREFS} on every base of {@link #BASES}, with and without a {@code <base>} tag. */
    private static void forEveryAnchor(java.util.function.BiConsumer<String, Element> check) {
        for (String base : BASES) {
            for (String withBaseTag : new String[] {"", "<base href=\"http://base.gov.cn/dir/\">",
                    "<base href=\"../up/\">"}) {
                StringBuilder html = new StringBuilder("<html><head>" + withBaseTag + "</head><body>");
                for (String href : HREFS) {
                    html.append("<a href=\"").append(href.replace("\"", "&quot;")).append("\">x</a>");
                }
                Document doc = Jsoup.parse(html.append("</body></html>").toString(), base);
                doc.select("a[href]").forEach(a -> check.accept(base, a));
            }
        }
    }

    @Test
    void resolvesEveryShapeOfHrefAsJsoupDoes() {
        LinkDiscovery.Bases bases = new LinkDiscovery.Bases();
        forEveryAnchor((base, a) -> assertThat(bases.absUrl(a, "href")).as("%s on %s", a.attr("href"), base)
                .isEqualTo(a.absUrl("href")));
    }

    @Test
    void theShortcutForPlainPathsGivesWhatParsingJsoupsAbsoluteUrlGives() {
        LinkDiscovery.Bases bases = new LinkDiscovery.Bases();
        forEveryAnchor((base, a) -> assertThat(bases.resolveHttp(a)).as("%s on %s", a.attr("href"), base)
                .isEqualTo(Urls.parseHttp(a.absUrl("href"))));
    }

    @Test
    void plainPathsAreThoseWithoutSchemeAuthorityEscapesOrDotSegments() {
        assertThat(LinkDiscovery.Bases.isPlainPath("/news/202401/t20240105_1.html")).isTrue();
        assertThat(LinkDiscovery.Bases.isPlainPath("t20240105_1.html")).isTrue();
        assertThat(LinkDiscovery.Bases.isPlainPath("content_1.htm?x=1&y=2")).isTrue();
        for (String s : new String[] {"", "//h/x", "http://h/x", "a/./b", "../a", "a/..", ".", "?q", "a b", "%E4.html",
                "a#b", "中文.html", "x?a/b"}) {
            assertThat(LinkDiscovery.Bases.isPlainPath(s)).as(s).isFalse();
        }
    }
}
