package yaowen.stores.jdbc;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One row to write, each value named next to its column, and the {@code INSERT} or upsert statement
 * made from those names. No statement lists its columns in one place and binds values by position in
 * another, so a value cannot land in its neighbour's column by a miscounted chain.
 *
 * <pre>{@code
 * ColumnValues row = new ColumnValues().string("id", a.getId()).string("url", a.getUrl());
 * try (PreparedStatement ps = c.prepareStatement(row.upsertSql("article", "id"))) {
 *     row.bind(ps);
 *     ps.executeUpdate();
 * }
 * }</pre>
 *
 * A null value binds SQL NULL of the column's type. Not thread-safe: one instance per row.
 */
public final class ColumnValues {
    private static final Pattern COLUMN = Pattern.compile("[a-z_][a-z0-9_]*");

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement ps, int index) throws SQLException;
    }

    private final List<String> columns = new ArrayList<>();
    private final List<Binder> binders = new ArrayList<>();

    public ColumnValues string(String column, String value) {
        return add(column, value == null ? (ps, i) -> ps.setNull(i, Types.VARCHAR) : (ps, i) -> ps.setString(i, value));
    }

    public ColumnValues integer(String column, Integer value) {
        return add(column, value == null ? (ps, i) -> ps.setNull(i, Types.INTEGER) : (ps, i) -> ps.setInt(i, value));
    }

    public ColumnValues longValue(String column, long value) {
        return add(column, (ps, i) -> ps.setLong(i, value));
    }

    public ColumnValues doubleValue(String column, Double value) {
        return add(column, value == null ? (ps, i) -> ps.setNull(i, Types.DOUBLE) : (ps, i) -> ps.setDouble(i, value));
    }

    public ColumnValues bool(String column, Boolean value) {
        return add(column, value == null ? (ps, i) -> ps.setNull(i, Types.BOOLEAN) : (ps, i) -> ps.setBoolean(i, value));
    }

    public ColumnValues date(String column, LocalDate value) {
        return add(column, value == null ? (ps, i) -> ps.setNull(i, Types.DATE) : (ps, i) -> ps.setDate(i, Date.valueOf(value)));
    }

    /** The columns named so far, in the order they were given. */
    public List<String> columns() {
        return List.copyOf(columns);
    }

    /** {@code INSERT INTO table (columns…) VALUES (?…)}. */
    public String insertSql(String table) {
        requireName(table, "table");
        if (columns.isEmpty()) {
            throw new IllegalStateException("no column given for " + table);
        }
        String marks = columns.stream().map(c -> "?").collect(Collectors.joining(", "));
        return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES (" + marks + ")";
    }

    /**
     * {@link #insertSql} that, when a row with the same {@code keyColumn} exists, replaces every other
     * column instead ({@code ON CONFLICT (key) DO UPDATE}, which DuckDB and PostgreSQL share).
     */
    public String upsertSql(String table, String keyColumn) {
        if (!columns.contains(keyColumn)) {
            throw new IllegalStateException("key column " + keyColumn + " of " + table + " has no value");
        }
        String updates = columns.stream().filter(c -> !c.equals(keyColumn)).map(c -> c + " = EXCLUDED." + c)
                .collect(Collectors.joining(", "));
        if (updates.isEmpty()) {
            throw new IllegalStateException("an upsert into " + table + " needs a column besides its key " + keyColumn);
        }
        return insertSql(table) + " ON CONFLICT (" + keyColumn + ") DO UPDATE SET " + updates;
    }

    /** Binds each value to the placeholder of its column in a statement made by this row's columns. */
    public void bind(PreparedStatement ps) throws SQLException {
        for (int i = 0; i < binders.size(); i++) {
            binders.get(i).bind(ps, i + 1);
        }
    }

    private ColumnValues add(String column, Binder binder) {
        requireName(column, "column");
        if (columns.contains(column)) {
            throw new IllegalArgumentException("column " + column + " given twice");
        }
        columns.add(column);
        binders.add(binder);
        return this;
    }

    private static void requireName(String name, String what) {
        Objects.requireNonNull(name, what);
        if (!COLUMN.matcher(name).matches()) {
            throw new IllegalArgumentException("not a " + what + " name (lower case letters, digits, _): " + name);
        }
    }
}
