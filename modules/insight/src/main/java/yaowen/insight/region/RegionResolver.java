package yaowen.insight.region;

import yaowen.insight.Region;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides which region an article is about. Place names score by where they stand (title 4, lead 2, body 0.3),
 * short forms (开封 for 开封市) count less, and a name that is the subject of the news ("祥符区召开", "祥符区委书记",
 * "龙亭区第十届委员会") scores more. The publishing site's region adds weight. A name shared by several units
 * (鼓楼区) goes to the one whose city or province is also mentioned, or that lies within the site's region. The
 * winner maximises its own score plus half its ancestors' score, the deeper unit winning ties.
 * Immutable and thread-safe.
 */
public final class RegionResolver {
    private static final double TITLE = 4;
    private static final double LEAD = 2;
    private static final double BODY = 0.3;
    private static final double SHORT = 0.6;
    private static final double SUBJECT = 2;
    private static final double HINT = 3;
    private static final double THRESHOLD = 0.5;
    private static final int BODY_LIMIT = 200_000;
    private static final Pattern SUBJECT_AFTER = Pattern.compile(
            "^(召开|举行|委|党委|党工委|人民政府|政府|人大|政协|三级|第[一二三四五六七八九十]+届|十[一二三四五六七八九]?届|全区|全县|全市|经济工作|工作会议|干部)");

    private static final Pattern TOWN_IN_TITLE = Pattern.compile(
            "([\\p{IsHan}]{2,4}?(?:镇|乡|街道))(?=召开|举行|举办|党委|人民政府|政府|第[一二三四五六七八九十]+届)");
    private static final Pattern TOWN_IN_LEAD = Pattern.compile("([\\p{IsHan}]{2,4}?(?:镇|乡|街道))(?=召开|举行)");
    private static final Pattern BOUNDARY_BEFORE = Pattern.compile("[,，。、:：;；“”\"\\s日]$");
    private static final Pattern GENERIC_TOWN = Pattern.compile("^[县区市旗]|^[全各本该每][镇乡]|^(乡镇|城镇|村镇|集镇|重镇|名镇|小镇|古镇|街道)$|乡镇");

    private final Gazetteer gazetteer;

    public RegionResolver(Gazetteer gazetteer) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    }

    /** The resolved place, if any. */
    public Optional<Place> resolvePlace(String title, List<String> paragraphs, Optional<String> siteRegionCode) {
        Map<String, Double> own = new HashMap<>();
        List<Gazetteer.Mention> ambiguous = new ArrayList<>();
        List<Double> ambiguousWeights = new ArrayList<>();
        collect(title, TITLE, true, own, ambiguous, ambiguousWeights);
        int leadCount = paragraphs.isEmpty() ? 0 : paragraphs.get(0).length() < 20 && paragraphs.size() > 1 ? 2 : 1;
        int bodyChars = 0;
        for (int i = 0; i < paragraphs.size(); i++) {
            String p = paragraphs.get(i);
            if (i < leadCount) {
                collect(p, LEAD, true, own, ambiguous, ambiguousWeights);
            } else if (bodyChars < BODY_LIMIT) {
                collect(p, BODY, false, own, ambiguous, ambiguousWeights);
                bodyChars += p.length();
            }
        }
        Optional<Place> hint = siteRegionCode.flatMap(gazetteer::byId);
        hint.ifPresent(h -> own.merge(h.id(), HINT, Double::sum));
        // Shared names go to the candidate best supported by its ancestors or by the site hint.
        for (int i = 0; i < ambiguous.size(); i++) {
            Gazetteer.Mention m = ambiguous.get(i);
            double w = ambiguousWeights.get(i);
            Place best = null;
            double bestSupport = 0;
            for (Place c : m.candidates()) {
                double support = 0;
                for (Place a : gazetteer.ancestors(c)) {
                    support += own.getOrDefault(a.id(), 0.0);
                }
                if (hint.isPresent() && (gazetteer.isWithin(c, hint.get()) || gazetteer.isWithin(hint.get(), c))) {
                    support += 5;
                }
                if (support > bestSupport) {
                    bestSupport = support;
                    best = c;
                }
            }
            if (best != null) {
                own.merge(best.id(), w, Double::sum);
            } else {
                for (Place c : m.candidates()) {
                    own.merge(c.id(), w / m.candidates().size(), Double::sum);
                }
            }
        }
        Place winner = null;
        double winnerScore = THRESHOLD;
        for (Map.Entry<String, Double> e : own.entrySet()) {
            Optional<Place> p = gazetteer.byId(e.getKey());
            if (p.isEmpty()) {
                continue;
            }
            double score = e.getValue();
            for (Place a : gazetteer.ancestors(p.get())) {
                score += 0.5 * own.getOrDefault(a.id(), 0.0);
            }
            if (score > winnerScore + 1e-9 || winner != null && Math.abs(score - winnerScore) <= 1e-9
                    && p.get().level().depth() > winner.level().depth()) {
                winner = p.get();
                winnerScore = score;
            }
        }
        if (winner != null && winner.level() == Place.Level.COUNTY) {
            Place county = winner;
            Optional<Place> town = town(title, true, county).or(() -> paragraphs.isEmpty() ? Optional.empty()
                    : town(paragraphs.get(0), false, county));
            if (town.isPresent()) {
                return town;
            }
        }
        return Optional.ofNullable(winner);
    }

    /**
     * A town, township or sub-district (丁河镇, 城关乡, 东城街道) that is the subject of the news within the resolved
     * county: named in the title before 召开/举行/党委/政府, or opening a lead clause before 召开/举行, alone or after
     * the county's name. Towns have no GB/T 2260 code; the result hangs under the county.
     */
    private Optional<Place> town(String text, boolean title, Place county) {
        Matcher m = (title ? TOWN_IN_TITLE : TOWN_IN_LEAD).matcher(text);
        for (int from = 0; from < text.length() && m.find(from); from = m.start() + 1) {
            String name = m.group(1);
            String before = text.substring(0, m.start(1));
            String countyStem = county.name().replaceAll("(回族|土家族|[\\p{IsHan}]{1,4}族)*(自治县|县|区|市|旗)$", "");
            if (before.endsWith(county.name()) || countyStem.length() >= 2 && (before.endsWith(countyStem + "县")
                    || before.endsWith(countyStem))) {
                name = name.startsWith(county.name()) ? name.substring(county.name().length()) : name;
            } else if (!before.isEmpty() && !BOUNDARY_BEFORE.matcher(before).find()) {
                continue;
            }
            if (name.length() < 2 || GENERIC_TOWN.matcher(name).find() || gazetteer.isKnownName(name)) {
                continue;
            }
            return Optional.of(new Place("town:" + county.id() + ":" + name, Optional.empty(), name, Place.Level.ZONE,
                    Optional.of(county.id())));
        }
        return Optional.empty();
    }

    /** The resolved region as insight reports it. */
    public Optional<Region> resolve(String title, List<String> paragraphs, Optional<String> siteRegionCode) {
        return resolvePlace(title, paragraphs, siteRegionCode).map(this::toRegion);
    }

    /** {@code p} as a region record with its path from the province. */
    public Region toRegion(Place p) {
        List<String> path = new ArrayList<>();
        for (Place a : gazetteer.ancestors(p)) {
            path.add(a.name());
        }
        path.add(p.name());
        return new Region(p.code(), p.name(), path);
    }

    private void collect(String text, double weight, boolean lead, Map<String, Double> own,
                         List<Gazetteer.Mention> ambiguous, List<Double> weights) {
        for (Gazetteer.Mention m : gazetteer.scan(text)) {
            boolean subject = SUBJECT_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 8))).find();
            Place first = m.candidates().get(0);
            if (m.shortForm() && first.level() == Place.Level.COUNTY && !lead && !subject) {
                continue; // short county names (祥符) are too common in body text to count
            }
            double w = weight * (m.shortForm() ? SHORT : 1) + (subject && weight >= LEAD ? SUBJECT : 0);
            if (m.candidates().size() == 1) {
                own.merge(first.id(), w, Double::sum);
            } else {
                ambiguous.add(m);
                weights.add(w);
            }
        }
    }
}
