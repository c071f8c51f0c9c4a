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
 * last metric of the sentence.
 *
 * <p>分别 also pairs across clauses ("分别完成A、B,增长C、D"; "接待游客…,实现旅游收入…,分别增长C和D" with the
 * indicators of the clauses before) and hands out enumerated periods ("一季度、上半年、全年GDP分别增长a、b、c"). A
 * verb with a count after 项目 names a count of projects (签约6个、开工11个); a zone opening a clause (各工业园区…)
 * sets the scope; the country's own figures (全国GDP…) are context and yield no metric. Not thread-safe: one reader
 * per sentence.
 */
final class SentenceReader {
    /** A clause opening with the region itself (全县, 我市, 本区): its figures are the region's own. */
    private static final Pattern OWN_OPENING = Pattern.compile("[全我本][县市区旗州盟]");
    private static final Pattern SHARE = Pattern.compile("^(占比|比重|占全|占GDP|占生产总值|的比重|占)");
    /**
     * A clause that only adds a measure to the indicator before it: "同比增长5%", "扣除一次性减收因素后增长7.3%"
     * (like-for-like growth), "同口径增长3%", "预计增长7%", "今年力争增长7%" (a goal for it), "增长到2021年的143亿元"
     * (the level reached).
     */
    private static final Pattern CONTINUATION = Pattern.compile(
            "^(其中)?(?:[全我本][县市区旗州盟])?(预计|初步核算)?(扣除[^,;]{1,16}?后|同口径|按?可比口径(?:计算)?)?(\\d{4}年(?:底|末|全年)?|全年|年均|今年|去年|当年)?"
            + "(前三季度|[上下]半年|第?[一二三四]季度|\\d{1,2}-\\d{1,2}月|\\d{1,2}月(?:末|底|份)?)?(同比|比上年|较上年)?"
            + "(预计|力争|确保|争取|要)?(?:增长|增速|增幅|下降|减少|回落|实现|完成|达到|达|为|是|总量|规模|增加|提高|提升|跃升|增){0,2}"
            + "((?:到|至)(?:\\d{4}年(?:底|末)?的?)?)?(约|近|接近|超过|突破)?$");
    /** "签约项目18个,总投资168.5亿元": the total of the signed projects is the contracted investment. */
    private static final Pattern SIGNED_TOTAL = Pattern.compile("^(?:协议|计划|合同)?总投资(?:额)?");
    /** A clause opening with a zone or the counties taken together: its figures belong to that part of the region. */
    private static final Pattern SUBJECT_ZONE = Pattern.compile(
            "(?:各|全市|全县|全区|全省)?(\\p{IsHan}{0,4}?(?:工业园区|产业园区|园区|开发区|高新区|经开区|产业集聚区|县域))(?!经济)");
    /** "150个重点项目中…,共完成投资320亿元": the investment the key projects completed. */
    private static final Pattern PROJECTS_INVESTED = Pattern.compile("^(?:共|累计|共计)?完成(?:了)?(?:总)?投资");
    /**
     * "工业项目签约6个、开工11个、竣工5个": after the word 项目, a verb with a count names a count of projects
     * (签约 → signed, 开工 → started).
     */
    private static final Pattern PROJECT_VERB = Pattern.compile("(新开工|开工|签约)(?=[0-9零一二三四五六七八九十百]+个)");

    private final IndicatorTaxonomy taxonomy;
    private final SentenceSetting where;
    private final List<Metric> out;
    private Match lastLabel;
    private List<Match> lastGroup = List.of();
    private Optional<String> scope = Optional.empty();
    private int lastMetricIndex = -1;
    private boolean previousClauseEmitted;
    /** Whether the previous clause paired 分别 labels with figures: a following "增长8%、8.5%" pairs the same way. */
    private boolean lastRespective;
    /**
     * The labels whose levels the clauses just before stated, in order, with no other figure between them: what a
     * later "分别增长a和b" refers to. A clause with another figure (a growth, an unpaired count) ends the run.
     */
    private final List<Match> stated = new ArrayList<>();
    /** The labels whose levels the current clause stated. */
    private final List<Match> clauseLevels = new ArrayList<>();
    /**
     * Whether the label in force names the whole country's figure (全国, 我国) or, in a lower region's article, that
     * of a region above it (全省, 全市): no metric of the region.
     */
    private boolean national;
    /** The previous clause, where {@link #lastLabel} was found when it was not found in this one. */
    private String lastClause = "";
    /** Whether the sentence names the article's own region (全县, 我县), read once for all its labels. */
    private Boolean sentenceNamesOwn;

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
            lastClause = clause.text();
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
                stated.clear();
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
        if (labels.isEmpty() && lastLabel != null && lastLabel.indicator().code().equals("KEY_PROJECTS")
                && !MeasureRule.namesActivity(lastClause.substring(0, Math.min(lastClause.length(), lastLabel.start())))) {
            Matcher invested = PROJECTS_INVESTED.matcher(clause);
            if (invested.find()) {
                taxonomy.byCode("KEY_PROJECT_INVESTMENT").ifPresent(ind ->
                        labels.add(new Match(ind, invested.group(), invested.start(), invested.end())));
            }
        }
        int projects = clause.indexOf("项目");
        if (projects >= 0) {
            addProjectVerbs(clause, projects, labels);
        }
        List<Figure> figures = FigureScanner.scan(clause);
        boolean opensWithARegion = OWN_OPENING.matcher(clause).lookingAt();
        // "全国GDP增长5.5%,全县增长6.1%": a clause opening with the region itself states the region's figure; one
        // opening with another level (全市 in a county's article: "全县增长6%,全市增长5.5%") is a peer's
        boolean opensWithItself = opensWithARegion && (clause.charAt(0) != '全'
                || ScopeCue.ownLevel(clause.charAt(1), where.ctx()).orElse(national));
        if (opensWithItself) {
            national = false;
            scope = Optional.empty();
        }
        if (labels.isEmpty() && !figures.isEmpty()) {
            // "各产业园区入驻企业86家,实现工业增加值4.2亿元": a zone as the subject of a figure sets the scope
            // of the figures that follow in the sentence
            Matcher zone = SUBJECT_ZONE.matcher(clause);
            if (zone.lookingAt() && !ScopeCue.isOwn(zone.group(1), where.ctx())) {
                scope = Optional.of(zone.group(1));
            }
        }
        int nonPp = 0;
        for (Figure f : figures) {
            nonPp += f.unit().equals(UnitNormaliser.PP) ? 0 : 1;
        }
        int respectively = clause.indexOf("分别");
        // "分别完成52310元、24870元,增长6%、7.5%": the second clause pairs with the same labels in order
        boolean inheritRespective = lastRespective && labels.isEmpty() && respectively < 0
                && lastGroup.size() > 1 && nonPp == lastGroup.size();
        lastRespective = false;
        if (labels.isEmpty() && respectively >= 0 && lastGroup.size() <= 1 && nonPp >= 2
                && stated.size() >= nonPp && (figures.isEmpty() || figures.get(0).numberStart() > respectively)) {
            // "接待游客856万人次,实现旅游收入78.9亿元,分别增长23.5%和28.1%": the indicators of the clauses before
            lastGroup = List.copyOf(stated.subList(stated.size() - nonPp, stated.size()));
        }
        int sizeBefore = out.size();
        boolean[] used = new boolean[labels.size()];
        int prevFigureEnd = 0;
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
            if (li < 0 && (respectively >= 0 && respectively < f.numberStart() || inheritRespective)
                    && lastGroup.size() > 1 && k0 < lastGroup.size()) {
                // "…城镇和农村居民人均可支配收入分别达到6万元和3万元,分别增长5.1%、6.4%": pair in order
                Match label = lastGroup.get(k0);
                if (inheritRespective && MetricAssembly.statesAverage(lastClause)) {
                    // "…分别年均增长9.1%,7%": the averages of the clause before go on in this one
                    prevFigureEnd = f.end();
                    lastRespective = true;
                    continue;
                }
                emit(c, label, f, clause.substring(Math.max(respectively, 0), f.numberStart()), "");
                prevFigureEnd = f.end();
                lastRespective = true;
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
                if (chain.size() == 1) {
                    // "一季度、上半年、全年GDP分别增长5.3%、5.9%、6.4%": one metric per enumerated period
                    List<String> periods = TemporalCues.periodEnumeration(clause.substring(0, chain.get(0).start()));
                    if (periods.size() == nonPp && k >= 0 && k < periods.size()) {
                        emitIn(c, chain.get(0), f, between, periods.get(k));
                        used[li] = true;
                        lastGroup = chain;
                        lastLabel = chain.get(0);
                        prevFigureEnd = f.end();
                        continue;
                    }
                }
            } else if (li >= 0 && !used[li]) {
                group = LabelEnumeration.chain(labels, li, clause);
                between = clause.substring(labels.get(li).end(), f.numberStart());
            } else if (li >= 0 && MeasureRule.statesChange(clause.substring(prevFigureEnd, f.numberStart()))) {
                group = lastGroup.isEmpty() ? List.of(labels.get(li)) : lastGroup;
                between = clause.substring(prevFigureEnd, f.numberStart());
            } else if (li < 0 && fi == firstNonPp(figures) && lastLabel != null
                    && CONTINUATION.matcher(clause.substring(0, f.start())).find()
                    && (opensWithItself || !opensWithARegion)
                    && !(f.start() == 0 && MetricAssembly.statesAverage(lastClause))) {
                // (a bare figure after "…分别年均增长22%" is another average: no year's growth)
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
                national = ScopeCue.national(before) || ScopeCue.higherRegion(before, where.ctx(), this::sentenceNamesOwn);
            }
            // the activity that may precede a count is read after the previous figure ("…签约6个、开工11个")
            String ownBefore = before.length() > prevFigureEnd ? before.substring(prevFigureEnd) : before;
            if (!national) { // "全国GDP增长5.2%": the country's figure, quoted as context, is not the region's
                for (Match label : group) {
                    emit(c, label, f, between, ownBefore);
                }
            }
            lastGroup = group;
            lastLabel = group.get(group.size() - 1);
            prevFigureEnd = f.end();
        }
        if (respectiveChain != null) {
            lastGroup = respectiveChain; // "…分别达到4.6万元、2.3万元,分别增长5.1%、6.4%"
            lastLabel = respectiveChain.get(respectiveChain.size() - 1);
            lastRespective = true;
        }
        if (figures.isEmpty() && !labels.isEmpty()) {
            lastLabel = labels.get(labels.size() - 1);
            lastGroup = LabelEnumeration.chain(labels, labels.size() - 1, clause);
        }
        if (respectively >= 0 && out.size() - sizeBefore > 1) {
            shareTrailingQualifier(clause, figures, sizeBefore);
        }
        if (!figures.isEmpty()) {
            boolean onlyLevels = nonPp > 0 && clauseLevels.size() == nonPp && out.size() - sizeBefore == nonPp;
            if (!onlyLevels) {
                stated.clear();
            } else {
                for (Match l : clauseLevels) {
                    if (stated.isEmpty() || stated.get(stated.size() - 1) != l) {
                        stated.add(l);
                    }
                }
            }
        }
        clauseLevels.clear();
        boolean emitted = out.size() > sizeBefore;
        if (emitted || previousClauseEmitted && labels.isEmpty() && figures.isEmpty() && clause.length() <= 14) {
            rank(clause);
        }
        // "增长6.2%,快于全省0.8个百分点,排全省第3位": a comparison clause keeps the figure open for its rank
        boolean comparisonOnly = labels.isEmpty() && !figures.isEmpty() && nonPp == 0;
        previousClauseEmitted = emitted || previousClauseEmitted && comparisonOnly;
    }

    private boolean sentenceNamesOwn() {
        if (sentenceNamesOwn == null) {
            sentenceNamesOwn = ScopeCue.namesOwn(where.sentence(), where.ctx());
        }
        return sentenceNamesOwn;
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
            if (metric.get().measure() == Metric.Measure.LEVEL) {
                clauseLevels.add(label);
            }
        }
    }

    /**
     * "分别增长7%和8%以上": a qualifier written once after the last figure of a 分别 list holds for every figure of
     * it; the metrics emitted from index {@code from} without a qualifier take it.
     */
    private void shareTrailingQualifier(String clause, List<Figure> figures, int from) {
        Figure last = null;
        for (Figure f : figures) {
            if (!f.unit().equals(UnitNormaliser.PP)) {
                last = f;
            }
        }
        if (last == null || last.qualifier().isEmpty() || last.end() < 2) {
            return;
        }
        String suffix = clause.substring(last.end() - 2, last.end());
        if (!(suffix.equals("以上") || suffix.equals("左右") || suffix.equals("以内") || suffix.equals("以下")
                || suffix.equals("上下"))) {
            return;
        }
        for (int i = from; i < out.size(); i++) {
            Metric m = out.get(i);
            if (m.qualifier().isEmpty() && m.unit().equals(last.unit())) {
                out.set(i, new Metric(m.indicator(), m.label(), m.kind(), m.year(), m.period(), m.measure(), m.value(),
                        m.unit(), last.qualifier(), m.range(), m.scope(), m.preliminary(), m.rank(), m.versus(), m.raw(),
                        m.evidence()));
            }
        }
    }

    private void emitIn(Clause clause, Match label, Figure f, String between, String period) {
        Optional<Metric> metric = MetricAssembly.assemble(where, clause, label, f, between, "", scope, Optional.of(period));
        if (metric.isPresent()) {
            out.add(metric.get());
            lastMetricIndex = out.size() - 1;
        }
    }

    /** Adds the project counts named by a verb after 项目 (…项目签约6个、开工11个) to {@code labels}. */
    private void addProjectVerbs(String clause, int projects, List<Match> labels) {
        Matcher v = PROJECT_VERB.matcher(clause);
        int from = projects;
        List<Match> added = new ArrayList<>();
        while (v.find(from)) {
            int at = v.start();
            boolean overlaps = false;
            for (Match l : labels) {
                overlaps |= at < l.end() && v.end() > l.start();
            }
            if (!overlaps) {
                String code = v.group(1).equals("签约") ? "SIGNED_PROJECTS" : "NEW_PROJECTS_STARTED";
                taxonomy.byCode(code).ifPresent(ind -> added.add(new Match(ind, v.group(1), at, v.end())));
            }
            from = v.end();
        }
        if (!added.isEmpty()) {
            labels.addAll(added);
            labels.sort(java.util.Comparator.comparingInt(Match::start));
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
