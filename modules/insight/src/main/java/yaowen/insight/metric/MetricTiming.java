package yaowen.insight.metric;

import yaowen.insight.Metric.Kind;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * When a figure holds and whether it is a result or a goal: its kind (ACTUAL/TARGET), year, period and whether it
 * is a preliminary estimate.
 *
 * <p>The year is the last one stated before the figure in its sentence, else in its paragraph. A figure is a TARGET
 * under a target heading, for a year after the anchor year, after a target cue (目标, 力争, 要 …), or, in a meeting
 * that plans a later year than it reviews, when it is for the plan year without an actual cue (同比, 完成了 …).
 * Without a stated year a target takes the plan year and a result the review year (outside meetings the year last
 * stated in the article), else the anchor year. The period is the one named before the figure; outside meetings a
 * figure naming none takes its paragraph's, else that of a release title (一季度经济运行情况). Only results are
 * preliminary (预计, 初步核算).
 *
 * @param kind        ACTUAL or TARGET
 * @param year        the year the figure holds for, when known
 * @param period      the period within the year (一季度, 1-9月 …), empty for a whole year
 * @param preliminary whether an actual figure is an estimate
 */
record MetricTiming(Kind kind, Optional<Integer> year, Optional<String> period, boolean preliminary) {
    /** A title that names a reporting period (一季度经济运行情况), not an event held in it (二季度集中签约活动). */
    private static final Pattern REPORT_TITLE = Pattern.compile(
            "经济运行|经济指标|主要指标|统计|运行情况|经济数据|公报|增长|增速|上涨|下降|回落|经济形势|主要数据");

    /** The period a report-like title names (一季度经济运行情况), not that of an event it names; empty if none. */
    private static Optional<String> titlePeriod(String title) {
        return title.isEmpty() || !REPORT_TITLE.matcher(title).find() ? Optional.empty()
                : TemporalCues.lastPeriod(MetricText.normalise(title));
    }

    /** Earliest year an article's last written year may date an undated figure when the article's own year is unknown. */
    private static final int FIRST_CURRENT_YEAR = 1980;

    /**
     * Whether {@code year}, written somewhere before an undated figure, may date it: a history ("始建于1958年",
     * "1978年以前") is no year of the figures a news article reports. Within a year of the article's own year when
     * that is known, else not before {@link #FIRST_CURRENT_YEAR}.
     */
    private static boolean current(int year, MetricContext ctx) {
        return ctx.anchorYear().map(a -> Math.abs(year - a) <= 1).orElse(year >= FIRST_CURRENT_YEAR);
    }

    /** Whether the sentence up to {@code p} names a time of its own: a year, another year by a word (去年), a span (以来). */
    private static boolean statesOwnTime(PrefixCues upToFigure, int p) {
        return upToFigure.since(p) || upToFigure.explicitYear(p).isPresent() || upToFigure.otherYearCue(p);
    }

    /**
     * The timing of a figure whose number starts at {@code at} in its sentence: read from the sentence up to there
     * ({@link SentenceSetting#upToFigure}), its paragraph and article.
     */
    static MetricTiming of(int at, SentenceSetting where) {
        MetricContext ctx = where.ctx();
        Optional<Integer> contextYear = where.contextYear();
        PrefixCues upToFigure = where.upToFigure();
        Optional<Integer> year = upToFigure.lastYear(at, contextYear);
        if (year.isEmpty()) {
            // a year earlier in the paragraph dates the figure; without the article's own year, a history
            // ("始建于1958年") does not
            year = where.paragraphYear().filter(y -> ctx.anchorYear().isPresent() || y >= FIRST_CURRENT_YEAR);
        }
        boolean future = year.isPresent() && ctx.anchorYear().isPresent() && year.get() > ctx.anchorYear().get();
        boolean target = where.targetSection() || future || upToFigure.targetCue(at);
        Optional<String> cue = upToFigure.periodCue(at);
        // a figure of part of the year (1-10月, 前三季度) reports a result; plans are set for whole years
        boolean partOfYear = cue.filter(p -> !p.isEmpty()).isPresent();
        if (!target && ctx.meeting() && ctx.planYear().isPresent() && year.equals(ctx.planYear())
                && ctx.reviewYear().map(r -> r < ctx.planYear().get()).orElse(true)
                && !upToFigure.actualCue(at) && !partOfYear) {
            target = true;
        }
        Kind k = target ? Kind.TARGET : Kind.ACTUAL;
        if (year.isEmpty()) {
            year = target ? ctx.planYear().or(ctx::anchorYear)
                    : ctx.reviewYear().or(() -> contextYear.filter(y -> current(y, ctx))).or(ctx::anchorYear);
            // nothing else dates it: the year the article last wrote out, when it is a current one
            year = year.or(() -> where.lastStatedYear().filter(y -> current(y, ctx)));
        }
        Optional<String> period = cue.filter(p -> !p.isEmpty());
        Optional<String> paragraphCue = where.paragraph().period();
        if (cue.isEmpty() && upToFigure.explicitYear(at).isPresent()) {
            paragraphCue = Optional.of(""); // "前三季度,…。2022年全县GDP增长5%": a year named alone is the whole year
        }
        if (cue.isEmpty() && ctx.meeting() && k == Kind.ACTUAL) {
            // a meeting's review paragraph names its period once ("前三季度,全县实现…。规上工业增加值9.7亿元"); a
            // report-like title (一季度经济运行分析会) names the period its results cover
            period = paragraphCue.filter(p -> !p.isEmpty());
            if (paragraphCue.isEmpty()) {
                period = titlePeriod(ctx.title());
            }
        } else if (cue.isEmpty() && !ctx.meeting()) {
            period = paragraphCue.filter(p -> !p.isEmpty());
            if (paragraphCue.isEmpty()) {
                period = titlePeriod(ctx.title());
                // a statistics release's later sections inherit the lead's period unless they name a time of their
                // own (2022年, 去年, 2021年以来); a news story's later paragraphs (a quoted speech, a visit) do not.
                // Without a title (an excerpt that shows none) nothing says the lead's period is not the release's
                if (period.isEmpty() && (ctx.title().isBlank() || REPORT_TITLE.matcher(ctx.title()).find())
                        && !where.paragraph().statesYear()
                        && !where.paragraph().otherTime() && !statesOwnTime(upToFigure, at)) {
                    period = where.leadPeriod();
                }
            }
        }
        boolean preliminary = k == Kind.ACTUAL
                && (upToFigure.estimateCue(at) || where.paragraph().estimate());
        return new MetricTiming(k, year, period, preliminary);
    }
}
