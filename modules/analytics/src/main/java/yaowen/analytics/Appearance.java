package yaowen.analytics;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A person named with their offices in the report of a meeting of a region: what {@link LeadershipTimeline}
 * reads. Immutable.
 *
 * @param roles      every office the report gives the person (区委书记, 区长 …)
 * @param date       the meeting date; null when undated (such appearances are not placed on a timeline)
 * @param regionName the meeting's region (its level — 区, 县, 市, 省 — says which offices are its own)
 * @param regionPath names from province down to the meeting's region, empty when not known: the parents a formal
 *                   title may put in front (中共开封市龙亭区委书记)
 */
public record Appearance(String name, List<String> roles, LocalDate date, String regionCode, String regionName,
                         String meetingKey, List<String> regionPath) {
    public Appearance {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(meetingKey, "meetingKey");
        roles = List.copyOf(roles);
        regionPath = regionPath == null ? List.of() : List.copyOf(regionPath);
    }

    /** An appearance whose region's path is not known. */
    public Appearance(String name, List<String> roles, LocalDate date, String regionCode, String regionName,
                      String meetingKey) {
        this(name, roles, date, regionCode, regionName, meetingKey, List.of());
    }
}
