package yaowen.records;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The Chinese words for the codes in Yaowen's records, and how figures are written: the one place
 * a meeting type, indicator, kind, measure, qualifier or unit code gets its label.
 *
 * <p>Labels: every lookup returns the code itself when it is unknown (a new code shows up as
 * itself rather than failing), and throws {@link NullPointerException} for {@code null}. The codes
 * are those of the handbook's {@code ANALYSIS.md} plus the insight taxonomy's additions.
 *
 * <p>Figures: {@link #amount} writes money in 亿元/万元/元 (and 亿美元/万美元/美元), percentages with
 * {@code %}, counts plain and other units unscaled with their Chinese name, e.g. {@code 66.59 亿元},
 * {@code 4565 万元}, {@code 5.7%}, {@code 120}, {@code 32000 吨}; {@link #change} writes a growth rate
 * as {@code 增长 5.7%} or {@code 下降 3.6%}.
 *
 * <p>Stateless and thread-safe; the maps it returns are unmodifiable.
 */
public final class Vocabulary {
    /** Decimals {@link #amount(double, String)} keeps: enough for a line of text. */
    public static final int READING_DECIMALS = 2;
    /** Decimals a table of figures keeps, where a value is read closely (the dashboard). */
    public static final int TABLE_DECIMALS = 4;

    private static final Map<String, String> MEETING_TYPES = ordered(
            "THREE_LEVEL_CADRE", "三级干部会议",
            "PLENARY_SESSION", "全会",
            "ECONOMIC_WORK_CONFERENCE", "经济工作会议",
            "WORK_CONFERENCE", "工作会议",
            "PARTY_CONGRESS", "党代会",
            "PEOPLES_CONGRESS", "人民代表大会",
            "CPPCC_SESSION", "政协会议",
            "STANDING_COMMITTEE", "常委会会议",
            "EXECUTIVE_MEETING", "政府常务会议",
            "THEORY_STUDY", "理论学习中心组",
            "DEMOCRATIC_LIFE", "民主生活会",
            "MOBILIZATION", "动员大会",
            "PROMOTION", "推进会",
            "INSPECTION_TOUR", "观摩会",
            "COMMENDATION", "表彰大会",
            "OTHER_MEETING", "会议");

    private static final Map<String, String> INDICATORS = ordered(
            "GDP", "生产总值",
            "GDP_PER_CAPITA", "人均生产总值",
            "PRIMARY_INDUSTRY_VALUE_ADDED", "第一产业增加值",
            "SECONDARY_INDUSTRY_VALUE_ADDED", "第二产业增加值",
            "TERTIARY_INDUSTRY_VALUE_ADDED", "第三产业增加值",
            "INDUSTRIAL_VALUE_ADDED", "规上工业增加值",
            "INDUSTRIAL_REVENUE", "规上工业营业收入",
            "INDUSTRIAL_OUTPUT", "工业总产值",
            "HIGH_TECH_INDUSTRY_VALUE_ADDED", "高新技术产业增加值",
            "STRATEGIC_EMERGING_INDUSTRY_VALUE_ADDED", "战略性新兴产业增加值",
            "FIXED_ASSET_INVESTMENT", "固定资产投资",
            "INDUSTRIAL_INVESTMENT", "工业投资",
            "PRIVATE_INVESTMENT", "民间投资",
            "KEY_PROJECTS", "重点项目",
            "KEY_PROJECT_INVESTMENT", "重点项目完成投资",
            "NEW_PROJECTS_STARTED", "新开工项目",
            "RETAIL_SALES", "社会消费品零售总额",
            "ONLINE_RETAIL_SALES", "网络零售额",
            "PUBLIC_BUDGET_REVENUE", "一般公共预算收入",
            "FISCAL_REVENUE", "财政收入",
            "TAX_REVENUE", "税收收入",
            "TAX_SHARE", "税收占比",
            "DISPOSABLE_INCOME_PER_CAPITA", "居民人均可支配收入",
            "URBAN_DISPOSABLE_INCOME_PER_CAPITA", "城镇居民人均可支配收入",
            "RURAL_DISPOSABLE_INCOME_PER_CAPITA", "农村居民人均可支配收入",
            "NEW_URBAN_JOBS", "城镇新增就业",
            "UNEMPLOYMENT_RATE", "城镇失业率",
            "CPI", "居民消费价格涨幅",
            "URBANIZATION_RATE", "城镇化率",
            "RD_INTENSITY", "研发经费投入强度",
            "LABOR_PRODUCTIVITY", "全员劳动生产率",
            "SERVICES_REVENUE", "营利性服务业营业收入",
            "IMPORT_EXPORT", "进出口总额",
            "EXPORT", "出口",
            "IMPORT", "进口",
            "ACTUAL_FOREIGN_INVESTMENT", "实际利用外资",
            "ENERGY_INTENSITY", "单位GDP能耗",
            "SIGNED_PROJECTS", "签约项目",
            "CONTRACTED_INVESTMENT", "合同引资额",
            "FUNDS_IN_PLACE", "到位资金",
            "NEW_ABOVE_SCALE_ENTERPRISES", "新增“四上”企业",
            "NEW_ABOVE_SCALE_INDUSTRIAL_ENTERPRISES", "新增规上工业企业",
            "HIGH_TECH_ENTERPRISES", "高新技术企业",
            "TECH_CONTRACT_VALUE", "技术合同成交额",
            "DEPOSIT_BALANCE", "金融机构存款余额",
            "LOAN_BALANCE", "金融机构贷款余额",
            "TOURIST_VISITS", "接待游客",
            "TOURISM_REVENUE", "旅游收入",
            "SOE_TOTAL_ASSETS", "国有企业资产总额",
            "FOREIGN_TRADE", "外贸进出口",
            "OUT_OF_PROVINCE_FUNDS_USED", "实际利用省外资金",
            "REAL_ESTATE_INVESTMENT", "房地产开发投资",
            "EXPORT_DELIVERY_VALUE", "出口交货值",
            // no longer extracted (grain output is not an economic indicator here); kept so stored rows keep a label
            "GRAIN_OUTPUT", "粮食产量");

    private static final Map<String, String> KINDS = ordered("ACTUAL", "实际", "TARGET", "目标");

    private static final Map<String, String> MEASURES = ordered("LEVEL", "总量", "GROWTH", "增速");

    private static final Map<String, String> QUALIFIERS = ordered("APPROX", "约", "AT_LEAST", "不低于", "AT_MOST", "不超过");

    /** Units other than money, percent and count: written after the number, never scaled. */
    private static final Map<String, String> UNITS = ordered(
            "PP", "个百分点",
            "TON", "吨",
            "MU", "亩",
            "JIN", "斤",
            "KM", "公里",
            "SQM", "平方米",
            "KWH", "千瓦时");

    private Vocabulary() {
    }

    /** Label of a meeting type code, e.g. {@code PLENARY_SESSION} → {@code 全会}. */
    public static String meetingType(String code) {
        return label(MEETING_TYPES, code);
    }

    /** Label of an indicator code, e.g. {@code INDUSTRIAL_VALUE_ADDED} → {@code 规上工业增加值}. */
    public static String indicator(String code) {
        return label(INDICATORS, code);
    }

    /** Label of a metric kind: {@code ACTUAL} → {@code 实际}, {@code TARGET} → {@code 目标}. */
    public static String kind(String code) {
        return label(KINDS, code);
    }

    /** Label of a metric measure: {@code LEVEL} → {@code 总量}, {@code GROWTH} → {@code 增速}. */
    public static String measure(String code) {
        return label(MEASURES, code);
    }

    /** Label of a qualifier: {@code APPROX} → {@code 约}, {@code AT_LEAST} → {@code 不低于}, {@code AT_MOST} → {@code 不超过}. */
    public static String qualifier(String code) {
        return label(QUALIFIERS, code);
    }

    /** Every meeting type code with its label, in the handbook's order. */
    public static Map<String, String> meetingTypes() {
        return MEETING_TYPES;
    }

    /** Every indicator code with its label, in the handbook's order. */
    public static Map<String, String> indicators() {
        return INDICATORS;
    }

    /** A value with its unit, to {@value #READING_DECIMALS} decimals: {@code 66.59 亿元}, {@code 4565 万元}, {@code 5.7%}. */
    public static String amount(double value, String unit) {
        return amount(value, unit, READING_DECIMALS);
    }

    /**
     * A value with its unit: money ({@code CNY}, {@code USD}) in 亿/万 from 1e8/1e4 up, {@code PERCENT}
     * with {@code %}, {@code COUNT} plain, known units with their Chinese name ({@code 32000 吨}),
     * unknown units with their code ({@code 12 XYZ}).
     *
     * @param maxDecimals decimals kept at most (rounded half up); trailing zeros are dropped
     */
    public static String amount(double value, String unit, int maxDecimals) {
        Objects.requireNonNull(unit, "unit");
        if (maxDecimals < 0) {
            throw new IllegalArgumentException("maxDecimals must not be negative: " + maxDecimals);
        }
        return switch (unit) {
            case "CNY" -> money(value, "元", maxDecimals);
            case "USD" -> money(value, "美元", maxDecimals);
            case "PERCENT" -> number(value, maxDecimals) + "%";
            case "COUNT" -> number(value, maxDecimals);
            default -> number(value, maxDecimals) + " " + UNITS.getOrDefault(unit, unit);
        };
    }

    /** A year-on-year change in percent, to {@value #READING_DECIMALS} decimals: {@code 增长 5.7%}, {@code 下降 3.6%}. */
    public static String change(double percent) {
        return (percent < 0 ? "下降 " : "增长 ") + number(Math.abs(percent), READING_DECIMALS) + "%";
    }

    private static String money(double value, String currency, int maxDecimals) {
        if (Math.abs(value) >= 1e8) {
            return number(value / 1e8, maxDecimals) + " 亿" + currency;
        }
        if (Math.abs(value) >= 1e4) {
            return number(value / 1e4, maxDecimals) + " 万" + currency;
        }
        return number(value, maxDecimals) + " " + currency;
    }

    private static String number(double v, int maxDecimals) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return Double.toString(v);
        }
        return BigDecimal.valueOf(v).setScale(maxDecimals, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    private static String label(Map<String, String> labels, String code) {
        Objects.requireNonNull(code, "code");
        return labels.getOrDefault(code, code);
    }

    private static Map<String, String> ordered(String... codesAndLabels) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < codesAndLabels.length; i += 2) {
            if (map.put(codesAndLabels[i], codesAndLabels[i + 1]) != null) {
                throw new IllegalStateException("duplicate code " + codesAndLabels[i]);
            }
        }
        return Collections.unmodifiableMap(map);
    }
}
