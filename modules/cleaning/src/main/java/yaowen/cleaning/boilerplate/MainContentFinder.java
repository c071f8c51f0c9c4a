package yaowen.cleaning.boilerplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jsoup.nodes.Element;
import yaowen.cleaning.boilerplate.BlockExtractor.Region;
import yaowen.cleaning.boilerplate.NodeCues.Cue;

/**
 * Finds the main content of an HTML page: the subtree whose blocks have the highest total
 * {@link BlockScorer#weight weight}. Text in chrome-cued subtrees (nav, footer, share, related …) counts
 * at most zero unless that subtree holds most of the page's prose, body-cued subtrees (TRS_Editor,
 * zoom, content …) get a bonus, and on a tie the deeper element wins. Inside the winner, chrome-cued
 * sub-blocks and link lists are dropped. Work is linear in the number of nodes. Stateless and
 * thread-safe.
 */
public final class MainContentFinder {
    /** Blocks beyond this many are ignored (a page this long is a dump, not an article). */
    static final int MAX_BLOCKS = 50_000;
    static final double NEG_FACTOR = 0.4;
    static final double NEG_CAP = -20;
    /** What a whole link list can cost the subtrees that hold it. */
    static final double LINK_LIST_PENALTY = 12;

    private MainContentFinder() {
    }

    /**
     * Every text block of the page and the range of them that is the article.
     *
     * @param blocks  all blocks in document order
     * @param start   index of the first content block
     * @param end     index after the last content block
     * @param content the content blocks with chrome-cued parts and link lists removed
     */
    public record Extraction(List<TextBlock> blocks, int start, int end, List<TextBlock> content) {
        public Extraction {
            blocks = List.copyOf(blocks);
            content = List.copyOf(content);
        }
    }

    /** The main content under {@code root} (usually the document's {@code body}); never modifies it. */
    public static Extraction find(Element root) {
        Objects.requireNonNull(root, "root");
        BlockExtractor x = BlockExtractor.extract(root, MAX_BLOCKS);
        List<TextBlock> blocks = x.blocks();
        int n = blocks.size();
        if (n == 0) {
            return new Extraction(blocks, 0, 0, List.of());
        }
        double[] positive = new double[n + 1];
        for (int i = 0; i < n; i++) {
            positive[i + 1] = positive[i] + Math.max(0, BlockScorer.weight(blocks.get(i)));
        }
        double totalPositive = positive[n];
        // Chrome cues count unless the cued subtree carries most of the page's prose.
        List<Region> regions = x.regions();
        int[] cover = new int[n + 1];
        List<Region> negatives = new ArrayList<>();
        for (Region r : regions) {
            if (r.cue() == Cue.NEGATIVE && positive[r.end()] - positive[r.start()] < 0.5 * totalPositive) {
                cover[r.start()]++;
                cover[r.end()]--;
                negatives.add(r);
            }
        }
        double[] eff = new double[n + 1];
        int[] depthCover = new int[n];
        int running = 0;
        for (int i = 0; i < n; i++) {
            running += cover[i];
            depthCover[i] = running;
            double w = BlockScorer.weight(blocks.get(i));
            if (running > 0) {
                w = Math.min(w, 0);
            }
            eff[i + 1] = eff[i] + (w < 0 ? Math.max(w, NEG_CAP) * NEG_FACTOR : w);
        }
        // A link list (a menu, a list of headlines, a reference list) costs its ancestors one bounded
        // penalty, however many entries it has: a long list of links inside an article must not outweigh the
        // article's prose. Adjustments go into a Fenwick tree so that nested lists are bounded once.
        LinkListBound bound = new LinkListBound(blocks);
        Region best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Region r : regions) { // post-order: children before parents, so ties keep the deeper one
            double s = eff[r.end()] - eff[r.start()] + bound.adjustment(r.start(), r.end());
            if (s < -LINK_LIST_PENALTY && bound.isLinkList(r)) {
                bound.raise(r.start(), -LINK_LIST_PENALTY - s);
                s = -LINK_LIST_PENALTY;
            }
            if (r.cue() == Cue.POSITIVE && s > 0) {
                s = s * 1.15 + 15;
            }
            if (s > bestScore) {
                bestScore = s;
                best = r;
            }
        }
        int start = best == null ? 0 : best.start();
        int end = best == null ? n : best.end();
        int inherited = best == null ? 0 : coverOf(best, negatives);
        List<TextBlock> content = new ArrayList<>();
        for (int i = start; i < end; i++) {
            TextBlock b = blocks.get(i);
            if (depthCover[i] - inherited > 0 || BlockScorer.isLinkList(b)) {
                continue;
            }
            content.add(b);
        }
        return new Extraction(blocks, start, end, content);
    }

    /** How many counted chrome regions contain {@code r} itself (ancestors or self). */
    private static int coverOf(Region r, List<Region> negatives) {
        int c = 0;
        for (Region neg : negatives) {
            if (neg.start() <= r.start() && neg.end() >= r.end() && neg.depth() <= r.depth()) {
                c++;
            }
        }
        return c;
    }

    /**
     * Link-list regions and the score adjustments their bounds make, summed over block ranges with a
     * Fenwick tree (O(log n) per region, so the whole pass stays near-linear).
     */
    private static final class LinkListBound {
        private static final java.util.Set<String> LIST_TAGS = java.util.Set.of("ul", "ol", "dl", "table", "tbody");
        private final int[] linkPrefix;
        private final int[] sigPrefix;
        private final int[] punctPrefix;
        private final double[] tree;

        LinkListBound(List<TextBlock> blocks) {
            int n = blocks.size();
            linkPrefix = new int[n + 1];
            sigPrefix = new int[n + 1];
            punctPrefix = new int[n + 1];
            for (int i = 0; i < n; i++) {
                TextBlock b = blocks.get(i);
                linkPrefix[i + 1] = linkPrefix[i] + b.linkChars();
                sigPrefix[i + 1] = sigPrefix[i] + b.significant();
                punctPrefix[i + 1] = punctPrefix[i] + b.punct();
            }
            tree = new double[n + 1];
        }

        /** At least three blocks, most characters in links, and little sentence punctuation. */
        boolean isLinkList(Region r) {
            int links = linkPrefix[r.end()] - linkPrefix[r.start()];
            int sig = sigPrefix[r.end()] - sigPrefix[r.start()];
            int punct = punctPrefix[r.end()] - punctPrefix[r.start()];
            if (r.end() - r.start() < 3) {
                return false;
            }
            boolean dataList = LIST_TAGS.contains(r.element().normalName()) && links * 2 < sig;
            boolean menu = links * 10 >= sig * 6 && punct * 20 <= sig;
            return dataList || menu;
        }

        double adjustment(int start, int end) {
            return prefix(end) - prefix(start);
        }

        void raise(int at, double delta) {
            for (int i = at + 1; i < tree.length; i += i & -i) {
                tree[i] += delta;
            }
        }

        private double prefix(int count) {
            double s = 0;
            for (int i = count; i > 0; i -= i & -i) {
                s += tree[i];
            }
            return s;
        }
    }
}
