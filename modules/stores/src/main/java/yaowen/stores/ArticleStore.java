package yaowen.stores;

import java.util.List;
import yaowen.records.Article;
import yaowen.records.Meeting;
import yaowen.records.MetricObservation;

/**
 * A database of articles, meetings and metric observations, written by the sink and read by the web.
 *
 * <p>Writes are idempotent upserts by key: writing the same record twice, or replaying a topic,
 * leaves one row per key holding the latest value. Implementations bring their schema up to date
 * (a migration tool, see {@code yaowen.stores.jdbc.SchemaMigrator}) when opened.
 *
 * <p>Thread-safety: implementations are safe for use by several threads. Writes are serialised on the
 * store's write connection; the reads inherited from {@link StoreReader} are answered by {@link #reader()},
 * which has its own connection, so readers and the writer do not wait for each other. Failures are
 * reported as {@link StoreException}.
 */
public interface ArticleStore extends StoreReader, AutoCloseable {

    /** Inserts or replaces the article with {@code article.getId()}. */
    void upsertArticle(Article article);

    /** Inserts or replaces the meeting with {@code meeting.getKey()}, people included. */
    void upsertMeeting(Meeting meeting);

    /** Inserts or replaces the metric observation with {@code metric.getKey()}. */
    void upsertMetric(MetricObservation metric);

    /**
     * Opens a sink batch: the calling thread's upserts until it ends are one transaction, committed with
     * the sink's offsets, so that a crash leaves either the whole batch and its offsets or neither. While
     * it is open, other threads' writes wait.
     *
     * @throws StoreException when the transaction cannot be begun
     */
    SinkBatch beginSinkBatch();

    /** The offsets last committed by {@link SinkBatch#commit} for consumer group {@code group}. */
    List<SinkOffset> sinkOffsets(String group);

    /**
     * Analysts' SQL against this store while it runs: single reading statements on connections of their
     * own, time-limited and row-capped. Owned by the store: fails once it is closed.
     */
    SqlQueries sqlQueries();

    /**
     * The read-only view of this store, on its own connection: hand this, not the store, to whatever
     * only reads (the web). Owned by the store: closed with it.
     */
    StoreReader reader();

    /** Closes the connections; further calls, on the store or its reader, fail with {@link StoreException}. */
    @Override
    void close();
}
