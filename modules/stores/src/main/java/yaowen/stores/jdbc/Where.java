package yaowen.stores.jdbc;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The {@code WHERE} clause of a list query, built from its filters: each condition is SQL text with {@code ?}
 * placeholders, and its values are bound in the same order, never written into the text. A null or empty filter
 * adds nothing, so every filter combines with every other. The SQL is what DuckDB and PostgreSQL share
 * ({@code ILIKE … ESCAPE}, {@code LIKE 'prefix%'}, {@code ||}).
 *
 * <p>Column names passed in are the caller's constants, never user input. Not thread-safe: one per query.
 */
final class Where {
    /** The escape character of every pattern made here. */
    private static final String ESCAPE = " ESCAPE '\\'";

    private final List<String> conditions = new ArrayList<>();
    private final List<Object> params = new ArrayList<>();

    /** Adds {@code sql} with its placeholders' values ({@link String}, {@link Integer}, {@link Long}, {@link Double}, {@link LocalDate}). */
    Where add(String sql, Object... values) {
        long marks = sql.chars().filter(ch -> ch == '?').count();
        if (marks != values.length) {
            throw new IllegalArgumentException(values.length + " values for " + marks + " placeholders in " + sql);
        }
        for (Object v : values) {
            Objects.requireNonNull(v, "a bound value");
        }
        conditions.add(sql);
        params.addAll(Arrays.asList(values));
        return this;
    }

    /** {@code column = value}; nothing when {@code value} is null. */
    Where equal(String column, Object value) {
        return value == null ? this : add(column + " = ?", value);
    }

    /** {@code column} starts with {@code prefix} (a region code's leading digits); nothing when null or empty. */
    Where prefix(String column, String prefix) {
        return blank(prefix) ? this : add(column + " LIKE ?" + ESCAPE, escapeLike(prefix) + "%");
    }

    /** {@code column} is one of {@code values}; nothing when there are none. */
    Where in(String column, List<String> values) {
        if (values.isEmpty()) {
            return this;
        }
        return add(column + " IN (" + marks(values.size()) + ")", values.toArray());
    }

    /** The comma-joined list in {@code column} holds any of {@code codes}; nothing when there are none. */
    Where listsAny(String column, List<String> codes) {
        if (codes.isEmpty()) {
            return this;
        }
        String one = "(',' || " + column + " || ',') LIKE ?" + ESCAPE;
        return add("(" + codes.stream().map(c -> one).collect(Collectors.joining(" OR ")) + ")",
                codes.stream().map(c -> "%," + escapeLike(c) + ",%").toArray());
    }

    /** {@code column IS NULL} when {@code value} is {@code nullToken}, else {@code column = value}; nothing when null. */
    Where nullOr(String column, String value, String nullToken) {
        if (value == null) {
            return this;
        }
        return value.equals(nullToken) ? add(column + " IS NULL") : add(column + " = ?", value);
    }

    /** {@code expression >= value}; nothing when null (a null expression never matches). */
    Where atLeast(String expression, Object value) {
        return value == null ? this : add(expression + " >= ?", value);
    }

    /** {@code expression <= value}; nothing when null (a null expression never matches). */
    Where atMost(String expression, Object value) {
        return value == null ? this : add(expression + " <= ?", value);
    }

    /**
     * Every word of {@code text} (split on white space, full-width included) is a case-insensitive substring of
     * one of {@code columns}; nothing when {@code text} has no word. Works for Chinese: no tokenising, no stemming.
     */
    Where contains(String text, String... columns) {
        if (text == null) {
            return this;
        }
        for (String word : text.strip().split("[\\s\\u3000]+")) {
            if (word.isEmpty()) {
                continue;
            }
            String pattern = "%" + escapeLike(word) + "%";
            add("(" + Arrays.stream(columns).map(c -> c + " ILIKE ?" + ESCAPE).collect(Collectors.joining(" OR ")) + ")",
                    Arrays.stream(columns).map(c -> pattern).toArray());
        }
        return this;
    }

    /** {@code " WHERE a AND b"}, or empty when there is no condition. */
    String sql() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    /** The values of the placeholders, in order. */
    List<Object> params() {
        return List.copyOf(params);
    }

    /** Binds {@link #params()} from placeholder {@code first}; returns the index after the last. */
    int bind(PreparedStatement ps, int first) throws SQLException {
        int i = first;
        for (Object value : params) {
            bindValue(ps, i++, value);
        }
        return i;
    }

    /** Binds one value by its Java type. */
    static void bindValue(PreparedStatement ps, int index, Object value) throws SQLException {
        if (value instanceof String s) {
            ps.setString(index, s);
        } else if (value instanceof Integer n) {
            ps.setInt(index, n);
        } else if (value instanceof Long n) {
            ps.setLong(index, n);
        } else if (value instanceof Double d) {
            ps.setDouble(index, d);
        } else if (value instanceof LocalDate d) {
            ps.setDate(index, Date.valueOf(d));
        } else {
            throw new IllegalArgumentException("cannot bind " + value.getClass().getName());
        }
    }

    /** {@code text} matched literally by {@code LIKE … ESCAPE '\'}: its {@code \ % _} escaped. */
    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** {@code n} placeholders, comma-separated. */
    static String marks(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    private static boolean blank(String s) {
        return s == null || s.isEmpty();
    }
}
