package yaowen.stores.jdbc;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import yaowen.stores.EvidenceRow;
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
import yaowen.stores.MeetingRow;
import yaowen.stores.MetricRow;
import yaowen.stores.PersonRow;
import yaowen.stores.SourceRow;
import yaowen.stores.StoreException;
import yaowen.stores.StoreReader;
import yaowen.stores.StoreStats;

/**
 * The queries of a {@link JdbcArticleStore}, on a read connection of their own: a page never waits for the
 * sink's write lock, and a long query never holds it. Reads see what the writer has committed.
 *
 * <p>Thread-safe: calls are serialised on this reader's connection (not on the writer's).
 */
final class JdbcReader implements StoreReader {
    /** Data tables reported by {@link #rowCounts()}, in that order. */
    static final List<String> TABLES = List.of("article", "meeting", "meeting_person", "meeting_source", "metric",
            "metric_evidence");

    private static final String MEETING_SELECT = "SELECT meeting_key, article_id, url, title, types, deciding_cue, name,"
            + " meeting_date, region_code, region_name, region_path, format, congress, plenary, enlarged, review_year,"
            + " plan_year, published_at FROM meeting";
    private static final String METRIC_SELECT = "SELECT metric_key, article_id, url, meeting_key, region_code, region_name,"
            + " indicator, label, kind, year, period, measure, value, unit, qualifier, range_min, range_max, scope,"
            + " preliminary, rank_scope, rank, versus_scope, versus_delta_pp, raw, evidence, conflict FROM metric";
    private static final String METRIC_ORDER = " ORDER BY indicator, kind, year, measure, metric_key";

    private final Connection connection;
    private final LongSupplier writes;
    private boolean closed;

    /** Takes ownership of {@code connection}; {@code writes} counts the store's writes for {@link #stats()}. */
    JdbcReader(Connection connection, LongSupplier writes) {
        this.connection = Objects.requireNonNull(connection, "connection");
        this.writes = Objects.requireNonNull(writes, "writes");
    }

    @Override
    public synchronized List<MeetingRow> recentMeetings(int limit) {
        if (limit <= 0) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
        String sql = MEETING_SELECT
                + " ORDER BY meeting_date DESC NULLS LAST, published_at DESC NULLS LAST, meeting_key LIMIT ?";
        try (PreparedStatement ps = open("recentMeetings", null).prepareStatement(sql)) {
            ps.setInt(1, limit);
            return withPeople(readMeetings(ps));
        } catch (SQLException e) {
            throw new StoreException("recentMeetings", null, e);
        }
    }

    @Override
    public synchronized Optional<MeetingRow> meeting(String key) {
        Objects.requireNonNull(key, "key");
        try (PreparedStatement ps = open("meeting", key).prepareStatement(MEETING_SELECT + " WHERE meeting_key = ?")) {
            ps.setString(1, key);
            return withPeople(readMeetings(ps)).stream().findFirst();
        } catch (SQLException e) {
            throw new StoreException("meeting", key, e);
        }
    }

    /** Metrics of the meeting, also those whose standing report is another article (a statistics release). */
    @Override
    public synchronized List<MetricRow> metricsOfMeeting(String meetingKey) {
        Objects.requireNonNull(meetingKey, "meetingKey");
        return metricsWhere("meeting_key", meetingKey, "metricsOfMeeting");
    }

    /** Metrics the article states, also those where another article's report stands. */
    @Override
    public synchronized List<MetricRow> metricsOfArticle(String articleId) {
        Objects.requireNonNull(articleId, "articleId");
        return metricsWhere("article_id", articleId, "metricsOfArticle");
    }

    @Override
    public synchronized void ping() {
        try (Statement st = open("ping", null).createStatement(); ResultSet rs = st.executeQuery("SELECT 1")) {
            rs.next();
        } catch (SQLException e) {
            throw new StoreException("ping", null, e);
        }
    }

    // ISSUE-12-STUB: the analyst queries below are being written on branch i12-store; this stub never ships.
    @Override
    public Page<MeetingRow> meetings(MeetingQuery query, Paging paging) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public Page<MetricRow> metrics(MetricQuery query, Paging paging) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public Page<ArticleRow> articles(ArticleQuery query, Paging paging) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public Optional<ArticleRow> article(String id) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public Page<PersonAppearance> people(PeopleQuery query, Paging paging) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public List<RegionCount> regions() {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public List<StoredMeeting> meetingsStoredAfter(long storedAfterMs, int limit) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public synchronized Map<String, Long> rowCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Statement st = open("rowCounts", null).createStatement()) {
            for (String table : TABLES) {
                try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("rowCounts", null, e);
        }
        return counts;
    }

    @Override
    public synchronized StoreStats stats() {
        Map<String, Long> counts = rowCounts();
        return new StoreStats(counts.get("article"), counts.get("meeting"), counts.get("metric"), writes.getAsLong());
    }

    /** Closes the read connection; later calls fail. Idempotent. */
    synchronized void close() throws SQLException {
        if (!closed) {
            closed = true;
            connection.close();
        }
    }

    private Connection open(String operation, String key) {
        if (closed) {
            throw new StoreException(operation, key, new IllegalStateException("store is closed"));
        }
        return connection;
    }

    private List<MetricRow> metricsWhere(String column, String value, String operation) {
        String sql = METRIC_SELECT + " WHERE " + column + " = ? OR metric_key IN (SELECT metric_key FROM metric_evidence WHERE "
                + column + " = ?)" + METRIC_ORDER;
        try (PreparedStatement ps = open(operation, value).prepareStatement(sql)) {
            ps.setString(1, value);
            ps.setString(2, value);
            List<MetricRow> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new MetricRow(rs.getString("metric_key"), rs.getString("article_id"), rs.getString("url"),
                            rs.getString("meeting_key"), rs.getString("region_code"), rs.getString("region_name"),
                            rs.getString("indicator"), rs.getString("label"), rs.getString("kind"),
                            integer(rs, "year"), rs.getString("period"), rs.getString("measure"), rs.getDouble("value"),
                            rs.getString("unit"), rs.getString("qualifier"), doubleOrNull(rs, "range_min"),
                            doubleOrNull(rs, "range_max"), rs.getString("scope"), rs.getBoolean("preliminary"),
                            rs.getString("rank_scope"), integer(rs, "rank"), rs.getString("versus_scope"),
                            doubleOrNull(rs, "versus_delta_pp"), rs.getString("raw"), rs.getString("evidence"),
                            Boolean.TRUE.equals(bool(rs, "conflict")), List.of()));
                }
            }
            return withEvidence(rows);
        } catch (SQLException e) {
            throw new StoreException(operation, value, e);
        }
    }

    private static List<MeetingRow> readMeetings(PreparedStatement ps) throws SQLException {
        List<MeetingRow> rows = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Date date = rs.getDate("meeting_date");
                rows.add(new MeetingRow(rs.getString("meeting_key"), rs.getString("article_id"), rs.getString("url"),
                        rs.getString("title"), split(rs.getString("types"), ","), rs.getString("deciding_cue"),
                        rs.getString("name"), date == null ? null : date.toLocalDate(), rs.getString("region_code"),
                        rs.getString("region_name"), split(rs.getString("region_path"), "/"), rs.getString("format"),
                        integer(rs, "congress"), integer(rs, "plenary"), bool(rs, "enlarged"),
                        integer(rs, "review_year"), integer(rs, "plan_year"), rs.getString("published_at"), List.of()));
            }
        }
        return rows;
    }

    /** Reads one child row. */
    @FunctionalInterface
    private interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /**
     * The rows of child table {@code table} (columns {@code columns}) of the parents {@code keys}, by parent key
     * (column {@code keyColumn}) in {@code ordinal} order.
     */
    private <T> Map<String, List<T>> children(String table, String keyColumn, String columns, List<String> keys,
                                              RowReader<T> reader) throws SQLException {
        String marks = keys.stream().map(k -> "?").collect(Collectors.joining(", "));
        Map<String, List<T>> out = new HashMap<>();
        try (PreparedStatement ps = open(table, null).prepareStatement("SELECT " + keyColumn + ", " + columns + " FROM "
                + table + " WHERE " + keyColumn + " IN (" + marks + ") ORDER BY " + keyColumn + ", ordinal")) {
            for (int i = 0; i < keys.size(); i++) {
                ps.setString(i + 1, keys.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getString(keyColumn), k -> new ArrayList<>()).add(reader.read(rs));
                }
            }
        }
        return out;
    }

    private List<MeetingRow> withPeople(List<MeetingRow> meetings) throws SQLException {
        if (meetings.isEmpty()) {
            return meetings;
        }
        List<String> keys = meetings.stream().map(MeetingRow::key).toList();
        Map<String, List<PersonRow>> people = children("meeting_person", "meeting_key", "name, role, roles, part", keys,
                rs -> new PersonRow(rs.getString("name"), rs.getString("role"), split(rs.getString("roles"), "\n"),
                        rs.getString("part")));
        Map<String, List<SourceRow>> sources = children("meeting_source", "meeting_key",
                "article_id, url, site_id, title, published_at", keys,
                rs -> new SourceRow(rs.getString("article_id"), rs.getString("url"), rs.getString("site_id"),
                        rs.getString("title"), rs.getString("published_at")));
        List<MeetingRow> result = new ArrayList<>(meetings.size());
        for (MeetingRow m : meetings) {
            result.add(new MeetingRow(m.key(), m.articleId(), m.url(), m.title(), m.types(), m.decidingCue(), m.name(),
                    m.date(), m.regionCode(), m.regionName(), m.regionPath(), m.format(), m.congress(), m.plenary(),
                    m.enlarged(), m.reviewYear(), m.planYear(), m.publishedAt(), people.getOrDefault(m.key(), List.of()),
                    sources.getOrDefault(m.key(), m.sources())));
        }
        return result;
    }

    private List<MetricRow> withEvidence(List<MetricRow> metrics) throws SQLException {
        if (metrics.isEmpty()) {
            return metrics;
        }
        Map<String, List<EvidenceRow>> evidence = children("metric_evidence", "metric_key",
                "article_id, url, meeting_key, standing, value, qualifier, range_min, range_max, preliminary, raw, evidence",
                metrics.stream().map(MetricRow::key).toList(),
                rs -> new EvidenceRow(rs.getString("article_id"), rs.getString("url"), rs.getString("meeting_key"),
                        rs.getString("standing"), rs.getDouble("value"), rs.getString("qualifier"),
                        doubleOrNull(rs, "range_min"), doubleOrNull(rs, "range_max"), rs.getBoolean("preliminary"),
                        rs.getString("raw"), rs.getString("evidence")));
        List<MetricRow> result = new ArrayList<>(metrics.size());
        for (MetricRow m : metrics) {
            result.add(new MetricRow(m.key(), m.articleId(), m.url(), m.meetingKey(), m.regionCode(), m.regionName(),
                    m.indicator(), m.label(), m.kind(), m.year(), m.period(), m.measure(), m.value(), m.unit(),
                    m.qualifier(), m.rangeMin(), m.rangeMax(), m.scope(), m.preliminary(), m.rankScope(), m.rank(),
                    m.versusScope(), m.versusDeltaPp(), m.raw(), m.evidence(), m.conflict(),
                    evidence.getOrDefault(m.key(), List.of())));
        }
        return result;
    }

    private static List<String> split(String joined, String separator) {
        if (joined == null || joined.isEmpty()) {
            return List.of();
        }
        return List.of(joined.split(Pattern.quote(separator)));
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    private static Double doubleOrNull(ResultSet rs, String column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }

    private static Boolean bool(ResultSet rs, String column) throws SQLException {
        boolean v = rs.getBoolean(column);
        return rs.wasNull() ? null : v;
    }
}
