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
 * @param articleId   the first article reporting the meeting
 * @param publishedAt publication time of the first report, ISO-8601 local, as stated
 * @param sources     every article reporting the meeting (its own site's and reposts), first first
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
        List<PersonRow> people,
        List<SourceRow> sources) {

    public MeetingRow {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(url, "url");
        types = List.copyOf(types);
        regionPath = List.copyOf(regionPath);
        people = List.copyOf(people);
        sources = List.copyOf(sources);
    }

    /** A meeting whose sources are not known: its one article. */
    public MeetingRow(String key, String articleId, String url, String title, List<String> types, String decidingCue,
                      String name, LocalDate date, String regionCode, String regionName, List<String> regionPath,
                      String format, Integer congress, Integer plenary, Boolean enlarged, Integer reviewYear,
                      Integer planYear, String publishedAt, List<PersonRow> people) {
        this(key, articleId, url, title, types, decidingCue, name, date, regionCode, regionName, regionPath, format,
                congress, plenary, enlarged, reviewYear, planYear, publishedAt, people,
                List.of(new SourceRow(articleId, url, null, title, publishedAt)));
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
