package yaowen.insight.metric;

import yaowen.insight.Metric.Measure;
import yaowen.insight.metric.IndicatorTaxonomy.ValueKind;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a figure paired with an indicator label measures, judged from the indicator's value kind, the figure's unit
 * and the words between label and figure. A percentage on a money or count indicator is its growth (negative after
 * 下降/减少 …); on a rate (失业率) it is the level, unless a change word precedes it and it is not a value reached
 * (…提高到5%). A money or count figure is a level only in the indicator's own unit; after a change word it is an
 * absolute change (同比增长1877元) and no metric. Shares (占比), completion ratios (完成目标的105%), multiples,
 * balances and month-on-month figures are not values of the indicator, nor is the count of an activity
 * (实施重点项目51个). Stateless and thread-safe.
 */
final class MeasureRule {
    /** Two Latin letters in a row: the figure belongs to a code or name, not an indicator. */
    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z]{2,}");
    /** "增长到/至": the figure that follows is a level reached, not the growth. */
    private static final Pattern RISES_TO = Pattern.compile("(到|至)$");

    private static final Pattern GROWTH = Pattern.compile("增长|增速|增幅|增加|提高|上升|上涨|涨幅|提升|增至");
    private static final Pattern FALL = Pattern.compile("下降|减少|降低|回落|下滑|负增长");
    /**
     * Not a value of the label's indicator: shares, completion ratios, multiples, balances, month-on-month, a
     * baseline (由…), a subset of the label's items (重点项目中已投产5个) and a streak (增速连续三年保持7%以上).
     */
    private static final Pattern NOT_A_VALUE = Pattern.compile("目标的|计划的|任务的|占全|占比|倍|顺差|逆差|缺口|环比|[从由]$|^中|连续|贡献|拉动");
    /** "由66元增长到3万元", "从64亿元预计增至97亿元", "增长到2021年的143亿元": the money figure is the level reached. */
    private static final Pattern RISES_TO_LEVEL = Pattern.compile(
            "(?:增长|增加|提高|提升|上升|跃升|扩大|增)(?:到|至)(?:\\d{4}年(?:底|末)?的?)?$");
    private static final Pattern ACTIVITY_VERB = Pattern.compile("实施|谋划|推进|建设|储备|引进|培育|开工|签约|落地|招引|争取|入库|在建|续建");

    /**
     * A figure read as a value of its indicator.
     *
     * @param measure level or growth
     * @param value   the figure's value, negated for a stated fall
     */
    record Reading(Measure measure, double value) {
    }

    private MeasureRule() {
    }

    /*
     * 在建/续建 (under construction, continued) before 招商引资项目 or 重点项目 count projects in a stage of work, not
     * the signings or the key-project list of the year.
     */

    /** Whether {@code text} (before a label of projects) names an activity (实施, 谋划 …): its count is no indicator. */
    static boolean namesActivity(String text) {
        return ACTIVITY_VERB.matcher(text).find();
    }

    /** Whether {@code text} states a rise or a fall (增长, 提高, 下降, 回落 …). */
    static boolean statesChange(String text) {
        return GROWTH.matcher(text).find() || FALL.matcher(text).find();
    }

    /**
     * The reading of {@code figure} as a value of an indicator of {@code kind}; empty when it is none.
     *
     * @param between     the text between label (or previous figure) and the figure's number
     * @param beforeLabel the clause text before the label ("" when the label was not in this clause)
     */
    static Optional<Reading> read(ValueKind kind, Figure figure, String between, String beforeLabel) {
        boolean growth = GROWTH.matcher(between).find();
        boolean fall = FALL.matcher(between).find();
        if (NOT_A_VALUE.matcher(between).find() || between.length() > 24 || LATIN_WORD.matcher(between).find()) {
            return Optional.empty();
        }
        if ((kind == ValueKind.COUNT) && ACTIVITY_VERB.matcher(beforeLabel).find()) {
            return Optional.empty(); // 实施重点项目51个: an activity's count, not the indicator
        }
        Measure measure;
        double value = figure.value();
        String unit = figure.unit();
        if (unit.equals(UnitNormaliser.PERCENT)) {
            if (kind == ValueKind.RATE && !((growth || fall) && !RISES_TO.matcher(between).find())) {
                measure = Measure.LEVEL;
            } else {
                measure = Measure.GROWTH;
                if (fall && value > 0) {
                    value = -value;
                }
            }
        } else {
            if (RISES_TO_LEVEL.matcher(between).find()) {
                growth = false;
                fall = false;
            }
            if (growth || fall || kind == ValueKind.RATE || kind == ValueKind.CHANGE) {
                return Optional.empty(); // 同比增长1877元 is an absolute change
            }
            boolean money = unit.equals(UnitNormaliser.CNY) || unit.equals(UnitNormaliser.USD);
            if (kind == ValueKind.MONEY && !money || kind == ValueKind.COUNT && !unit.equals(UnitNormaliser.COUNT)) {
                return Optional.empty();
            }
            measure = Measure.LEVEL;
        }
        return Optional.of(new Reading(measure, value));
    }
}
