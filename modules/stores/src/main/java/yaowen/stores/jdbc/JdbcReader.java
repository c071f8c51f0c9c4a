package yaowen.stores.jdbc;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
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
 * <p>The analyst's lists share one shape: filters make a {@link Where}, the sort and cursor a {@link Keyset}
 * order, and {@link #page} reads one row past the page to know whether another follows; children (people,
 * sources, reports, meeting keys) are read for the whole page in one query per table. The SQL is what DuckDB and
 * PostgreSQL share; their one difference here, which indexes serve these lists, lives in the V5 migrations.
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

    /** Meetings by date (undated last, then publication), by publication, by region; the key decides ties. */
    private static final Keyset MEETING_SORTS = new Keyset(MeetingQuery.SORTS, Map.of(
            "date", List.of(column("meeting_date", Keyset.Type.DATE), column("published_at", Keyset.Type.TEXT)),
            "published", List.of(column("published_at", Keyset.Type.TEXT)),
            "region", List.of(column("region_code", Keyset.Type.TEXT), column("meeting_date", Keyset.Type.DATE))),
            List.of(column("meeting_key", Keyset.Type.TEXT)), MeetingQuery.DEFAULT_SORT);
    private static final Keyset METRIC_SORTS = new Keyset(MetricQuery.SORTS, Map.of(
            "date", List.of(column("metric_date", Keyset.Type.DATE)),
            "year", List.of(column("year", Keyset.Type.INT)),
            "value", List.of(column("value", Keyset.Type.DOUBLE)),
            "region", List.of(column("region_code", Keyset.Type.TEXT)),
            "indicator", List.of(column("indicator", Keyset.Type.TEXT), column("year", Keyset.Type.INT))),
            List.of(column("metric_key", Keyset.Type.TEXT)), MetricQuery.DEFAULT_SORT);
    private static final Keyset ARTICLE_SORTS = new Keyset(ArticleQuery.SORTS, Map.of(
            "published", List.of(column("published_at", Keyset.Type.TEXT)),
            "fetched", List.of(column("fetched_at_ms", Keyset.Type.LONG))),
            List.of(column("id", Keyset.Type.TEXT)), ArticleQuery.DEFAULT_SORT);
    private static final Keyset PEOPLE_SORTS = new Keyset(PeopleQuery.SORTS, Map.of(
            "date", List.of(column("meeting_date", Keyset.Type.DATE)),
            "name", List.of(column("name", Keyset.Type.TEXT), column("meeting_date", Keyset.Type.DATE))),
            List.of(column("meeting_key", Keyset.Type.TEXT), column("ordinal", Keyset.Type.INT)), PeopleQuery.DEFAULT_SORT);

    /** The day part of an article's publication time ({@code 2025-01-28T09:30} → {@code 2025-01-28}), null if none. */
    private static final String PUBLISHED_DAY =
            "CASE WHEN a.published_at LIKE '____-__-__%' THEN SUBSTR(a.published_at, 1, 10) END";
    /** Metrics' keys and sort columns, with their date: the meeting's, else the publication day of their article. */
    private static final String METRIC_DATED = "SELECT x.metric_key, x.year, x.value, x.region_code, x.indicator,"
            + " COALESCE(mt.meeting_date, CAST(" + PUBLISHED_DAY
            + " AS DATE)) AS metric_date FROM metric x LEFT JOIN meeting mt ON mt.meeting_key = x.meeting_key"
            + " LEFT JOIN article a ON a.id = x.article_id";
    /** Which article reports which meeting: the first report and every source. */
    private static final String ARTICLE_MEETINGS = "SELECT meeting_key, article_id FROM meeting"
            + " UNION SELECT meeting_key, article_id FROM meeting_source";
    private static final String ARTICLE_SELECT = "SELECT a.id, a.url, a.site_id, a.title, a.published_at, a.source,"
            + " a.authors, a.site_region_code, a.fetched_at_ms";
    private static final String PEOPLE_SELECT = "SELECT p.meeting_key, p.ordinal, p.name, p.role, p.roles, p.part,"
            + " m.name AS meeting_name, m.title AS meeting_title, m.meeting_date, m.region_code, m.region_name,"
            + " m.region_path FROM meeting_person p JOIN meeting m ON m.meeting_key = p.meeting_key";

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

    @Override
    public synchronized Page<MeetingRow> meetings(MeetingQuery query, Paging paging) {
        Objects.requireNonNull(query, "query");
        Where where = new Where()
                .prefix("region_code", query.regionPrefix())
                .listsAny("types", query.types())
                .atLeast("meeting_date", query.from())
                .atMost("meeting_date", query.to())
                .contains(query.text(), "name", "title", "region_name");
        Keyset.Order order = MEETING_SORTS.order(paging.sort(), query);
        return page("meetings", "SELECT meeting_key, meeting_date, published_at, region_code FROM meeting" + where.sql(),
                where, new Where(), order, paging, rs -> rs.getString("meeting_key"),
                keys -> withPeople(byKey(keys, MEETING_SELECT, "meeting_key", JdbcReader::meetingOf, MeetingRow::key)));
    }

    @Override
    public synchronized Page<MetricRow> metrics(MetricQuery query, Paging paging) {
        Objects.requireNonNull(query, "query");
        Where where = new Where()
                .prefix("x.region_code", query.regionPrefix())
                .listsAny("mt.types", query.meetingTypes())
                .in("x.indicator", query.indicators())
                .equal("x.kind", query.kind())
                .equal("x.measure", query.measure())
                .equal("x.year", query.year())
                .nullOr("x.period", query.period(), MetricQuery.WHOLE_YEAR)
                .nullOr("x.scope", query.scope(), MetricQuery.OWN_REGION)
                .contains(query.text(), "x.label", "x.raw", "x.evidence", "x.region_name");
        if (query.meetingKey() != null) {
            where.add("(x.meeting_key = ? OR x.metric_key IN (SELECT metric_key FROM metric_evidence WHERE meeting_key = ?))",
                    query.meetingKey(), query.meetingKey());
        }
        if (query.articleId() != null) {
            where.add("(x.article_id = ? OR x.metric_key IN (SELECT metric_key FROM metric_evidence WHERE article_id = ?))",
                    query.articleId(), query.articleId());
        }
        Where dated = new Where().atLeast("metric_date", query.from()).atMost("metric_date", query.to());
        Keyset.Order order = METRIC_SORTS.order(paging.sort(), query);
        return page("metrics", METRIC_DATED + where.sql(), where, dated, order, paging, rs -> rs.getString("metric_key"),
                keys -> withEvidence(byKey(keys, METRIC_SELECT, "metric_key", JdbcReader::metricOf, MetricRow::key)));
    }

    @Override
    public synchronized Page<ArticleRow> articles(ArticleQuery query, Paging paging) {
        Objects.requireNonNull(query, "query");
        Where where = new Where()
                .equal("a.site_id", query.siteId())
                .atLeast(PUBLISHED_DAY, query.from() == null ? null : query.from().toString())
                .atMost(PUBLISHED_DAY, query.to() == null ? null : query.to().toString())
                .contains(query.text(), "a.title", "a.body");
        if (query.regionPrefix() != null && !query.regionPrefix().isEmpty()) {
            // uncorrelated sets of ids: each is one scan and a hash join, not a subquery per article
            String like = " LIKE ? ESCAPE '\\'";
            String prefix = Where.escapeLike(query.regionPrefix()) + "%";
            where.add("(a.site_region_code" + like
                    + " OR a.id IN (SELECT am.article_id FROM (" + ARTICLE_MEETINGS + ") am JOIN meeting m"
                    + " ON m.meeting_key = am.meeting_key WHERE m.region_code" + like + ")"
                    + " OR a.id IN (SELECT x.article_id FROM metric x WHERE x.region_code" + like + ")"
                    + " OR a.id IN (SELECT e.article_id FROM metric_evidence e JOIN metric x ON x.metric_key = e.metric_key"
                    + " WHERE x.region_code" + like + "))", prefix, prefix, prefix, prefix);
        }
        if (query.meeting() != null) {
            // article_id is NOT NULL in both tables, so NOT IN is the plain complement
            where.add("a.id " + (query.meeting() ? "" : "NOT ") + "IN (SELECT article_id FROM (" + ARTICLE_MEETINGS + ") am)");
        }
        Keyset.Order order = ARTICLE_SORTS.order(paging.sort(), query);
        return page("articles", ARTICLE_SELECT + " FROM article a" + where.sql(), where, new Where(), order, paging,
                rs -> articleOf(rs, null), this::withMeetingKeys);
    }

    @Override
    public synchronized Optional<ArticleRow> article(String id) {
        Objects.requireNonNull(id, "id");
        String sql = ARTICLE_SELECT + ", a.body FROM article a WHERE a.id = ?";
        try (PreparedStatement ps = open("article", id).prepareStatement(sql)) {
            ps.setString(1, id);
            List<ArticleRow> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(articleOf(rs, rs.getString("body")));
                }
            }
            return withMeetingKeys(rows).stream().findFirst();
        } catch (SQLException e) {
            throw new StoreException("article", id, e);
        }
    }

    @Override
    public synchronized Page<PersonAppearance> people(PeopleQuery query, Paging paging) {
        Objects.requireNonNull(query, "query");
        Where where = new Where()
                .prefix("m.region_code", query.regionPrefix())
                .contains(query.name(), "p.name")
                .contains(query.role(), "p.role", "p.roles")
                .atLeast("m.meeting_date", query.from())
                .atMost("m.meeting_date", query.to());
        Keyset.Order order = PEOPLE_SORTS.order(paging.sort(), query);
        return page("people", PEOPLE_SELECT + where.sql(), where, new Where(), order, paging, JdbcReader::appearanceOf,
                rows -> rows);
    }

    @Override
    public synchronized List<RegionCount> regions() {
        String sql = "SELECT region_code, MAX(region_name) AS region_name, MAX(region_path) AS region_path,"
                + " COUNT(is_meeting) AS meetings, COUNT(is_metric) AS metrics FROM ("
                + "SELECT region_code, region_name, region_path, 1 AS is_meeting, NULL AS is_metric FROM meeting"
                + " UNION ALL SELECT region_code, region_name, NULL, NULL, 1 FROM metric) r"
                + " WHERE region_code IS NOT NULL OR region_name IS NOT NULL"
                + " GROUP BY region_code, CASE WHEN region_code IS NULL THEN region_name END"
                + " ORDER BY region_code ASC NULLS LAST, MAX(region_name)";
        List<RegionCount> regions = new ArrayList<>();
        try (Statement st = open("regions", null).createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                String code = rs.getString("region_code");
                String name = rs.getString("region_name");
                regions.add(new RegionCount(code, name == null ? code : name, split(rs.getString("region_path"), "/"),
                        rs.getLong("meetings"), rs.getLong("metrics")));
            }
        } catch (SQLException e) {
            throw new StoreException("regions", null, e);
        }
        return regions;
    }

    @Override
    public synchronized List<StoredMeeting> meetingsStoredAfter(long storedAfterMs, int limit) {
        if (limit <= 0) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
        String sql = "SELECT * FROM meeting WHERE stored_at_ms > ? ORDER BY stored_at_ms, meeting_key LIMIT ?";
        try (PreparedStatement ps = open("meetingsStoredAfter", null).prepareStatement(sql)) {
            ps.setLong(1, storedAfterMs);
            ps.setInt(2, limit);
            List<MeetingRow> rows = new ArrayList<>();
            List<Long> storedAt = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(meetingOf(rs));
                    storedAt.add(rs.getLong("stored_at_ms"));
                }
            }
            List<MeetingRow> whole = withPeople(rows);
            List<StoredMeeting> result = new ArrayList<>(whole.size());
            for (int i = 0; i < whole.size(); i++) {
                result.add(new StoredMeeting(storedAt.get(i), whole.get(i)));
            }
            return result;
        } catch (SQLException e) {
            throw new StoreException("meetingsStoredAfter", Long.toString(storedAfterMs), e);
        }
    }

    /** Makes a page's rows from what its query read of them, in a few queries for the whole page. */
    @FunctionalInterface
    private interface Load<K, T> {
        List<T> load(List<K> read) throws SQLException;
    }

    /**
     * One page of {@code inner} (filtered by {@code where}) in {@code order}: {@code outer} filters on the columns
     * {@code inner} names; one row past the page tells whether there is a next one. Meetings and metrics page
     * over their keys and sort columns only, then read the page's whole rows by key: the sort then moves narrow
     * rows, and DuckDB reads the wide columns of 50 rows instead of every row that passes the filters.
     */
    private <K, T> Page<T> page(String operation, String inner, Where where, Where outer, Keyset.Order order,
                                Paging paging, RowReader<K> reader, Load<K, T> load) {
        order.after(paging.cursor(), outer);
        String sql = "SELECT * FROM (" + inner + ") q" + outer.sql() + " ORDER BY " + order.orderBy() + " LIMIT ?";
        try (PreparedStatement ps = open(operation, null).prepareStatement(sql)) {
            int next = outer.bind(ps, where.bind(ps, 1));
            ps.setInt(next, paging.limit() + 1);
            List<K> rows = new ArrayList<>();
            String last = null;
            boolean more = false;
            try (ResultSet rs = ps.executeQuery()) {
                while (!more && rs.next()) {
                    if (rows.size() == paging.limit()) {
                        more = true;
                    } else {
                        rows.add(reader.read(rs));
                        last = rows.size() == paging.limit() ? order.cursor(rs) : null;
                    }
                }
            }
            return new Page<>(load.load(rows), more ? last : null);
        } catch (SQLException e) {
            throw new StoreException(operation, null, e);
        }
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
                    rows.add(metricOf(rs));
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
                rows.add(meetingOf(rs));
            }
        }
        return rows;
    }

    /** The meeting in the current row, without its people and sources. */
    private static MeetingRow meetingOf(ResultSet rs) throws SQLException {
        return new MeetingRow(rs.getString("meeting_key"), rs.getString("article_id"), rs.getString("url"),
                rs.getString("title"), split(rs.getString("types"), ","), rs.getString("deciding_cue"),
                rs.getString("name"), localDate(rs, "meeting_date"), rs.getString("region_code"),
                rs.getString("region_name"), split(rs.getString("region_path"), "/"), rs.getString("format"),
                integer(rs, "congress"), integer(rs, "plenary"), bool(rs, "enlarged"),
                integer(rs, "review_year"), integer(rs, "plan_year"), rs.getString("published_at"), List.of());
    }

    /** The metric in the current row, without its reports. */
    private static MetricRow metricOf(ResultSet rs) throws SQLException {
        return new MetricRow(rs.getString("metric_key"), rs.getString("article_id"), rs.getString("url"),
                rs.getString("meeting_key"), rs.getString("region_code"), rs.getString("region_name"),
                rs.getString("indicator"), rs.getString("label"), rs.getString("kind"),
                integer(rs, "year"), rs.getString("period"), rs.getString("measure"), rs.getDouble("value"),
                rs.getString("unit"), rs.getString("qualifier"), doubleOrNull(rs, "range_min"),
                doubleOrNull(rs, "range_max"), rs.getString("scope"), rs.getBoolean("preliminary"),
                rs.getString("rank_scope"), integer(rs, "rank"), rs.getString("versus_scope"),
                doubleOrNull(rs, "versus_delta_pp"), rs.getString("raw"), rs.getString("evidence"),
                Boolean.TRUE.equals(bool(rs, "conflict")), List.of());
    }

    /** The article in the current row ({@link #ARTICLE_SELECT}) with {@code body}, without its meetings. */
    private static ArticleRow articleOf(ResultSet rs, String body) throws SQLException {
        return new ArticleRow(rs.getString("id"), rs.getString("url"), rs.getString("site_id"), rs.getString("title"),
                rs.getString("published_at"), rs.getString("source"), split(rs.getString("authors"), "\n"),
                rs.getString("site_region_code"), rs.getLong("fetched_at_ms"), body, List.of());
    }

    /** The appearance in the current row ({@link #PEOPLE_SELECT}). */
    private static PersonAppearance appearanceOf(ResultSet rs) throws SQLException {
        String meetingName = rs.getString("meeting_name");
        String title = rs.getString("meeting_title");
        String key = rs.getString("meeting_key");
        String shown = meetingName != null && !meetingName.isBlank() ? meetingName
                : title != null && !title.isBlank() ? title : key;
        return new PersonAppearance(rs.getString("name"), rs.getString("role"), split(rs.getString("roles"), "\n"),
                rs.getString("part"), key, shown, localDate(rs, "meeting_date"), rs.getString("region_code"),
                rs.getString("region_name"), split(rs.getString("region_path"), "/"));
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

    /** The rows of {@code select} with {@code keyColumn} in {@code keys}, in the order of {@code keys}. */
    private <T> List<T> byKey(List<String> keys, String select, String keyColumn, RowReader<T> reader,
                              Function<T, String> keyOf) throws SQLException {
        if (keys.isEmpty()) {
            return List.of();
        }
        Map<String, T> found = new HashMap<>();
        try (PreparedStatement ps = open("byKey", keyColumn).prepareStatement(select + " WHERE " + keyColumn + " IN ("
                + Where.marks(keys.size()) + ")")) {
            for (int i = 0; i < keys.size(); i++) {
                ps.setString(i + 1, keys.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    T row = reader.read(rs);
                    found.put(keyOf.apply(row), row);
                }
            }
        }
        // a row written between the two reads is read as it is now; none is ever deleted
        return keys.stream().map(found::get).filter(Objects::nonNull).toList();
    }

    /** {@code articles} with the keys of the meetings each reports, read in one query. */
    private List<ArticleRow> withMeetingKeys(List<ArticleRow> articles) throws SQLException {
        if (articles.isEmpty()) {
            return articles;
        }
        Map<String, List<String>> keys = new HashMap<>();
        String sql = "SELECT article_id, meeting_key FROM (" + ARTICLE_MEETINGS + ") am WHERE article_id IN ("
                + Where.marks(articles.size()) + ") ORDER BY article_id, meeting_key";
        try (PreparedStatement ps = open("article_meetings", null).prepareStatement(sql)) {
            for (int i = 0; i < articles.size(); i++) {
                ps.setString(i + 1, articles.get(i).id());
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    keys.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                }
            }
        }
        List<ArticleRow> result = new ArrayList<>(articles.size());
        for (ArticleRow a : articles) {
            result.add(new ArticleRow(a.id(), a.url(), a.siteId(), a.title(), a.publishedAt(), a.source(), a.authors(),
                    a.siteRegionCode(), a.fetchedAtMs(), a.body(), keys.getOrDefault(a.id(), List.of())));
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

    private static LocalDate localDate(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    private static Keyset.Column column(String name, Keyset.Type type) {
        return new Keyset.Column(name, type);
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
