package yaowen.insight.metric;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date a page's URL path states. Content systems file articles under their publication date: /2020-02-28/,
 * /202002/t20200228_123.html, /2016-10/17/content_1.htm, /2021/0419/c1-2.html, /a/20190906/1_0.shtml; e-paper
 * readers under year and issue (/2017-45/). The host is ignored (it may be an IP address), and so are numbers that
 * are ids rather than dates (a year must stand alone or be followed by a month or a separator). Stateless and
 * thread-safe.
 */
public final class UrlDate {
    /** Year, then optionally month and day with or without separators; a bare year must be followed by - or /. */
    private static final Pattern DATE = Pattern.compile(
            "(?<![0-9])(19[5-9][0-9]|20[0-9][0-9])(?:[-/_]?(0[1-9]|1[0-2])(?:[-/_]?(0[1-9]|[12][0-9]|3[01]))?(?![0-9])|[-/](?=[0-9]))");
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
        Matcher m = DATE.matcher(path);
        Stated best = null;
        int bestParts = 0;
        while (m.find()) {
            Optional<Integer> month = Optional.ofNullable(m.group(2)).map(Integer::parseInt);
            Optional<Integer> day = Optional.ofNullable(m.group(3)).map(Integer::parseInt);
            int parts = 1 + (month.isPresent() ? 1 : 0) + (day.isPresent() ? 1 : 0);
            if (parts > bestParts) {
                best = new Stated(Integer.parseInt(m.group(1)), month, day);
                bestParts = parts;
            }
        }
        return Optional.ofNullable(best);
    }
}
