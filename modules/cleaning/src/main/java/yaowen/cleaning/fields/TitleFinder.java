package yaowen.cleaning.fields;

import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Finds an article's title. A heading ({@code h1}–{@code h3}, or an element whose class/id says
 * title) that the {@code <title>} contains wins, since it carries no site suffix; otherwise the
 * {@code <title>} (or {@code og:title} / {@code ArticleTitle} meta) is used with its site suffix removed
 * ({@code …_开封市龙亭区人民政府}, {@code … - 大河网}, {@code …|新浪网}). Stateless and thread-safe.
 */
public final class TitleFinder {
    private static final Pattern SEPARATOR = Pattern.compile("\\s*(?:_+|\\||｜|\\s[-–—]+\\s|-{2,}|－{1,})\\s*");
    private static final Pattern SITE_TAIL = Pattern.compile(
            "\\s*[-—–－]\\s*[^-—–－]{2,24}(?:网|政府|门户网站|门户|网站|官网|频道|首页|新闻|中心|报|在线|之窗|平台|博客|论坛|社区|"
            + "电视台|融媒|Blog|blog|BLOG|\\.com|\\.cn|\\.net)\\s*$");

    private TitleFinder() {
    }

    /** The title of {@code doc}, without site suffix; empty when the page states none. */
    public static Optional<String> find(Document doc) {
        return find(doc, FieldElements.of(doc));
    }

    /** The title of {@code doc}, with its field elements already collected. */
    public static Optional<String> find(Document doc, FieldElements c) {
        String pageTitle = metaTitle(doc, c);
        String key = squash(pageTitle);
        int minLength = key.isEmpty() ? 0 : Math.min(key.length(), stripSuffix(pageTitle).length()) * 2;
        for (Element h : c.headings) {
            if (visibleCharsOver(h, 150)) {
                continue; // a container, not a heading: skip building its text
            }
            String t = h.text().strip();
            if (t.length() < 4 || t.length() > 150) {
                continue;
            }
            String k = squash(t);
            if (!key.isEmpty() && key.contains(k) && k.length() * 3 >= minLength) {
                return Optional.of(t);
            }
        }
        if (!pageTitle.isBlank()) {
            return Optional.of(stripSuffix(pageTitle));
        }
        Element h1 = c.firstH1;
        return h1 != null && !h1.text().isBlank() ? Optional.of(h1.text().strip()) : Optional.empty();
    }

    /**
     * Whether {@code e}'s text has more than {@code limit} characters that {@link Element#text()} and
     * {@link String#strip()} keep (not whitespace, no-break space, zero-width space or soft hyphen): then its
     * stripped text is longer than {@code limit} too. Stops counting at the limit.
     */
    private static boolean visibleCharsOver(Element e, int limit) {
        int[] count = {0};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    String s = t.getWholeText();
                    for (int i = 0; i < s.length(); i++) {
                        char c = s.charAt(i);
                        if (!Character.isWhitespace(c) && c != '\u00A0' && c != '\u200B' && c != '\u00AD' && ++count[0] > limit) {
                            return FilterResult.STOP;
                        }
                    }
                }
                return FilterResult.CONTINUE;
            }
        }, e);
        return count[0] > limit;
    }

    /** {@code title} without a trailing site or column name. */
    public static String stripSuffix(String title) {
        String t = title.strip();
        String[] parts = SEPARATOR.split(t);
        if (parts.length > 1) {
            for (String p : parts) {
                if (p.strip().length() >= 4) {
                    return p.strip();
                }
            }
        }
        String s = SITE_TAIL.matcher(t).replaceFirst("");
        return s.length() >= 4 ? s : t;
    }

    private static String metaTitle(Document doc, FieldElements c) {
        for (Element m : c.titleMetas) {
            if (m != null && !m.attr("content").isBlank()) {
                String content = m.attr("content").strip();
                String t = doc.title();
                return t.length() > content.length() && t.contains(content) ? t : content;
            }
        }
        return doc.title();
    }

    /** Text without whitespace, for comparing titles. */
    public static String squash(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u00A0' && c != '\u3000') {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
