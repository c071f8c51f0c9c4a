package yaowen.stores;

import java.time.LocalDate;
import java.util.List;

/**
 * Which meetings: every component null (or empty) means "no filter". Immutable.
 *
 * @param regionPrefix leading digits of the region code: {@code 41} a province, {@code 4102} a city,
 *                     {@code 410202} a county; matches the meeting's region code
 * @param types        meeting type codes ({@code WORK_CONFERENCE} …): a meeting with any of them
 * @param from         meeting date on or after (undated meetings never match a date filter)
 * @param to           meeting date on or before
 * @param text         words that must appear (case-insensitive substring; Chinese works) in the meeting's name,
 *                     title or region name
 */
public record MeetingQuery(String regionPrefix, List<String> types, LocalDate from, LocalDate to, String text) {
    /** Sort names: {@code date} (meeting date, undated last, then publication), {@code published}, {@code region}. */
    public static final List<String> SORTS = List.of("date", "published", "region");
    /** Default order: newest meeting first. */
    public static final String DEFAULT_SORT = "-date";

    public MeetingQuery {
        types = types == null ? List.of() : List.copyOf(types);
    }

    /** Every meeting. */
    public static MeetingQuery all() {
        return new MeetingQuery(null, List.of(), null, null, null);
    }
}
