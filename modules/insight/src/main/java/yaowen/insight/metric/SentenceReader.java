package yaowen.insight.metric;

import yaowen.insight.Metric;
import yaowen.insight.metric.IndicatorTaxonomy.Match;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pairs the indicator labels of one sentence with its figures, clause by clause ({@link Clause}), and appends the
 * metrics they state ({@link MetricAssembly}) to a list. A figure belongs to the last label before it in its
 * clause; labels enumerated with 、/和 share it and 分别 hands out figures in order ({@link LabelEnumeration}); a
 * clause without a label continues the previous indicator when it only adds a measure ("实现414.9亿元", "增长5.7%").
 * A label followed by a share (占比) ends the run. A rank or peer comparison ({@link PeerComparison}) goes to the
 * last metric of the sentence. Not thread-safe: one reader per sentence.
 */
final class SentenceReader {
    private static final Pattern SHARE = Pattern.compile("^(占比|比重|占全|占GDP|占生产总值|的比重|占)");
    private static final Pattern CONTINUATION = Pattern.compile(
            "^(其中)?(\\d{4}年(?:底|末|全年)?|全年|年均|今年|去年|当年)?(同比|比上年|较上年)?(增长|增速|增幅|下降|减少|回落|实现|完成|达到|达|为|是|总量|规模)?(约|近|接近|超过|突破)?$");
    /** "签约项目18个,总投资168.5亿元": the total of the signed projects is the contracted investment. */
    private static final Pattern SIGNED_TOTAL = Pattern.compile("^(?:协议|计划|合同)?总投资(?:额)?");

    private final IndicatorTaxonomy taxonomy;
    private final SentenceSetting where;
    private final List<Metric> out;
    private Match lastLabel;
    private List<Match> lastGroup = List.of();
    private Optional<String> scope = Optional.empty();
    private int lastMetricIndex = -1;
    private boolean previousClauseEmitted;

    /** A reader of the sentence of {@code where} that appends its metrics to {@code out}. */
    SentenceReader(IndicatorTaxonomy taxonomy, SentenceSetting where, List<Metric> out) {
        this.taxonomy = taxonomy;
        this.where = where;
        this.out = out;
    }

    /** Reads the sentence once, appending its metrics to the list in reading order. */
    void read() {
        for (Clause clause : Clause.split(where.sentence())) {
            clause(clause);
        }
    }

    private void clause(Clause c) {
        String clause = c.text();
        List<Match> labels = new ArrayList<>();
        for (Match l : taxonomy.find(clause)) {
            if (SHARE.matcher(clause.substring(l.end())).find()) {
                lastLabel = null;
                lastGroup = List.of();
                previousClauseEmitted = false;
                return; // a share of something (经济总量占比…) is not the indicator itself
            }
            labels.add(l);
        }
        if (labels.isEmpty() && lastLabel != null && lastLabel.indicator().code().equals("SIGNED_PROJECTS")) {
            Matcher total = SIGNED_TOTAL.matcher(clause);
            if (total.find()) {
                taxonomy.byCode("CONTRACTED_INVESTMENT").ifPresent(ind ->
                        labels.add(new Match(ind, total.group(), total.start(), total.end())));
            }
        }
        List<Figure> figures = FigureScanner.scan(clause);
        int sizeBefore = out.size();
        boolean[] used = new boolean[labels.size()];
        int prevFigureEnd = 0;
        int respectively = clause.indexOf("分别");
        List<Match> respectiveChain = null;
        for (int fi = 0; fi < figures.size(); fi++) {
            Figure f = figures.get(fi);
            if (f.unit().equals(UnitNormaliser.PP)) {
                versus(clause);
                prevFigureEnd = f.end();
                continue;
            }
            int li = LabelEnumeration.lastLabelBefore(labels, f.numberStart());
            List<Match> group;
            String between;
            int k0 = fi - firstNonPp(figures);
            if (li < 0 && respectively >= 0 && respectively < f.numberStart() && lastGroup.size() > 1
                    && k0 < lastGroup.size()) {
                // "…城镇和农村居民人均可支配收入分别达到6万元和3万元,分别增长5.1%、6.4%": pair in order
                Match label = lastGroup.get(k0);
                emit(c, label, f, clause.substring(respectively, f.numberStart()), "");
                prevFigureEnd = f.end();
                continue;
            }
            if (li >= 0 && respectively >= 0 && respectively >= labels.get(li).end()) {
                List<Match> chain = LabelEnumeration.chain(labels, li, clause);
                respectiveChain = chain.size() > 1 ? chain : respectiveChain;
                int k = fi - firstNonPp(figures);
                if (chain.size() > 1 && k < chain.size()) {
                    group = List.of(chain.get(k));
                } else {
                    group = chain;
                }
                between = clause.substring(labels.get(li).end(), f.numberStart());
            } else if (li >= 0 && !used[li]) {
                group = LabelEnumeration.chain(labels, li, clause);
                between = clause.substring(labels.get(li).end(), f.numberStart());
            } else if (li >= 0 && MeasureRule.statesChange(clause.substring(prevFigureEnd, f.numberStart()))) {
                group = lastGroup.isEmpty() ? List.of(labels.get(li)) : lastGroup;
                between = clause.substring(prevFigureEnd, f.numberStart());
            } else if (li < 0 && fi == firstNonPp(figures) && lastLabel != null
                    && CONTINUATION.matcher(clause.substring(0, f.start())).find()) {
                group = lastGroup.isEmpty() ? List.of(lastLabel) : lastGroup;
                between = clause.substring(0, f.numberStart());
            } else {
                prevFigureEnd = f.end();
                continue;
            }
            String before = "";
            if (li >= 0 && group.get(0).end() <= f.numberStart()) {
                used[li] = true;
                before = clause.substring(0, Math.min(clause.length(), group.get(0).start()));
                scope = ScopeCue.after(before, where.ctx(), scope);
            }
            for (Match label : group) {
                emit(c, label, f, between, before);
            }
            lastGroup = group;
            lastLabel = group.get(group.size() - 1);
            prevFigureEnd = f.end();
        }
        if (respectiveChain != null) {
            lastGroup = respectiveChain; // "…分别达到4.6万元、2.3万元,分别增长5.1%、6.4%"
            lastLabel = respectiveChain.get(respectiveChain.size() - 1);
        }
        if (figures.isEmpty() && !labels.isEmpty()) {
            lastLabel = labels.get(labels.size() - 1);
            lastGroup = LabelEnumeration.chain(labels, labels.size() - 1, clause);
        }
        boolean emitted = out.size() > sizeBefore;
        if (emitted || previousClauseEmitted && labels.isEmpty() && figures.isEmpty() && clause.length() <= 14) {
            rank(clause);
        }
        previousClauseEmitted = emitted;
    }

    private static int firstNonPp(List<Figure> figures) {
        for (int i = 0; i < figures.size(); i++) {
            if (!figures.get(i).unit().equals(UnitNormaliser.PP)) {
                return i;
            }
        }
        return -1;
    }

    private void emit(Clause clause, Match label, Figure f, String between, String beforeLabel) {
        Optional<Metric> metric = MetricAssembly.assemble(where, clause, label, f, between, beforeLabel, scope);
        if (metric.isPresent()) {
            out.add(metric.get());
            lastMetricIndex = out.size() - 1;
        }
    }

    private void rank(String clause) {
        if (lastMetricIndex < 0) {
            return;
        }
        Optional<Metric.Rank> rank = PeerComparison.rank(clause);
        Metric m = out.get(lastMetricIndex);
        if (rank.isPresent() && m.rank().isEmpty()) {
            out.set(lastMetricIndex, PeerComparison.with(m, rank, m.versus()));
        }
    }

    private void versus(String clause) {
        if (lastMetricIndex < 0) {
            return;
        }
        Optional<Metric.Versus> versus = PeerComparison.versus(clause);
        Metric m = out.get(lastMetricIndex);
        if (versus.isPresent() && m.versus().isEmpty()) {
            out.set(lastMetricIndex, PeerComparison.with(m, m.rank(), versus));
        }
    }
}
