package yaowen.insight.metric;

import java.util.Optional;

/**
 * Turns a stated unit into a normalised one: money to yuan (亿元 = 1e8, 万元 = 1e4), percentages to percent,
 * counts (家, 个, 人, 项, 人次 …) to plain numbers. Percentage points (个百分点) are a change, kept apart as {@code PP}.
 * Stateless and thread-safe.
 */
final class UnitNormaliser {
    public static final String CNY = "CNY";
    public static final String USD = "USD";
    public static final String PERCENT = "PERCENT";
    public static final String PP = "PP";
    public static final String COUNT = "COUNT";

    private UnitNormaliser() {
    }

    /** A unit code and the factor that turns the stated number into it. */
    public record Normalised(String unit, double factor) {
    }

    /**
     * Normalises a unit written after a number, e.g. {@code 亿元}, {@code 万人}, {@code %}, {@code 个百分点}.
     * The magnitude prefix (万, 亿, 千, 百) multiplies; empty when the unit is not understood.
     */
    public static Optional<Normalised> normalise(String unit) {
        if (unit == null || unit.isEmpty()) {
            return Optional.empty();
        }
        String u = unit.strip();
        if (u.equals("%") || u.equals("％")) {
            return Optional.of(new Normalised(PERCENT, 1));
        }
        if (u.equals("个百分点") || u.equals("百分点")) {
            return Optional.of(new Normalised(PP, 1));
        }
        double factor = 1;
        while (!u.isEmpty() && ChineseNumerals.magnitude(u.charAt(0)) > 0) {
            factor *= ChineseNumerals.magnitude(u.charAt(0));
            u = u.substring(1);
        }
        String code = switch (u) {
            case "元", "元人民币" -> CNY;
            case "美元" -> USD;
            case "家", "个", "人", "项", "户", "人次", "名", "座", "所", "件", "宗", "批", "台", "辆", "套" -> COUNT;
            case "吨" -> "TON";
            case "亩" -> "MU";
            case "斤" -> "JIN";
            case "公里", "千米" -> "KM";
            case "平方米" -> "SQM";
            case "千瓦时", "度" -> "KWH";
            case "" -> factor > 1 ? COUNT : null;
            default -> null;
        };
        return code == null ? Optional.empty() : Optional.of(new Normalised(code, factor));
    }
}
