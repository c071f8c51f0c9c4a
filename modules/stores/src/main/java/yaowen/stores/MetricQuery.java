package yaowen.stores;

import java.time.LocalDate;
import java.util.List;

/**
 * Which metrics, from every article (meeting reports and statistics releases alike): every component null (or
 * empty) means "no filter". Immutable.
 *
 * @param regionPrefix leading digits of the metric's region code (see {@link MeetingQuery})
 * @param meetingTypes only metrics of a meeting with any of these types (metrics of no meeting then never match)
 * @param from         the metric's date on or after: its meeting's date, else its article's publication date
 * @param to           the metric's date on or before
 * @param indicators   indicator codes ({@code GDP} …), any of them
 * @param kind         {@code ACTUAL} or {@code TARGET}
 * @param measure      {@code LEVEL} or {@code GROWTH}
 * @param year         the year the figure belongs to
 * @param period       {@link #WHOLE_YEAR} for whole-year figures only (period null in the store), else a period
 *                     code ({@code H1}, {@code Q1-Q3} …)
 * @param scope        {@link #OWN_REGION} for figures of the region itself only (scope null in the store), else a
 *                     sub-area's name
 * @param text         case-insensitive substring of the label, the phrase, the sentence or the region name
 * @param meetingKey   only the metrics of this meeting (its article's and its reposts' reports)
 * @param articleId    only the metrics read from this article (the standing report or any other)
 */
public record MetricQuery(String regionPrefix, List<String> meetingTypes, LocalDate from, LocalDate to,
                          List<String> indicators, String kind, String measure, Integer year, String period,
                          String scope, String text, String meetingKey, String articleId) {
    /** The {@link #period} that asks for whole-year figures. */
    public static final String WHOLE_YEAR = "YEAR";
    /** The {@link #scope} that asks for figures of the region itself, not of a sub-area. */
    public static final String OWN_REGION = "OWN";
    /** Sort names: {@code date}, {@code year}, {@code value}, {@code region}, {@code indicator}. */
    public static final List<String> SORTS = List.of("date", "year", "value", "region", "indicator");
    /** Default order: newest first. */
    public static final String DEFAULT_SORT = "-date";

    public MetricQuery {
        meetingTypes = meetingTypes == null ? List.of() : List.copyOf(meetingTypes);
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
    }

    /** Every metric. */
    public static MetricQuery all() {
        return new MetricQuery(null, List.of(), null, null, List.of(), null, null, null, null, null, null, null, null);
    }
}
