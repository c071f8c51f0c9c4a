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

    /**
     * Meetings matching {@code query}, one page in {@code paging}'s order, people and sources included.
     *
     * @throws BadQuery when the sort is not one of {@link MeetingQuery#SORTS} or the cursor is not one this
     *         query produced
     */
    Page<MeetingRow> meetings(MeetingQuery query, Paging paging);

    /**
     * Metrics matching {@code query} (from every article, meeting or not), one page, each with its reports.
     *
     * @throws BadQuery as {@link #meetings}
     */
    Page<MetricRow> metrics(MetricQuery query, Paging paging);

    /**
     * Articles matching {@code query}, one page, without their bodies ({@link ArticleRow#body()} null).
     *
     * @throws BadQuery as {@link #meetings}
     */
    Page<ArticleRow> articles(ArticleQuery query, Paging paging);

    /** The article with {@code id}, its clean body included; empty when unknown. */
    Optional<ArticleRow> article(String id);

    /**
     * Appearances of people in meeting reports matching {@code query}, one page.
     *
     * @throws BadQuery as {@link #meetings}
     */
    Page<PersonAppearance> people(PeopleQuery query, Paging paging);

    /** Every region on a stored meeting or metric, with its own counts, ordered by code (uncoded last, by name). */
    List<RegionCount> regions();

    /**
     * Meetings written after {@code storedAfterMs} (new or updated), oldest write first, at most {@code limit}:
     * a feed polls with the last time it saw. A store stamps its meeting writes with strictly increasing times in
     * commit order, so such a feed misses none of them; with several sinks writing one PostgreSQL database a
     * write may commit behind a later stamp of another and be missed by a feed that polled in between.
     */
    List<StoredMeeting> meetingsStoredAfter(long storedAfterMs, int limit);

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
