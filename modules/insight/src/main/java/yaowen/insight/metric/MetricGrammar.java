package yaowen.insight.metric;

import yaowen.insight.Metric;
import yaowen.insight.Metric.Kind;
import yaowen.insight.Metric.Measure;
import yaowen.insight.metric.IndicatorTaxonomy.Match;
import yaowen.insight.metric.IndicatorTaxonomy.ValueKind;
import yaowen.insight.nlp.Sentence;
import yaowen.insight.nlp.SentenceSplitter;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads metrics from sentences. A clause (between commas/semicolons) pairs an indicator label with the figure after
 * it ("规上工业增加值完成30亿元"); a clause without a label continues the previous indicator when it only adds a
 * measure ("实现414.9亿元", "增长5.7%"); labels joined by 、 share one figure; 分别 pairs labels with figures in
 * order. A percentage on a money or count indicator is its growth; on a rate (失业率) it is the level. Absolute
 * changes (同比增长1877元), shares (占比), completion ratios (完成目标的105%) and figures before their label are not
 * metrics. Immutable and thread-safe.
 */
public final class MetricGrammar {
    private static final Pattern CLAUSE_SPLIT = Pattern.compile("(?<!\\d),|,(?!\\d)|;|:|。|!|\\?");
    private static final Pattern GROWTH = Pattern.compile("增长|增速|增幅|增加|提高|上升|上涨|涨幅|提升");
    private static final Pattern FALL = Pattern.compile("下降|减少|降低|回落|下滑|负增长");
    private static final Pattern SHARE = Pattern.compile("^(占比|比重|占全|占GDP|占生产总值|的比重|占)");
    private static final Pattern NOT_A_VALUE = Pattern.compile("目标的|计划的|任务的|占全|占比|倍|顺差|逆差|缺口|环比|[从由]$");
    private static final Pattern CONTINUATION = Pattern.compile(
            "^(其中)?(\\d{4}年(?:底|末|全年)?|全年|年均|今年|去年|当年)?(同比|比上年|较上年)?(增长|增速|增幅|下降|减少|回落|实现|完成|达到|达|为|是|总量|规模)?(约|近|接近|超过|突破)?$");
    private static final Pattern ACTIVITY_VERB = Pattern.compile("实施|谋划|推进|建设|储备|引进|培育|开工|签约|落地|招引|争取|入库");
    private static final Pattern RANK = Pattern.compile(
            "(全市|全省|全国|全州|全盟|中心城区|同类县区|县区)(?:排名|排|位居|位列|居)?第([0-9一二三四五六七八九十]+)(?:位|名)?(?!方阵|梯队|批|方队)");
    private static final Pattern VERSUS = Pattern.compile(
            "(高于|低于|快于|慢于|超过|超出)(全市|全省|全国|全州)(?:平均水平|平均)?(\\d+(?:\\.\\d+)?)个?百分点"
            + "|比(全市|全省|全国|全州)(?:平均水平|平均)?(高|低|快|慢)(\\d+(?:\\.\\d+)?)个?百分点");
    private static final Pattern OWN_PREFIX = Pattern.compile("(全|我|本|该)(区|县|市|省|镇|乡|旗|州)$");
    private static final Pattern ZONE_SUFFIX = Pattern.compile(
            "(高新区|经开区|开发区|综保区|自贸区|示范区|新区|工区|产业集聚区|集聚区|园区)$");
    private static final Pattern TAIL_FILLER = Pattern.compile("(全年|今年|当年|上半年|一季度|\\d{4}年|实现|完成|累计|共|的)$");
    private static final Pattern HEADING_TARGET = Pattern.compile("目标|预期|计划");
    /** A title that names a reporting period (一季度经济运行情况), not an event held in it (二季度集中签约活动). */
    private static final Pattern REPORT_TITLE = Pattern.compile(
            "经济运行|经济指标|主要指标|统计|运行情况|经济数据|公报|增长|上涨|下降|回落|经济形势|主要数据");
    /** "签约项目18个,总投资168.5亿元": the total of the signed projects is the contracted investment. */
    private static final Pattern SIGNED_TOTAL = Pattern.compile("^(?:协议|计划|合同)?总投资(?:额)?");
    /** Joint labels of urban and rural income, split so that 分别 can pair them with their figures. */
    private static final String[][] JOINT_LABELS = {
            {"城乡居民人均可支配收入", "城镇居民人均可支配收入和农村居民人均可支配收入"},
            {"城镇和农村居民人均可支配收入", "城镇居民人均可支配收入和农村居民人均可支配收入"},
            {"城镇、农村居民人均可支配收入", "城镇居民人均可支配收入和农村居民人均可支配收入"},
            {"城乡常住居民人均可支配收入", "城镇常住居民人均可支配收入和农村常住居民人均可支配收入"}};

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
        List<Metric> out = new ArrayList<>();
        int paragraph = -1;
        StringBuilder paragraphSoFar = new StringBuilder();
        boolean targetSection = false;
        Optional<Integer> contextYear = TemporalCues.explicitYear(normalise(ctx.title()));
        TableReader table = new TableReader(taxonomy, ctx);
        for (Sentence sentence : sentences) {
            if (table.read(sentence.text(), out)) {
                continue;
            }
            String s = normalise(sentence.text());
            if (sentence.paragraph() != paragraph) {
                paragraph = sentence.paragraph();
                paragraphSoFar.setLength(0);
                if (sentence.index() == 0 && s.length() <= 40 && looksLikeHeading(s) && FigureScanner.scan(s).isEmpty()) {
                    targetSection = HEADING_TARGET.matcher(s).find();
                }
            }
            if (s.length() > 2000) {
                s = s.substring(0, 2000);
            }
            if (mayHoldFigure(s)) {
                new SentenceReader(s, paragraphSoFar.toString(), targetSection, ctx, contextYear, out).read();
            }
            Optional<Integer> stated = TemporalCues.explicitYear(s);
            if (stated.isPresent()) {
                contextYear = stated;
            }
            if (paragraphSoFar.length() < 4000) {
                paragraphSoFar.append(s);
            }
        }
        return Deduplicator.dedupe(out);
    }

    /** Cheap pre-filter: a figure needs a digit, 百分之, or a Chinese numeral before 元/%. */
    private static boolean mayHoldFigure(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        if (s.contains("百分之")) {
            return true;
        }
        for (int i = 0; i + 1 < s.length(); i++) {
            if (ChineseNumerals.isChineseNumeralChar(s.charAt(i)) && "万亿千百元人家个项%".indexOf(s.charAt(i + 1)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean looksLikeHeading(String s) {
        return s.matches("^[(（]?[一二三四五六七八九十\\d]+[)）、.].*") || !s.contains(",");
    }

    /** Drops quotes and spaces, folds full-width digits and turns dashes into '-' (one pass). */
    static String normalise(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '“', '”', '"', '‘', '’', '\'', '《', '》', '「', '」', '『', '』', ' ', '\t', '\u3000', '\u00a0' -> {
                }
                case '—', '–', '－', '~', '～' -> {
                    if (b.length() == 0 || b.charAt(b.length() - 1) != '-') {
                        b.append('-');
                    }
                }
                case '％' -> b.append('%');
                case '．' -> b.append('.');
                case '，' -> b.append(',');
                default -> b.append(c >= '０' && c <= '９' ? (char) ('0' + (c - '０')) : c);
            }
        }
        if (b.indexOf("居民人均可支配收入") >= 0) {
            String t = b.toString();
            for (String[] joint : JOINT_LABELS) {
                t = t.replace(joint[0], joint[1]);
            }
            return t;
        }
        return b.toString();
    }

    /** Reads one sentence, appending metrics to {@code out}. */
    private final class SentenceReader {
        private final String sentence;
        private final String paragraphBefore;
        private final boolean targetSection;
        private final MetricContext ctx;
        /** Outside meetings, the year last stated in the article: what 全年/当年 refer to. */
        private final Optional<Integer> contextYear;
        private final List<Metric> out;
        private Match lastLabel;
        private List<Match> lastGroup = List.of();
        private Optional<String> scope = Optional.empty();
        private Metric lastMetric;
        private int lastMetricIndex = -1;
        private boolean previousClauseEmitted;

        SentenceReader(String sentence, String paragraphBefore, boolean targetSection, MetricContext ctx,
                       Optional<Integer> contextYear, List<Metric> out) {
            this.contextYear = ctx.meeting() ? Optional.empty() : contextYear;
            this.sentence = sentence;
            this.paragraphBefore = paragraphBefore;
            this.targetSection = targetSection;
            this.ctx = ctx;
            this.out = out;
        }

        void read() {
            Matcher m = CLAUSE_SPLIT.matcher(sentence);
            int start = 0;
            while (true) {
                boolean found = m.find();
                int end = found ? m.start() : sentence.length();
                if (end > start) {
                    clause(start, sentence.substring(start, end));
                }
                if (!found) {
                    break;
                }
                start = m.end();
            }
        }

        private void clause(int offset, String clause) {
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
                int li = lastLabelBefore(labels, f.numberStart());
                List<Match> group;
                String between;
                int k0 = fi - firstNonPp(figures);
                if (li < 0 && respectively >= 0 && respectively < f.numberStart() && lastGroup.size() > 1
                        && k0 < lastGroup.size()) {
                    // "…城镇和农村居民人均可支配收入分别达到6万元和3万元,分别增长5.1%、6.4%": pair in order
                    Match label = lastGroup.get(k0);
                    emit(label, f, clause.substring(respectively, f.numberStart()), "", offset, clause);
                    prevFigureEnd = f.end();
                    continue;
                }
                if (li >= 0 && respectively >= 0 && respectively >= labels.get(li).end()) {
                    List<Match> chain = chain(labels, li, clause);
                    respectiveChain = chain.size() > 1 ? chain : respectiveChain;
                    int k = fi - firstNonPp(figures);
                    if (chain.size() > 1 && k < chain.size()) {
                        group = List.of(chain.get(k));
                    } else {
                        group = chain;
                    }
                    between = clause.substring(labels.get(li).end(), f.numberStart());
                } else if (li >= 0 && !used[li]) {
                    group = chain(labels, li, clause);
                    between = clause.substring(labels.get(li).end(), f.numberStart());
                } else if (li >= 0 && (GROWTH.matcher(clause.substring(prevFigureEnd, f.numberStart())).find()
                        || FALL.matcher(clause.substring(prevFigureEnd, f.numberStart())).find())) {
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
                    updateScope(before);
                }
                for (Match label : group) {
                    emit(label, f, between, before, offset, clause);
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
                lastGroup = chain(labels, labels.size() - 1, clause);
            }
            boolean emitted = out.size() > sizeBefore;
            if (emitted || previousClauseEmitted && labels.isEmpty() && figures.isEmpty() && clause.length() <= 14) {
                rank(clause);
            }
            previousClauseEmitted = emitted;
        }

        private int firstNonPp(List<Figure> figures) {
            for (int i = 0; i < figures.size(); i++) {
                if (!figures.get(i).unit().equals(UnitNormaliser.PP)) {
                    return i;
                }
            }
            return -1;
        }

        private int lastLabelBefore(List<Match> labels, int pos) {
            int found = -1;
            for (int i = 0; i < labels.size(); i++) {
                if (labels.get(i).end() <= pos) {
                    found = i;
                }
            }
            return found;
        }

        /** The labels joined to labels[i] by 、/和/及 ("人均GDP、全员劳动生产率"), in order. */
        private List<Match> chain(List<Match> labels, int i, String clause) {
            List<Match> chain = new ArrayList<>();
            chain.add(labels.get(i));
            for (int j = i - 1; j >= 0; j--) {
                String gap = clause.substring(labels.get(j).end(), labels.get(j + 1).start());
                if (gap.equals("、") || gap.equals("和") || gap.equals("及") || gap.equals("与")) {
                    chain.add(0, labels.get(j));
                } else {
                    break;
                }
            }
            return chain;
        }

        private void updateScope(String before) {
            String tail = before;
            Matcher filler;
            while ((filler = TAIL_FILLER.matcher(tail)).find() && filler.start() < tail.length()) {
                tail = tail.substring(0, filler.start());
                if (tail.isEmpty()) {
                    break;
                }
            }
            if (tail.isEmpty()) {
                return;
            }
            if (OWN_PREFIX.matcher(tail).find() || tail.endsWith("*区") || tail.endsWith("*县") || tail.endsWith("*市")) {
                scope = Optional.empty();
                return;
            }
            for (String own : ctx.ownNames()) {
                if (tail.endsWith(own)) {
                    scope = Optional.empty();
                    return;
                }
            }
            for (int k = Math.min(12, tail.length()); k >= 2; k--) {
                String cand = tail.substring(tail.length() - k);
                if (ctx.knownPlace().test(cand)) {
                    scope = Optional.of(cand);
                    return;
                }
            }
            Matcher z = ZONE_SUFFIX.matcher(tail);
            if (z.find()) {
                scope = Optional.of(z.group(1));
            }
        }

        private void emit(Match label, Figure f, String between, String beforeLabel, int offset, String clause) {
            ValueKind kind = label.indicator().kind();
            boolean growth = GROWTH.matcher(between).find();
            boolean fall = FALL.matcher(between).find();
            if (NOT_A_VALUE.matcher(between).find() || between.length() > 24 || between.matches(".*[A-Za-z]{2,}.*")) {
                return;
            }
            if ((kind == ValueKind.COUNT) && ACTIVITY_VERB.matcher(beforeLabel).find()) {
                return; // 实施重点项目51个: an activity's count, not the indicator
            }
            Measure measure;
            double value = f.value();
            String unit = f.unit();
            if (unit.equals(UnitNormaliser.PERCENT)) {
                if (kind == ValueKind.RATE && !((growth || fall) && !between.matches(".*(到|至)$"))) {
                    measure = Measure.LEVEL;
                } else {
                    measure = Measure.GROWTH;
                    if (fall && value > 0) {
                        value = -value;
                    }
                }
            } else {
                if (growth || fall || kind == ValueKind.RATE || kind == ValueKind.CHANGE) {
                    return; // 同比增长1877元 is an absolute change
                }
                boolean money = unit.equals(UnitNormaliser.CNY) || unit.equals(UnitNormaliser.USD);
                if (kind == ValueKind.MONEY && !money || kind == ValueKind.COUNT && !unit.equals(UnitNormaliser.COUNT)) {
                    return;
                }
                measure = Measure.LEVEL;
            }
            int figureAt = offset + f.numberStart();
            String upToFigure = sentence.substring(0, Math.min(sentence.length(), figureAt));
            Optional<Integer> year = TemporalCues.lastYear(upToFigure, ctx.anchorYear(), contextYear);
            if (year.isEmpty()) {
                year = TemporalCues.lastYear(paragraphBefore, ctx.anchorYear(), contextYear);
            }
            boolean future = year.isPresent() && ctx.anchorYear().isPresent() && year.get() > ctx.anchorYear().get();
            boolean target = targetSection || future || TemporalCues.targetCue(upToFigure);
            if (!target && ctx.meeting() && ctx.planYear().isPresent() && year.equals(ctx.planYear())
                    && ctx.reviewYear().map(r -> r < ctx.planYear().get()).orElse(true)
                    && !TemporalCues.actualCue(upToFigure)) {
                target = true;
            }
            Kind k = target ? Kind.TARGET : Kind.ACTUAL;
            if (year.isEmpty()) {
                year = target ? ctx.planYear().or(ctx::anchorYear) : ctx.reviewYear().or(() -> contextYear).or(ctx::anchorYear);
            }
            Optional<String> cue = TemporalCues.periodCue(upToFigure);
            Optional<String> period = cue.filter(p -> !p.isEmpty());
            if (cue.isEmpty() && !ctx.meeting()) {
                period = TemporalCues.lastPeriod(paragraphBefore).or(() -> REPORT_TITLE.matcher(ctx.title()).find()
                        ? TemporalCues.lastPeriod(normalise(ctx.title())) : Optional.empty());
            }
            boolean preliminary = k == Kind.ACTUAL && (TemporalCues.estimateCue(upToFigure) || TemporalCues.estimateCue(paragraphBefore));
            String raw = clause.substring(Math.max(0, label.start() < f.start() && label.end() <= f.start() ? label.start() : 0),
                    Math.min(clause.length(), f.end()));
            Metric metric = new Metric(label.indicator().code(), label.label(), k, year, period, measure, value, unit,
                    f.qualifier(), f.range(), scope, preliminary, Optional.empty(), Optional.empty(), raw, sentence);
            out.add(metric);
            lastMetric = metric;
            lastMetricIndex = out.size() - 1;
        }

        private void rank(String clause) {
            if (lastMetric == null) {
                return;
            }
            Matcher r = RANK.matcher(clause);
            if (r.find()) {
                java.util.OptionalDouble n = ChineseNumerals.parse(r.group(2));
                if (n.isPresent() && n.getAsDouble() >= 1 && n.getAsDouble() < 1000) {
                    Metric m = out.get(lastMetricIndex);
                    if (m.rank().isEmpty()) {
                        replaceLast(with(m, Optional.of(new Metric.Rank(r.group(1), (int) n.getAsDouble())), m.versus()));
                    }
                }
            }
        }

        private void versus(String clause) {
            if (lastMetric == null) {
                return;
            }
            Matcher v = VERSUS.matcher(clause);
            if (!v.find()) {
                return;
            }
            String scopeName;
            double delta;
            if (v.group(1) != null) {
                scopeName = v.group(2);
                delta = Double.parseDouble(v.group(3)) * (v.group(1).startsWith("低") || v.group(1).startsWith("慢") ? -1 : 1);
            } else {
                scopeName = v.group(4);
                delta = Double.parseDouble(v.group(6)) * (v.group(5).equals("低") || v.group(5).equals("慢") ? -1 : 1);
            }
            Metric m = out.get(lastMetricIndex);
            if (m.versus().isEmpty()) {
                replaceLast(with(m, m.rank(), Optional.of(new Metric.Versus(scopeName, delta))));
            }
        }

        private void replaceLast(Metric m) {
            out.set(lastMetricIndex, m);
            lastMetric = m;
        }
    }

    static Metric with(Metric m, Optional<Metric.Rank> rank, Optional<Metric.Versus> versus) {
        return new Metric(m.indicator(), m.label(), m.kind(), m.year(), m.period(), m.measure(), m.value(), m.unit(),
                m.qualifier(), m.range(), m.scope(), m.preliminary(), rank, versus, m.raw(), m.evidence());
    }
}
