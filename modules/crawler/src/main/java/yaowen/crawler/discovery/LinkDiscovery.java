package yaowen.crawler.discovery;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Finds article links and pagination on a list page, without per-site selectors.
 *
 * <p>An article link is a same-site link whose path has a CMS article shape
 * ({@link ArticleUrlShape}) or, failing that, the link of an {@code <li>} or table row whose text
 * carries a date (2024-01-05, 2024/1/5, 2024年1月5日). Pagination is a same-site link whose text is
 * 下一页/下页, an {@code index_N.html} link in the page's directory, or the pages named by a TRS
 * {@code createPageHTML(count, current, "index", "html")} script. Hanweb JCMS column pages carry their
 * list in {@code <script type="text/xml">} datastores (records of {@code <li>} in CDATA, the next
 * group fetched from {@code dataproxy.jsp}); a {@code <link rel="alternate">} feed is a list page
 * too; XML bodies (datastore, RSS/Atom, sitemap) are read by their own rules.
 *
 * <p>The bytes are parsed only to find links; they are not changed. Stateless and thread-safe.
 */
public final class LinkDiscovery {
    private static final Pattern DATE = Pattern.compile("(19|20)\\d{2}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}");
    private static final Pattern CREATE_PAGE = Pattern.compile(
            "createPageHTML\\(\\s*([\\w$]+)\\s*,\\s*([\\w$]+)\\s*,\\s*[\"']([^\"']+)[\"']\\s*,\\s*[\"']([^\"']+)[\"']");
    private static final int MAX_SCRIPT_PAGES = 200;
    /** Attachments and media: never list or article pages. */
    private static final Set<String> BINARY_EXTENSIONS = Set.of("pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx",
            "wps", "et", "ofd", "zip", "rar", "7z", "jpg", "jpeg", "png", "gif", "bmp", "mp4", "mp3", "avi", "flv", "swf",
            "exe", "apk", "txt", "xml");

    /*
     * Selectors parsed once: jsoup parses a query string on every select() call, and clearing the
     * parser's buffers cost more than the selection itself. These evaluators hold no state.
     */
    private static final Evaluator XML_SCRIPT = QueryParser.parse("script[type=text/xml]");
    private static final Evaluator FEED_LINK = QueryParser.parse(
            "link[rel=alternate][type~=(?i)application/(rss|atom)\\+xml][href]");

    private LinkDiscovery() {
    }

    /** The elements discovery reads, collected in one walk over the document (a select each cost a walk). */
    private record Elements(List<Element> scripts, List<Element> feeds, List<Element> anchors) {
        static Elements of(Document doc) {
            Elements e = new Elements(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
            for (Element el : doc.getAllElements()) {
                switch (el.normalName()) {
                    case "script" -> e.scripts.add(el);
                    case "link" -> {
                        if (FEED_LINK.matches(doc, el)) {
                            e.feeds.add(el);
                        }
                    }
                    case "a" -> {
                        if (el.hasAttr("href")) {
                            e.anchors.add(el);
                        }
                    }
                    default -> {
                    }
                }
            }
            return e;
        }
    }

    /**
     * The anchor's text, trimmed, for the pagination check: a lone text child read directly (its
     * whitespace normalised as {@link Element#text()} normalises it, {@code &nbsp;} included), anything
     * else through {@code text()}, which walks the subtree.
     */
    private static String anchorText(Element a) {
        if (a.childNodeSize() == 1 && a.childNode(0) instanceof org.jsoup.nodes.TextNode t) {
            return t.text().trim().strip();
        }
        return a.text().strip();
    }

    /** Whether a URL names an attachment or media file (by the extension of its last segment). */
    private static boolean isBinary(URI url) {
        String path = url.getRawPath();
        if (path == null) {
            return false;
        }
        int dot = path.lastIndexOf('.');
        if (dot < 0 || path.indexOf('/', dot) >= 0) {
            return false;
        }
        return BINARY_EXTENSIONS.contains(path.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /**
     * Discovers links on a list page.
     *
     * @param pageUrl the page's final URL (relative links resolve against it, or its {@code <base>})
     * @param body    the page's bytes
     * @param charset the charset from the HTTP header, if any; otherwise jsoup reads the
     *                {@code <meta>} charset or assumes UTF-8
     */
    public static ListPageLinks discover(URI pageUrl, byte[] body, Optional<String> charset) {
        return discover(pageUrl, body, charset, Optional.empty());
    }

    /**
     * Discovers links on a list page, which may also be XML: a Hanweb {@code dataproxy.jsp}
     * datastore, an RSS or Atom feed, or a sitemap (article-shaped URLs only; a sitemap index yields
     * its child sitemaps as list pages).
     *
     * @param contentType the Content-Type header, if any
     */
    public static ListPageLinks discover(URI pageUrl, byte[] body, Optional<String> charset,
                                         Optional<String> contentType) {
        URI self = Urls.canonical(pageUrl);
        Set<URI> articles = new LinkedHashSet<>();
        Set<URI> pages = new LinkedHashSet<>();
        switch (XmlLists.kind(body)) {
            case DATASTORE -> {
                XmlLists.datastore(new String(body, charset.filter(LinkDiscovery::supported)
                        .map(java.nio.charset.Charset::forName).orElse(java.nio.charset.StandardCharsets.UTF_8)),
                        self, "", articles, pages);
                return links(self, articles, pages);
            }
            case FEED -> {
                XmlLists.feed(body, charset, self, articles);
                return links(self, articles, pages);
            }
            case SITEMAP -> {
                XmlLists.sitemap(body, contentType, self, articles, pages);
                return links(self, articles, pages);
            }
            default -> {
            }
        }
        Document doc = parse(pageUrl, body, charset);
        Elements found = Elements.of(doc);
        String scripts = found.scripts.stream().map(Element::data).collect(java.util.stream.Collectors.joining("\n"));
        for (Element script : found.scripts) {
            if (XML_SCRIPT.matches(doc, script)) {
                XmlLists.datastore(script.data(), self, scripts, articles, pages);
            }
        }
        for (Element feed : found.feeds) {
            Urls.parseHttp(feed.absUrl("href")).filter(u -> Urls.sameSite(u, self)).ifPresent(pages::add);
        }
        Bases bases = new Bases();
        for (Element a : found.anchors) {
            Optional<URI> parsed = bases.resolveHttp(a);
            if (parsed.isEmpty() || !Urls.sameSite(parsed.get(), self) || parsed.get().equals(self)) {
                continue;
            }
            URI url = parsed.get();
            if (isBinary(url)) {
                continue;
            }
            String text = anchorText(a);
            if (text.contains("下一页") || text.equals("下页")) {
                pages.add(url);
            } else if (ArticleUrlShape.matches(url)) {
                articles.add(url);
            } else if (ArticleUrlShape.isIndexPage(url) && sameDirectory(url, self)) {
                pages.add(url);
            } else if (inDatedItem(a) && !looksLikeList(url)) {
                articles.add(url);
            }
        }
        pages.addAll(scriptPages(found.scripts, self));
        return links(self, articles, pages);
    }

    /**
     * {@link Element#absUrl}, cheaper: the base URL is parsed once per page instead of once per link,
     * and jsoup's control-character stripping (a regex replacement over every character, twice per
     * link) runs only on the rare href or base that has any. Same result as jsoup's
     * {@code StringUtil.resolve}, whose steps {@link #resolve} repeats.
     */
    static final class Bases {
        private static final Pattern EXTRA_DOT_SEGMENTS = Pattern.compile("^/(?>(?>\\.\\.?/)+)");
        private String baseUri;
        private java.net.URL base;
        /** For {@link #resolveHttp}: the base whose origin and directory are known, and them. */
        private String simpleBaseUri;
        private String origin;
        private String directory;

        /**
         * {@code Urls.parseHttp(absUrl(a, "href"))}, with a shortcut for the common href: a path
         * (root-relative or relative to the base's directory) of plain characters, without dot
         * segments, scheme or fragment, on an http(s) base. Such an href resolves to the base's
         * canonical origin (and directory) followed by the href, which is canonical already, so it
         * is parsed once instead of three times.
         */
        Optional<URI> resolveHttp(Element a) {
            String rel = a.attr("href");
            if (isPlainPath(rel) && hasSimpleBase(a.baseUri())) {
                String abs = rel.charAt(0) == '/' ? origin + rel : origin + directory + rel;
                try {
                    return Optional.of(new URI(abs));
                } catch (URISyntaxException e) {
                    // fall through to the general path
                }
            }
            return Urls.parseHttp(absUrl(a, "href"));
        }

        /** Whether the page's base is a plain http(s) URL; sets {@link #origin} and {@link #directory}. */
        private boolean hasSimpleBase(String baseUri) {
            if (baseUri.equals(simpleBaseUri)) {
                return origin != null;
            }
            simpleBaseUri = baseUri;
            origin = null;
            try {
                URI b = new URI(baseUri);
                String scheme = b.getScheme() == null ? "" : b.getScheme().toLowerCase(Locale.ROOT);
                String path = b.getRawPath();
                if (!(scheme.equals("http") || scheme.equals("https")) || b.getHost() == null
                        || b.getRawUserInfo() != null || path == null || !isPlainPath(path.isEmpty() ? "/" : path)
                        || hasControlChars(baseUri)) {
                    return false;
                }
                int port = b.getPort();
                boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80)
                        || (scheme.equals("https") && port == 443);
                origin = scheme + "://" + b.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
                directory = path.isEmpty() ? "/" : path.substring(0, path.lastIndexOf('/') + 1);
                return true;
            } catch (URISyntaxException e) {
                return false;
            }
        }

        /**
         * A non-empty path of unreserved characters ({@code A-Z a-z 0-9 - _ . ~}) and slashes, with an
         * optional query of the same and {@code = &}: no scheme, authority ({@code //}), fragment,
         * escapes, spaces or dot segments.
         */
        static boolean isPlainPath(String s) {
            int n = s.length();
            if (n == 0 || s.charAt(0) == '?' || s.startsWith("//")) {
                return false;
            }
            boolean query = false;
            int segmentStart = 0;
            for (int i = 0; i <= n; i++) {
                boolean end = i == n;
                char c = end ? 0 : s.charAt(i);
                if (!query && (end || c == '/' || c == '?')) {
                    int len = i - segmentStart;
                    if ((len == 1 && s.charAt(segmentStart) == '.')
                            || (len == 2 && s.charAt(segmentStart) == '.' && s.charAt(segmentStart + 1) == '.')) {
                        return false; // a dot segment
                    }
                    segmentStart = i + 1;
                    query = c == '?';
                    continue;
                }
                if (end) {
                    break;
                }
                boolean plain = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-'
                        || c == '_' || c == '.' || c == '~' || (query && (c == '=' || c == '&'));
                if (!plain) {
                    return false;
                }
            }
            return true;
        }

        String absUrl(Element a, String key) {
            if (!a.hasAttr(key)) {
                return "";
            }
            String rel = a.attr(key);
            String baseUri = a.baseUri();
            if (hasControlChars(rel) || hasControlChars(baseUri)) {
                return a.absUrl(key);
            }
            if (!baseUri.equals(this.baseUri)) {
                this.baseUri = baseUri;
                try {
                    base = new java.net.URL(baseUri);
                } catch (java.net.MalformedURLException e) {
                    base = null;
                }
            }
            if (base == null) {
                return a.absUrl(key);
            }
            try {
                return resolve(base, rel);
            } catch (java.net.MalformedURLException | IllegalArgumentException e) {
                return a.absUrl(key);
            }
        }

        /** jsoup's {@code StringUtil.resolve(URL, String)} for a {@code rel} without control characters. */
        static String resolve(java.net.URL base, String rel) throws java.net.MalformedURLException {
            if (rel.startsWith("?")) {
                rel = base.getPath() + rel;
            }
            java.net.URL url = new java.net.URL(base, rel);
            String file = EXTRA_DOT_SEGMENTS.matcher(url.getFile()).replaceFirst("/");
            if (url.getRef() != null) {
                file = file + "#" + url.getRef();
            }
            return new java.net.URL(url.getProtocol(), url.getHost(), url.getPort(), file).toExternalForm();
        }

        private static boolean hasControlChars(String s) {
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) < 0x20) {
                    return true;
                }
            }
            return false;
        }
    }

    private static ListPageLinks links(URI self, Set<URI> articles, Set<URI> pages) {
        pages.remove(self);
        pages.removeAll(articles);
        articles.remove(self);
        return new ListPageLinks(articles.stream().toList(), pages.stream().toList());
    }

    private static Document parse(URI pageUrl, byte[] body, Optional<String> charset) {
        String name = charset.filter(LinkDiscovery::supported).orElse(null);
        if (name != null && !startsWithBom(body)) {
            // what jsoup's stream parse does with a given charset, with the bytes decoded in one go
            return Jsoup.parse(new String(body, Charset.forName(name)), pageUrl.toString());
        }
        try {
            return Jsoup.parse(new ByteArrayInputStream(body), name, pageUrl.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen on a byte array
        }
    }

    /** A byte-order mark, which jsoup lets override the declared charset. */
    private static boolean startsWithBom(byte[] b) {
        return b.length >= 2 && ((b[0] == (byte) 0xFE && b[1] == (byte) 0xFF) || (b[0] == (byte) 0xFF && b[1] == (byte) 0xFE))
                || b.length >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF
                || b.length >= 4 && b[0] == 0 && b[1] == 0 && b[2] == (byte) 0xFE && b[3] == (byte) 0xFF;
    }

    private static boolean supported(String charset) {
        try {
            return Charset.isSupported(charset);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean inDatedItem(Element a) {
        Element item = a.closest("li, tr");
        return item != null && DATE.matcher(item.text()).find();
    }

    private static boolean looksLikeList(URI url) {
        String path = url.getRawPath() == null ? "" : url.getRawPath().toLowerCase(Locale.ROOT);
        return path.endsWith("/") || path.matches(".*/(index|list|default)(_\\d+)?\\.s?html?")
                || path.contains("/col/") || path.contains("/column");
    }

    private static boolean sameDirectory(URI a, URI b) {
        return directory(a).equals(directory(b));
    }

    private static String directory(URI u) {
        String path = u.getRawPath() == null ? "/" : u.getRawPath();
        return path.substring(0, path.lastIndexOf('/') + 1);
    }

    /** Pages named by {@code createPageHTML(count, current, prefix, ext)}: prefix.ext, prefix_1.ext, …. */
    private static Set<URI> scriptPages(List<Element> scripts, URI self) {
        Set<URI> out = new LinkedHashSet<>();
        for (Element script : scripts) {
            String code = script.data();
            Matcher m = CREATE_PAGE.matcher(code);
            while (m.find()) {
                Integer count = value(m.group(1), code);
                if (count == null || count <= 1) {
                    continue;
                }
                String prefix = m.group(3);
                String ext = m.group(4);
                if (!prefix.matches("[\\w-]+") || !ext.matches("\\w+")) {
                    continue;
                }
                for (int i = 0; i < Math.min(count, MAX_SCRIPT_PAGES); i++) {
                    out.add(Urls.canonical(self.resolve(i == 0 ? prefix + "." + ext : prefix + "_" + i + "." + ext)));
                }
            }
        }
        return out;
    }

    /** A literal integer, or the integer assigned to the identifier in the same script. */
    private static Integer value(String token, String code) {
        if (token.matches("\\d+")) {
            return Integer.valueOf(token);
        }
        Matcher m = Pattern.compile("\\b" + Pattern.quote(token) + "\\s*=\\s*(\\d+)").matcher(code);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }
}
