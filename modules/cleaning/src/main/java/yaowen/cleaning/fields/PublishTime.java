package yaowen.cleaning.fields;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A publish time as precise as the page states it, in the page's local time (no zone).
 *
 * @param time      the time; fields below {@code precision} are zero
 * @param precision how much of it the page stated
 */
public record PublishTime(LocalDateTime time, Precision precision) {
    /** Chinese sites state local time in China. */
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** How much of a time a page stated. */
    public enum Precision { YEAR, MONTH, DAY, MINUTE, SECOND }

    public PublishTime {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(precision, "precision");
    }

    /** ISO-8601 at the stated precision: {@code 2021}, {@code 2021-01}, {@code 2021-01-28}, {@code 2021-01-28T19:55}, {@code 2021-01-28T19:55:07}. */
    public String iso() {
        String s = time.toString(); // yyyy-MM-ddTHH:mm[:ss]
        return switch (precision) {
            case YEAR -> s.substring(0, 4);
            case MONTH -> s.substring(0, 7);
            case DAY -> s.substring(0, 10);
            case MINUTE -> s.substring(0, 16);
            case SECOND -> String.format("%sT%02d:%02d:%02d", s.substring(0, 10), time.getHour(), time.getMinute(), time.getSecond());
        };
    }

    /** Whether this time could have been published by {@code fetchedAt} (true when the fetch time is unknown). */
    public boolean notAfter(Optional<Instant> fetchedAt) {
        if (fetchedAt.isEmpty()) {
            return true;
        }
        LocalDateTime fetched = LocalDateTime.ofInstant(fetchedAt.get(), CHINA);
        return switch (precision) {
            case YEAR -> time.getYear() <= fetched.getYear();
            case MONTH, DAY -> !time.toLocalDate().isAfter(fetched.toLocalDate());
            case MINUTE, SECOND -> !time.isAfter(fetched.plusMinutes(1));
        };
    }
}
