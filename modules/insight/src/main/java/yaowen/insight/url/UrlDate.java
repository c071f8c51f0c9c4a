package yaowen.insight.url;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date a page's URL path states. Content systems file articles under their publication date: /2020-02-28/,
 * /202002/t20200228_123.html, /2016-10/17/content_1.htm, /2021/0419/c1-2.html, /a/20190906/1_0.shtml,
 * /art/2023/3/5/ (unpadded), /25/0428/ (two-digit year); e-paper readers under year and issue (/2017-45/). The host
 * is ignored (it may be an IP address), and so are numbers that are ids rather than dates (a year must stand alone
 * or be followed by a month or a separator). The meeting date and the metrics' year both read it here. Stateless
 * and thread-safe.
 */
public final class UrlDate {
    /** Year, then optionally month and day with or without separators; a bare year must be followed by - or /. */
    private static final Pattern DATE = Pattern.compile(
            "(?<![0-9])(19[5-9][0-9]|20[0-9][0-9])(?:[-/_]?(0[1-9]|1[0-2])(?:[-/_]?(0[1-9]|[12][0-9]|3[01]))?(?![0-9])|[-/](?=[0-9]))");
    /** Unpadded month and day between slashes: /art/2023/3/5/. */
    private static final Pattern SLASHED_DAY = Pattern.compile("/((?:19|20)\\d{2})/(\\d{1,2})/(\\d{1,2})/");
    /** Two-digit years as some portals write them: /25/0428/. */
    private static final Pattern SHORT_DAY = Pattern.compile("/(\\d{2})/(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])/");
    private static final Pattern HOST = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://[^/]*");

    /**
     * A date read from a URL path.
     *
     * @param year  the year
     * @param month the month (1–12) when the path states one
     * @param day   the day when the path states one
     */
    public record Stated(int year, Optional<Integer> month, Optional<Integer> day) {
        /** The stated date, the first of the month when the day is missing; empty when the month is missing. */
        public Optional<LocalDate> date() {
            if (month.isEmpty()) {
                return Optional.empty();
            }
            try {
                return Optional.of(LocalDate.of(year, month.get(), day.orElse(1)));
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        }

        /** The stated day, when the path states year, month and a valid day. */
        public Optional<LocalDate> fullDate() {
            return day.isPresent() ? date() : Optional.empty();
        }

        private int parts() {
            return 1 + (month.isPresent() ? 1 : 0) + (day.isPresent() ? 1 : 0);
        }
    }

    private UrlDate() {
    }

    /**
     * The most complete date the path of {@code url} states (/202510/t20251025_… → 2025-10-25), the first of equally
     * complete ones; empty when none or when the URL is unknown.
     */
    public static Optional<Stated> of(Optional<String> url) {
        if (url.isEmpty()) {
            return Optional.empty();
        }
        String path = HOST.matcher(url.get()).replaceFirst("");
        Stated best = null;
        Matcher m = DATE.matcher(path);
        while (m.find()) {
            Stated s = new Stated(Integer.parseInt(m.group(1)), number(m.group(2)), number(m.group(3)));
            best = better(best, s);
        }
        if (best == null || best.parts() < 3) {
            Matcher slashed = SLASHED_DAY.matcher(path);
            if (slashed.find() && validMonthDay(slashed.group(2), slashed.group(3))) {
                best = better(best, new Stated(Integer.parseInt(slashed.group(1)), number(slashed.group(2)),
                        number(slashed.group(3))));
            }
        }
        if (best == null) {
            Matcher s = SHORT_DAY.matcher(path);
            if (s.find()) {
                best = new Stated(2000 + Integer.parseInt(s.group(1)), number(s.group(2)), number(s.group(3)));
            }
        }
        return Optional.ofNullable(best);
    }

    private static Stated better(Stated best, Stated candidate) {
        return best == null || candidate.parts() > best.parts() ? candidate : best;
    }

    private static boolean validMonthDay(String month, String day) {
        int m = Integer.parseInt(month);
        int d = Integer.parseInt(day);
        return m >= 1 && m <= 12 && d >= 1 && d <= 31;
    }

    private static Optional<Integer> number(String digits) {
        return Optional.ofNullable(digits).map(Integer::parseInt);
    }
}
