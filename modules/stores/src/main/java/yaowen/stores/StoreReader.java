package yaowen.stores;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The read side of an {@link ArticleStore}: what the web and the CLI ask of the database.
 *
 * <p>An {@link ArticleStore}'s {@link ArticleStore#reader()} answers on a connection of its own, so a long
 * query never waits for the sink's writes and a write never waits for a page. Thread-safe. Failures are
 * reported as {@link StoreException}; once the store is closed every call fails.
 */
public interface StoreReader {

    /**
     * The {@code limit} most recent meetings: latest meeting date first (undated last), then latest
     * publication, then key. Empty when there are none; {@code limit} must be positive.
     */
    List<MeetingRow> recentMeetings(int limit);

    /** The meeting with {@code key}, people included; empty when unknown. */
    Optional<MeetingRow> meeting(String key);

    /** Metrics whose article reports the meeting {@code meetingKey}, ordered by indicator, kind, year. */
    List<MetricRow> metricsOfMeeting(String meetingKey);

    /** Metrics read from the article {@code articleId}, ordered by indicator, kind, year. */
    List<MetricRow> metricsOfArticle(String articleId);

    /** Rows per data table (table name to count), in a stable order. */
    Map<String, Long> rowCounts();

    /**
     * Asks the database the cheapest question it can answer; for health checks, which must not scan
     * tables on every probe.
     *
     * @throws yaowen.stores.StoreException when the store does not answer
     */
    default void ping() {
        rowCounts();
    }

    /** Counts of stored records and of writes through the store since it opened. */
    StoreStats stats();
}
