package yaowen.alerts.channel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import yaowen.records.MeetingAlert;
import yaowen.records.MetricSummary;
import yaowen.records.Region;
import yaowen.records.Vocabulary;

/**
 * What a channel says about an alert, in Chinese, before it is laid out as Markdown, text or HTML
 * ({@link AlertText}): a title, the facts (地区, 日期, 类型) as label/value pairs, the headline figures as
 * lines, and the source links. Labels come from {@link Vocabulary}.
 *
 * <p>A target is shown beside last year's actual of the same indicator and measure where the alert has both,
 * e.g. {@code 生产总值：目标增长 6.5%（2024）｜ 2023 年实际增长 5.9%}. Pure; immutable.
 *
 * @param change  {@code 新会议} or {@code 会议更新} (the alert's change code when unknown)
 * @param title   the meeting's name, else its region and types, else its key
 * @param facts   label and value pairs, in order; parts the alert lacks are left out
 * @param figures one line per headline figure (or target/actual pair)
 * @param links   the report URLs, first = the one to read
 */
public record AlertMessage(String change, String title, List<Fact> facts, List<String> figures, List<String> links) {
    public AlertMessage {
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(title, "title");
        facts = List.copyOf(facts);
        figures = List.copyOf(figures);
        links = List.copyOf(links);
    }

    /** One labelled fact, e.g. {@code 地区} → {@code 河南省开封市龙亭区}. */
    public record Fact(String label, String value) {
    }

    /** The message for {@code alert}. */
    public static AlertMessage of(MeetingAlert alert) {
        Objects.requireNonNull(alert, "alert");
        List<Fact> facts = new ArrayList<>();
        String region = region(alert.getRegion());
        if (!region.isEmpty()) {
            facts.add(new Fact("地区", region));
        }
        if (alert.getDate() != null) {
            facts.add(new Fact("日期", date(alert.getDate())));
        }
        String types = alert.getTypes().stream().map(Vocabulary::meetingType).collect(Collectors.joining("、"));
        if (!types.isEmpty()) {
            facts.add(new Fact("类型", types));
        }
        return new AlertMessage(change(alert.getChange()), title(alert, region, types), facts,
                figures(alert.getHeadline()), alert.getUrls().stream().map(String::strip).filter(u -> !u.isEmpty()).toList());
    }

    /** The one-line heading, e.g. {@code 【新会议】中国共产党…全体会议}. */
    public String heading() {
        return "【" + change + "】" + title;
    }

    /** {@code 2024年1月27日}. */
    static String date(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    static String change(String code) {
        return switch (code) {
            case "NEW" -> "新会议";
            case "UPDATED" -> "会议更新";
            default -> code;
        };
    }

    private static String title(MeetingAlert alert, String region, String types) {
        if (alert.getName() != null && !alert.getName().isBlank()) {
            return oneLine(alert.getName());
        }
        String made = (region + " " + types).strip();
        return made.isEmpty() ? alert.getMeetingKey() : made;
    }

    private static String region(Region r) {
        if (r == null) {
            return "";
        }
        return oneLine(r.getPath().isEmpty() ? r.getName() : String.join("", r.getPath()));
    }

    /**
     * The figure lines: each target with the actual of the year before (same indicator and measure, and the
     * same unit for a level) on one line; every other figure on its own, in the alert's order.
     */
    static List<String> figures(List<MetricSummary> headline) {
        List<String> lines = new ArrayList<>();
        List<MetricSummary> paired = new ArrayList<>();
        for (MetricSummary m : headline) {
            if (paired.stream().anyMatch(p -> p == m)) {
                continue;
            }
            StringBuilder line = new StringBuilder(Vocabulary.indicator(m.getIndicator())).append('：');
            if ("TARGET".equals(m.getKind())) {
                line.append("目标").append(value(m));
                if (m.getYear() != null) {
                    line.append('（').append(m.getYear()).append('）');
                }
                Optional<MetricSummary> before = lastYearsActual(m, headline);
                before.ifPresent(a -> {
                    paired.add(a);
                    line.append("｜ ").append(actual(a));
                });
            } else {
                line.append(actual(m));
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private static Optional<MetricSummary> lastYearsActual(MetricSummary target, List<MetricSummary> headline) {
        if (target.getYear() == null) {
            return Optional.empty();
        }
        return headline.stream()
                .filter(a -> "ACTUAL".equals(a.getKind()) && a.getIndicator().equals(target.getIndicator())
                        && a.getMeasure().equals(target.getMeasure())
                        && ("GROWTH".equals(a.getMeasure()) || a.getUnit().equals(target.getUnit()))
                        && a.getYear() != null && a.getYear() == target.getYear() - 1)
                .findFirst();
    }

    /** {@code 2023 年实际增长 5.9%}, or {@code 实际 66.59 亿元} without a year. */
    private static String actual(MetricSummary a) {
        return (a.getYear() == null ? "" : a.getYear() + " 年") + "实际" + value(a);
    }

    /** {@code 增长 6.5%} for a growth rate, {@code  66.59 亿元} (with a leading space) for a level. */
    private static String value(MetricSummary m) {
        return "GROWTH".equals(m.getMeasure()) ? Vocabulary.change(m.getValue()) : " " + Vocabulary.amount(m.getValue(), m.getUnit());
    }

    private static String oneLine(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }
}
