package yaowen.stores.jdbc;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import yaowen.stores.SqlQueries;
import yaowen.stores.StoreException;

/**
 * {@link SqlQueries} over a {@link ConnectionSource}: a fresh connection per query (a DuckDB duplicate, a
 * new PostgreSQL session), a transaction that is always rolled back, the dialect's guard against writes,
 * and a timer that cancels the statement at the time limit. Thread-safe.
 */
final class JdbcSqlQueries implements SqlQueries {
    /** PostgreSQL: a write in a READ ONLY transaction. */
    private static final String READ_ONLY_SQL_TRANSACTION = "25006";
    /** PostgreSQL: statement_timeout or a cancel. */
    private static final String QUERY_CANCELED = "57014";
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "yaowen-sql-timeout");
        t.setDaemon(true);
        return t;
    });

    private final ConnectionSource connections;
    private final SchemaMigrator.Dialect dialect;

    JdbcSqlQueries(ConnectionSource connections, SchemaMigrator.Dialect dialect) {
        this.connections = Objects.requireNonNull(connections, "connections");
        this.dialect = Objects.requireNonNull(dialect, "dialect");
    }

    @Override
    public Outcome query(String sql, Limits limits, Rows out) throws IOException {
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(out, "out");
        if (sql == null || sql.isBlank()) {
            throw new SqlRefused("no SQL given");
        }
        Connection c;
        try {
            c = connections.getConnection();
        } catch (SQLException e) {
            throw new StoreException("open a connection for SQL", null, e);
        }
        try (c) {
            if (dialect == SchemaMigrator.Dialect.DUCKDB) {
                requireOneSelect(c, sql);
            } else {
                requireOneReadingStatement(sql);
                c.setReadOnly(true);
            }
            c.setAutoCommit(false);
            try {
                if (dialect == SchemaMigrator.Dialect.POSTGRESQL) {
                    try (Statement st = c.createStatement()) {
                        st.execute("SET LOCAL statement_timeout = " + limits.timeout().toMillis());
                    }
                }
                return run(c, sql, limits, out);
            } finally {
                c.rollback();
            }
        } catch (SQLException e) {
            throw refusal(e, limits);
        }
    }

    private static Outcome run(Connection c, String sql, Limits limits, Rows out) throws SQLException, IOException {
        AtomicBoolean timedOut = new AtomicBoolean();
        try (Statement st = c.createStatement()) {
            st.setFetchSize(Math.min(limits.maxRows() + 1, 1000));
            ScheduledFuture<?> cancel = TIMER.schedule(() -> {
                timedOut.set(true);
                try {
                    st.cancel();
                } catch (SQLException ignored) {
                    // the statement ended meanwhile
                }
            }, limits.timeout().toMillis(), TimeUnit.MILLISECONDS);
            try (ResultSet rs = st.executeQuery(sql)) {
                ResultSetMetaData meta = rs.getMetaData();
                int n = meta.getColumnCount();
                List<String> names = new ArrayList<>(n);
                for (int i = 1; i <= n; i++) {
                    names.add(meta.getColumnLabel(i));
                }
                out.columns(names);
                long rows = 0;
                while (rs.next()) {
                    if (rows == limits.maxRows()) {
                        return new Outcome(rows, true);
                    }
                    List<Object> values = new ArrayList<>(n);
                    for (int i = 1; i <= n; i++) {
                        values.add(plain(rs.getObject(i)));
                    }
                    out.row(values);
                    rows++;
                }
                return new Outcome(rows, false);
            } catch (SQLException e) {
                if (timedOut.get()) {
                    throw tooLong(limits);
                }
                throw e;
            } finally {
                cancel.cancel(false);
            }
        }
    }

    /**
     * pgjdbc runs every statement of a {@code ;}-separated string, and a READ ONLY transaction alone does not
     * hold against {@code COMMIT; DELETE …} or {@code SET TRANSACTION READ WRITE; …}: the driver's own splitter
     * (which knows quotes, comments and dollar quoting) must find exactly one statement, a SELECT or WITH.
     */
    static void requireOneReadingStatement(String sql) throws SQLException {
        List<org.postgresql.core.NativeQuery> statements = org.postgresql.core.Parser.parseJdbcSql(sql, true, false, true,
                false, false).stream().filter(q -> !q.nativeSql.isBlank()).toList();
        if (statements.size() != 1) {
            throw new SqlRefused("one statement at a time, please: got " + statements.size());
        }
        org.postgresql.core.SqlCommandType type = statements.get(0).command.getType();
        if (type != org.postgresql.core.SqlCommandType.SELECT && type != org.postgresql.core.SqlCommandType.WITH) {
            String first = sql.strip().lines().findFirst().orElse("");
            throw new SqlRefused("only reading statements may run here (SELECT or WITH … SELECT): INSERT, UPDATE, DELETE,"
                    + " CREATE, DROP, COPY, SET and transaction control are refused; got: "
                    + (first.length() > 60 ? first.substring(0, 60) + "…" : first));
        }
    }

    /** DuckDB parses the statement: only a single SELECT serialises, anything that writes is refused. */
    private static void requireOneSelect(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT j->>'error', j->>'error_message', json_array_length(j->'statements')"
                + " FROM (SELECT json_serialize_sql(?::VARCHAR) AS j)")) {
            ps.setString(1, sql);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                if ("true".equals(rs.getString(1))) {
                    String why = rs.getString(2);
                    throw new SqlRefused(why != null && why.startsWith("Only SELECT")
                            ? "only reading statements may run here (SELECT or WITH … SELECT): INSERT, UPDATE, DELETE,"
                                    + " CREATE, DROP, COPY, ATTACH, SET and PRAGMA are refused"
                            : "not valid SQL: " + why);
                }
                if (rs.getInt(3) != 1) {
                    throw new SqlRefused("one statement at a time, please: got " + rs.getInt(3));
                }
            }
        }
    }

    private static RuntimeException refusal(SQLException e, Limits limits) {
        if (READ_ONLY_SQL_TRANSACTION.equals(e.getSQLState())) {
            return new SqlRefused("only reading statements may run here: " + firstLine(e));
        }
        if (QUERY_CANCELED.equals(e.getSQLState())) {
            return tooLong(limits);
        }
        return new SqlRefused(firstLine(e));
    }

    private static SqlRefused tooLong(Limits limits) {
        return new SqlRefused("the query ran longer than its limit of " + limits.timeout().toSeconds()
                + " s and was cancelled; narrow it (WHERE, LIMIT)");
    }

    private static String firstLine(SQLException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
        return message.replaceAll("\\s*\\n\\s*", " ");
    }

    private static Object plain(Object value) {
        if (value == null || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        return value.toString();
    }
}
