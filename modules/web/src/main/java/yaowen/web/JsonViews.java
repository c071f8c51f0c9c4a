package yaowen.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import yaowen.stores.EvidenceRow;
import yaowen.stores.MeetingRow;
import yaowen.stores.MetricRow;
import yaowen.stores.PersonRow;
import yaowen.stores.SourceRow;
import yaowen.stores.StoreStats;
import yaowen.records.Vocabulary;

/** The JSON shapes of the API, built field by field so the wire format is explicit. Thread-safe. */
final class JsonViews {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonViews() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static byte[] bytes(Object node) {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    static ObjectNode meetings(List<MeetingRow> rows) {
        ObjectNode root = object();
        ArrayNode array = root.putArray("meetings");
        rows.forEach(m -> array.add(meeting(m)));
        root.put("count", rows.size());
        return root;
    }

    static ObjectNode meetingWithMetrics(MeetingRow m, List<MetricRow> metrics) {
        ObjectNode root = object();
        root.set("meeting", meeting(m));
        ArrayNode array = root.putArray("metrics");
        metrics.forEach(x -> array.add(metric(x)));
        return root;
    }

    static ObjectNode meeting(MeetingRow m) {
        ObjectNode n = object();
        n.put("key", m.key());
        n.put("href", Html.meetingPath(m.key()));
        n.put("date", m.date() == null ? null : m.date().toString());
        n.put("name", m.name());
        n.put("displayName", m.nameOrTitle());
        n.put("title", m.title());
        ArrayNode types = n.putArray("types");
        ArrayNode typeLabels = n.putArray("typeLabels");
        for (String t : m.types()) {
            types.add(t);
            typeLabels.add(Vocabulary.meetingType(t));
        }
        ObjectNode region = n.putObject("region");
        region.put("code", m.regionCode());
        region.put("name", m.regionName());
        m.regionPath().forEach(region.putArray("path")::add);
        region.put("label", m.regionLabel());
        n.put("format", m.format());
        ObjectNode session = n.putObject("session");
        session.put("congress", m.congress());
        session.put("plenary", m.plenary());
        session.put("enlarged", m.enlarged());
        n.put("reviewYear", m.reviewYear());
        n.put("planYear", m.planYear());
        n.put("publishedAt", m.publishedAt());
        n.put("url", m.url());
        n.put("articleId", m.articleId());
        n.put("decidingCue", m.decidingCue());
        ArrayNode people = n.putArray("people");
        for (PersonRow p : m.people()) {
            ObjectNode pn = people.addObject();
            pn.put("name", p.name());
            pn.put("role", p.role().isEmpty() ? null : p.role()); // "" is "no office stated"
            p.roles().forEach(pn.putArray("roles")::add);
            pn.put("part", p.part());
        }
        ArrayNode sources = n.putArray("sources");
        for (SourceRow s : m.sources()) {
            ObjectNode sn = sources.addObject();
            sn.put("url", s.url());
            sn.put("siteId", s.siteId());
            sn.put("title", s.title());
            sn.put("publishedAt", s.publishedAt());
            sn.put("articleId", s.articleId());
        }
        return n;
    }

    static ObjectNode metric(MetricRow m) {
        ObjectNode n = object();
        n.put("key", m.key());
        n.put("articleId", m.articleId());
        n.put("url", m.url());
        n.put("meetingKey", m.meetingKey());
        n.put("indicator", m.indicator());
        n.put("label", m.label());
        n.put("kind", m.kind());
        n.put("year", m.year());
        n.put("period", m.period());
        n.put("measure", m.measure());
        n.put("value", m.value());
        n.put("unit", m.unit());
        n.put("display", Vocabulary.amount(m.value(), m.unit(), Vocabulary.TABLE_DECIMALS));
        n.put("qualifier", m.qualifier());
        n.put("rangeMin", m.rangeMin());
        n.put("rangeMax", m.rangeMax());
        n.put("scope", m.scope());
        n.put("preliminary", m.preliminary());
        n.put("rankScope", m.rankScope());
        n.put("rank", m.rank());
        n.put("versusScope", m.versusScope());
        n.put("versusDeltaPp", m.versusDeltaPp());
        ObjectNode region = n.putObject("region");
        region.put("code", m.regionCode());
        region.put("name", m.regionName());
        n.put("raw", m.raw());
        n.put("evidence", m.evidence());
        n.put("conflict", m.conflict());
        ArrayNode reports = n.putArray("reports");
        for (EvidenceRow e : m.reports()) {
            ObjectNode en = reports.addObject();
            en.put("url", e.url());
            en.put("articleId", e.articleId());
            en.put("meetingKey", e.meetingKey());
            en.put("standing", e.standing());
            en.put("value", e.value());
            en.put("display", Vocabulary.amount(e.value(), m.unit(), Vocabulary.TABLE_DECIMALS));
            en.put("qualifier", e.qualifier());
            en.put("rangeMin", e.rangeMin());
            en.put("rangeMax", e.rangeMax());
            en.put("preliminary", e.preliminary());
            en.put("raw", e.raw());
            en.put("evidence", e.evidence());
        }
        return n;
    }

    static ObjectNode stats(Map<String, Long> rowCounts, StoreStats stats) {
        ObjectNode root = object();
        ObjectNode tables = root.putObject("tables");
        rowCounts.forEach(tables::put);
        root.put("articles", stats.articles());
        root.put("meetings", stats.meetings());
        root.put("metrics", stats.metrics());
        root.put("writes", stats.writes());
        return root;
    }

    static ObjectNode error(int status, String message) {
        ObjectNode root = object();
        root.put("status", status);
        root.put("error", message);
        return root;
    }
}
