package yaowen.cleaning.fields;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The elements a page's fields are read from, collected in one walk of the document (instead of one
 * selector walk per question): the first title {@code <meta>} of each kind, the first
 * {@value #MAX_HEADINGS} heading candidates ({@code h1}–{@code h3}, or a class/id that says title), the
 * first {@code h1}, and the publish-time tags ({@code <meta>} with a publish-date name, or
 * {@code itemprop=datePublished}), all in document order. Read by {@link TitleFinder} and
 * {@link PublishTimeParser}. Not thread-safe; make one per document.
 */
public final class FieldElements {
    static final int MAX_HEADINGS = 60;
    /** Title {@code <meta>} tags, in order of trust: attribute and value (compared ignoring case). */
    static final String[][] META_TITLES = {{"name", "ArticleTitle"}, {"property", "og:title"}, {"name", "title"}};

    final Element[] titleMetas = new Element[META_TITLES.length];
    final List<Element> headings = new ArrayList<>();
    final List<Element> timeTags = new ArrayList<>();
    Element firstH1;

    private FieldElements() {
    }

    /** Walks {@code doc} once; does not modify it. */
    public static FieldElements of(Document doc) {
        Objects.requireNonNull(doc, "doc");
        FieldElements f = new FieldElements();
        NodeTraversor.traverse((NodeVisitor) (node, depth) -> {
            if (node instanceof Element e) {
                f.visit(e);
            }
        }, doc);
        return f;
    }

    private void visit(Element e) {
        String tag = e.normalName();
        if ("meta".equals(tag)) {
            for (int i = 0; i < META_TITLES.length; i++) {
                if (titleMetas[i] == null && e.attr(META_TITLES[i][0]).trim().equalsIgnoreCase(META_TITLES[i][1])) {
                    titleMetas[i] = e;
                }
            }
            if ((e.hasAttr("content") || datePublished(e)) && PublishTimeParser.isPublishTimeTag(e)) {
                timeTags.add(e);
            }
            return;
        }
        if (e.attributesSize() > 0 && datePublished(e) && PublishTimeParser.isPublishTimeTag(e)) {
            timeTags.add(e);
        }
        boolean h1 = "h1".equals(tag);
        if (h1 && firstH1 == null) {
            firstH1 = e;
        }
        if (headings.size() < MAX_HEADINGS && (h1 || "h2".equals(tag) || "h3".equals(tag)
                || e.attributesSize() > 0 && (titleClass(e) || titleId(e)))) {
            headings.add(e);
        }
    }

    private static boolean datePublished(Element e) {
        return e.attr("itemprop").trim().equalsIgnoreCase("datePublished");
    }

    /** A class that says title: contains {@code tit}, {@code headline} or {@code biaoti}, or is {@code bt}. */
    private static boolean titleClass(Element e) {
        String v = e.attributes().getIgnoreCase("class");
        if (v.isEmpty()) {
            return false;
        }
        String l = v.toLowerCase(Locale.ROOT);
        return l.contains("tit") || l.equals("bt") || l.contains("headline") || l.contains("biaoti");
    }

    /** An id that says title: contains {@code title} or {@code biaoti}, or is {@code bt}. */
    private static boolean titleId(Element e) {
        String v = e.attributes().getIgnoreCase("id");
        if (v.isEmpty()) {
            return false;
        }
        String l = v.toLowerCase(Locale.ROOT);
        return l.contains("title") || l.equals("bt") || l.contains("biaoti");
    }
}
