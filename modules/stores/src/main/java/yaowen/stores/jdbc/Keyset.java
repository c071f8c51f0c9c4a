package yaowen.stores.jdbc;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import yaowen.stores.BadQuery;

/**
 * The orders a list offers and keyset pagination over them. Each sort name stands for columns of the list's
 * query, the last ones its unique key, all in the sort's direction with nulls last in both directions.
 *
 * <p>A cursor is the last row's values of those columns, after a short fingerprint of the query and the sort:
 * base64url of {@code fingerprint \n value \n value…} (each value URL-encoded, {@code ~} for null). It is
 * opaque to callers; one made by another query or sort is refused. The rows after it are those past its values
 * column by column ({@code c1 > v1 OR (c1 = v1 AND c2 > v2) …}, a null value being past every non-null one), so a
 * page costs the same deep in the results as at their start, and rows stored meanwhile do not shift the pages.
 *
 * <p>Immutable and thread-safe.
 */
final class Keyset {
    /** How a column's value is read, bound and written in a cursor. */
    enum Type { TEXT, DATE, INT, LONG, DOUBLE }

    /** A column of the list's query (a name, not an expression: sort expressions are named in the query). */
    record Column(String name, Type type) {
    }

    private final Map<String, List<Column>> sorts;
    private final String defaultSort;

    /**
     * @param names       the list's sort names, in the order an error lists them
     * @param sorts       each sort name with its columns, most significant first
     * @param key         the columns that make a row unique, appended to every sort
     * @param defaultSort the sort when none is asked for ({@code -} in front for descending)
     */
    Keyset(List<String> names, Map<String, List<Column>> sorts, List<Column> key, String defaultSort) {
        if (!sorts.keySet().equals(java.util.Set.copyOf(names))) {
            throw new IllegalArgumentException("columns for sorts " + sorts.keySet() + ", sort names " + names);
        }
        Map<String, List<Column>> all = new LinkedHashMap<>();
        for (String name : names) {
            List<Column> full = new ArrayList<>(sorts.get(name));
            key.stream().filter(k -> !full.contains(k)).forEach(full::add);
            all.put(name, List.copyOf(full));
        }
        this.sorts = java.util.Collections.unmodifiableMap(all);
        this.defaultSort = defaultSort;
        order(defaultSort, "");
    }

    /**
     * The order {@code sort} names ({@code -} in front for descending; null for the default) for {@code query}.
     *
     * @throws BadQuery when {@code sort} is not one of the list's sort names
     */
    Order order(String sort, Object query) {
        String asked = sort == null || sort.isEmpty() ? defaultSort : sort;
        boolean descending = asked.startsWith("-");
        List<Column> columns = sorts.get(descending ? asked.substring(1) : asked);
        if (columns == null) {
            throw new BadQuery("sort", "unknown sort " + asked + " (allowed: "
                    + sorts.keySet().stream().map(s -> s + ", -" + s).collect(Collectors.joining(", ")) + ")");
        }
        return new Order(columns, descending, fingerprint(query + "\n" + asked));
    }

    /** A sort resolved for one query: its columns, direction and the fingerprint its cursors carry. */
    record Order(List<Column> columns, boolean descending, String fingerprint) {

        /** {@code c1 DESC NULLS LAST, c2 DESC NULLS LAST…} */
        String orderBy() {
            String direction = descending ? " DESC NULLS LAST" : " ASC NULLS LAST";
            return columns.stream().map(c -> c.name() + direction).collect(Collectors.joining(", "));
        }

        /** Adds to {@code where} the rows after {@code cursor}'s; nothing when it is null (the first page). */
        void after(String cursor, Where where) {
            if (cursor == null) {
                return;
            }
            List<Object> values = decode(cursor);
            List<Object> params = new ArrayList<>();
            String sql = after(0, values, params);
            where.add(sql, params.toArray());
        }

        /** Rows past {@code values} from column {@code i} on, the columns before it being equal. */
        private String after(int i, List<Object> values, List<Object> params) {
            Column c = columns.get(i);
            Object v = values.get(i);
            boolean last = i == columns.size() - 1;
            if (v == null) {
                // nothing sorts after a null but another null: equal here, decided by the next columns
                if (last) {
                    return "1 = 0";
                }
                return "(" + c.name() + " IS NULL AND " + after(i + 1, values, params) + ")";
            }
            String past = "(" + c.name() + " IS NULL OR " + c.name() + (descending ? " < ?" : " > ?") + ")";
            params.add(v);
            if (last) {
                return past;
            }
            params.add(v);
            return "(" + past + " OR (" + c.name() + " = ? AND " + after(i + 1, values, params) + "))";
        }

        /** The cursor that starts after the current row of {@code rs}. */
        String cursor(ResultSet rs) throws SQLException {
            List<Object> values = new ArrayList<>();
            for (Column c : columns) {
                values.add(read(rs, c));
            }
            return encode(values);
        }

        /** The cursor that starts after a row with {@code values} in {@link #columns()}. */
        String encode(List<Object> values) {
            StringBuilder text = new StringBuilder(fingerprint);
            for (Object v : values) {
                text.append('\n').append(v == null ? "~" : URLEncoder.encode(v.toString(), StandardCharsets.UTF_8));
            }
            return Base64.getUrlEncoder().withoutPadding().encodeToString(text.toString().getBytes(StandardCharsets.UTF_8));
        }

        /** The values in {@code cursor}, typed by their columns. */
        List<Object> decode(String cursor) {
            String text;
            try {
                text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw malformed();
            }
            String[] parts = text.split("\n", -1);
            if (parts.length != columns.size() + 1) {
                throw malformed();
            }
            if (!parts[0].equals(fingerprint)) {
                throw new BadQuery("cursor", "the cursor belongs to another query or sort: start again without it");
            }
            List<Object> values = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                values.add(parse(columns.get(i).type(), parts[i + 1]));
            }
            return values;
        }

        private static Object parse(Type type, String encoded) {
            if (encoded.equals("~")) {
                return null;
            }
            try {
                String s = URLDecoder.decode(encoded, StandardCharsets.UTF_8);
                return switch (type) {
                    case TEXT -> s;
                    case DATE -> LocalDate.parse(s);
                    case INT -> Integer.valueOf(s);
                    case LONG -> Long.valueOf(s);
                    case DOUBLE -> Double.valueOf(s);
                };
            } catch (RuntimeException e) {
                throw malformed();
            }
        }

        private static BadQuery malformed() {
            return new BadQuery("cursor", "not a cursor of this list: pass the next cursor of the previous page as given");
        }

        private static Object read(ResultSet rs, Column c) throws SQLException {
            Object v = switch (c.type()) {
                case TEXT -> rs.getString(c.name());
                case DATE -> {
                    Date d = rs.getDate(c.name());
                    yield d == null ? null : d.toLocalDate();
                }
                case INT -> rs.getInt(c.name());
                case LONG -> rs.getLong(c.name());
                case DOUBLE -> rs.getDouble(c.name());
            };
            return rs.wasNull() ? null : v;
        }
    }

    /** A short digest of {@code text}: cursors of different queries differ in it. */
    static String fingerprint(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(digest, 9));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
