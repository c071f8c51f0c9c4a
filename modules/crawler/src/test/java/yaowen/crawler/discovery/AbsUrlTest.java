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
    };

    @Test
    void resolvesEveryShapeOfHrefAsJsoupDoes() {
        for (String base : new String[] {"http://www.kaifeng.gov.cn/news/202401/index.html",
                "https://x.gov.cn", "http://127.0.0.1:8080/a/b/c?q=1", "not a url"}) {
            for (String withBaseTag : new String[] {"", "<base href=\"http://base.gov.cn/dir/\">"}) {
                StringBuilder html = new StringBuilder("<html><head>" + withBaseTag + "</head><body>");
                for (String href : HREFS) {
                    html.append("<a href=\"").append(href.replace("\"", "&quot;")).append("\">x</a>");
                }
                Document doc = Jsoup.parse(html.append("</body></html>").toString(), base);
                LinkDiscovery.Bases bases = new LinkDiscovery.Bases();
                for (Element a : doc.select("a[href]")) {
                    assertThat(bases.absUrl(a, "href")).as("%s on %s", a.attr("href"), base).isEqualTo(a.absUrl("href"));
                }
            }
        }
    }
}
