package yaowen.insight.metric;

import yaowen.insight.Metric;
import yaowen.insight.metric.IndicatorTaxonomy.Match;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Builds the metric that one indicator label paired with one figure states: measure and value from
 * {@link MeasureRule}, kind, year, period and preliminary from {@link MetricTiming}, unit, qualifier and range from
 * the {@link Figure}, the scope in force, and as raw text the clause from the label (when it precedes the figure)
 * to the figure's end. Rank and comparison are left empty (see {@link PeerComparison}). Stateless and thread-safe.
 */
final class MetricAssembly {
    /**
     * A multi-year average growth (年均增长, 两年平均增长, 两年均增长): a result of several years is no year's own
     * growth, so it yields no metric; a plan's 年均 target (十四五…年均增长7%) still does.
     */
    private static final Pattern SIGNING = Pattern.compile("签约|签订|引进|招引|落地");
    private static final Pattern AVERAGE = Pattern.compile("年均|平均增|平均下降|平均增速|年平均");

    private MetricAssembly() {
    }

    /** Whether {@code text} states a multi-year average (年均增长, 两年平均增长). */
    static boolean statesAverage(String text) {
        return text.indexOf('均') >= 0 && AVERAGE.matcher(text).find(); // every average names 均
    }

    /**
     * The metric of {@code label} and {@code figure} in {@code clause}; empty when the figure is no value of the
     * indicator.
     *
     * @param between     the text between label (or previous figure) and the figure's number
     * @param beforeLabel the clause text before the label ("" when the label was not in this clause)
     * @param scope       the scope in force (see {@link ScopeCue})
     */
    static Optional<Metric> assemble(SentenceSetting where, Clause clause, Match label, Figure figure, String between,
                                     String beforeLabel, Optional<String> scope) {
        return assemble(where, clause, label, figure, between, beforeLabel, scope, Optional.empty());
    }

    /**
     * As above; {@code period}, when present, is the figure's period handed out by an enumeration ("一季度、上半年
     * …分别增长a、b"): a code, or "" for the whole year.
     */
    static Optional<Metric> assemble(SentenceSetting where, Clause clause, Match label, Figure figure, String between,
                                     String beforeLabel, Optional<String> scope, Optional<String> period) {
        if (label.indicator().code().equals("SIGNED_PROJECTS")) {
            // "新签约招商引资项目23个": signing is what this indicator counts, no activity that makes it another count
            beforeLabel = SIGNING.matcher(beforeLabel).replaceAll("");
        }
        Optional<MeasureRule.Reading> reading = MeasureRule.read(label.indicator().kind(), figure, between, beforeLabel);
        if (reading.isEmpty()) {
            return Optional.empty();
        }
        String sentence = where.sentence();
        int figureAt = clause.offset() + figure.numberStart();
        MetricTiming timing = MetricTiming.of(Math.min(sentence.length(), figureAt), where);
        if (reading.get().measure() == Metric.Measure.GROWTH && timing.kind() == Metric.Kind.ACTUAL
                && statesAverage(clause.text().substring(0, Math.min(clause.text().length(), figure.numberStart())))) {
            return Optional.empty(); // "过去五年…年均增长6.9%", "两年平均增长4.6%": no single year's growth
        }
        String text = clause.text();
        String raw = text.substring(Math.max(0, label.start() < figure.start() && label.end() <= figure.start() ? label.start() : 0),
                Math.min(text.length(), figure.end()));
        Optional<String> when = period.isPresent() ? period.filter(p -> !p.isEmpty()) : timing.period();
        return Optional.of(new Metric(label.indicator().code(), label.label(), timing.kind(), timing.year(),
                when, reading.get().measure(), reading.get().value(), figure.unit(), figure.qualifier(),
                figure.range(), scope, timing.preliminary(), Optional.empty(), Optional.empty(), raw, sentence));
    }
}
