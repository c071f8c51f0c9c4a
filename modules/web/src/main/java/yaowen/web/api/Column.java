package yaowen.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One column of an export: a path into a row's JSON ({@code region.code}, {@code types}, {@code people[].name})
 * and the type the column holds. Its name is the path flattened ({@code region_code}, {@code people_name}); a
 * list's values are joined with {@code ;} (an empty list is an empty cell). Every export format reads the same columns. Immutable.
 */
record Column(String path, Type type) {
    /** What a column holds; a list is always TEXT. */
    enum Type { TEXT, INTEGER, DOUBLE, BOOLEAN }

    /** Joins a list's values in one cell. */
    static final String LIST_SEPARATOR = ";";

    Column {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(type, "type");
    }

    static Column text(String path) {
        return new Column(path, Type.TEXT);
    }

    static Column integer(String path) {
        return new Column(path, Type.INTEGER);
    }

    static Column number(String path) {
        return new Column(path, Type.DOUBLE);
    }

    static Column bool(String path) {
        return new Column(path, Type.BOOLEAN);
    }

    /** The header: {@code region.code} → {@code region_code}, {@code people[].name} → {@code people_name}. */
    String name() {
        return path.replace("[]", "").replace('.', '_');
    }

    /** This column's cell of {@code row}: a String, Long, Double or Boolean, or null. */
    Object value(JsonNode row) {
        List<JsonNode> found = new ArrayList<>();
        collect(row, path.split("\\."), 0, found);
        boolean list = path.contains("[]") || found.size() == 1 && found.get(0).isArray();
        if (list) {
            List<String> parts = new ArrayList<>();
            for (JsonNode n : found) {
                if (n.isArray()) {
                    n.forEach(e -> parts.add(e.isNull() ? "" : e.asText()));
                } else {
                    parts.add(n.isNull() ? "" : n.asText());
                }
            }
            return parts.isEmpty() ? null : String.join(LIST_SEPARATOR, parts);
        }
        JsonNode n = found.isEmpty() ? null : found.get(0);
        if (n == null || n.isNull() || n.isMissingNode()) {
            return null;
        }
        return switch (type) {
            case TEXT -> n.asText();
            case INTEGER -> n.asLong();
            case DOUBLE -> n.asDouble();
            case BOOLEAN -> n.asBoolean();
        };
    }

    private static void collect(JsonNode node, String[] steps, int i, List<JsonNode> found) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return;
        }
        if (i == steps.length) {
            found.add(node);
            return;
        }
        String step = steps[i];
        if (step.endsWith("[]")) {
            JsonNode array = node.get(step.substring(0, step.length() - 2));
            if (array != null && array.isArray()) {
                array.forEach(e -> collect(e, steps, i + 1, found));
            }
        } else {
            collect(node.get(step), steps, i + 1, found);
        }
    }

    /** The columns of each list resource, in the order of its JSON fields. */
    static final List<Column> MEETING = List.of(text("key"), text("articleId"), text("url"), text("title"), text("name"),
            text("types"), text("typeNames"), text("date"), text("region.code"), text("region.name"), text("region.label"),
            text("format"), integer("congress"), integer("plenary"), bool("enlarged"), integer("reviewYear"),
            integer("planYear"), text("publishedAt"), text("people[].name"), text("people[].role"), text("people[].part"),
            text("sources[].url"));

    static final List<Column> METRIC = List.of(text("key"), text("articleId"), text("url"), text("meetingKey"),
            text("region.code"), text("region.name"), text("indicator"), text("indicatorName"), text("label"),
            text("kind"), text("kindName"), integer("year"), text("period"), text("measure"), text("measureName"),
            number("value"), text("unit"), text("display"), text("qualifier"), text("qualifierName"), number("rangeMin"),
            number("rangeMax"), text("scope"), bool("preliminary"), integer("rank"), text("rankScope"),
            text("versusScope"), number("versusDeltaPp"), text("raw"), text("evidence"), bool("conflict"),
            text("reports[].articleId"), text("reports[].standing"));

    static final List<Column> ARTICLE = List.of(text("id"), text("url"), text("siteId"), text("title"),
            text("publishedAt"), text("source"), text("authors"), text("regionCode"), text("fetchedAt"),
            text("meetingKeys"));

    static final List<Column> PERSON = List.of(text("name"), text("role"), text("roles"), text("part"),
            text("meetingKey"), text("meetingName"), text("date"), text("region.code"), text("region.name"),
            text("region.label"));

    static final List<Column> TARGET = List.of(text("region.code"), text("region.name"), text("indicator"),
            text("indicatorName"), integer("year"), text("period"), text("measure"), text("measureName"), text("scope"),
            number("target.value"), text("target.display"), text("target.qualifier"), text("target.key"),
            number("actual.value"), text("actual.display"), text("actual.key"), text("verdict"), text("verdictName"),
            bool("ceiling"), number("gap"));
}
