package yaowen.stores;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A person named in a meeting report, with the meeting's date and region: one row per person per meeting.
 * Immutable.
 *
 * @param role  the office as written in the report (e.g. {@code 区委书记})
 * @param roles every office the report gives the person
 * @param part  SPOKE, PRESIDED or ATTENDED; null when not stated
 * @param date  the meeting date; null when the meeting is undated
 */
public record PersonAppearance(String name, String role, List<String> roles, String part, String meetingKey,
                               String meetingName, LocalDate date, String regionCode, String regionName,
                               List<String> regionPath) {
    public PersonAppearance {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(meetingKey, "meetingKey");
        roles = List.copyOf(roles);
        regionPath = List.copyOf(regionPath);
    }
}
