package yaowen.stores;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import yaowen.records.Article;
import yaowen.records.Meeting;
import yaowen.records.MetricObservation;

/**
 * A database of articles, meetings and metric observations, written by the sink and read by the web.
 *
 * <p>Writes are idempotent upserts by key: writing the same record twice, or replaying a topic,
 * leaves one row per key holding the latest value. Implementations apply their schema migrations
 * when opened.
 *
 * <p>Thread-safety: implementations are safe for use by several threads (the sink writes while the
 * web reads through the same instance). Failures are reported as {@link StoreException}.
 */
public interface ArticleStore extends AutoCloseable {

    /** Inserts or replaces the article with {@code article.getId()}. */
    void upsertArticle(Article article);

    /** Inserts or replaces the meeting with {@code meeting.getKey()}, people included. */
    void upsertMeeting(Meeting meeting);

    /** Inserts or replaces the metric observation with {@code metric.getKey()}. */
    void upsertMetric(MetricObservation metric);

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

    /** Rows per table (table name to count), in a stable order. */
    Map<String, Long> rowCounts();

    /** Counts of stored records and of writes through this instance. */
    StoreStats stats();

    /** Closes the connection; further calls fail with {@link StoreException}. */
    @Override
    void close();
}
