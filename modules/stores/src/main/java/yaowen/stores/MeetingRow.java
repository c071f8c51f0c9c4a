package yaowen.stores;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A stored meeting. Nullable components mirror the optional fields of the {@code Meeting} schema and
 * are null when the report does not state them; {@link #dateOpt()} and {@link #nameOrTitle()} help
 * callers. Lists are never null. Immutable.
 *
 * @param regionPath names from province down to the unit, empty when unknown
 * @param publishedAt publication time of the source article, ISO-8601 local, as stated
 */
public record MeetingRow(
        String key,
        String articleId,
        String url,
        String title,
        List<String> types,
        String decidingCue,
        String name,
        LocalDate date,
        String regionCode,
        String regionName,
        List<String> regionPath,
        String format,
        Integer congress,
        Integer plenary,
        Boolean enlarged,
        Integer reviewYear,
        Integer planYear,
        String publishedAt,
        List<PersonRow> people) {

    public MeetingRow {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(url, "url");
        types = List.copyOf(types);
        regionPath = List.copyOf(regionPath);
        people = List.copyOf(people);
    }

    /** The meeting date, empty when not stated. */
    public Optional<LocalDate> dateOpt() {
        return Optional.ofNullable(date);
    }

    /** The meeting name, else the article title, else the key. */
    public String nameOrTitle() {
        if (name != null && !name.isBlank()) {
            return name;
        }
        return title != null && !title.isBlank() ? title : key;
    }

    /** The region as a path (河南省开封市龙亭区), else its name, else empty. */
    public String regionLabel() {
        if (!regionPath.isEmpty()) {
            return String.join("", regionPath);
        }
        return regionName == null ? "" : regionName;
    }
}
