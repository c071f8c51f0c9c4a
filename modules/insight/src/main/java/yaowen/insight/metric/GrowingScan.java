package yaowen.insight.metric;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cues of one pattern in a text that grows at its end (a sentence read up to each of its figures in turn), each
 * match read once: {@link #last} answers what a scan of the whole text so far would find last, in time independent of
 * the text's length. Rescanning the text before each figure cost time quadratic in a long sentence.
 *
 * <p>A match, or its absence, at a position {@code reach} characters before the end can no longer change as text is
 * appended ({@code reach} counts every character its pattern and its decision read from the match's start, and each
 * reads at most {@value #LOOK_BACK} characters before it); such matches are decided once and folded, the few short of
 * that are matched again on each question. Mutable and not thread-safe: one per sentence and cue.
 *
 * @param <V> what a cue says
 */
final class GrowingScan<V> {
    /** How many characters before a match its pattern or decision may read. */
    static final int LOOK_BACK = 4;

    /** What the match {@code m} in {@code text} says; empty when it is no cue after all. */
    @FunctionalInterface
    interface Decision<V> {
        Optional<V> decide(CharSequence text, Matcher m);
    }

    private final Pattern pattern;
    private final int reach;
    private final Decision<V> decision;
    private final StringBuilder text = new StringBuilder();
    /** Where matching resumes: every match attempt before it is final. */
    private int scanFrom;
    /** What the last final cue said; empty if none. */
    private Optional<V> settled = Optional.empty();

    GrowingScan(Pattern pattern, int reach, Decision<V> decision) {
        this.pattern = pattern;
        this.reach = reach;
        this.decision = decision;
    }

    /** The length of the text so far. */
    int length() {
        return text.length();
    }

    /** The text so far. */
    CharSequence text() {
        return text;
    }

    /** Empties it. */
    void clear() {
        text.setLength(0);
        scanFrom = 0;
        settled = Optional.empty();
    }

    /** Appends {@code s} from {@code start} to {@code end}. */
    void append(CharSequence s, int start, int end) {
        text.append(s, start, end);
        int n = text.length();
        Matcher m = pattern.matcher(text);
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        m.region(scanFrom, n);
        int next = n;
        while (m.find()) {
            if (m.start() + reach > n) {
                next = m.start();
                break;
            }
            Optional<V> said = decision.decide(text, m);
            if (said.isPresent()) {
                settled = said;
            }
            onFinal(m);
            scanFrom = m.end();
        }
        scanFrom = Math.max(scanFrom, Math.min(next, n - reach + 1));
    }

    /** Called for each match once it is final, in order (a scan that keeps more than the last cue overrides it). */
    void onFinal(Matcher m) {
    }

    /** Where matching resumes: no final match starts at or after it. */
    int scanFrom() {
        return scanFrom;
    }

    /** What the last cue of the text so far says; empty if none. */
    Optional<V> last() {
        return last("");
    }

    /** What the last cue of the text so far followed by {@code provisional} says; empty if none. */
    Optional<V> last(CharSequence provisional) {
        int n = text.length();
        if (scanFrom >= n && provisional.length() == 0) {
            return settled;
        }
        int from = Math.max(0, scanFrom - LOOK_BACK);
        String tail = new StringBuilder(n - from + provisional.length()).append(text, from, n).append(provisional)
                .toString();
        Matcher m = pattern.matcher(tail);
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        m.region(scanFrom - from, tail.length());
        Optional<V> found = settled;
        while (m.find()) {
            // positions are the tail's: at least LOOK_BACK when it does not start the text, so a decision that asks
            // whether a cue opens the text (at 0) reads no false start
            Optional<V> said = decision.decide(tail, m);
            if (said.isPresent()) {
                found = said;
            }
        }
        return found;
    }
}
