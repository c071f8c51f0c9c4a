package yaowen.cli.commands;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The answer of {@code POST /api/sql} read back from its JSON lines, and the ways {@code yaowen sql} prints
 * it: an aligned table (CJK characters counted two columns wide, as terminals draw them) or CSV (RFC 4180).
 * Pure; immutable.
 *
 * @param error the statement's failure after rows were sent, if it failed then
 */
record SqlResult(List<String> columns, List<List<String>> rows, long count, boolean truncated, Optional<String> error) {
    private static final ObjectMapper JSON = new ObjectMapper();

    SqlResult {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** Reads the JSON lines of an answer. */
    static SqlResult parse(List<String> lines) {
        List<String> columns = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        long count = 0;
        boolean truncated = false;
        Optional<String> error = Optional.empty();
        for (String line : lines) {
            JsonNode node = tree(line);
            if (node.isArray()) {
                List<String> row = new ArrayList<>();
                node.forEach(v -> row.add(v.isNull() ? null : v.asText()));
                rows.add(row);
            } else if (node.has("columns")) {
                node.get("columns").forEach(c -> columns.add(c.asText()));
            } else if (node.has("error")) {
                error = Optional.of(node.get("error").asText());
            } else {
                count = node.path("rows").asLong();
                truncated = node.path("truncated").asBoolean();
            }
        }
        return new SqlResult(columns, rows, count, truncated, error);
    }

    static JsonNode tree(String line) {
        try {
            return JSON.readTree(line);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("the node answered something that is not JSON: " + line, e);
        }
    }

    /** Columns and rows as an aligned text table, NULL shown as {@code NULL}, and a line counting the rows. */
    String table() {
        List<Integer> widths = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            int w = width(columns.get(i));
            for (List<String> row : rows) {
                w = Math.max(w, width(shown(row.get(i))));
            }
            widths.add(w);
        }
        StringBuilder out = new StringBuilder();
        line(out, columns, widths);
        out.append(widths.stream().map("-"::repeat).collect(Collectors.joining("-+-"))).append('\n');
        for (List<String> row : rows) {
            line(out, row.stream().map(SqlResult::shown).toList(), widths);
        }
        out.append('(').append(rows.size()).append(rows.size() == 1 ? " row" : " rows")
                .append(truncated ? ", cut short at the node's row cap (web.sqlMaxRows)" : "").append(")\n");
        return out.toString();
    }

    /** Columns and rows as CSV with a header line; NULL is an empty field. */
    String csv() {
        StringBuilder out = new StringBuilder();
        out.append(columns.stream().map(SqlResult::csvField).collect(Collectors.joining(","))).append("\r\n");
        for (List<String> row : rows) {
            out.append(row.stream().map(SqlResult::csvField).collect(Collectors.joining(","))).append("\r\n");
        }
        return out.toString();
    }

    static String csvField(String value) {
        if (value == null) {
            return "";
        }
        boolean quote = value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r");
        return quote ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    /** How many terminal columns {@code s} takes: East Asian wide and full-width characters count two. */
    static int width(String s) {
        return s.codePoints().map(c -> wide(c) ? 2 : 1).sum();
    }

    private static boolean wide(int c) {
        return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3)
                || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
                || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
    }

    private static String shown(String value) {
        return value == null ? "NULL" : value.replace("\n", "\\n");
    }

    private static void line(StringBuilder out, List<String> cells, List<Integer> widths) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(" | ");
            }
            String cell = cells.get(i);
            out.append(cell);
            if (i < cells.size() - 1) {
                out.append(" ".repeat(widths.get(i) - width(cell)));
            }
        }
        out.append('\n');
    }
}
