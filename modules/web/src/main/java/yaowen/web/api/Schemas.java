package yaowen.web.api;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** The JSON Schemas of {@code /openapi.json}'s components: the top-level shapes {@link Json} writes. */
final class Schemas {
    private Schemas() {
    }

    static ObjectNode components() {
        ObjectNode s = Json.object();
        s.set("Error", object("status", integer(), "error", string(), "parameter", nullable("string"), "message", string(),
                "messageEn", string()));
        s.set("Region", object("code", nullable("string"), "name", nullable("string"), "path", array(string()),
                "label", nullable("string")));
        s.set("Person", object("name", string(), "role", nullable("string"), "roles", array(string()), "part", nullable("string")));
        s.set("Source", object("articleId", string(), "url", string(), "siteId", nullable("string"), "title", nullable("string"),
                "publishedAt", nullable("string")));
        s.set("Meeting", object("key", string(), "articleId", string(), "url", string(), "title", nullable("string"),
                "name", nullable("string"), "types", array(string()), "typeNames", array(string()), "date", nullable("string"),
                "region", ref("Region"), "format", nullable("string"), "congress", nullable("integer"),
                "plenary", nullable("integer"), "enlarged", nullable("boolean"), "reviewYear", nullable("integer"),
                "planYear", nullable("integer"), "publishedAt", nullable("string"), "people", array(ref("Person")),
                "sources", array(ref("Source"))));
        s.set("Report", object("articleId", string(), "url", string(), "meetingKey", nullable("string"), "standing", string(),
                "value", number(), "qualifier", nullable("string"), "rangeMin", nullable("number"), "rangeMax", nullable("number"),
                "preliminary", bool(), "raw", nullable("string"), "evidence", nullable("string")));
        s.set("Metric", object("key", string(), "articleId", string(), "url", string(), "meetingKey", nullable("string"),
                "region", ref("Region"), "indicator", string(), "indicatorName", string(), "label", nullable("string"),
                "kind", string(), "kindName", string(), "year", nullable("integer"), "period", nullable("string"),
                "measure", string(), "measureName", string(), "value", number(), "unit", string(), "display", string(),
                "qualifier", nullable("string"), "qualifierName", nullable("string"), "rangeMin", nullable("number"),
                "rangeMax", nullable("number"), "scope", nullable("string"), "preliminary", bool(), "rank", nullable("integer"),
                "rankScope", nullable("string"), "versusScope", nullable("string"), "versusDeltaPp", nullable("number"),
                "raw", nullable("string"), "evidence", nullable("string"), "conflict", bool(), "reports", array(ref("Report"))));
        s.set("Article", object("id", string(), "url", string(), "siteId", nullable("string"), "title", nullable("string"),
                "publishedAt", nullable("string"), "source", nullable("string"), "authors", array(string()),
                "regionCode", nullable("string"), "fetchedAt", string(), "meetingKeys", array(string())));
        ObjectNode full = object("body", nullable("string"), "metrics", array(ref("Metric")),
                "highlights", array(object("start", integer(), "end", integer(), "metricKey", string())));
        s.set("ArticleInFull", Json.object().set("allOf", Json.MAPPER.createArrayNode().add(ref("Article")).add(full)));
        s.set("PersonAppearance", object("name", string(), "role", nullable("string"), "roles", array(string()),
                "part", nullable("string"), "meetingKey", string(), "meetingName", nullable("string"), "date", nullable("string"),
                "region", ref("Region")));
        s.set("Target", object("region", ref("Region"), "indicator", string(), "indicatorName", string(), "year", nullable("integer"),
                "period", nullable("string"), "measure", string(), "measureName", string(), "scope", nullable("string"),
                "target", ref("Metric"), "actual", Json.object().set("oneOf", Json.MAPPER.createArrayNode().add(ref("Metric"))
                        .add(Json.object().put("type", "null"))),
                "verdict", string(), "verdictName", string(), "ceiling", bool(), "gap", nullable("number")));
        for (String item : new String[] {"Meeting", "Metric", "Article", "PersonAppearance", "Target"}) {
            String name = (item.equals("PersonAppearance") ? "Person" : item) + "List";
            s.set(name, object("items", array(ref(item)), "next", nullable("string"), "nextUrl", nullable("string")));
        }
        s.set("MeetingWithMetrics", object("meeting", ref("Meeting"), "metrics", array(ref("Metric"))));
        ObjectNode node = object("code", nullable("string"), "name", string(), "level", string(), "meetings", integer(),
                "metrics", integer());
        ((ObjectNode) node.get("properties")).set("children", array(ref("RegionNode")));
        s.set("RegionNode", node);
        s.set("RegionTree", object("items", array(ref("RegionNode"))));
        s.set("Leaders", object("region", ref("Region"), "offices", array(object("office", string(), "officeName", string(),
                "terms", array(object("name", string(), "title", nullable("string"), "from", string(), "to", string(),
                        "meetings", array(string())))))));
        s.set("Series", object("region", ref("Region"), "indicator", string(), "indicatorName", string(), "measure", string(),
                "measureName", string(), "unit", nullable("string"), "points", array(object("year", integer(),
                        "target", nullable("number"), "actual", nullable("number"), "targetKey", nullable("string"),
                        "actualKey", nullable("string")))));
        s.set("Compare", object("indicator", string(), "indicatorName", string(), "year", integer(), "kind", string(),
                "measure", string(), "unit", nullable("string"), "items", array(object("region", ref("Region"), "value", number(),
                        "display", string(), "metricKey", string()))));
        ObjectNode term = object("code", string(), "zh", string(), "en", string());
        ObjectNode vocabulary = Json.object().put("type", "object");
        ObjectNode props = vocabulary.putObject("properties");
        for (Names.Vocab v : Names.Vocab.values()) {
            props.set(v.name(), array(term));
        }
        s.set("Vocabulary", vocabulary);
        s.set("Feed", Json.object().put("type", "string").put("description",
                "text/event-stream: id: <storedAtMs> / event: meeting / data: <Meeting JSON>; a keep-alive comment every 15 s"));
        s.set("Stats", object("tables", Json.object().put("type", "object"), "articles", integer(), "meetings", integer(),
                "metrics", integer(), "writes", integer()));
        s.set("OpenApi", Json.object().put("type", "object"));
        return Json.object().set("schemas", s);
    }

    private static ObjectNode object(Object... namesAndSchemas) {
        ObjectNode o = Json.object().put("type", "object");
        ObjectNode props = o.putObject("properties");
        for (int i = 0; i < namesAndSchemas.length; i += 2) {
            props.set((String) namesAndSchemas[i], (ObjectNode) namesAndSchemas[i + 1]);
        }
        return o;
    }

    private static ObjectNode ref(String name) {
        return Json.object().put("$ref", "#/components/schemas/" + name);
    }

    private static ObjectNode array(ObjectNode items) {
        ObjectNode a = Json.object().put("type", "array");
        a.set("items", items);
        return a;
    }

    private static ObjectNode string() {
        return Json.object().put("type", "string");
    }

    private static ObjectNode integer() {
        return Json.object().put("type", "integer");
    }

    private static ObjectNode number() {
        return Json.object().put("type", "number");
    }

    private static ObjectNode bool() {
        return Json.object().put("type", "boolean");
    }

    /** OpenAPI 3.1: a type or null. */
    private static ObjectNode nullable(String type) {
        ObjectNode n = Json.object();
        n.putArray("type").add(type).add("null");
        return n;
    }
}
