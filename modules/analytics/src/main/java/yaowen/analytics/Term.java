package yaowen.analytics;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One person in one office of a region, from the first to the last meeting that shows them there (as the
 * articles show it: not the appointment dates). Immutable.
 *
 * @param title       the office as written most often (区委书记, 代区长 …)
 * @param meetingKeys the meetings that show it, in date order
 */
public record Term(Office office, String name, String title, LocalDate from, LocalDate to, List<String> meetingKeys) {
    public Term {
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        meetingKeys = List.copyOf(meetingKeys);
    }
}
