package yaowen.analytics;

import java.util.List;

/** Where each figure of an article sits in its clean text, for highlighting. Stateless. */
public final class Highlights {
    private Highlights() {
    }

    /**
     * The spans of {@code quotes} in {@code text}, ordered by start and never overlapping: each phrase is looked for
     * inside its sentence first (the same phrase may stand in several sentences), else anywhere; a quote not found
     * has no span.
     */
    public static List<Span> locate(String text, List<Quote> quotes) {
        throw new UnsupportedOperationException("ISSUE-12-STUB: written on branch i12-analytics");
    }
}
