package yaowen.cleaning.boilerplate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Turns a DOM into {@link TextBlock}s in one iterative traversal (no recursion, so nesting depth costs
 * nothing), recording for every element the range of blocks it holds. Scripts, styles, forms controls,
 * embedded objects and hidden nodes ({@code hidden}, {@code display:none}, {@code visibility:hidden})
 * are skipped. Not thread-safe; make one per document.
 */
final class BlockExtractor implements NodeFilter {
    private static final Set<String> SKIP = Set.of("script", "style", "noscript", "template", "iframe", "frame",
            "select", "option", "button", "textarea", "input", "svg", "canvas", "object", "embed", "audio", "video",
            "map", "head", "title", "meta", "link", "base", "math", "datalist", "applet", "param", "source");
    private static final Set<String> BLOCK = Set.of("address", "article", "aside", "blockquote", "center", "dd",
            "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
            "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "menu", "nav", "ol", "p",
            "pre", "section", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "ul", "caption", "body", "html",
            "text", "legend", "summary", "marquee", "frameset", "noframes", "xmp", "listing", "plaintext");

    /** An element's place: its blocks are {@code [start, end)}, its depth and cue. Post-order. */
    record Region(Element element, int start, int end, int depth, NodeCues.Cue cue) {
    }

    private final List<TextBlock> blocks = new ArrayList<>();
    private final List<Region> regions = new ArrayList<>();
    private int[] starts = new int[64];
    private int open;
    private final StringBuilder text = new StringBuilder();
    private final int maxBlocks;
    private int han;
    private int punct;
    private int other;
    private int linkChars;
    private int linkDepth;
    private int headingDepth;
    private boolean headingBlock;

    private BlockExtractor(int maxBlocks) {
        this.maxBlocks = maxBlocks;
    }

    /** Blocks and regions of {@code root}. */
    static BlockExtractor extract(Element root, int maxBlocks) {
        BlockExtractor x = new BlockExtractor(maxBlocks);
        NodeTraversor.filter(x, root);
        x.flush();
        return x;
    }

    List<TextBlock> blocks() {
        return blocks;
    }

    List<Region> regions() {
        return regions;
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (blocks.size() >= maxBlocks) {
            return FilterResult.STOP;
        }
        if (node instanceof TextNode t) {
            append(t.getWholeText());
            return FilterResult.CONTINUE;
        }
        if (!(node instanceof Element e)) {
            return FilterResult.SKIP_ENTIRELY; // comments, doctype, data
        }
        String tag = e.normalName();
        if (SKIP.contains(tag) || isHidden(e)) {
            return FilterResult.SKIP_ENTIRELY;
        }
        if ("br".equals(tag)) {
            flush();
            return FilterResult.CONTINUE;
        }
        if (BLOCK.contains(tag)) {
            flush();
        }
        if ("a".equals(tag) && e.hasAttr("href")) {
            linkDepth++;
        }
        if (tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '3') {
            headingDepth++;
        }
        if (open == starts.length) {
            starts = Arrays.copyOf(starts, open * 2);
        }
        starts[open++] = blocks.size();
        return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
        if (!(node instanceof Element e) || "br".equals(e.normalName())) {
            return FilterResult.CONTINUE;
        }
        String tag = e.normalName();
        if (BLOCK.contains(tag)) {
            flush();
        }
        if ("a".equals(tag) && e.hasAttr("href")) {
            linkDepth--;
        }
        if (tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '3') {
            headingDepth--;
        }
        int start = starts[--open];
        if (blocks.size() > start) {
            regions.add(new Region(e, start, blocks.size(), depth, NodeCues.of(e)));
        }
        return FilterResult.CONTINUE;
    }

    private void append(String s) {
        if (text.length() > 200_000) {
            flush();
        }
        text.append(s);
        boolean inLink = linkDepth > 0;
        if (headingDepth > 0) {
            headingBlock = true;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c <= ' ') {
                continue;
            }
            boolean hanChar = c >= '\u3400' && c <= '\u9FFF' || c >= '\uF900' && c <= '\uFAFF';
            if (hanChar || Character.isLetterOrDigit(c)) {
                if (inLink) {
                    linkChars++;
                } else if (hanChar) {
                    han++;
                } else {
                    other++;
                }
            } else if (!inLink && BlockScorer.isPunct(c)) {
                punct++;
            }
        }
    }

    private void flush() {
        if (han + other + linkChars > 0) {
            blocks.add(new TextBlock(text.toString(), han, punct, other, linkChars, headingBlock));
        }
        text.setLength(0);
        han = 0;
        punct = 0;
        other = 0;
        linkChars = 0;
        headingBlock = false;
    }

    private static boolean isHidden(Element e) {
        if (e.attributesSize() == 0) {
            return false; // and no empty Attributes is created
        }
        if (e.hasAttr("hidden")) {
            return true;
        }
        String style = e.attributes().getIgnoreCase("style");
        if (style.isEmpty()) {
            return false;
        }
        String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return s.contains("display:none") || s.contains("visibility:hidden");
    }
}
