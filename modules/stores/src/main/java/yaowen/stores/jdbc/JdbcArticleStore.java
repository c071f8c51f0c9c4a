package yaowen.stores.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import yaowen.records.Article;
import yaowen.records.Meeting;
import yaowen.records.MeetingSource;
import yaowen.records.MetricEvidence;
import yaowen.records.MetricObservation;
import yaowen.records.Person;
import yaowen.records.Region;
import yaowen.stores.ArticleStore;
import yaowen.stores.MeetingRow;
import yaowen.stores.MetricRow;
import yaowen.stores.SinkBatch;
import yaowen.stores.SinkOffset;
import yaowen.stores.SqlQueries;
import yaowen.stores.StoreException;
import yaowen.stores.StoreReader;
import yaowen.stores.StoreStats;
import yaowen.stores.ArticleQuery;
import yaowen.stores.ArticleRow;
import yaowen.stores.MeetingQuery;
import yaowen.stores.MetricQuery;
import yaowen.stores.Page;
import yaowen.stores.Paging;
import yaowen.stores.PeopleQuery;
import yaowen.stores.PersonAppearance;
import yaowen.stores.RegionCount;
import yaowen.stores.StoredMeeting;

/**
 * An {@link ArticleStore} over JDBC, using SQL that DuckDB and PostgreSQL share
 * ({@code INSERT … ON CONFLICT (key) DO UPDATE}). Lists are stored as delimited text (types by
 * {@code ,}, region path by {@code /}, authors and roles by newline) and times as UTC epoch millis.
 * Each written value is named next to its column ({@link ColumnValues}).
 *
 * <p>Two connections: writes are serialised on the write connection under this instance's lock; reads go
 * to {@link #reader()}, which has its own connection and lock, so a page and the sink never wait for each
 * other. The schema is brought up to date by {@link SchemaMigrator} (Flyway) before either is opened.
 *
 * <p>A {@link SinkBatch} ({@link #beginSinkBatch()}) holds the write lock from its start to its end and keeps
 * the write connection in one transaction meanwhile: upserts and {@link #inWriteTransaction} work made by
 * its thread join that transaction, which commits with the rows of {@code sink_offsets}.
 *
 * <p>Thread-safe.
 */
public abstract class JdbcArticleStore implements ArticleStore {
    /** Data tables reported by {@link #rowCounts()}, in that order. */
    public static final List<String> TABLES = JdbcReader.TABLES;

    private final ConnectionSource connections;
    private final SchemaMigrator.Dialect dialect;
    private final AtomicLong writes = new AtomicLong();
    private final Connection connection;
    private final JdbcReader reader;
    private final SqlQueries sql;
    /** Guards the write connection; held by a {@link SinkBatch} from its start to its end. */
    private final ReentrantLock writeLock = new ReentrantLock();
    private volatile boolean closed;
    private OpenBatch batch;
    /**
     * {@code stored_at_ms} of meetings: strictly increasing and taken under the write lock, so that a feed reading
     * {@code stored_at_ms > last seen} ({@link yaowen.stores.StoreReader#meetingsStoredAfter}) misses no meeting
     * this store writes (commit order is stamp order, no two meetings share a stamp).
     */
    private final Stamps meetingStamps;

    /**
     * Opens the write connection from {@code connections} (so an unreachable database is reported as
     * such, not as a failed migration), migrates the database, then opens the read connection from
     * {@code reads}.
     *
     * @throws StoreException when a connection cannot be opened or the migration fails (none is left open)
     */
    protected JdbcArticleStore(ConnectionSource connections, ConnectionSource.Opener reads, SchemaMigrator.Dialect dialect) {
        this.connections = Objects.requireNonNull(connections, "connections");
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        Objects.requireNonNull(reads, "reads");
        Connection writer = null;
        try {
            writer = connections.getConnection();
            writer.setAutoCommit(true);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(writer, e);
            throw new StoreException("connect to " + connections, null, e);
        }
        try {
            SchemaMigrator.migrate(connections, dialect);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(writer, e);
            throw new StoreException("migrate the schema of " + connections, null, e);
        }
        try {
            this.connection = writer;
            this.meetingStamps = new Stamps(latestMeetingStamp(writer));
            this.reader = new JdbcReader(reads.open(), writes::get);
            this.sql = new JdbcSqlQueries(new ConnectionSource(this::sqlConnection, connections.toString()), dialect);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(writer, e);
            throw new StoreException("connect to " + connections, null, e);
        }
    }

    /** A stamp after every stamp given before; called with the write lock held. */
    private long nextMeetingStamp() {
        return meetingStamps.next(System.currentTimeMillis());
    }

    private static long latestMeetingStamp(Connection c) throws SQLException {
        try (var st = c.createStatement(); var rs = st.executeQuery("SELECT MAX(stored_at_ms) FROM meeting")) {
            return rs.next() ? rs.getLong(1) : 0L;
        }
    }

    /** Work done in one write transaction. */
    @FunctionalInterface
    public interface WriteWork<T> {
        T run(Connection connection) throws SQLException;
    }

    /**
     * Runs {@code work} in one transaction on the write connection, holding the write lock: committed
     * when it returns, rolled back when it throws. Readers are not held up meanwhile.
     *
     * @throws StoreException when the work or the commit fails (after rolling back)
     */
    public <T> T inWriteTransaction(String operation, String key, WriteWork<T> work) {
        writeLock.lock();
        try {
            Connection c = open(operation, key);
            if (batch != null) {
                return joinBatch(operation, key, work, c);
            }
            return inOwnTransaction(operation, key, work, c);
        } finally {
            writeLock.unlock();
        }
    }

    /** Inside an open sink batch, work is part of its transaction: the batch commits or rolls it back. */
    private static <T> T joinBatch(String operation, String key, WriteWork<T> work, Connection c) {
        try {
            return work.run(c);
        } catch (SQLException e) {
            throw new StoreException(operation, key, e);
        }
    }

    private static <T> T inOwnTransaction(String operation, String key, WriteWork<T> work, Connection c) {
        try {
            c.setAutoCommit(false);
            T result = work.run(c);
            c.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            rollbackQuietly(c, e);
            throw e instanceof StoreException se ? se : new StoreException(operation, key, e);
        } finally {
            autoCommitQuietly(c);
        }
    }

    @Override
    public SinkBatch beginSinkBatch() {
        writeLock.lock();
        try {
            if (batch != null) {
                throw new IllegalStateException("a sink batch is already open on this thread");
            }
            Connection c = open("beginSinkBatch", null);
            c.setAutoCommit(false);
            batch = new OpenBatch(c);
            return batch;
        } catch (SQLException | RuntimeException e) {
            writeLock.unlock();
            throw e instanceof StoreException se ? se : new StoreException("beginSinkBatch", null, e);
        }
    }

    @Override
    public List<SinkOffset> sinkOffsets(String group) {
        Objects.requireNonNull(group, "group");
        return inWriteTransaction("sinkOffsets", group, c -> {
            List<SinkOffset> offsets = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT topic, kafka_partition, next_offset FROM sink_offsets"
                    + " WHERE consumer_group = ? ORDER BY topic, kafka_partition")) {
                ps.setString(1, group);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        offsets.add(new SinkOffset(rs.getString(1), rs.getInt(2), rs.getLong(3)));
                    }
                }
            }
            return offsets;
        });
    }

    /** The sink batch open on the write connection; ends by releasing the write lock its start took. */
    private final class OpenBatch implements SinkBatch {
        /** Moves a partition forward only from where the batch began or before: else it updates no row. */
        private static final String UPSERT_OFFSET = "INSERT INTO sink_offsets (consumer_group, topic, kafka_partition,"
                + " next_offset) VALUES (?, ?, ?, ?) ON CONFLICT (consumer_group, topic, kafka_partition)"
                + " DO UPDATE SET next_offset = EXCLUDED.next_offset WHERE sink_offsets.next_offset <= ?";
        private final Connection c;

        OpenBatch(Connection c) {
            this.c = c;
        }

        @Override
        public void commit(String group, Collection<yaowen.stores.SinkAdvance> advances) {
            Objects.requireNonNull(group, "group");
            end();
            try (PreparedStatement ps = c.prepareStatement(UPSERT_OFFSET)) {
                for (yaowen.stores.SinkAdvance a : advances) {
                    ps.setString(1, group);
                    ps.setString(2, a.topic());
                    ps.setInt(3, a.partition());
                    ps.setLong(4, a.nextOffset());
                    ps.setLong(5, a.firstOffset());
                    if (ps.executeUpdate() == 0) {
                        throw new IllegalStateException(a.topic() + "-" + a.partition() + " is already stored past offset "
                                + a.firstOffset() + ", where this batch began: another sink owns it now; batch dropped");
                    }
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(c, e);
                throw new StoreException("commit a sink batch", group, e);
            } finally {
                release();
            }
        }

        @Override
        public void rollback() {
            if (batch != this || !writeLock.isHeldByCurrentThread()) {
                return;
            }
            end();
            try {
                c.rollback();
            } catch (SQLException e) {
                // the connection is broken; the next write reports it
            } finally {
                release();
            }
        }

        private void end() {
            if (batch != this || !writeLock.isHeldByCurrentThread()) {
                throw new IllegalStateException("this sink batch has ended or belongs to another thread");
            }
            batch = null;
        }

        private void release() {
            autoCommitQuietly(c);
            writeLock.unlock();
        }
    }

    /** The schema version Flyway records (0 when none applied). */
    public int schemaVersion() {
        return SchemaMigrator.currentVersion(connections, dialect);
    }

    @Override
    public void upsertArticle(Article a) {
        Objects.requireNonNull(a, "article");
        upsert("upsertArticle", a.getId(), "article", "id", articleRow(a, System.currentTimeMillis()));
    }

    /** The columns of {@code a}'s row in {@code article}. */
    static ColumnValues articleRow(Article a, long storedAtMs) {
        return new ColumnValues()
                .string("id", a.getId())
                .string("url", a.getUrl())
                .string("site_id", a.getSiteId())
                .string("title", a.getTitle())
                .string("published_at", a.getPublishedAt())
                .string("source", a.getSource())
                .string("authors", String.join("\n", a.getAuthors()))
                .string("body", a.getText())
                .string("script", a.getScript())
                .string("charset", a.getCharset())
                .string("charset_source", a.getCharsetSource())
                .string("simhash", a.getSimhash())
                .string("content_hash", a.getContentHash())
                .longValue("fetched_at_ms", a.getFetchedAt().toEpochMilli())
                .string("site_region_code", a.getSiteRegionCode())
                .longValue("stored_at_ms", storedAtMs);
    }

    @Override
    public void upsertMeeting(Meeting m) {
        Objects.requireNonNull(m, "meeting");
        inWriteTransaction("upsertMeeting", m.getKey(), c -> {
            ColumnValues row = meetingRow(m, nextMeetingStamp());
            execute(c, row.upsertSql("meeting", "meeting_key"), row);
            deleteWhere(c, "meeting_person", "meeting_key", m.getKey());
            List<ColumnValues> people = new ArrayList<>();
            for (Person person : m.getPeople()) {
                people.add(new ColumnValues()
                        .string("meeting_key", m.getKey())
                        .integer("ordinal", people.size())
                        .string("name", person.getName())
                        .string("role", person.getRole())
                        .string("roles", String.join("\n", person.getRoles()))
                        .string("part", person.getPart()));
            }
            insertBatch(c, "meeting_person", people);
            deleteWhere(c, "meeting_source", "meeting_key", m.getKey());
            insertBatch(c, "meeting_source", sourceRows(m));
            return null;
        });
        writes.incrementAndGet();
    }

    /** The columns of {@code m}'s row in {@code meeting} (its people go to {@code meeting_person}). */
    static ColumnValues meetingRow(Meeting m, long storedAtMs) {
        Region r = m.getRegion();
        return new ColumnValues()
                .string("meeting_key", m.getKey())
                .string("article_id", m.getArticleId())
                .string("url", m.getUrl())
                .string("title", m.getTitle())
                .string("types", String.join(",", m.getTypes()))
                .string("deciding_cue", m.getDecidingCue())
                .string("name", m.getName())
                .date("meeting_date", m.getDate())
                .string("region_code", r == null ? null : r.getCode())
                .string("region_name", r == null ? null : r.getName())
                .string("region_path", r == null ? null : String.join("/", r.getPath()))
                .string("format", m.getFormat())
                .integer("congress", m.getCongress())
                .integer("plenary", m.getPlenary())
                .bool("enlarged", m.getEnlarged())
                .integer("review_year", m.getReviewYear())
                .integer("plan_year", m.getPlanYear())
                .string("published_at", m.getPublishedAt())
                .longValue("stored_at_ms", storedAtMs);
    }

    /**
     * The rows of {@code m}'s sources in {@code meeting_source}, first report first; a record without sources
     * (written before they were kept) has its own article as its one source.
     */
    static List<ColumnValues> sourceRows(Meeting m) {
        List<MeetingSource> sources = m.getSources().isEmpty()
                ? List.of(MeetingSource.newBuilder().setArticleId(m.getArticleId()).setUrl(m.getUrl())
                        .setTitle(m.getTitle()).setPublishedAt(m.getPublishedAt()).build())
                : m.getSources();
        List<ColumnValues> rows = new ArrayList<>();
        for (MeetingSource s : sources) {
            rows.add(new ColumnValues()
                    .string("meeting_key", m.getKey())
                    .integer("ordinal", rows.size())
                    .string("article_id", s.getArticleId())
                    .string("url", s.getUrl())
                    .string("site_id", s.getSiteId())
                    .string("title", s.getTitle())
                    .string("published_at", s.getPublishedAt()));
        }
        return rows;
    }

    @Override
    public void upsertMetric(MetricObservation o) {
        Objects.requireNonNull(o, "metric");
        long now = System.currentTimeMillis();
        inWriteTransaction("upsertMetric", o.getKey(), c -> {
            ColumnValues row = metricRow(o, now);
            execute(c, row.upsertSql("metric", "metric_key"), row);
            deleteWhere(c, "metric_evidence", "metric_key", o.getKey());
            insertBatch(c, "metric_evidence", evidenceRows(o));
            return null;
        });
        writes.incrementAndGet();
    }

    /** The rows of {@code o}'s reports in {@code metric_evidence}; a record without them has none. */
    static List<ColumnValues> evidenceRows(MetricObservation o) {
        List<ColumnValues> rows = new ArrayList<>();
        for (MetricEvidence e : o.getReports()) {
            rows.add(new ColumnValues()
                    .string("metric_key", o.getKey())
                    .integer("ordinal", rows.size())
                    .string("article_id", e.getArticleId())
                    .string("url", e.getUrl())
                    .string("meeting_key", e.getMeetingKey())
                    .string("standing", e.getStanding())
                    .doubleValue("value", e.getValue())
                    .string("qualifier", e.getQualifier())
                    .doubleValue("range_min", e.getRangeMin())
                    .doubleValue("range_max", e.getRangeMax())
                    .bool("preliminary", e.getPreliminary())
                    .string("raw", e.getRaw())
                    .string("evidence", e.getEvidence()));
        }
        return rows;
    }

    /** The columns of {@code o}'s row in {@code metric}. */
    static ColumnValues metricRow(MetricObservation o, long storedAtMs) {
        Region r = o.getRegion();
        return new ColumnValues()
                .string("metric_key", o.getKey())
                .string("article_id", o.getArticleId())
                .string("url", o.getUrl())
                .string("meeting_key", o.getMeetingKey())
                .string("region_code", r == null ? null : r.getCode())
                .string("region_name", r == null ? null : r.getName())
                .string("indicator", o.getIndicator())
                .string("label", o.getLabel())
                .string("kind", o.getKind())
                .integer("year", o.getYear())
                .string("period", o.getPeriod())
                .string("measure", o.getMeasure())
                .doubleValue("value", o.getValue())
                .string("unit", o.getUnit())
                .string("qualifier", o.getQualifier())
                .doubleValue("range_min", o.getRangeMin())
                .doubleValue("range_max", o.getRangeMax())
                .string("scope", o.getScope())
                .bool("preliminary", o.getPreliminary())
                .string("rank_scope", o.getRankScope())
                .integer("rank", o.getRank())
                .string("versus_scope", o.getVersusScope())
                .doubleValue("versus_delta_pp", o.getVersusDeltaPp())
                .string("raw", o.getRaw())
                .string("evidence", o.getEvidence())
                .bool("conflict", o.getConflict())
                .longValue("stored_at_ms", storedAtMs);
    }

    @Override
    public SqlQueries sqlQueries() {
        return sql;
    }

    private Connection sqlConnection() throws SQLException {
        if (closed) {
            throw new SQLException("the store is closed");
        }
        return connections.getConnection();
    }

    @Override
    public StoreReader reader() {
        return reader;
    }

    @Override
    public Page<MeetingRow> meetings(MeetingQuery query, Paging paging) {
        return reader.meetings(query, paging);
    }

    @Override
    public Page<MetricRow> metrics(MetricQuery query, Paging paging) {
        return reader.metrics(query, paging);
    }

    @Override
    public Page<ArticleRow> articles(ArticleQuery query, Paging paging) {
        return reader.articles(query, paging);
    }

    @Override
    public Optional<ArticleRow> article(String id) {
        return reader.article(id);
    }

    @Override
    public Page<PersonAppearance> people(PeopleQuery query, Paging paging) {
        return reader.people(query, paging);
    }

    @Override
    public List<RegionCount> regions() {
        return reader.regions();
    }

    @Override
    public List<StoredMeeting> meetingsStoredAfter(long storedAfterMs, int limit) {
        return reader.meetingsStoredAfter(storedAfterMs, limit);
    }

    @Override
    public List<MeetingRow> recentMeetings(int limit) {
        return reader.recentMeetings(limit);
    }

    @Override
    public Optional<MeetingRow> meeting(String key) {
        return reader.meeting(key);
    }

    @Override
    public List<MetricRow> metricsOfMeeting(String meetingKey) {
        return reader.metricsOfMeeting(meetingKey);
    }

    @Override
    public List<MetricRow> metricsOfArticle(String articleId) {
        return reader.metricsOfArticle(articleId);
    }

    @Override
    public Map<String, Long> rowCounts() {
        return reader.rowCounts();
    }

    @Override
    public StoreStats stats() {
        return reader.stats();
    }

    /** Closes the read and write connections. Idempotent. */
    @Override
    public void close() {
        StoreException failure = null;
        try {
            reader.close();
        } catch (SQLException e) {
            failure = new StoreException("close", null, e);
        }
        writeLock.lock();
        try {
            if (!closed) {
                closed = true;
                try {
                    connection.close();
                } catch (SQLException e) {
                    failure = failure == null ? new StoreException("close", null, e) : failure;
                }
            }
        } finally {
            writeLock.unlock();
        }
        if (failure != null) {
            throw failure;
        }
    }

    private void upsert(String operation, String key, String table, String keyColumn, ColumnValues row) {
        writeLock.lock();
        try {
            execute(open(operation, key), row.upsertSql(table, keyColumn), row);
        } catch (SQLException e) {
            throw new StoreException(operation, key, e);
        } finally {
            writeLock.unlock();
        }
        writes.incrementAndGet();
    }

    private static void execute(Connection c, String sql, ColumnValues row) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            row.bind(ps);
            ps.executeUpdate();
        }
    }

    private static void deleteWhere(Connection c, String table, String keyColumn, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE " + keyColumn + " = ?")) {
            ps.setString(1, key);
            ps.executeUpdate();
        }
    }

    private static void insertBatch(Connection c, String table, List<ColumnValues> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        String sql = rows.get(0).insertSql(table);
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (ColumnValues row : rows) {
                if (!row.insertSql(table).equals(sql)) {
                    throw new IllegalStateException("rows of one batch into " + table + " name different columns");
                }
                row.bind(ps);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /**
     * Asks the write connection {@code SELECT 1}: the store is writable only if the connection the sink
     * writes on answers (the reader has its own, see {@link #reader()}).
     */
    @Override
    public void ping() {
        // The connection is the sink's, never used by two threads at once. While a sink batch holds it (seconds
        // for 500 rows on DuckDB), the store is busy writing: that answers the question, and a probe never waits.
        try {
            if (!writeLock.tryLock(1, java.util.concurrent.TimeUnit.SECONDS)) {
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("ping", null, e);
        }
        try (java.sql.Statement st = open("ping", null).createStatement(); java.sql.ResultSet rs = st.executeQuery("SELECT 1")) {
            rs.next();
        } catch (SQLException e) {
            throw new StoreException("ping", null, e);
        } finally {
            writeLock.unlock();
        }
    }

    /** The write connection for {@code operation}; fails once the store is closed. Callers hold the lock. */
    private Connection open(String operation, String key) {
        if (closed) {
            throw new StoreException(operation, key, new IllegalStateException("store is closed"));
        }
        return connection;
    }

    private static void rollbackQuietly(Connection c, Exception cause) {
        try {
            c.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private static void autoCommitQuietly(Connection c) {
        try {
            c.setAutoCommit(true);
        } catch (SQLException ignored) {
            // the next call reports a broken connection
        }
    }

    private static void closeQuietly(Connection c, Exception cause) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException e) {
                cause.addSuppressed(e);
            }
        }
    }
}
