package yaowen.records;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The Chinese words for the codes in Yaowen's records, and how figures are written: the one place
 * a meeting type, indicator, kind, measure, qualifier or unit code gets its label. Each code has
 * its Chinese label ({@link #indicator}) and, for the dashboard's English view, an English one
 * ({@link #indicatorEn}), both in one entry; {@link #indicatorCodes} and the like list the codes.
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
 * <p>Stateless and thread-safe; the maps and lists it returns are unmodifiable.
 */
public final class Vocabulary {
    /** Decimals {@link #amount(double, String)} keeps: enough for a line of text. */
    public static final int READING_DECIMALS = 2;
    /** Decimals a table of figures keeps, where a value is read closely (the dashboard). */
    public static final int TABLE_DECIMALS = 4;

    private static final Map<String, Label> MEETING_TYPES = labels(
            "THREE_LEVEL_CADRE", "三级干部会议", "Three-level cadre conference",
            "PLENARY_SESSION", "全会", "Plenary session",
            "ECONOMIC_WORK_CONFERENCE", "经济工作会议", "Economic work conference",
            "WORK_CONFERENCE", "工作会议", "Work conference",
            "PARTY_CONGRESS", "党代会", "Party congress",
            "PEOPLES_CONGRESS", "人民代表大会", "People's congress",
            "CPPCC_SESSION", "政协会议", "CPPCC session",
            "STANDING_COMMITTEE", "常委会会议", "Standing committee meeting",
            "EXECUTIVE_MEETING", "政府常务会议", "Government executive meeting",
            "THEORY_STUDY", "理论学习中心组", "Theory study group",
            "DEMOCRATIC_LIFE", "民主生活会", "Democratic life meeting",
            "MOBILIZATION", "动员大会", "Mobilization meeting",
            "PROMOTION", "推进会", "Progress meeting",
            "INSPECTION_TOUR", "观摩会", "On-site observation meeting",
            "COMMENDATION", "表彰大会", "Commendation conference",
            "OTHER_MEETING", "会议", "Meeting");

    private static final Map<String, Label> INDICATORS = labels(
            "GDP", "生产总值", "GDP",
            "GDP_PER_CAPITA", "人均生产总值", "GDP per capita",
            "PRIMARY_INDUSTRY_VALUE_ADDED", "第一产业增加值", "Primary industry value added",
            "SECONDARY_INDUSTRY_VALUE_ADDED", "第二产业增加值", "Secondary industry value added",
            "TERTIARY_INDUSTRY_VALUE_ADDED", "第三产业增加值", "Tertiary industry value added",
            "INDUSTRIAL_VALUE_ADDED", "规上工业增加值", "Industrial value added (above designated size)",
            "INDUSTRIAL_REVENUE", "规上工业营业收入", "Industrial operating revenue (above designated size)",
            "INDUSTRIAL_OUTPUT", "工业总产值", "Gross industrial output",
            "HIGH_TECH_INDUSTRY_VALUE_ADDED", "高新技术产业增加值", "High-tech industry value added",
            "STRATEGIC_EMERGING_INDUSTRY_VALUE_ADDED", "战略性新兴产业增加值", "Strategic emerging industry value added",
            "FIXED_ASSET_INVESTMENT", "固定资产投资", "Fixed-asset investment",
            "INDUSTRIAL_INVESTMENT", "工业投资", "Industrial investment",
            "PRIVATE_INVESTMENT", "民间投资", "Private investment",
            "KEY_PROJECTS", "重点项目", "Key projects",
            "KEY_PROJECT_INVESTMENT", "重点项目完成投资", "Investment completed in key projects",
            "NEW_PROJECTS_STARTED", "新开工项目", "New projects started",
            "RETAIL_SALES", "社会消费品零售总额", "Retail sales of consumer goods",
            "ONLINE_RETAIL_SALES", "网络零售额", "Online retail sales",
            "PUBLIC_BUDGET_REVENUE", "一般公共预算收入", "General public budget revenue",
            "FISCAL_REVENUE", "财政收入", "Fiscal revenue",
            "TAX_REVENUE", "税收收入", "Tax revenue",
            "TAX_SHARE", "税收占比", "Tax share of revenue",
            "DISPOSABLE_INCOME_PER_CAPITA", "居民人均可支配收入", "Per capita disposable income",
            "URBAN_DISPOSABLE_INCOME_PER_CAPITA", "城镇居民人均可支配收入", "Urban per capita disposable income",
            "RURAL_DISPOSABLE_INCOME_PER_CAPITA", "农村居民人均可支配收入", "Rural per capita disposable income",
            "NEW_URBAN_JOBS", "城镇新增就业", "New urban jobs",
            "UNEMPLOYMENT_RATE", "城镇失业率", "Urban unemployment rate",
            "CPI", "居民消费价格涨幅", "Consumer price increase",
            "URBANIZATION_RATE", "城镇化率", "Urbanization rate",
            "RD_INTENSITY", "研发经费投入强度", "R&D intensity",
            "LABOR_PRODUCTIVITY", "全员劳动生产率", "Overall labour productivity",
            "SERVICES_REVENUE", "营利性服务业营业收入", "For-profit services revenue",
            "IMPORT_EXPORT", "进出口总额", "Total imports and exports",
            "EXPORT", "出口", "Exports",
            "IMPORT", "进口", "Imports",
            "ACTUAL_FOREIGN_INVESTMENT", "实际利用外资", "Foreign investment actually used",
            "ENERGY_INTENSITY", "单位GDP能耗", "Energy use per unit of GDP",
            "SIGNED_PROJECTS", "签约项目", "Projects signed",
            "CONTRACTED_INVESTMENT", "合同引资额", "Contracted investment",
            "FUNDS_IN_PLACE", "到位资金", "Funds in place",
            "NEW_ABOVE_SCALE_ENTERPRISES", "新增“四上”企业", "New enterprises above designated size (four categories)",
            "NEW_ABOVE_SCALE_INDUSTRIAL_ENTERPRISES", "新增规上工业企业", "New industrial enterprises above designated size",
            "HIGH_TECH_ENTERPRISES", "高新技术企业", "High-tech enterprises",
            "TECH_CONTRACT_VALUE", "技术合同成交额", "Technology contract turnover",
            "DEPOSIT_BALANCE", "金融机构存款余额", "Deposits of financial institutions",
            "LOAN_BALANCE", "金融机构贷款余额", "Loans of financial institutions",
            "TOURIST_VISITS", "接待游客", "Tourist visits",
            "TOURISM_REVENUE", "旅游收入", "Tourism revenue",
            "SOE_TOTAL_ASSETS", "国有企业资产总额", "Total assets of state-owned enterprises",
            "FOREIGN_TRADE", "外贸进出口", "Foreign trade",
            "OUT_OF_PROVINCE_FUNDS_USED", "实际利用省外资金", "Out-of-province funds actually used",
            "REAL_ESTATE_INVESTMENT", "房地产开发投资", "Real estate development investment",
            "EXPORT_DELIVERY_VALUE", "出口交货值", "Export delivery value",
            // no longer extracted (grain output is not an economic indicator here); kept so stored rows keep a label
            "GRAIN_OUTPUT", "粮食产量", "Grain output");

    private static final Map<String, Label> KINDS = labels("ACTUAL", "实际", "Actual", "TARGET", "目标", "Target");

    private static final Map<String, Label> MEASURES = labels("LEVEL", "总量", "Level", "GROWTH", "增速", "Growth");

    private static final Map<String, Label> QUALIFIERS = labels("APPROX", "约", "About", "AT_LEAST", "不低于", "At least", "AT_MOST", "不超过", "At most");

    /** Units other than money, percent and count: written after the number, never scaled. */
    private static final Map<String, Label> UNITS = labels(
            "PP", "个百分点", "percentage points",
            "TON", "吨", "tonnes",
            "MU", "亩", "mu",
            "JIN", "斤", "jin",
            "KM", "公里", "km",
            "SQM", "平方米", "square metres",
            "KWH", "千瓦时", "kWh");

    private static final Map<String, String> MEETING_TYPE_LABELS = chinese(MEETING_TYPES);
    private static final Map<String, String> INDICATOR_LABELS = chinese(INDICATORS);

    private Vocabulary() {
    }

    /** Label of a meeting type code, e.g. {@code PLENARY_SESSION} → {@code 全会}. */
    public static String meetingType(String code) {
        return zh(MEETING_TYPES, code);
    }

    /** English label of a meeting type code, e.g. {@code PLENARY_SESSION} → {@code Plenary session}. */
    public static String meetingTypeEn(String code) {
        return en(MEETING_TYPES, code);
    }

    /** Label of an indicator code, e.g. {@code INDUSTRIAL_VALUE_ADDED} → {@code 规上工业增加值}. */
    public static String indicator(String code) {
        return zh(INDICATORS, code);
    }

    /** English label of an indicator code, e.g. {@code RETAIL_SALES} → {@code Retail sales of consumer goods}. */
    public static String indicatorEn(String code) {
        return en(INDICATORS, code);
    }

    /** Label of a metric kind: {@code ACTUAL} → {@code 实际}, {@code TARGET} → {@code 目标}. */
    public static String kind(String code) {
        return zh(KINDS, code);
    }

    /** English label of a metric kind: {@code ACTUAL} → {@code Actual}, {@code TARGET} → {@code Target}. */
    public static String kindEn(String code) {
        return en(KINDS, code);
    }

    /** Label of a metric measure: {@code LEVEL} → {@code 总量}, {@code GROWTH} → {@code 增速}. */
    public static String measure(String code) {
        return zh(MEASURES, code);
    }

    /** English label of a metric measure: {@code LEVEL} → {@code Level}, {@code GROWTH} → {@code Growth}. */
    public static String measureEn(String code) {
        return en(MEASURES, code);
    }

    /** Label of a qualifier: {@code APPROX} → {@code 约}, {@code AT_LEAST} → {@code 不低于}, {@code AT_MOST} → {@code 不超过}. */
    public static String qualifier(String code) {
        return zh(QUALIFIERS, code);
    }

    /** English label of a qualifier: {@code APPROX} → {@code About}, {@code AT_LEAST} → {@code At least} …. */
    public static String qualifierEn(String code) {
        return en(QUALIFIERS, code);
    }

    /**
     * Label of a unit other than money, percent and count (which {@link #amount} writes itself): {@code TON} →
     * {@code 吨}, {@code PP} → {@code 个百分点}.
     */
    public static String unit(String code) {
        return zh(UNITS, code);
    }

    /** English label of a unit other than money, percent and count: {@code TON} → {@code tonnes}. */
    public static String unitEn(String code) {
        return en(UNITS, code);
    }

    /** Every meeting type code, in the handbook's order. */
    public static List<String> meetingTypeCodes() {
        return codes(MEETING_TYPES);
    }

    /** Every indicator code, in the handbook's order. */
    public static List<String> indicatorCodes() {
        return codes(INDICATORS);
    }

    /** Every metric kind code: ACTUAL, TARGET. */
    public static List<String> kindCodes() {
        return codes(KINDS);
    }

    /** Every metric measure code: LEVEL, GROWTH. */
    public static List<String> measureCodes() {
        return codes(MEASURES);
    }

    /** Every qualifier code: APPROX, AT_LEAST, AT_MOST. */
    public static List<String> qualifierCodes() {
        return codes(QUALIFIERS);
    }

    /** Every unit code with a label (those other than money, percent and count). */
    public static List<String> unitCodes() {
        return codes(UNITS);
    }

    /** Every meeting type code with its Chinese label, in the handbook's order. */
    public static Map<String, String> meetingTypes() {
        return MEETING_TYPE_LABELS;
    }

    /** Every indicator code with its Chinese label, in the handbook's order. */
    public static Map<String, String> indicators() {
        return INDICATOR_LABELS;
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
            default -> number(value, maxDecimals) + " " + unit(unit);
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

    private static String zh(Map<String, Label> labels, String code) {
        Objects.requireNonNull(code, "code");
        Label l = labels.get(code);
        return l == null ? code : l.zh();
    }

    private static String en(Map<String, Label> labels, String code) {
        Objects.requireNonNull(code, "code");
        Label l = labels.get(code);
        return l == null ? code : l.en();
    }

    private static List<String> codes(Map<String, Label> labels) {
        return List.copyOf(labels.keySet());
    }

    private static Map<String, String> chinese(Map<String, Label> labels) {
        Map<String, String> map = new LinkedHashMap<>();
        labels.values().forEach(l -> map.put(l.code(), l.zh()));
        return Collections.unmodifiableMap(map);
    }

    /** Codes with their labels, given as code, Chinese, English, code, Chinese, English …. */
    private static Map<String, Label> labels(String... codeZhEn) {
        if (codeZhEn.length % 3 != 0) {
            throw new IllegalStateException("labels come in threes: code, Chinese, English");
        }
        Map<String, Label> map = new LinkedHashMap<>();
        for (int i = 0; i < codeZhEn.length; i += 3) {
            if (map.put(codeZhEn[i], new Label(codeZhEn[i], codeZhEn[i + 1], codeZhEn[i + 2])) != null) {
                throw new IllegalStateException("duplicate code " + codeZhEn[i]);
            }
        }
        return Collections.unmodifiableMap(map);
    }

    /** A code with its Chinese and English labels: one entry, so the two languages cannot drift apart. */
    private record Label(String code, String zh, String en) {
    }
}
