package yaowen.insight.metric;

import yaowen.insight.Metric;
import yaowen.insight.nlp.Sentence;
import yaowen.insight.nlp.SentenceSplitter;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads metrics from sentences. A clause (between commas/semicolons) pairs an indicator label with the figure after
 * it ("规上工业增加值完成30亿元"); a clause without a label continues the previous indicator when it only adds a
 * measure ("实现414.9亿元", "增长5.7%"); labels joined by 、 share one figure; 分别 pairs labels with figures in
 * order. A percentage on a money or count indicator is its growth; on a rate (失业率) it is the level. Absolute
 * changes (同比增长1877元), shares (占比), completion ratios (完成目标的105%) and figures before their label are not
 * metrics. Immutable and thread-safe.
 *
 * <p>This class walks the article: tables go to {@link TableReader}; each other sentence that may hold a figure
 * goes to a {@link SentenceReader} with what the walk knows about where it sits ({@link SentenceSetting}: the
 * paragraph so far, whether a target heading is in force, the year last stated, the period the lead stated); a fact
 * stated twice is kept once ({@link Deduplicator}). A heading over results measured against a plan (计划执行情况)
 * is no target heading.
 */
public final class MetricGrammar {
    private static final Pattern NUMBERED_HEADING = Pattern.compile("[(（]?[一二三四五六七八九十\\d]+[)）、.]");

    private static final Pattern HEADING_TARGET = Pattern.compile("目标|预期|计划");
    /** "计划执行情况", "主要目标完成情况": a heading over the results measured against the plan. */
    private static final Pattern HEADING_RESULTS = Pattern.compile("执行情况|完成情况|落实情况|执行结果");

    private final IndicatorTaxonomy taxonomy;

    public MetricGrammar(IndicatorTaxonomy taxonomy) {
        this.taxonomy = Objects.requireNonNull(taxonomy, "taxonomy");
    }

    /** Metrics of {@code text} (clean, paragraphs joined by \n), one per distinct fact, in reading order. */
    public List<Metric> extract(String text, MetricContext context) {
        return extract(SentenceSplitter.split(text), context);
    }

    /** Metrics of already split sentences. */
    public List<Metric> extract(List<Sentence> sentences, MetricContext ctx) {
        return extract(sentences, ctx, () -> { });
    }

    /**
     * Metrics of already split sentences, running {@code beforeSentence} before each sentence: a caller's check that
     * may stop the walk by throwing (a time budget).
     */
    public List<Metric> extract(List<Sentence> sentences, MetricContext ctx, Runnable beforeSentence) {
        List<Metric> out = new ArrayList<>();
        int paragraph = -1;
        StringBuilder paragraphSoFar = new StringBuilder();
        boolean targetSection = false;
        Optional<Integer> contextYear = TemporalCues.explicitYear(MetricText.normalise(ctx.title()));
        Optional<String> leadPeriod = Optional.empty();
        boolean leadRead = false;
        SentenceSetting.ParagraphCues cues = SentenceSetting.ParagraphCues.NONE;
        ParagraphYears paragraphYears = new ParagraphYears(ctx.anchorYear());
        TableReader table = new TableReader(taxonomy, ctx);
        for (Sentence sentence : sentences) {
            beforeSentence.run();
            if (table.read(sentence.text(), out)) {
                continue;
            }
            String s = MetricText.normalise(sentence.text());
            if (sentence.paragraph() != paragraph) {
                paragraph = sentence.paragraph();
                paragraphSoFar.setLength(0);
                paragraphYears.clear();
                cues = SentenceSetting.ParagraphCues.NONE;
                if (sentence.index() == 0 && s.length() <= 40 && looksLikeHeading(s) && FigureScanner.scan(s).isEmpty()) {
                    targetSection = HEADING_TARGET.matcher(s).find() && !HEADING_RESULTS.matcher(s).find();
                }
            }
            if (s.length() > 2000) {
                s = s.substring(0, 2000);
            }
            if (FigureScanner.mayHoldFigure(s)) {
                if (!leadRead) { // the period the lead states with the article's first figures (一季度,全县实现…)
                    leadRead = true;
                    leadPeriod = TemporalCues.lastPeriod(paragraphSoFar + s);
                }
                // In a meeting 全年/当年 mean the meeting's years, not the year the text last stated.
                Optional<Integer> yearContext = ctx.meeting() ? Optional.empty() : contextYear;
                SentenceSetting where = new SentenceSetting(s, paragraphYears.lastYear(yearContext), targetSection,
                        ctx, yearContext, leadPeriod, contextYear, cues, new PrefixCues(s, ctx.anchorYear()));
                new SentenceReader(taxonomy, where, out).read();
            }
            Optional<Integer> stated = TemporalCues.explicitYear(s);
            if (stated.isPresent()) {
                contextYear = stated;
            }
            if (paragraphSoFar.length() < 4000) {
                paragraphSoFar.append(s);
                paragraphYears.append(s);
                cues = cues.then(s);
            }
        }
        return Deduplicator.dedupe(out);
    }

    private static boolean looksLikeHeading(String s) {
        return NUMBERED_HEADING.matcher(s).lookingAt() || !s.contains(",");
    }
}
