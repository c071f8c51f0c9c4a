package yaowen.insight.metric;

import yaowen.insight.Metric;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One fact stated twice is one metric. Two metrics are the same fact when indicator, kind, year, period, measure
 * and scope agree; the first statement is kept, except that an exact figure replaces an earlier qualified one
 * ("突破400亿元大关,实现414.9亿元" keeps 414.9). Rank and comparison are merged from later statements.
 */
final class Deduplicator {
    private Deduplicator() {
    }

    static List<Metric> dedupe(List<Metric> metrics) {
        List<Metric> out = new ArrayList<>();
        for (Metric m : metrics) {
            int i = indexOfSameFact(out, m);
            if (i <= -2) {
                int at = -2 - i;
                if (headlineLike(out.get(at).evidence())) {
                    out.set(at, inheritTiming(m, out.get(at)));
                }
                continue;
            }
            if (i < 0) {
                out.add(m);
                continue;
            }
            Metric kept = out.get(i);
            boolean sameValue = Math.abs(kept.value() - m.value()) <= 1e-4 * Math.max(Math.abs(kept.value()), 1e-9);
            if (!sameValue && kept.qualifier().isPresent() && m.qualifier().isEmpty()) {
                kept = m;
            } else if (!sameValue && average(kept) && !m.evidence().contains("年均") && !m.evidence().contains("平均")) {
                kept = m; // "两年平均增长3.8%", "年均增长6.9%" first: the year's own growth is the fact
            } else if (!sameValue && m.label().length() > kept.label().length() && m.label().endsWith(kept.label())) {
                kept = m; // "工业增加值增长5%,其中规模以上工业增加值增长6.3%": the indicator proper is the specific one
            }
            out.set(i, PeerComparison.with(kept, kept.rank().or(m::rank), kept.versus().or(m::versus)));
        }
        return out;
    }

    /**
     * A line without a sentence's punctuation, as short as a headline: a deck or kicker that repeats a figure of the
     * body ("18个重点项目完成投资42.5亿元以上") without the cues that date it or make it a target.
     */
    private static boolean headlineLike(String evidence) {
        return evidence.length() <= 40 && evidence.indexOf('。') < 0 && evidence.indexOf(',') < 0
                && evidence.indexOf('，') < 0 && evidence.indexOf(';') < 0;
    }

    /** The body's {@code body} with the period of the deck {@code deck} when the body names none of its own. */
    private static Metric inheritTiming(Metric body, Metric deck) {
        if (body.period().isPresent() || deck.period().isEmpty() || statesTime(body.evidence())) {
            return body;
        }
        return new Metric(body.indicator(), body.label(), body.kind(), body.year(), deck.period(), body.measure(),
                body.value(), body.unit(), body.qualifier(), body.range(), body.scope(), body.preliminary(), body.rank(),
                body.versus(), body.raw(), body.evidence());
    }

    /** Whether {@code m} states a multi-year average (年均增长, 两年平均增长) rather than the year's own figure. */
    private static boolean average(Metric m) {
        return m.raw().contains("年均") || m.raw().contains("平均");
    }

    /**
     * Whether a deck's figure and the body's same figure can be one fact: a deck that states a year, a period or a
     * kind cue of its own ("前三季度…增长8%" over a body's "去年…增长8%", "明年…力争增长9%" over a result) states
     * another fact when the body's differs; a deck that states none takes the body's timing.
     */
    private static boolean sameTiming(Metric deck, Metric body) {
        String d = deck.evidence();
        if (TemporalCues.lastYear(d, Optional.of(2000)).isPresent() && !deck.year().equals(body.year())) {
            return false;
        }
        if (TemporalCues.lastPeriod(d).isPresent() && !deck.period().equals(body.period())
                && (body.period().isPresent() || statesTime(body.evidence()))) {
            return false; // a body naming a year of its own is that whole year, not the deck's period
        }
        return deck.kind() == body.kind() || !(TemporalCues.targetCue(d) || TemporalCues.actualCue(d));
    }

    private static boolean statesTime(String text) {
        return TemporalCues.lastYear(text, Optional.of(2000)).isPresent() || TemporalCues.periodCue(text).isPresent();
    }

    private static int indexOfSameFact(List<Metric> out, Metric m) {
        boolean mHeadline = headlineLike(m.evidence());
        for (int i = 0; i < out.size(); i++) {
            Metric o = out.get(i);
            if (!o.indicator().equals(m.indicator())) {
                continue;
            }
            boolean oHeadline = headlineLike(o.evidence());
            if (oHeadline != mHeadline
                    && o.measure() == m.measure() && o.scope().equals(m.scope()) && Objects.equals(o.unit(), m.unit())
                    && Math.abs(o.value() - m.value()) <= 1e-4 * Math.max(Math.abs(o.value()), 1e-9)
                    && sameTiming(oHeadline ? o : m, oHeadline ? m : o)) {
                return -2 - i; // the same figure in a deck and in the body: the body's statement holds
            }
        }
        for (int i = 0; i < out.size(); i++) {
            Metric o = out.get(i);
            if (o.indicator().equals(m.indicator()) && o.kind() == m.kind() && o.year().equals(m.year())
                    && o.period().equals(m.period()) && o.measure() == m.measure() && o.scope().equals(m.scope())
                    && Objects.equals(o.unit(), m.unit())) {
                return i;
            }
        }
        return -1;
    }
}
