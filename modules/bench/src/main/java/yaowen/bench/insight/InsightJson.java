package yaowen.bench.insight;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import yaowen.insight.Insight;
import yaowen.insight.MeetingFacts;
import yaowen.insight.Metric;
import yaowen.insight.Region;

/**
 * An {@link Insight} in the {@code meeting} and {@code metrics} shape of {@code docs/analysis.md}, which is
 * what {@link yaowen.bench.quality.QualityScorer} reads. The {@code article} part is the gold's own (insight
 * does not clean), so that only insight figures differ. Stateless and thread-safe.
 */
final class InsightJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private InsightJson() {
    }

    /** {@code {input, article, meeting, metrics}} with {@code article} copied from {@code goldArticle}. */
    static ObjectNode prediction(String input, JsonNode goldArticle, Insight insight) {
        ObjectNode root = NODES.objectNode();
        root.put("input", input);
        root.set("article", goldArticle == null ? NODES.objectNode() : goldArticle.deepCopy());
        root.set("meeting", meeting(insight.meeting()));
        ArrayNode metrics = root.putArray("metrics");
        insight.metrics().forEach(m -> metrics.add(metric(m)));
        return root;
    }

    static ObjectNode meeting(MeetingFacts facts) {
        ObjectNode node = NODES.objectNode();
        node.put("isMeeting", facts.isMeeting());
        ArrayNode types = node.putArray("types");
        facts.types().forEach(t -> types.add(t.name()));
        text(node, "name", facts.name());
        text(node, "date", facts.date().map(Object::toString));
        node.set("region", facts.region().map(InsightJson::region).orElse(null));
        text(node, "format", facts.format().map(Enum::name));
        integer(node, "reviewYear", facts.reviewYear());
        integer(node, "planYear", facts.planYear());
        ArrayNode people = node.putArray("people");
        for (MeetingFacts.Person p : facts.people()) {
            ObjectNode person = people.addObject();
            person.put("name", p.name());
            person.put("role", p.role());
            text(person, "part", p.part().map(Enum::name));
        }
        return node;
    }

    static ObjectNode metric(Metric m) {
        ObjectNode node = NODES.objectNode();
        node.put("indicator", m.indicator());
        node.put("label", m.label());
        node.put("kind", m.kind().name());
        integer(node, "year", m.year());
        text(node, "period", m.period());
        node.put("measure", m.measure().name());
        if (Double.isFinite(m.value())) {
            node.put("value", m.value());
        } else {
            node.putNull("value");
        }
        node.put("unit", m.unit());
        text(node, "qualifier", m.qualifier().map(Enum::name));
        text(node, "scope", m.scope());
        node.put("raw", m.raw());
        return node;
    }

    private static ObjectNode region(Region r) {
        ObjectNode node = NODES.objectNode();
        text(node, "code", r.code());
        node.put("name", r.name());
        ArrayNode path = node.putArray("path");
        r.path().forEach(path::add);
        return node;
    }

    private static void text(ObjectNode node, String field, Optional<String> value) {
        if (value.isPresent()) {
            node.put(field, value.get());
        } else {
            node.putNull(field);
        }
    }

    private static void integer(ObjectNode node, String field, Optional<Integer> value) {
        if (value.isPresent()) {
            node.put(field, value.get());
        } else {
            node.putNull(field);
        }
    }
}
