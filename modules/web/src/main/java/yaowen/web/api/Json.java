package yaowen.web.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import yaowen.analytics.Span;
import yaowen.analytics.TargetOutcome;
import yaowen.analytics.Term;
import yaowen.records.Vocabulary;
import yaowen.stores.ArticleRow;
import yaowen.stores.EvidenceRow;
import yaowen.stores.MeetingRow;
import yaowen.stores.MetricRow;
import yaowen.stores.PersonAppearance;
import yaowen.stores.PersonRow;
import yaowen.stores.SourceRow;
import yaowen.stores.StoreStats;

/**
 * Every JSON shape of the API (docs/api.md), built field by field so the wire format is explicit: the one
 * place rows become JSON. Exports read their columns from these shapes too. Thread-safe.
 */
public final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    public static byte[] bytes(Object node) {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    /** {@code {"status":400,"error":"bad_request","parameter":…,"message":…,"messageEn":…}}. */
    public static ObjectNode error(ApiError e) {
        ObjectNode n = object();
        n.put("status", e.status());
        n.put("error", e.error());
        n.put("parameter", e.parameter());
        n.put("message", e.getMessage());
        n.put("messageEn", e.messageEn());
        return n;
    }

    static ObjectNode meeting(MeetingRow m) {
        ObjectNode n = object();
        n.put("key", m.key());
        n.put("articleId", m.articleId());
        n.put("url", m.url());
        n.put("title", m.title());
        n.put("name", m.name());
        ArrayNode types = n.putArray("types");
        ArrayNode typeNames = n.putArray("typeNames");
        for (String t : m.types()) {
            types.add(t);
            typeNames.add(Vocabulary.meetingType(t));
        }
        n.put("date", text(m.date()));
        n.set("region", region(m.regionCode(), m.regionName(), m.regionPath()));
        n.put("format", m.format());
        n.put("congress", m.congress());
        n.put("plenary", m.plenary());
        n.put("enlarged", m.enlarged());
        n.put("reviewYear", m.reviewYear());
        n.put("planYear", m.planYear());
        n.put("publishedAt", m.publishedAt());
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
            sn.put("articleId", s.articleId());
            sn.put("url", s.url());
            sn.put("siteId", s.siteId());
            sn.put("title", s.title());
            sn.put("publishedAt", s.publishedAt());
        }
        return n;
    }

    /** {@code {"code","name","path","label"}}; the label is the path joined, else the name. */
    static ObjectNode region(String code, String name, List<String> path) {
        ObjectNode r = object();
        r.put("code", code);
        r.put("name", name);
        path.forEach(r.putArray("path")::add);
        r.put("label", path.isEmpty() ? name : String.join("", path));
        return r;
    }

    static ObjectNode shortRegion(String code, String name) {
        ObjectNode r = object();
        r.put("code", code);
        r.put("name", name);
        return r;
    }

    static ObjectNode metric(MetricRow m) {
        ObjectNode n = object();
        n.put("key", m.key());
        n.put("articleId", m.articleId());
        n.put("url", m.url());
        n.put("meetingKey", m.meetingKey());
        n.set("region", shortRegion(m.regionCode(), m.regionName()));
        n.put("indicator", m.indicator());
        n.put("indicatorName", Vocabulary.indicator(m.indicator()));
        n.put("label", m.label());
        n.put("kind", m.kind());
        n.put("kindName", Vocabulary.kind(m.kind()));
        n.put("year", m.year());
        n.put("period", m.period());
        n.put("measure", m.measure());
        n.put("measureName", Vocabulary.measure(m.measure()));
        n.put("value", m.value());
        n.put("unit", m.unit());
        n.put("display", display(m.value(), m.unit(), m.measure()));
        n.put("qualifier", m.qualifier());
        n.put("qualifierName", m.qualifier() == null ? null : Vocabulary.qualifier(m.qualifier()));
        n.put("rangeMin", m.rangeMin());
        n.put("rangeMax", m.rangeMax());
        n.put("scope", m.scope());
        n.put("preliminary", m.preliminary());
        n.put("rank", m.rank());
        n.put("rankScope", m.rankScope());
        n.put("versusScope", m.versusScope());
        n.put("versusDeltaPp", m.versusDeltaPp());
        n.put("raw", m.raw());
        n.put("evidence", m.evidence());
        n.put("conflict", m.conflict());
        ArrayNode reports = n.putArray("reports");
        for (EvidenceRow e : m.reports()) {
            ObjectNode en = reports.addObject();
            en.put("articleId", e.articleId());
            en.put("url", e.url());
            en.put("meetingKey", e.meetingKey());
            en.put("standing", e.standing());
            en.put("value", e.value());
            en.put("qualifier", e.qualifier());
            en.put("rangeMin", e.rangeMin());
            en.put("rangeMax", e.rangeMax());
            en.put("preliminary", e.preliminary());
            en.put("raw", e.raw());
            en.put("evidence", e.evidence());
        }
        return n;
    }

    /** A growth rate in percent as {@code 增长 5.7%}, anything else as an amount with its unit. */
    static String display(double value, String unit, String measure) {
        return "GROWTH".equals(measure) && "PERCENT".equals(unit) ? Vocabulary.change(value)
                : Vocabulary.amount(value, unit, Vocabulary.TABLE_DECIMALS);
    }

    static ObjectNode article(ArticleRow a) {
        ObjectNode n = object();
        n.put("id", a.id());
        n.put("url", a.url());
        n.put("siteId", a.siteId());
        n.put("title", a.title());
        n.put("publishedAt", a.publishedAt());
        n.put("source", a.source());
        a.authors().forEach(n.putArray("authors")::add);
        n.put("regionCode", a.siteRegionCode());
        n.put("fetchedAt", Instant.ofEpochMilli(a.fetchedAtMs()).toString());
        a.meetingKeys().forEach(n.putArray("meetingKeys")::add);
        return n;
    }

    /** The article with its body, its metrics and where each metric's phrase sits in the body. */
    static ObjectNode articleInFull(ArticleRow a, List<MetricRow> metrics, List<Span> spans, List<String> spanMetricKeys) {
        ObjectNode n = article(a);
        n.put("body", a.body());
        ArrayNode array = n.putArray("metrics");
        metrics.forEach(m -> array.add(metric(m)));
        ArrayNode highlights = n.putArray("highlights");
        for (Span s : spans) {
            highlights.addObject().put("start", s.start()).put("end", s.end()).put("metricKey", spanMetricKeys.get(s.quote()));
        }
        return n;
    }

    static ObjectNode person(PersonAppearance p) {
        ObjectNode n = object();
        n.put("name", p.name());
        n.put("role", p.role().isEmpty() ? null : p.role());
        p.roles().forEach(n.putArray("roles")::add);
        n.put("part", p.part());
        n.put("meetingKey", p.meetingKey());
        n.put("meetingName", p.meetingName());
        n.put("date", text(p.date()));
        n.set("region", region(p.regionCode(), p.regionName(), p.regionPath()));
        return n;
    }

    /** A target beside its outcome; {@code target} and {@code actual} are the stored metrics the figures came from. */
    static ObjectNode target(TargetOutcome t, MetricRow target, MetricRow actual) {
        ObjectNode n = object();
        n.set("region", shortRegion(target.regionCode(), target.regionName()));
        n.put("indicator", target.indicator());
        n.put("indicatorName", Vocabulary.indicator(target.indicator()));
        n.put("year", target.year());
        n.put("period", target.period());
        n.put("measure", target.measure());
        n.put("measureName", Vocabulary.measure(target.measure()));
        n.put("scope", target.scope());
        n.set("target", metric(target));
        n.set("actual", actual == null ? null : metric(actual));
        n.put("verdict", t.verdict().name());
        n.put("verdictName", t.verdict().chinese());
        n.put("ceiling", t.ceiling());
        n.put("gap", t.gap());
        return n;
    }

    static ObjectNode term(Term t) {
        ObjectNode n = object();
        n.put("name", t.name());
        n.put("title", t.title());
        n.put("from", t.from().toString());
        n.put("to", t.to().toString());
        t.meetingKeys().forEach(n.putArray("meetings")::add);
        return n;
    }

    public static ObjectNode stats(java.util.Map<String, Long> rowCounts, StoreStats stats) {
        ObjectNode root = object();
        ObjectNode tables = root.putObject("tables");
        rowCounts.forEach(tables::put);
        root.put("articles", stats.articles());
        root.put("meetings", stats.meetings());
        root.put("metrics", stats.metrics());
        root.put("writes", stats.writes());
        return root;
    }

    static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
