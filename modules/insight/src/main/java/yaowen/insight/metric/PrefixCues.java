package yaowen.insight.metric;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cues of a sentence up to each of its figures ({@link MetricTiming} reads the sentence "up to the figure"),
 * each answering exactly what the {@link TemporalCues} function of the same name answers for
 * {@code sentence.substring(0, p)}, but reading the sentence once as the figures come in order rather than again
 * for every figure: a 2,000-character sentence of 150 figures no longer costs 150 rescans. A figure before one asked
 * about already (rare: figures are read in order) starts the reading over. A sentence of up to {@value #RESCAN_UP_TO}
 * characters (most) is simply rescanned: for so few figures that is cheaper than keeping the scans, and the cost per
 * character stays bounded. Mutable and not thread-safe: one per sentence.
 */
final class PrefixCues {
    private static final GrowingScan.Decision<Boolean> ANY = (text, m) -> Optional.of(Boolean.TRUE);
    private static final Pattern SINCE = Pattern.compile("以来");
    /** Sentences up to this long are rescanned for each figure. */
    static final int RESCAN_UP_TO = 300;

    private final String sentence;
    private final Optional<Integer> anchor;
    /** Whether each question rescans the sentence up to the figure (a short sentence) instead of reading on. */
    private final boolean rescan;
    private ParagraphYears years;
    private GrowingScan<Optional<String>> periods;
    private GrowingScan<Integer> explicitYears;
    private GrowingScan<Boolean> otherYears;
    private GrowingScan<Boolean> since;
    private GrowingScan<Boolean> estimates;
    private GrowingScan<Boolean> actuals;
    private GrowingScan<Boolean> targets;
    private TargetsOutsideMet targetsLeft;

    /** The cues of {@code sentence}, whose 今年/去年 count from {@code anchor}. */
    PrefixCues(String sentence, Optional<Integer> anchor) {
        this(sentence, anchor, RESCAN_UP_TO);
    }

    /** As above, rescanning sentences up to {@code rescanUpTo} characters long (tests read on from 0). */
    PrefixCues(String sentence, Optional<Integer> anchor, int rescanUpTo) {
        this.sentence = sentence;
        this.anchor = anchor;
        this.rescan = sentence.length() <= rescanUpTo;
        if (!rescan) {
            years = new ParagraphYears(anchor);
            periods = new GrowingScan<>(TemporalCues.PERIOD, TemporalCues.PERIOD_REACH, TemporalCues::periodDecision);
            explicitYears = new GrowingScan<>(TemporalCues.EXPLICIT_YEAR, 7, TemporalCues::explicitYearDecision);
            otherYears = new GrowingScan<>(TemporalCues.OTHER_YEAR, 4, ANY);
            since = new GrowingScan<>(SINCE, 2, ANY);
            estimates = new GrowingScan<>(TemporalCues.ESTIMATE, 4, ANY);
            actuals = new GrowingScan<>(TemporalCues.ACTUAL, 4, ANY);
            targets = new GrowingScan<>(TemporalCues.TARGET, 4, ANY);
            targetsLeft = new TargetsOutsideMet();
        }
    }

    private String upTo(int p) {
        return sentence.substring(0, p);
    }

    /** {@link TemporalCues#lastYear(String, Optional, Optional)} of the sentence up to {@code p}. */
    Optional<Integer> lastYear(int p, Optional<Integer> context) {
        if (rescan) {
            return TemporalCues.lastYear(upTo(p), anchor, context);
        }
        if (p < years.length()) {
            years.clear();
        }
        years.append(sentence, years.length(), p);
        return years.lastYear(context);
    }

    /** {@link TemporalCues#periodCue} of the sentence up to {@code p}. */
    Optional<String> periodCue(int p) {
        if (rescan) {
            return TemporalCues.periodCue(upTo(p));
        }
        return read(periods, p).last().orElse(Optional.empty());
    }

    /** {@link TemporalCues#explicitYear} of the sentence up to {@code p}. */
    Optional<Integer> explicitYear(int p) {
        if (rescan) {
            return TemporalCues.explicitYear(upTo(p));
        }
        return read(explicitYears, p).last();
    }

    /** {@link TemporalCues#otherYearCue} of the sentence up to {@code p}. */
    boolean otherYearCue(int p) {
        if (rescan) {
            return TemporalCues.otherYearCue(upTo(p));
        }
        return read(otherYears, p).last().isPresent();
    }

    /** Whether the sentence up to {@code p} contains 以来 (a span: 2021年以来). */
    boolean since(int p) {
        if (rescan) {
            return upTo(p).contains("以来");
        }
        return read(since, p).last().isPresent();
    }

    /** {@link TemporalCues#estimateCue} of the sentence up to {@code p}. */
    boolean estimateCue(int p) {
        if (rescan) {
            return TemporalCues.estimateCue(upTo(p));
        }
        return read(estimates, p).last().isPresent();
    }

    /** {@link TemporalCues#actualCue} of the sentence up to {@code p}. */
    boolean actualCue(int p) {
        if (rescan) {
            return TemporalCues.actualCue(upTo(p));
        }
        return read(actuals, p).last().isPresent();
    }

    /** {@link TemporalCues#targetCue} of the sentence up to {@code p}. */
    boolean targetCue(int p) {
        if (rescan) {
            return TemporalCues.targetCue(upTo(p));
        }
        if (read(targets, p).last().isEmpty()) {
            return false;
        }
        if (p < targetsLeft.length()) {
            targetsLeft.clear();
        }
        targetsLeft.append(sentence, targetsLeft.length(), p);
        return targetsLeft.holds();
    }

    private <V> GrowingScan<V> read(GrowingScan<V> scan, int p) {
        if (p < scan.length()) {
            scan.clear();
        }
        scan.append(sentence, scan.length(), p);
        return scan;
    }

    /**
     * Whether a target word is left once the phrases that say a target was met (完成目标, 超额完成 …) are taken out:
     * the second half of {@link TemporalCues#targetCue}, read as the text grows. The text with those phrases out
     * grows too, up to where no phrase can still start; it feeds a scan of target words.
     */
    private static final class TargetsOutsideMet {
        /** How many characters a phrase of {@link TemporalCues#NOT_TARGET} reads from its start. */
        private static final int REACH = 7;
        private final StringBuilder text = new StringBuilder();
        /** The text with the met-target phrases out, up to {@link #cut}. */
        private final GrowingScan<Boolean> left = new GrowingScan<>(TemporalCues.TARGET, 4, ANY);
        /** Where the text is read up to with its phrases out: no phrase found so far starts after it. */
        private int cut;

        int length() {
            return text.length();
        }

        void clear() {
            text.setLength(0);
            left.clear();
            cut = 0;
        }

        void append(CharSequence s, int start, int end) {
            text.append(s, start, end);
            int n = text.length();
            Matcher m = TemporalCues.NOT_TARGET.matcher(text);
            m.region(cut, n); // the phrases read nothing before their start
            int next = n;
            while (m.find()) {
                if (m.start() + REACH > n) {
                    next = m.start();
                    break;
                }
                left.append(text, cut, m.start());
                cut = m.end();
            }
            int settled = Math.max(cut, Math.min(next, n - REACH + 1));
            left.append(text, cut, settled);
            cut = settled;
        }

        boolean holds() {
            String rest = TemporalCues.NOT_TARGET.matcher(text.subSequence(cut, text.length())).replaceAll("");
            return left.last(rest).isPresent();
        }
    }
}
