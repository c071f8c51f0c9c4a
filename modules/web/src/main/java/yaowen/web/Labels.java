package yaowen.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import yaowen.stores.MetricRow;

/** Human-readable labels: meeting types in Chinese, values with units. Stateless. */
final class Labels {
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("THREE_LEVEL_CADRE", "三级干部会议"),
            Map.entry("PLENARY_SESSION", "全会"),
            Map.entry("ECONOMIC_WORK_CONFERENCE", "经济工作会议"),
            Map.entry("WORK_CONFERENCE", "工作会议"),
            Map.entry("PARTY_CONGRESS", "党代会"),
            Map.entry("PEOPLES_CONGRESS", "人民代表大会"),
            Map.entry("CPPCC_SESSION", "政协会议"),
            Map.entry("STANDING_COMMITTEE", "常委会会议"),
            Map.entry("EXECUTIVE_MEETING", "政府常务会议"),
            Map.entry("THEORY_STUDY", "理论学习中心组"),
            Map.entry("DEMOCRATIC_LIFE", "民主生活会"),
            Map.entry("MOBILIZATION", "动员大会"),
            Map.entry("PROMOTION", "推进会"),
            Map.entry("INSPECTION_TOUR", "观摩会"),
            Map.entry("COMMENDATION", "表彰大会"),
            Map.entry("OTHER_MEETING", "会议"));

    private Labels() {
    }

    /** Chinese label of a meeting type code, or the code when unknown. */
    static String type(String code) {
        return TYPES.getOrDefault(code, code);
    }

    /** The value of a metric with its unit: 66.59 亿元, 5.7%, 120. */
    static String value(MetricRow m) {
        double v = m.value();
        switch (m.unit()) {
            case "CNY":
                if (Math.abs(v) >= 1e8) {
                    return number(v / 1e8) + " 亿元";
                }
                if (Math.abs(v) >= 1e4) {
                    return number(v / 1e4) + " 万元";
                }
                return number(v) + " 元";
            case "PERCENT":
                return number(v) + "%";
            case "COUNT":
                return number(v);
            default:
                return number(v) + " " + m.unit();
        }
    }

    private static String number(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return Double.toString(v);
        }
        return BigDecimal.valueOf(v).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
