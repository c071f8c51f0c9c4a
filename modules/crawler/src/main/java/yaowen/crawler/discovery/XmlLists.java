package yaowen.crawler.discovery;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * List pages that are XML rather than HTML: Hanweb JCMS datastores ({@code dataproxy.jsp} answers and
 * the {@code <script type="text/xml">} blocks of column pages, whose {@code <record>}s hold
 * {@code <li>} items in CDATA), RSS and Atom feeds, and sitemaps (parsed by crawler-commons).
 */
final class XmlLists {
    private static final Pattern RECORD = Pattern.compile("<record>\\s*<!\\[CDATA\\[(.*?)]]>\\s*</record>", Pattern.DOTALL);
    private static final Pattern NEXT_GROUP = Pattern.compile("<nextgroup>\\s*<!\\[CDATA\\[(.*?)]]>", Pattern.DOTALL);
    private static final Pattern TOTAL = Pattern.compile("<totalrecord>\\s*(\\d+)\\s*</totalrecord>|totalRecord\\s*[:=]\\s*(\\d+)");
    private static final Pattern PER_PAGE = Pattern.compile("perPage\\s*[:=]\\s*['\"]?(\\d+)");
    /** Records per dataproxy request beyond the embedded ones (Hanweb asks 3 pages at a time). */
    private static final int GROUP_PAGES = 3;

    private XmlLists() {
    }

    enum Kind { DATASTORE, FEED, SITEMAP, NONE }

    static Kind kind(byte[] body) {
        String head = new String(body, 0, Math.min(body.length, 2048), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        if (head.contains("<datastore")) {
            return Kind.DATASTORE;
        }
        if (head.contains("<urlset") || head.contains("<sitemapindex")) {
            return Kind.SITEMAP;
        }
        if (head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:rdf")) {
            return Kind.FEED;
        }
        return Kind.NONE;
    }

    /** Article links and the next dataproxy group of a Hanweb datastore (a whole answer or a script block). */
    static void datastore(String xml, URI page, String scriptContext, Set<URI> articles, Set<URI> pages) {
        Matcher m = RECORD.matcher(xml);
        int records = 0;
        while (m.find()) {
            records++;
            Document fragment = Jsoup.parseBodyFragment(m.group(1), page.toString());
            for (Element a : fragment.select("a[href]")) {
                Urls.parseHttp(a.absUrl("href")).filter(u -> Urls.sameSite(u, page)).ifPresent(articles::add);
            }
        }
        Matcher next = NEXT_GROUP.matcher(xml);
        if (next.find() && records > 0) {
            Element a = Jsoup.parseBodyFragment(next.group(1), page.toString()).selectFirst("a[href]");
            Optional<URI> proxy = a == null ? Optional.empty() : Urls.parseHttp(a.absUrl("href"));
            int total = total(xml + scriptContext);
            int perPage = perPage(scriptContext, records);
            int start = startRecord(page) + records;
            if (proxy.isPresent() && Urls.sameSite(proxy.get(), page) && (total < 0 || start <= total)) {
                String base = proxy.get().toString().replaceAll("[?&](startrecord|endrecord|perpage)=\\d+", "");
                String sep = base.contains("?") ? "&" : "?";
                pages.add(Urls.canonical(URI.create(base + sep + "startrecord=" + start + "&endrecord="
                        + (start + perPage * GROUP_PAGES - 1) + "&perpage=" + perPage)));
            }
        }
    }

    private static int total(String text) {
        Matcher m = TOTAL.matcher(text);
        return m.find() ? Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2)) : -1;
    }

    private static int perPage(String script, int records) {
        Matcher m = PER_PAGE.matcher(script);
        return m.find() ? Math.max(1, Integer.parseInt(m.group(1))) : Math.max(1, records / GROUP_PAGES);
    }

    private static int startRecord(URI page) {
        Matcher m = Pattern.compile("startrecord=(\\d+)").matcher(page.getRawQuery() == null ? "" : page.getRawQuery());
        return m.find() ? Integer.parseInt(m.group(1)) : 1;
    }

    /** Item links of an RSS or Atom feed. */
    static void feed(byte[] body, Optional<String> charset, URI page, Set<URI> articles) {
        String xml = new String(body, charset.filter(XmlLists::supported).map(Charset::forName).orElse(StandardCharsets.UTF_8));
        Document doc = Jsoup.parse(xml, page.toString(), Parser.xmlParser());
        for (Element link : doc.select("item > link, entry > link")) {
            String href = link.hasAttr("href") ? link.attr("href") : link.text();
            if (link.hasAttr("rel") && !link.attr("rel").equals("alternate")) {
                continue;
            }
            Urls.parseHttp(page.resolve(href.strip().replace(" ", "%20")).toString())
                    .filter(u -> Urls.sameSite(u, page)).ifPresent(articles::add);
        }
    }

    /** Article-shaped URLs of a sitemap, and the child sitemaps of a sitemap index. */
    static void sitemap(byte[] body, Optional<String> contentType, URI page, Set<URI> articles, Set<URI> pages) {
        SiteMapParser parser = new SiteMapParser(false, true);
        try {
            AbstractSiteMap map = parser.parseSiteMap(contentType.orElse("text/xml"), body, page.toURL());
            if (map instanceof SiteMapIndex index) {
                for (AbstractSiteMap child : index.getSitemaps()) {
                    Urls.parseHttp(child.getUrl().toString()).filter(u -> Urls.sameSite(u, page)).ifPresent(pages::add);
                }
            } else if (map instanceof SiteMap sm) {
                for (SiteMapURL u : sm.getSiteMapUrls()) {
                    Urls.parseHttp(u.getUrl().toString())
                            .filter(x -> Urls.sameSite(x, page) && ArticleUrlShape.matches(x)).ifPresent(articles::add);
                }
            }
        } catch (UnknownFormatException | IOException | IllegalArgumentException e) {
            // not a sitemap after all: no links
        }
    }

    private static boolean supported(String charset) {
        try {
            return Charset.isSupported(charset);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
