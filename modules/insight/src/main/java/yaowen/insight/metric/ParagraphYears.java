package yaowen.insight.metric;

import yaowen.insight.metric.TemporalCues.YearCue;
import yaowen.insight.metric.TemporalCues.YearFold;

import java.util.ArrayDeque;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * The year a paragraph's text so far states, kept up to date as the walk appends its sentences, so that neither a
 * figure nor a sentence rescans the paragraph: {@link #lastYear} answers exactly what
 * {@link TemporalCues#lastYear(String, Optional, Optional)} answers over the whole text so far, in time independent of
 * its length. Reading a paragraph this way costs time linear in its length; rescanning it before each figure made
 * one long paragraph cost time quadratic in it.
 *
 * <p>Year cues are matched once, where their match can no longer change as text is appended (a match reads
 * {@link TemporalCues#YEAR_CUE_REACH} characters from its start); the few characters short of that are matched again
 * on each question. A baseline's year ("由1978年…") counts only while no figure follows it in the text so far: such
 * years wait, each with the fold of the cues after it, until a figure comes (then they are dropped for good).
 * Mutable and not thread-safe: one per walk of an article.
 */
final class ParagraphYears {
    /** A baseline year no figure follows yet, with the cues read after it (up to the next such year). */
    private static final class Waiting {
        final int end;
        final int year;
        YearFold after = YearFold.NONE;

        Waiting(int end, int year) {
            this.end = end;
            this.year = year;
        }
    }

    private final Optional<Integer> anchor;
    private final StringBuilder text = new StringBuilder();
    /** Where matching resumes: every match attempt before it is final. */
    private int scanFrom;
    /** The cues before the first waiting baseline, folded. */
    private YearFold settled = YearFold.NONE;
    private final ArrayDeque<Waiting> waiting = new ArrayDeque<>();
    /** Where the last figure hint ({@link FigureScanner#mayHoldFigure}) of the text starts; -1 if none. */
    private int lastFigureHint = -1;

    /** An empty paragraph whose 今年/去年 are counted from {@code anchor}. */
    ParagraphYears(Optional<Integer> anchor) {
        this.anchor = anchor;
    }

    /** The length of the text so far. */
    int length() {
        return text.length();
    }

    /** Empties it for the next paragraph. */
    void clear() {
        text.setLength(0);
        scanFrom = 0;
        settled = YearFold.NONE;
        waiting.clear();
        lastFigureHint = -1;
    }

    /** Appends {@code piece} (a normalised sentence) to the paragraph. */
    void append(String piece) {
        append(piece, 0, piece.length());
    }

    /** Appends {@code s} from {@code start} to {@code end}. */
    void append(CharSequence s, int start, int end) {
        int before = text.length();
        text.append(s, start, end);
        int n = text.length();
        // a hint is a digit, 百分之 or a numeral before a unit: one may straddle the old end
        for (int i = Math.max(0, before - 2); i < n; i++) {
            if (FigureScanner.startsFigureHint(text, i)) {
                lastFigureHint = Math.max(lastFigureHint, i);
            }
        }
        while (!waiting.isEmpty() && waiting.peekFirst().end <= lastFigureHint) {
            settled = settled.then(waiting.pollFirst().after); // a figure follows it: a baseline, not a year
        }
        Matcher m = region(scanFrom);
        int next = n;
        while (m.find()) {
            if (m.start() + TemporalCues.YEAR_CUE_REACH > n) {
                next = m.start(); // it may still change: matched again on each question until it cannot
                break;
            }
            settle(TemporalCues.yearCue(text, m, anchor), m.end());
            scanFrom = m.end();
        }
        scanFrom = Math.max(scanFrom, Math.min(next, n - TemporalCues.YEAR_CUE_REACH + 1));
    }

    /**
     * The last year the text so far states, as {@link TemporalCues#lastYear(String, Optional, Optional)} reads it
     * with this paragraph's anchor and {@code context}.
     */
    Optional<Integer> lastYear(Optional<Integer> context) {
        YearFold fold = settled;
        if (!waiting.isEmpty()) {
            Waiting last = waiting.peekLast(); // no figure follows it: it counts, and those before it are overwritten
            fold = new YearFold(Optional.of(last.year), false, false).then(last.after);
        }
        Matcher m = region(scanFrom);
        while (m.find()) {
            YearCue cue = TemporalCues.yearCue(text, m, anchor);
            if (cue.kind() != YearCue.Kind.BASELINE || lastFigureHint < m.end()) {
                fold = fold.then(cue);
            }
        }
        return fold.resolve(anchor, context);
    }

    private Matcher region(int from) {
        Matcher m = TemporalCues.yearMatcher(text);
        m.useTransparentBounds(true); // the cues' lookbehinds see the text before the region
        m.useAnchoringBounds(false);
        m.region(from, text.length());
        return m;
    }

    /** Adds a cue whose match is final. */
    private void settle(YearCue cue, int end) {
        if (cue.kind() == YearCue.Kind.BASELINE) {
            if (lastFigureHint >= end) {
                return; // a figure already follows it
            }
            waiting.addLast(new Waiting(end, cue.year()));
            return;
        }
        if (waiting.isEmpty()) {
            settled = settled.then(cue);
        } else {
            Waiting last = waiting.peekLast();
            last.after = last.after.then(cue);
        }
    }
}
