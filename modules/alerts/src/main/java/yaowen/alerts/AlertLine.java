package yaowen.alerts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import yaowen.records.MeetingAlert;
import yaowen.records.MetricSummary;
import yaowen.records.Region;

/**
 * The readable one-line form of an alert, e.g.
 * {@code [NEW MEETING] 2021-01-27 河南省开封市龙亭区 · 全会 + 经济工作会议 · 中国共产党…会议 · GDP 增长 5.7% (2020) · http://…}.
 * Parts the alert lacks are left out. Pure and stateless.
 */
public final class AlertLine {
    private static final String SEPARATOR = " · ";
    private static final Map<String, String> TYPE_LABELS = Map.ofEntries(
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

    private AlertLine() {
    }

    /** The alert as one line, without a line break. */
    public static String format(MeetingAlert alert) {
        Objects.requireNonNull(alert, "alert");
        StringBuilder line = new StringBuilder("[").append(alert.getChange().toUpperCase(Locale.ROOT)).append(" MEETING]");
        List<String> parts = new ArrayList<>();
        String when = alert.getDate() == null ? "" : alert.getDate().toString();
        String where = region(alert.getRegion());
        String head = (when + " " + where).strip();
        if (!head.isEmpty()) {
            parts.add(head);
        }
        if (!alert.getTypes().isEmpty()) {
            parts.add(alert.getTypes().stream().map(AlertLine::typeLabel).collect(Collectors.joining(" + ")));
        }
        if (alert.getName() != null && !alert.getName().isBlank()) {
            parts.add(alert.getName().strip());
        }
        if (!alert.getHeadline().isEmpty()) {
            parts.add(alert.getHeadline().stream().map(AlertLine::figure).collect(Collectors.joining("; ")));
        }
        List<String> urls = alert.getUrls();
        if (!urls.isEmpty()) {
            parts.add(urls.get(0) + (urls.size() > 1 ? " (+" + (urls.size() - 1) + ")" : ""));
        }
        if (parts.isEmpty()) {
            parts.add(alert.getMeetingKey());
        }
        line.append(' ').append(String.join(SEPARATOR, parts));
        return line.toString().replace('\n', ' ').replace('\r', ' ');
    }

    /** Chinese label of a meeting type code, or the code itself when unknown. */
    public static String typeLabel(String type) {
        return TYPE_LABELS.getOrDefault(type, type);
    }

    /** One headline figure, e.g. {@code GDP 增长 5.7% (2020)} or {@code GDP 目标 66.59 亿元 (2021)}. */
    public static String figure(MetricSummary m) {
        StringBuilder s = new StringBuilder(m.getIndicator()).append(' ');
        if ("TARGET".equals(m.getKind())) {
            s.append("目标 ");
        }
        double v = m.getValue();
        if ("GROWTH".equals(m.getMeasure())) {
            s.append(v < 0 ? "下降 " : "增长 ").append(number(Math.abs(v))).append('%');
        } else {
            s.append(amount(v, m.getUnit()));
        }
        if (m.getYear() != null) {
            s.append(" (").append(m.getYear()).append(')');
        }
        return s.toString();
    }

    /** A value with its unit: money in 亿元/万元/元, percentages with %, counts plain. */
    public static String amount(double value, String unit) {
        switch (unit) {
            case "CNY":
                if (Math.abs(value) >= 1e8) {
                    return number(value / 1e8) + " 亿元";
                }
                if (Math.abs(value) >= 1e4) {
                    return number(value / 1e4) + " 万元";
                }
                return number(value) + " 元";
            case "PERCENT":
                return number(value) + "%";
            case "COUNT":
                return number(value);
            default:
                return number(value) + " " + unit;
        }
    }

    private static String number(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return Double.toString(v);
        }
        return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    private static String region(Region r) {
        if (r == null) {
            return "";
        }
        return r.getPath().isEmpty() ? r.getName() : String.join("", r.getPath());
    }
}
