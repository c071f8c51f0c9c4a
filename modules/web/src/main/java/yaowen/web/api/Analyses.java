package yaowen.web.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import yaowen.analytics.Appearance;
import yaowen.analytics.Figure;
import yaowen.analytics.LeadershipTimeline;
import yaowen.analytics.Office;
import yaowen.analytics.RegionInput;
import yaowen.analytics.RegionNode;
import yaowen.analytics.RegionTree;
import yaowen.analytics.TargetOutcome;
import yaowen.analytics.TargetsVsOutcomes;
import yaowen.analytics.Term;
import yaowen.records.Vocabulary;
import yaowen.stores.MetricQuery;
import yaowen.stores.MetricRow;
import yaowen.stores.Page;
import yaowen.stores.Paging;
import yaowen.stores.PeopleQuery;
import yaowen.stores.PersonAppearance;
import yaowen.stores.RegionCount;
import yaowen.stores.StoreReader;

/**
 * The endpoints that answer with the analytics core over the store's rows: the region tree, a region's
 * leaders, targets against outcomes, a region's series and a year's comparison. Thread-safe.
 */
final class Analyses {
    /** Figures of one kind read for /api/targets at most; beyond, the client is asked to narrow the filter. */
    static final int TARGETS_CAP = 50_000;
    /** Appearances read for a region's leaders at most. */
    static final int PEOPLE_CAP = 100_000;
    static final List<String> TARGET_SORTS = List.of("region", "year", "indicator");

    private final StoreReader store;

    Analyses(StoreReader store) {
        this.store = store;
    }

    /** {@code {"items":[{"code","name","level","meetings","metrics","children":[…]}]}}. */
    ObjectNode regions() {
        List<RegionInput> inputs = store.regions().stream()
                .map(r -> new RegionInput(r.code(), r.name(), r.path(), r.meetings(), r.metrics())).toList();
        ObjectNode root = Json.object();
        ArrayNode items = root.putArray("items");
        RegionTree.build(inputs).forEach(n -> items.add(node(n)));
        return root;
    }

    private static ObjectNode node(RegionNode n) {
        ObjectNode o = Json.object();
        o.put("code", n.code());
        o.put("name", n.name());
        o.put("level", n.level());
        o.put("meetings", n.meetings());
        o.put("metrics", n.metrics());
        ArrayNode children = o.putArray("children");
        n.children().forEach(c -> children.add(node(c)));
        return o;
    }

    /** {@code {"region":{"code","name"},"offices":[{"office","officeName","terms":[…]}]}}. */
    ObjectNode leaders(String region) {
        List<Appearance> appearances = new ArrayList<>();
        String regionName = null;
        PeopleQuery query = new PeopleQuery(region, null, null, null, null);
        String cursor = null;
        do {
            Page<PersonAppearance> page = store.people(query, new Paging("date", cursor, Paging.MAX_LIMIT));
            for (PersonAppearance p : page.items()) {
                if (region.equals(p.regionCode())) {
                    regionName = p.regionName();
                    appearances.add(new Appearance(p.name(), p.roles().isEmpty() ? List.of(p.role()) : p.roles(), p.date(),
                            p.regionCode(), p.regionName(), p.meetingKey(), p.regionPath()));
                }
            }
            if (appearances.size() > PEOPLE_CAP) {
                throw Listing.tooMany(PEOPLE_CAP);
            }
            cursor = page.nextCursor();
        } while (cursor != null);
        if (regionName == null) {
            regionName = store.regions().stream().filter(r -> region.equals(r.code())).map(RegionCount::name)
                    .findFirst().orElse(null);
        }
        Map<Office, List<Term>> byOffice = new LinkedHashMap<>();
        for (Term t : LeadershipTimeline.of(appearances)) {
            byOffice.computeIfAbsent(t.office(), o -> new ArrayList<>()).add(t);
        }
        ObjectNode root = Json.object();
        root.set("region", Json.shortRegion(region, regionName));
        ArrayNode offices = root.putArray("offices");
        byOffice.forEach((office, terms) -> {
            ObjectNode o = offices.addObject();
            o.put("office", office.name());
            o.put("officeName", office.chinese());
            ArrayNode array = o.putArray("terms");
            terms.forEach(t -> array.add(Json.term(t)));
        });
        return root;
    }

    /** A target with the stored metrics behind it. */
    record Target(TargetOutcome outcome, MetricRow target, MetricRow actual) {
    }

    /** Every target matching the request's filters, paired with its outcome, in the request's order. */
    List<Target> targets(Args args) {
        Map<String, MetricRow> byKey = new HashMap<>();
        List<Figure> figures = new ArrayList<>();
        for (String kind : List.of("TARGET", "ACTUAL")) {
            MetricQuery query = new MetricQuery(args.string("region"), List.of(), null, null, args.codes("indicator"), kind,
                    args.string("measure"), args.integer("year"), null, null, null, null, null);
            int read = 0;
            String cursor = null;
            do {
                Page<MetricRow> page = store.metrics(query, new Paging(null, cursor, Paging.MAX_LIMIT));
                read += page.items().size();
                if (read > TARGETS_CAP) {
                    throw ApiError.badParameter("region", "符合条件的数据超过 " + TARGETS_CAP + " 条，请缩小筛选范围（地区、指标、年份）",
                            "more than " + TARGETS_CAP + " figures match: narrow the filter (region, indicator, year)");
                }
                for (MetricRow m : page.items()) {
                    byKey.put(m.key(), m);
                    figures.add(figure(m));
                }
                cursor = page.nextCursor();
            } while (cursor != null);
        }
        String verdict = args.string("verdict");
        List<Target> targets = new ArrayList<>();
        for (TargetOutcome t : TargetsVsOutcomes.pair(figures)) {
            if (verdict == null || t.verdict().name().equals(verdict)) {
                targets.add(new Target(t, byKey.get(t.target().key()), t.actual() == null ? null : byKey.get(t.actual().key())));
            }
        }
        targets.sort(order(args.string("sort")));
        return targets;
    }

    static Figure figure(MetricRow m) {
        return new Figure(m.key(), m.regionCode(), m.regionName(), m.indicator(), m.kind(), m.year(), m.period(),
                m.measure(), m.value(), m.unit(), m.qualifier(), m.rangeMin(), m.rangeMax(), m.scope(), m.preliminary());
    }

    private static Comparator<Target> order(String sort) {
        boolean descending = sort.startsWith("-");
        Comparator<Target> region = Comparator.comparing(t -> Objects.toString(t.target().regionCode(), "~" + t.target().regionName()));
        Comparator<Target> year = Comparator.comparing(t -> t.target().year(), Comparator.nullsLast(Comparator.naturalOrder()));
        Comparator<Target> indicator = Comparator.comparing(t -> t.target().indicator());
        Comparator<Target> first = switch (descending ? sort.substring(1) : sort) {
            case "year" -> year;
            case "indicator" -> indicator;
            default -> region;
        };
        Comparator<Target> key = Comparator.comparing(t -> t.target().key());
        return (descending ? first.reversed() : first).thenComparing(region).thenComparing(indicator).thenComparing(year)
                .thenComparing(key);
    }

    /** One page of targets: the cursor is an offset, signed with the request's filters and sort. */
    Page<Target> targetPage(Args args, Paging paging) {
        String signature = signature(args);
        int offset = 0;
        if (paging.cursor() != null) {
            offset = offset(paging.cursor(), signature);
        }
        List<Target> all = targets(args);
        int end = Math.min(all.size(), offset + paging.limit());
        List<Target> page = offset >= all.size() ? List.of() : all.subList(offset, end);
        return new Page<>(page, end < all.size() ? cursor(end, signature) : null);
    }

    private static String signature(Args args) {
        String filters = String.join("|", Objects.toString(args.string("region"), ""), String.join(",", args.codes("indicator")),
                Objects.toString(args.integer("year"), ""), Objects.toString(args.string("measure"), ""),
                Objects.toString(args.string("verdict"), ""), args.string("sort"));
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(filters.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String cursor(int offset, String signature) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("t1:" + signature + ":" + offset)
                .getBytes(StandardCharsets.UTF_8));
    }

    private static int offset(String cursor, String signature) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split(":");
            if (parts.length == 3 && parts[0].equals("t1") && parts[1].equals(signature)) {
                int offset = Integer.parseInt(parts[2]);
                if (offset >= 0) {
                    return offset;
                }
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw ApiError.badParameter("cursor", "cursor 无效，或不属于这组筛选条件与排序",
                "the cursor is malformed or belongs to another filter or sort");
    }

    /** Whole-year, own-region figures of one region, indicator and measure, by year: target beside actual. */
    ObjectNode series(String region, String indicator, String measure) {
        List<MetricRow> rows = wholeYearOwn(region, List.of(indicator), null, measure, null).stream()
                .filter(m -> region.equals(m.regionCode())).toList();
        TreeMap<Integer, MetricRow[]> byYear = new TreeMap<>();
        String regionName = null;
        for (MetricRow m : rows) {
            if (m.year() == null) {
                continue;
            }
            regionName = m.regionName();
            MetricRow[] pair = byYear.computeIfAbsent(m.year(), y -> new MetricRow[2]);
            int slot = m.kind().equals("TARGET") ? 0 : 1;
            if (pair[slot] == null) {
                pair[slot] = m;
            }
        }
        ObjectNode root = Json.object();
        root.set("region", Json.shortRegion(region, regionName));
        root.put("indicator", indicator);
        root.put("indicatorName", Vocabulary.indicator(indicator));
        root.put("measure", measure);
        root.put("measureName", Vocabulary.measure(measure));
        root.put("unit", rows.isEmpty() ? null : rows.get(0).unit());
        ArrayNode points = root.putArray("points");
        byYear.forEach((year, pair) -> {
            ObjectNode p = points.addObject();
            p.put("year", year);
            p.put("target", pair[0] == null ? null : pair[0].value());
            p.put("actual", pair[1] == null ? null : pair[1].value());
            p.put("targetKey", pair[0] == null ? null : pair[0].key());
            p.put("actualKey", pair[1] == null ? null : pair[1].key());
        });
        return root;
    }

    /** Whole-year, own-region figures of one indicator and year, one per region, highest first. */
    ObjectNode compare(String regionPrefix, String indicator, int year, String kind, String measure) {
        Map<String, MetricRow> perRegion = new LinkedHashMap<>();
        for (MetricRow m : wholeYearOwn(regionPrefix, List.of(indicator), kind, measure, year)) {
            perRegion.putIfAbsent(Objects.toString(m.regionCode(), "~" + m.regionName()), m);
        }
        Map<String, String> labels = new HashMap<>();
        for (RegionCount r : store.regions()) {
            if (r.code() != null && !r.path().isEmpty()) {
                labels.put(r.code(), String.join("", r.path()));
            }
        }
        List<MetricRow> rows = new ArrayList<>(perRegion.values());
        rows.sort(Comparator.comparingDouble(MetricRow::value).reversed().thenComparing(m -> Objects.toString(m.regionCode(), "")));
        ObjectNode root = Json.object();
        root.put("indicator", indicator);
        root.put("indicatorName", Vocabulary.indicator(indicator));
        root.put("year", year);
        root.put("kind", kind);
        root.put("measure", measure);
        root.put("unit", rows.isEmpty() ? null : rows.get(0).unit());
        ArrayNode items = root.putArray("items");
        for (MetricRow m : rows) {
            ObjectNode item = items.addObject();
            ObjectNode region = Json.shortRegion(m.regionCode(), m.regionName());
            region.put("label", m.regionCode() == null ? m.regionName() : labels.getOrDefault(m.regionCode(), m.regionName()));
            item.set("region", region);
            item.put("value", m.value());
            item.put("display", Json.display(m.value(), m.unit(), m.measure()));
            item.put("metricKey", m.key());
        }
        return root;
    }

    private List<MetricRow> wholeYearOwn(String regionPrefix, List<String> indicators, String kind, String measure, Integer year) {
        MetricQuery query = new MetricQuery(regionPrefix, List.of(), null, null, indicators, kind, measure, year,
                MetricQuery.WHOLE_YEAR, MetricQuery.OWN_REGION, null, null, null);
        return all(null, p -> store.metrics(query, p), TARGETS_CAP);
    }

    /** Every row of a paged query in {@code sort} (null: its default), up to {@code cap} (else a 400 asking to narrow). */
    static <T> List<T> all(String sort, Function<Paging, Page<T>> pages, int cap) {
        List<T> rows = new ArrayList<>();
        String cursor = null;
        do {
            Page<T> page = pages.apply(new Paging(sort, cursor, Paging.MAX_LIMIT));
            rows.addAll(page.items());
            if (rows.size() > cap) {
                throw Listing.tooMany(cap);
            }
            cursor = page.nextCursor();
        } while (cursor != null);
        return rows;
    }
}
