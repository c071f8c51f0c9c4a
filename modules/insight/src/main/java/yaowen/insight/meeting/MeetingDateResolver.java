package yaowen.insight.meeting;

import yaowen.insight.metric.ChineseNumerals;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves a meeting's date from the lead ("1月27日", "2月13日上午", "2022年12月28日", "昨天") and the publication
 * date: a date without a year takes the publication year, or the year before when that would put the meeting
 * after its report (a December meeting published in January). Without a publication date the plan year anchors
 * it (a meeting in October–December precedes its plan year). A lead whose 月 was lost in transmission
 * ("317日,官庄工区召开…") is read as month and day only when that date falls within a month before publication.
 * Stateless and thread-safe.
 */
public final class MeetingDateResolver {
    private static final Pattern DATE = Pattern.compile(
            "(?:(\\d{4})年)?(\\d{1,2}|[一二三四五六七八九十]{1,3})月(\\d{1,2}|[一二三四五六七八九十]{1,3})日");
    private static final Pattern LOST_MONTH = Pattern.compile("^(\\d{3,4})日");
    private static final Pattern RELATIVE = Pattern.compile("(今天|今日|昨天|昨日|前天)(?:上午|下午|晚上)?[,，]?");

    private MeetingDateResolver() {
    }

    /** The meeting date stated in {@code lead}, or empty. */
    public static Optional<LocalDate> resolve(String lead, Optional<LocalDate> published, Optional<Integer> planYear) {
        String head = lead.length() > 200 ? lead.substring(0, 200) : lead;
        Matcher m = DATE.matcher(head);
        if (m.find()) {
            Optional<Integer> month = num(m.group(2));
            Optional<Integer> day = num(m.group(3));
            if (month.isEmpty() || day.isEmpty()) {
                return Optional.empty();
            }
            if (m.group(1) != null) {
                return date(Integer.parseInt(m.group(1)), month.get(), day.get());
            }
            return withoutYear(month.get(), day.get(), published, planYear);
        }
        Matcher lost = LOST_MONTH.matcher(head.strip());
        if (lost.find() && published.isPresent()) {
            String digits = lost.group(1);
            for (int split = 1; split <= 2 && split < digits.length(); split++) {
                int month = Integer.parseInt(digits.substring(0, split));
                int day = Integer.parseInt(digits.substring(split));
                Optional<LocalDate> d = withoutYear(month, day, published, planYear);
                if (d.isPresent() && !d.get().isBefore(published.get().minusDays(31))) {
                    return d;
                }
            }
            return Optional.empty();
        }
        Matcher rel = RELATIVE.matcher(head);
        if (rel.find() && rel.start() < 20 && published.isPresent()) {
            int back = switch (rel.group(1)) {
                case "昨天", "昨日" -> 1;
                case "前天" -> 2;
                default -> 0;
            };
            return Optional.of(published.get().minusDays(back));
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> withoutYear(int month, int day, Optional<LocalDate> published, Optional<Integer> planYear) {
        if (published.isPresent()) {
            LocalDate p = published.get();
            Optional<LocalDate> d = date(p.getYear(), month, day);
            if (d.isPresent() && d.get().isAfter(p.plusDays(1))) {
                d = date(p.getYear() - 1, month, day);
            }
            return d;
        }
        if (planYear.isPresent()) {
            return date(month >= 10 ? planYear.get() - 1 : planYear.get(), month, day);
        }
        return Optional.empty();
    }

    private static Optional<Integer> num(String s) {
        OptionalDouble v = ChineseNumerals.parse(s);
        return v.isPresent() ? Optional.of((int) v.getAsDouble()) : Optional.empty();
    }

    private static Optional<LocalDate> date(int y, int m, int d) {
        try {
            return Optional.of(LocalDate.of(y, m, d));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
