package yaowen.stores.jdbc;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import yaowen.records.Article;
import yaowen.records.Meeting;
import yaowen.records.MetricObservation;
import yaowen.records.Person;
import yaowen.records.Region;
import yaowen.stores.ArticleStore;
import yaowen.stores.MeetingRow;
import yaowen.stores.MetricRow;
import yaowen.stores.PersonRow;
import yaowen.stores.StoreException;
import yaowen.stores.StoreStats;

/**
 * An {@link ArticleStore} over one JDBC connection, using SQL that DuckDB and PostgreSQL share
 * ({@code INSERT … ON CONFLICT (key) DO UPDATE}). Lists are stored as delimited text (types by
 * {@code ,}, region path by {@code /}, authors and roles by newline) and times as UTC epoch millis.
 *
 * <p>Thread-safe: every call holds this instance's lock, so calls are serialised on the connection.
 */
public abstract class JdbcArticleStore implements ArticleStore {
    /** Tables reported by {@link #rowCounts()}, in that order. */
    public static final List<String> TABLES = List.of("article", "meeting", "meeting_person", "metric", "schema_version");

    private static final String[] ARTICLE_COLUMNS = {"id", "url", "site_id", "title", "published_at", "source",
        "authors", "body", "script", "charset", "charset_source", "simhash", "content_hash", "fetched_at_ms",
        "site_region_code", "stored_at_ms"};
    private static final String[] MEETING_COLUMNS = {"meeting_key", "article_id", "url", "title", "types",
        "deciding_cue", "name", "meeting_date", "region_code", "region_name", "region_path", "format", "congress",
        "plenary", "enlarged", "review_year", "plan_year", "published_at", "stored_at_ms"};
    private static final String[] METRIC_COLUMNS = {"metric_key", "article_id", "url", "meeting_key", "region_code",
        "region_name", "indicator", "label", "kind", "year", "period", "measure", "value", "unit", "qualifier",
        "range_min", "range_max", "scope", "preliminary", "rank_scope", "rank", "versus_scope", "versus_delta_pp",
        "raw", "evidence", "stored_at_ms"};

    private static final String UPSERT_ARTICLE = upsert("article", ARTICLE_COLUMNS);
    private static final String UPSERT_MEETING = upsert("meeting", MEETING_COLUMNS);
    private static final String UPSERT_METRIC = upsert("metric", METRIC_COLUMNS);
    private static final String MEETING_SELECT = "SELECT " + String.join(", ", MEETING_COLUMNS) + " FROM meeting";
    private static final String METRIC_SELECT = "SELECT " + String.join(", ", METRIC_COLUMNS) + " FROM metric";
    private static final String METRIC_ORDER = " ORDER BY indicator, kind, year, measure, metric_key";

    private final Connection connection;
    private final AtomicLong writes = new AtomicLong();
    private boolean closed;

    /**
     * Takes ownership of {@code connection} and applies the migrations in {@code migrationDirectory}.
     *
     * @throws StoreException when the migrations fail (the connection is then closed)
     */
    protected JdbcArticleStore(Connection connection, String migrationDirectory) {
        this.connection = Objects.requireNonNull(connection, "connection");
        try {
            connection.setAutoCommit(true);
            Migrations.apply(connection, migrationDirectory);
        } catch (SQLException | RuntimeException e) {
            try {
                connection.close();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw new StoreException("migrate " + migrationDirectory, null, e);
        }
    }

    /** The schema version recorded in {@code schema_version}. */
    public synchronized int schemaVersion() {
        try {
            return Migrations.currentVersion(open("schemaVersion", null));
        } catch (SQLException e) {
            throw new StoreException("schemaVersion", null, e);
        }
    }

    @Override
    public synchronized void upsertArticle(Article a) {
        Objects.requireNonNull(a, "article");
        try (PreparedStatement ps = open("upsertArticle", a.getId()).prepareStatement(UPSERT_ARTICLE)) {
            Params p = new Params(ps);
            p.string(a.getId()).string(a.getUrl()).string(a.getSiteId()).string(a.getTitle())
                    .string(a.getPublishedAt()).string(a.getSource()).string(String.join("\n", a.getAuthors()))
                    .string(a.getText()).string(a.getScript()).string(a.getCharset()).string(a.getCharsetSource())
                    .string(a.getSimhash()).string(a.getContentHash()).longValue(a.getFetchedAt().toEpochMilli())
                    .string(a.getSiteRegionCode()).longValue(System.currentTimeMillis());
            ps.executeUpdate();
            writes.incrementAndGet();
        } catch (SQLException e) {
            throw new StoreException("upsertArticle", a.getId(), e);
        }
    }

    @Override
    public synchronized void upsertMeeting(Meeting m) {
        Objects.requireNonNull(m, "meeting");
        Connection c = open("upsertMeeting", m.getKey());
        try {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(UPSERT_MEETING)) {
                Region r = m.getRegion();
                new Params(ps).string(m.getKey()).string(m.getArticleId()).string(m.getUrl()).string(m.getTitle())
                        .string(String.join(",", m.getTypes())).string(m.getDecidingCue()).string(m.getName())
                        .date(m.getDate()).string(r == null ? null : r.getCode()).string(r == null ? null : r.getName())
                        .string(r == null ? null : String.join("/", r.getPath())).string(m.getFormat())
                        .integer(m.getCongress()).integer(m.getPlenary()).bool(m.getEnlarged())
                        .integer(m.getReviewYear()).integer(m.getPlanYear()).string(m.getPublishedAt())
                        .longValue(System.currentTimeMillis());
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM meeting_person WHERE meeting_key = ?")) {
                ps.setString(1, m.getKey());
                ps.executeUpdate();
            }
            if (!m.getPeople().isEmpty()) {
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO meeting_person (meeting_key, ordinal, name, role, roles, part) VALUES (?, ?, ?, ?, ?, ?)")) {
                    int ordinal = 0;
                    for (Person person : m.getPeople()) {
                        new Params(ps).string(m.getKey()).integer(ordinal++).string(person.getName())
                                .string(person.getRole()).string(String.join("\n", person.getRoles()))
                                .string(person.getPart());
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
            }
            c.commit();
            writes.incrementAndGet();
        } catch (SQLException | RuntimeException e) {
            rollbackQuietly(c, e);
            throw new StoreException("upsertMeeting", m.getKey(), e);
        } finally {
            autoCommitQuietly(c);
        }
    }

    @Override
    public synchronized void upsertMetric(MetricObservation o) {
        Objects.requireNonNull(o, "metric");
        try (PreparedStatement ps = open("upsertMetric", o.getKey()).prepareStatement(UPSERT_METRIC)) {
            Region r = o.getRegion();
            new Params(ps).string(o.getKey()).string(o.getArticleId()).string(o.getUrl()).string(o.getMeetingKey())
                    .string(r == null ? null : r.getCode()).string(r == null ? null : r.getName())
                    .string(o.getIndicator()).string(o.getLabel()).string(o.getKind()).integer(o.getYear())
                    .string(o.getPeriod()).string(o.getMeasure()).doubleValue(o.getValue()).string(o.getUnit())
                    .string(o.getQualifier()).doubleValue(o.getRangeMin()).doubleValue(o.getRangeMax())
                    .string(o.getScope()).bool(o.getPreliminary()).string(o.getRankScope()).integer(o.getRank())
                    .string(o.getVersusScope()).doubleValue(o.getVersusDeltaPp()).string(o.getRaw())
                    .string(o.getEvidence()).longValue(System.currentTimeMillis());
            ps.executeUpdate();
            writes.incrementAndGet();
        } catch (SQLException e) {
            throw new StoreException("upsertMetric", o.getKey(), e);
        }
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
            List<MeetingRow> rows = readMeetings(ps);
            return withPeople(rows);
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

    @Override
    public synchronized List<MetricRow> metricsOfMeeting(String meetingKey) {
        Objects.requireNonNull(meetingKey, "meetingKey");
        return metricsWhere("meeting_key", meetingKey, "metricsOfMeeting");
    }

    @Override
    public synchronized List<MetricRow> metricsOfArticle(String articleId) {
        Objects.requireNonNull(articleId, "articleId");
        return metricsWhere("article_id", articleId, "metricsOfArticle");
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
        return new StoreStats(counts.get("article"), counts.get("meeting"), counts.get("metric"), writes.get());
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("close", null, e);
        }
    }

    /** The open connection for {@code operation}; fails once the store is closed. Callers hold the lock. */
    protected Connection open(String operation, String key) {
        if (closed) {
            throw new StoreException(operation, key, new IllegalStateException("store is closed"));
        }
        return connection;
    }

    private List<MetricRow> metricsWhere(String column, String value, String operation) {
        try (PreparedStatement ps = open(operation, value).prepareStatement(METRIC_SELECT + " WHERE " + column + " = ?" + METRIC_ORDER)) {
            ps.setString(1, value);
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
                            doubleOrNull(rs, "versus_delta_pp"), rs.getString("raw"), rs.getString("evidence")));
                }
            }
            return rows;
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

    private List<MeetingRow> withPeople(List<MeetingRow> meetings) throws SQLException {
        if (meetings.isEmpty()) {
            return meetings;
        }
        String marks = meetings.stream().map(m -> "?").collect(Collectors.joining(", "));
        Map<String, List<PersonRow>> people = new HashMap<>();
        try (PreparedStatement ps = open("people", null).prepareStatement("SELECT meeting_key, name, role, roles, part FROM meeting_person"
                + " WHERE meeting_key IN (" + marks + ") ORDER BY meeting_key, ordinal")) {
            for (int i = 0; i < meetings.size(); i++) {
                ps.setString(i + 1, meetings.get(i).key());
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    people.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new PersonRow(
                            rs.getString(2), rs.getString(3), split(rs.getString(4), "\n"), rs.getString(5)));
                }
            }
        }
        List<MeetingRow> result = new ArrayList<>(meetings.size());
        for (MeetingRow m : meetings) {
            List<PersonRow> p = people.getOrDefault(m.key(), List.of());
            result.add(new MeetingRow(m.key(), m.articleId(), m.url(), m.title(), m.types(), m.decidingCue(), m.name(),
                    m.date(), m.regionCode(), m.regionName(), m.regionPath(), m.format(), m.congress(), m.plenary(),
                    m.enlarged(), m.reviewYear(), m.planYear(), m.publishedAt(), p));
        }
        return result;
    }

    private static String upsert(String table, String[] columns) {
        String marks = Arrays.stream(columns).map(c -> "?").collect(Collectors.joining(", "));
        String updates = Arrays.stream(columns).skip(1).map(c -> c + " = EXCLUDED." + c)
                .collect(Collectors.joining(", "));
        return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES (" + marks + ")"
                + " ON CONFLICT (" + columns[0] + ") DO UPDATE SET " + updates;
    }

    private static List<String> split(String joined, String separator) {
        if (joined == null || joined.isEmpty()) {
            return List.of();
        }
        return List.of(joined.split(java.util.regex.Pattern.quote(separator)));
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

    /** Binds parameters in order, mapping nulls to SQL NULL of the right type. */
    private static final class Params {
        private final PreparedStatement ps;
        private int index;

        Params(PreparedStatement ps) {
            this.ps = ps;
        }

        Params string(String v) throws SQLException {
            if (v == null) {
                ps.setNull(++index, Types.VARCHAR);
            } else {
                ps.setString(++index, v);
            }
            return this;
        }

        Params integer(Integer v) throws SQLException {
            if (v == null) {
                ps.setNull(++index, Types.INTEGER);
            } else {
                ps.setInt(++index, v);
            }
            return this;
        }

        Params longValue(long v) throws SQLException {
            ps.setLong(++index, v);
            return this;
        }

        Params doubleValue(Double v) throws SQLException {
            if (v == null) {
                ps.setNull(++index, Types.DOUBLE);
            } else {
                ps.setDouble(++index, v);
            }
            return this;
        }

        Params bool(Boolean v) throws SQLException {
            if (v == null) {
                ps.setNull(++index, Types.BOOLEAN);
            } else {
                ps.setBoolean(++index, v);
            }
            return this;
        }

        Params date(LocalDate v) throws SQLException {
            if (v == null) {
                ps.setNull(++index, Types.DATE);
            } else {
                ps.setDate(++index, Date.valueOf(v));
            }
            return this;
        }
    }
}
