package yaowen.cli.analysis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.Optional;
import yaowen.cleaning.CleanedArticle;
import yaowen.insight.MeetingFacts;
import yaowen.insight.Metric;
import yaowen.insight.Region;

/**
 * Maps an {@link Analysis} to the JSON shape of {@code docs/analysis.md}: fields in the documented order,
 * absent values written as {@code null}, numbers as JSON numbers with integral values written without an
 * exponent ({@code 6.659E9 → 6659000000}). Stateless and thread-safe.
 */
public final class AnalysisJson {
    /** Configured once, shared: an {@link ObjectMapper} is thread-safe once configured. */
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Integral doubles below this magnitude are exact as longs (2^53). */
    private static final double EXACT_LONG_LIMIT = 9_007_199_254_740_992d;

    private AnalysisJson() {
    }

    /** The analysis as a JSON tree: {@code {input, article, meeting, metrics}}. */
    public static ObjectNode toJson(Analysis analysis) {
        ObjectNode root = NODES.objectNode();
        root.put("input", analysis.input());
        root.set("article", article(analysis.article(), analysis.url()));
        root.set("meeting", meeting(analysis.insight().meeting()));
        ArrayNode metrics = root.putArray("metrics");
        analysis.insight().metrics().forEach(m -> metrics.add(metric(m)));
        return root;
    }

    /** One line of compact JSON, no trailing newline (for one object per line). */
    public static String toJsonLine(Analysis analysis) {
        return write(toJson(analysis), false);
    }

    /** Indented JSON, for a single analysis on a terminal. */
    public static String toPrettyJson(Analysis analysis) {
        return write(toJson(analysis), true);
    }

    static ObjectNode article(CleanedArticle article, Optional<String> url) {
        ObjectNode node = NODES.objectNode();
        putText(node, "url", url);
        putText(node, "title", article.title());
        putText(node, "publishedAt", article.publishedAt());
        putText(node, "source", article.source());
        ArrayNode authors = node.putArray("authors");
        article.authors().forEach(authors::add);
        node.put("text", article.text());
        node.put("script", article.script().tag());
        node.put("charset", article.charset());
        node.put("simhash", article.simhashHex());
        return node;
    }

    static ObjectNode meeting(MeetingFacts facts) {
        ObjectNode node = NODES.objectNode();
        node.put("isMeeting", facts.isMeeting());
        ArrayNode types = node.putArray("types");
        facts.types().forEach(t -> types.add(t.name()));
        putText(node, "name", facts.name());
        putText(node, "date", facts.date().map(Object::toString));
        node.set("region", facts.region().map(AnalysisJson::region).orElse(null));
        putText(node, "format", facts.format().map(Enum::name));
        node.set("session", facts.session().map(AnalysisJson::session).orElse(null));
        putInt(node, "reviewYear", facts.reviewYear());
        putInt(node, "planYear", facts.planYear());
        ArrayNode people = node.putArray("people");
        facts.people().forEach(p -> people.add(person(p)));
        return node;
    }

    static ObjectNode metric(Metric metric) {
        ObjectNode node = NODES.objectNode();
        node.put("indicator", metric.indicator());
        node.put("label", metric.label());
        node.put("kind", metric.kind().name());
        putInt(node, "year", metric.year());
        putText(node, "period", metric.period());
        node.put("measure", metric.measure().name());
        node.set("value", number(metric.value()));
        node.put("unit", metric.unit());
        putText(node, "qualifier", metric.qualifier().map(Enum::name));
        putText(node, "scope", metric.scope());
        node.put("preliminary", metric.preliminary());
        node.set("rank", metric.rank().map(AnalysisJson::rank).orElse(null));
        node.set("versus", metric.versus().map(AnalysisJson::versus).orElse(null));
        node.set("range", metric.range().map(AnalysisJson::range).orElse(null));
        node.put("raw", metric.raw());
        node.put("evidence", metric.evidence());
        return node;
    }

    /**
     * A double as a JSON number: integral values as longs (no exponent), others as doubles, non-finite
     * values as {@code null}.
     */
    static JsonNode number(double value) {
        if (!Double.isFinite(value)) {
            return NODES.nullNode();
        }
        if (value == Math.rint(value) && Math.abs(value) < EXACT_LONG_LIMIT) {
            return NODES.numberNode((long) value);
        }
        return NODES.numberNode(value);
    }

    private static ObjectNode region(Region region) {
        ObjectNode node = NODES.objectNode();
        putText(node, "code", region.code());
        node.put("name", region.name());
        ArrayNode path = node.putArray("path");
        region.path().forEach(path::add);
        return node;
    }

    private static ObjectNode session(MeetingFacts.Session session) {
        ObjectNode node = NODES.objectNode();
        putInt(node, "congress", session.congress());
        putInt(node, "plenary", session.plenary());
        node.put("enlarged", session.enlarged());
        return node;
    }

    private static ObjectNode person(MeetingFacts.Person person) {
        ObjectNode node = NODES.objectNode();
        node.put("name", person.name());
        node.put("role", person.role().isEmpty() ? null : person.role()); // "" is "no office stated"
        putText(node, "part", person.part().map(Enum::name));
        return node;
    }

    private static ObjectNode rank(Metric.Rank rank) {
        ObjectNode node = NODES.objectNode();
        node.put("scope", rank.scope());
        node.put("rank", rank.rank());
        return node;
    }

    private static ObjectNode versus(Metric.Versus versus) {
        ObjectNode node = NODES.objectNode();
        node.put("scope", versus.scope());
        node.set("delta_pp", number(versus.deltaPp()));
        return node;
    }

    private static ObjectNode range(Metric.Range range) {
        ObjectNode node = NODES.objectNode();
        node.set("min", number(range.min()));
        node.set("max", number(range.max()));
        return node;
    }

    private static void putText(ObjectNode node, String field, Optional<String> value) {
        node.set(field, value.<JsonNode>map(NODES::textNode).orElse(NODES.nullNode()));
    }

    private static void putInt(ObjectNode node, String field, Optional<Integer> value) {
        node.set(field, value.<JsonNode>map(NODES::numberNode).orElse(NODES.nullNode()));
    }

    private static String write(JsonNode node, boolean pretty) {
        try {
            return pretty ? MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node)
                    : MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
