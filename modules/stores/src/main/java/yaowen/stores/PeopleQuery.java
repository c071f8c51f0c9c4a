package yaowen.stores;

import java.time.LocalDate;
import java.util.List;

/**
 * Which appearances of people in meeting reports: every component null means "no filter". Immutable.
 *
 * @param regionPrefix leading digits of the meeting's region code
 * @param name         case-insensitive substring of the person's name
 * @param role         case-insensitive substring of any of the person's roles ({@code 书记}, {@code 区长} …)
 * @param from         meeting date on or after
 * @param to           meeting date on or before
 */
public record PeopleQuery(String regionPrefix, String name, String role, LocalDate from, LocalDate to) {
    /** Sort names: {@code date} (meeting date), {@code name}. */
    public static final List<String> SORTS = List.of("date", "name");
    /** Default order: newest meeting first. */
    public static final String DEFAULT_SORT = "-date";

    /** Every appearance. */
    public static PeopleQuery all() {
        return new PeopleQuery(null, null, null, null, null);
    }
}
