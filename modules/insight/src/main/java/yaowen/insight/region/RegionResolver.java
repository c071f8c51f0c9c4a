package yaowen.insight.region;

import yaowen.insight.Region;
import yaowen.insight.nlp.Lexicon;
import yaowen.insight.nlp.Segmenter;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides which region an article is about. Place names score by where they stand (title 4, lead 2, body 0.3),
 * short forms (开封 for 开封市) count less, and a name that is the subject of the news ("祥符区召开", "祥符区委书记",
 * "龙亭区第十届委员会") scores more. A place name counts only as a whole word: a short form that is an ordinary word
 * (宏伟) or that the segmenter finds inside a longer word (杨宏伟, 复杂多变) is no mention, nor is a two-character
 * name that straddles two words (乡镇和县直单位, 创新县域经济), and a county's bare short
 * form (法库, 惠民) counts only when something corroborates it (its city or province, the site, the source).
 * The publishing site adds weight: the site registry's region, the stated source line, places spelled in the URL.
 * The article's self-references (我县, 全市, 区委, 旗长, 自治区党委) give the level of its unit: a candidate of
 * another level counts half, a city whose counties are toured one after another is the unit, and when the text
 * names no unit of that level a corroborated-only mention or the site supplies it. A name shared by several units
 * (鼓楼区) goes to the one whose city or province is also mentioned, that lies within the site's region, or that
 * matches the level. The winner maximises its own score plus half its ancestors' score, the deeper unit winning
 * ties. Immutable and thread-safe.
 */
public final class RegionResolver {
    private static final double TITLE = 4;
    private static final double LEAD = 2;
    private static final double BODY = 0.3;
    private static final double SHORT = 0.6;
    private static final double SUBJECT = 2;
    private static final double HINT = 3;
    private static final double SOURCE = 2;
    private static final double HOST = 2;
    private static final double PATH = 1;
    /** Factor for a candidate whose level contradicts the article's self-references. */
    private static final double OTHER_LEVEL = 0.5;
    private static final double THRESHOLD = 0.5;
    private static final int BODY_LIMIT = 200_000;
    private static final int LEVEL_BODY_LIMIT = 4_000;
    private static final Pattern SUBJECT_AFTER = Pattern.compile(
            "^(召开|举行|委|党委|党工委|人民政府|政府|人大|政协|三级|第[一二三四五六七八九十]+届|十[一二三四五六七八九]?届|全区|全县|全市|经济工作|工作会议|干部)");
    /** A development zone named after its city or county: 株洲经济开发区, 某某县高新区. */
    private static final Pattern ZONE_AFTER = Pattern.compile(
            "^(经济技术开发区|经济开发区|高新技术产业开发区|高新技术开发区|高新区|经开区|开发区)");
    /** Levels a self-reference can name (自治区 counts as 区). */
    private static final String LEVELS = "县区市旗州盟省";
    /** Before a level: 我县, 全市, 本区, 该区. */
    private static final String SELF_BEFORE = "我全本该";
    /** After a level: the region's own bodies and heads (县委, 区政府, 旗长, 市人大, 市领导). */
    private static final String[] SELF_AFTER = {"委", "长", "政府", "人大", "政协", "领导"};
    /** Words that end in 市 or 区 before 长 without being a mayor (城市长远, 社区长廊). */
    private static final String NOT_BEFORE_HEAD = "城超都夜集街门社园小景辖地山矿营";

    private static final Pattern TOWN_IN_TITLE = Pattern.compile(
            "([\\p{IsHan}]{2,4}?(?:镇|乡|街道))(?=召开|举行|举办|党委|人民政府|政府|第[一二三四五六七八九十]+届)");
    private static final Pattern TOWN_IN_LEAD = Pattern.compile("([\\p{IsHan}]{2,4}?(?:镇|乡|街道))(?=召开|举行)");
    private static final Pattern BOUNDARY_BEFORE = Pattern.compile("[,，。、:：;；“”\"\\s日]$");
    private static final Pattern GENERIC_TOWN = Pattern.compile("^[县区市旗]|^[全各本该每][镇乡]|^(乡镇|城镇|村镇|集镇|重镇|名镇|小镇|古镇|街道)$|乡镇");

    /**
     * After a two-character name's 县/区/市, a character that makes the level the head of another word (县直, 县级,
     * 县域, 区委, 县城乡, 县市, 县政府); 县委员会 stays the county's committee (政协沛县委员会).
     */
    private static final Pattern LEVEL_HEAD_AFTER = Pattern.compile("^(?:直|级|域|委(?!员)|里|城|乡|区|市|镇|属|政府)");
    /** Before a place name inside a sentence: what introduces a place (在和县, 赴萧县, 来自和县, 中共和县). */
    private static final String PLACE_BEFORE = "在于到赴至自从进临入共";
    /** Conjunctions a two-character name can begin with (和县): after another word, they join, they name nothing. */
    private static final String CONJUNCTIONS = "和与及同暨";

    private final Gazetteer gazetteer;
    private final Segmenter segmenter;
    /** Short forms that are ordinary words (宏伟, 红旗): a place only with their level suffix. */
    private final Set<String> ordinaryShortForms;
    /** Short forms the dictionary lists as words (安居, 鹤壁): never the fallback on their own word alone. */
    private final Set<String> dictionaryShortForms;
    private volatile SiteHints siteHints;

    public RegionResolver(Gazetteer gazetteer) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
        this.segmenter = Segmenter.withNameRecognition();
        Set<String> ordinary = new HashSet<>();
        Set<String> words = new HashSet<>();
        for (String s : gazetteer.shortNames()) {
            if (Lexicon.isOrdinaryWord(s)) {
                ordinary.add(s);
            }
            if (Lexicon.isDictionaryWord(s)) {
                words.add(s);
            }
        }
        this.ordinaryShortForms = Set.copyOf(ordinary);
        this.dictionaryShortForms = Set.copyOf(words);
    }

    private SiteHints siteHints() {
        SiteHints h = siteHints;
        if (h == null) {
            synchronized (this) {
                h = siteHints;
                if (h == null) {
                    h = new SiteHints(gazetteer);
                    siteHints = h;
                }
            }
        }
        return h;
    }

    /** The resolved place, if any, from the text and the site registry's region. */
    public Optional<Place> resolvePlace(String title, List<String> paragraphs, Optional<String> siteRegionCode) {
        return resolvePlace(title, paragraphs, siteRegionCode, Optional.empty(), Optional.empty());
    }

    /**
     * The resolved place, if any, from the text, the site registry's region, the page's URL and the stated source
     * line ("XX县融媒体中心").
     */
    public Optional<Place> resolvePlace(String title, List<String> paragraphs, Optional<String> siteRegionCode,
                                        Optional<String> url, Optional<String> source) {
        Tally t = new Tally();
        collect(t, title, TITLE, true);
        int leadCount = leadCount(paragraphs);
        int bodyChars = 0;
        for (int i = 0; i < paragraphs.size(); i++) {
            String p = paragraphs.get(i);
            if (i < leadCount) {
                collect(t, p, LEAD, true);
            } else if (bodyChars < BODY_LIMIT) {
                collect(t, p, BODY, false);
                bodyChars += p.length();
            }
        }
        Optional<Place> hint = siteRegionCode.flatMap(gazetteer::byId);
        hint.ifPresent(h -> {
            t.own.merge(h.id(), HINT, Double::sum);
            t.site.add(h);
        });
        source.ifPresent(s -> collectSource(t, s));
        url.ifPresent(u -> {
            List<SiteHints.Hint> hints = siteHints().hints(u);
            for (SiteHints.Hint h : hints) {
                // initials alone (cqyb, etkqq) are shared by countless words and departments: they count only for
                // a place the text or the source line also names
                List<Place> places = h.initials()
                        ? h.places().stream().filter(p -> namedInText(t, p)).toList() : List.copyOf(h.places());
                if (places.isEmpty()) {
                    continue;
                }
                // a path segment (/zhuzhou/) is read only where the host names nothing (SiteHints.hints)
                double w = (h.host() ? HOST : PATH) / places.size();
                for (Place p : places) {
                    t.own.merge(p.id(), w, Double::sum);
                    t.site.add(p);
                }
            }
        });
        Optional<Character> level = selfLevel(title, paragraphs);
        resolveAmbiguous(t, hint, level);
        resolveConjoined(t);
        resolveOrdinary(t);
        resolveWeak(t);
        level.ifPresent(l -> liftSiteToLevel(t, l));
        Place winner = winner(t, level);
        // Only a coarser winner (the province or city where the self-references speak of a county) gives way.
        // ...but not where the unit of that level the text names is a namesake left unsettled: the stray short form
        // would stand in for it
        boolean ownUnsettled = level.isPresent() && t.unsettled.stream().anyMatch(p -> consistent(p, level.get()));
        if (!ownUnsettled && (winner == null || level.isPresent() && !consistent(winner, level.get())
                && winner.level().depth() < Place.Level.COUNTY.depth() && "县区旗".indexOf(level.get()) >= 0)) {
            Place fallback = bestWeak(t, level);
            if (fallback != null) {
                winner = fallback;
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
     * Whether the text or the source line names {@code p} or a unit it lies in (重庆 for a host read as 重庆 + 渝北),
     * in full, by a shared name or by its short form.
     */
    private boolean namedInText(Tally t, Place p) {
        if (namedHere(t, p)) {
            return true;
        }
        for (Place a : gazetteer.ancestors(p)) {
            if (namedHere(t, a)) {
                return true;
            }
        }
        return false;
    }

    private static boolean namedHere(Tally t, Place p) {
        if (t.own.getOrDefault(p.id(), 0.0) > 0) { // only the text, the source line and the registry so far
            return true;
        }
        for (Gazetteer.Mention m : t.ambiguous) {
            if (m.candidates().contains(p)) {
                return true;
            }
        }
        for (Gazetteer.Mention m : t.weak) {
            if (m.candidates().contains(p)) {
                return true;
            }
        }
        return false;
    }

    /** What one article's mentions add up to. */
    private static final class Tally {
        final Map<String, Double> own = new HashMap<>();
        final Map<String, Place> extra = new HashMap<>();
        final List<Gazetteer.Mention> ambiguous = new ArrayList<>();
        final List<Double> ambiguousWeights = new ArrayList<>();
        /** County short forms awaiting corroboration, with their weights. */
        final List<Gazetteer.Mention> weak = new ArrayList<>();
        final List<Double> weakWeights = new ArrayList<>();
        final List<String> weakTexts = new ArrayList<>();
        /** Short forms that are ordinary words (日照, 来宾), with their weights: places only beside the full name. */
        final List<Gazetteer.Mention> ordinary = new ArrayList<>();
        final List<Double> ordinaryWeights = new ArrayList<>();
        /** Short forms already seen standing as a whole word in this article. */
        final Set<String> whole = new HashSet<>();
        /** The segmenter's verdicts in this article, by the mention's window (negatives too). */
        final Map<String, Boolean> segmented = new HashMap<>();
        /** Places the site names (registry, source line, URL). */
        final Set<Place> site = new LinkedHashSet<>();
        /** Places named as the frame of a ranking or comparison (居株洲市第一, 高于济宁市平均水平): the parent. */
        final Map<String, Double> frames = new HashMap<>();
        /** Ids the text itself names (not only the site). */
        final Set<String> textual = new HashSet<>();
        /** Namesakes the text names that nothing settled (朝阳区 of 北京 or of 长春). */
        final Set<Place> unsettled = new LinkedHashSet<>();
        /** Units named unambiguously in the title or lead (for a city touring its counties). */
        final Set<Place> leading = new LinkedHashSet<>();
        /** Two-character names read after a conjunction (乡镇和县有关部门), with their weights: need corroboration. */
        final List<Gazetteer.Mention> conjoined = new ArrayList<>();
        final List<Double> conjoinedWeights = new ArrayList<>();
    }

    private Place place(Tally t, String id) {
        Place p = t.extra.get(id);
        return p != null ? p : gazetteer.byId(id).orElse(null);
    }

    private List<Place> ancestors(Tally t, Place p) {
        if (p.parentId().isPresent() && t.extra.containsKey(p.id())) {
            List<Place> out = new ArrayList<>();
            gazetteer.byId(p.parentId().get()).ifPresent(parent -> {
                out.addAll(gazetteer.ancestors(parent));
                out.add(parent);
            });
            return out;
        }
        return gazetteer.ancestors(p);
    }

    /**
     * A county's site publishing "市长…调研" or "全市…会议" speaks of its city: a unit that only the site names, of
     * another level than the self-references, hands its weight to its nearest ancestor of that level.
     */
    private void liftSiteToLevel(Tally t, char level) {
        for (String id : new ArrayList<>(t.own.keySet())) {
            Place p = place(t, id);
            if (p == null || t.textual.contains(id) || consistent(p, level)) {
                continue;
            }
            List<Place> up = ancestors(t, p);
            for (int i = up.size() - 1; i >= 0; i--) {
                if (consistent(up.get(i), level)) {
                    t.own.merge(up.get(i).id(), t.own.remove(id), Double::sum);
                    break;
                }
            }
        }
    }

    /** Shared names go to the candidate best supported by its ancestors, the site, or the article's level. */
    private void resolveAmbiguous(Tally t, Optional<Place> hint, Optional<Character> level) {
        for (int i = 0; i < t.ambiguous.size(); i++) {
            Gazetteer.Mention m = t.ambiguous.get(i);
            double w = t.ambiguousWeights.get(i);
            List<Place> top = new ArrayList<>();
            double bestSupport = 0;
            for (Place c : m.candidates()) {
                double support = 0;
                for (Place a : gazetteer.ancestors(c)) {
                    if (!m.candidates().contains(a)) { // 辽阳 names 辽阳市 and 辽阳县: the city cannot back its county
                        support += t.own.getOrDefault(a.id(), 0.0) + t.frames.getOrDefault(a.id(), 0.0);
                    }
                }
                if (hint.isPresent() && (gazetteer.isWithin(c, hint.get()) || gazetteer.isWithin(hint.get(), c))) {
                    support += 5;
                }
                if (t.site.contains(c)) {
                    support += 3;
                } else if (t.site.stream().anyMatch(s -> gazetteer.isWithin(c, s))) {
                    support += 1.5;
                }
                if (level.isPresent() && consistent(c, level.get())) {
                    support += 1;
                }
                if (support > bestSupport + 1e-9) {
                    bestSupport = support;
                    top.clear();
                    top.add(c);
                } else if (support > 0 && Math.abs(support - bestSupport) <= 1e-9) {
                    top.add(c);
                }
            }
            List<Place> tied = top.isEmpty() ? m.candidates() : top;
            Place best = tied.size() == 1 ? tied.get(0) : bestKnown(tied);
            if (best != null) {
                t.own.merge(best.id(), w, Double::sum);
                t.textual.add(best.id());
            }
            // namesakes of one level that nothing settles (朝阳区 of 北京 and of 长春) stay unresolved: a guess
            // would be wrong as often as right
            if (best == null) {
                t.unsettled.addAll(tied);
            }
        }
    }

    /**
     * Namesakes nothing settles, of different levels: the coarser unit (辽阳 names 辽阳市 and its 辽阳县; the city is
     * the one spoken of without more). Namesakes of one level (朝阳区 of 北京 and of 长春, 江北区 of 重庆 and of 宁波)
     * get no default, whatever their depth: null.
     */
    private Place bestKnown(List<Place> candidates) {
        Place best = null;
        int bestDepth = Integer.MAX_VALUE;
        boolean unique = false;
        if (candidates.stream().allMatch(c -> c.level() == candidates.get(0).level())) {
            return null;
        }
        for (Place c : candidates) {
            int depth = c.level().depth();
            if (depth < bestDepth) {
                best = c;
                bestDepth = depth;
                unique = true;
            } else if (depth == bestDepth) {
                unique = false;
            }
        }
        return unique ? best : null;
    }

    /** A name read as a conjunction and a word (乡镇和县有关部门) counts only where its place is otherwise named. */
    private void resolveConjoined(Tally t) {
        for (int i = 0; i < t.conjoined.size(); i++) {
            Place p = t.conjoined.get(i).candidates().get(0);
            if (corroborated(t, p)) {
                t.own.merge(p.id(), t.conjoinedWeights.get(i), Double::sum);
                t.textual.add(p.id());
            }
        }
    }

    /**
     * A short form that is also an ordinary word (日照 sunshine, 来宾 guest, 资源 resources) counts only for a unit the
     * text names in full or the site names: then the article speaks of the place, and the word is its name.
     */
    private void resolveOrdinary(Tally t) {
        for (int i = 0; i < t.ordinary.size(); i++) {
            Place only = null;
            int count = 0;
            for (Place c : t.ordinary.get(i).candidates()) {
                if (t.textual.contains(c.id()) || t.site.contains(c)) {
                    only = c;
                    count++;
                }
            }
            if (count == 1) {
                t.own.merge(only.id(), t.ordinaryWeights.get(i), Double::sum);
            }
        }
    }

    /**
     * A county's bare short form counts when its city or province is named, when the site names it, or when it is
     * also named in full; otherwise it waits as a fallback.
     */
    private void resolveWeak(Tally t) {
        List<Gazetteer.Mention> still = new ArrayList<>();
        List<Double> stillWeights = new ArrayList<>();
        List<String> stillTexts = new ArrayList<>();
        for (int i = 0; i < t.weak.size(); i++) {
            Gazetteer.Mention m = t.weak.get(i);
            Place backed = null;
            for (Place c : m.candidates()) {
                if (corroborated(t, c)) {
                    backed = c;
                    break;
                }
            }
            if (backed != null) {
                // the segmenter is asked only now, for the few short forms that would count (杨宏伟, 复杂多变)
                if (!wholeWord(t, t.weakTexts.get(i), m)) {
                    continue;
                }
                t.own.merge(backed.id(), t.weakWeights.get(i), Double::sum);
                t.textual.add(backed.id());
            } else {
                still.add(m);
                stillWeights.add(t.weakWeights.get(i));
                stillTexts.add(t.weakTexts.get(i));
            }
        }
        t.weak.clear();
        t.weak.addAll(still);
        t.weakWeights.clear();
        t.weakWeights.addAll(stillWeights);
        t.weakTexts.clear();
        t.weakTexts.addAll(stillTexts);
    }

    private boolean corroborated(Tally t, Place c) {
        if (t.own.getOrDefault(c.id(), 0.0) > 0 || t.site.contains(c)) {
            return true;
        }
        for (Place a : gazetteer.ancestors(c)) {
            if (t.own.getOrDefault(a.id(), 0.0) > 0 || t.frames.containsKey(a.id()) || t.site.contains(a)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The best uncorroborated short form, of the article's level when it has one; not one that is also a dictionary
     * word (安居 in 安居政策): alone, such a form is more likely the word.
     */
    private Place bestWeak(Tally t, Optional<Character> level) {
        Map<Place, Double> weights = new HashMap<>();
        List<Place> named = null; // built once, for the first short form that needs it
        for (int i = 0; i < t.weak.size(); i++) {
            Gazetteer.Mention m = t.weak.get(i);
            if (dictionaryShortForms.contains(m.text())) {
                continue;
            }
            List<Place> eligible = new ArrayList<>();
            if (named == null) {
                named = coarseNamed(t);
            }
            for (Place c : m.candidates()) {
                if ((level.isEmpty() || consistent(c, level.get())) && !contradicted(named, c)) {
                    eligible.add(c);
                }
            }
            if (eligible.isEmpty() || !wholeWord(t, t.weakTexts.get(i), m)) {
                continue;
            }
            for (Place c : eligible) {
                weights.merge(c, t.weakWeights.get(i) / m.candidates().size(), Double::sum);
            }
        }
        Place best = null;
        double bestWeight = 0;
        for (Map.Entry<Place, Double> e : weights.entrySet()) {
            if (e.getValue() > bestWeight || e.getValue() == bestWeight && best != null
                    && e.getKey().id().compareTo(best.id()) < 0) {
                best = e.getKey();
                bestWeight = e.getValue();
            }
        }
        return best;
    }

    /** The provinces and cities the text names, with weight (in its own score or as a frame). */
    private List<Place> coarseNamed(Tally t) {
        Set<String> ids = new LinkedHashSet<>();
        t.own.forEach((id, w) -> {
            if (w > 0) {
                ids.add(id);
            }
        });
        t.frames.forEach((id, w) -> {
            if (w > 0) {
                ids.add(id);
            }
        });
        List<Place> out = new ArrayList<>();
        for (String id : ids) {
            Place p = place(t, id);
            if (p != null && p.level().depth() < Place.Level.COUNTY.depth()) {
                out.add(p);
            }
        }
        return out;
    }

    /** Whether the text names a province or city that {@code c} does not lie in (七里河 of 兰州 in a 河南 text). */
    private boolean contradicted(List<Place> coarseNamed, Place c) {
        for (Place p : coarseNamed) {
            if (!gazetteer.isWithin(c, p)) {
                return true;
            }
        }
        return false;
    }

    private Place winner(Tally t, Optional<Character> level) {
        // A city whose units are named one after another in the title or lead ("市长到舒兰市、昌邑区、磐石市调研")
        // is itself the unit, unless the self-references speak of a county; so is a province whose cities are.
        Map<String, Double> touring = new HashMap<>();
        {
            Map<String, List<Place>> byParent = new HashMap<>();
            for (Place p : t.leading) {
                if ((p.level() == Place.Level.COUNTY || p.level() == Place.Level.CITY) && p.parentId().isPresent()) {
                    byParent.computeIfAbsent(p.parentId().get(), k -> new ArrayList<>()).add(p);
                }
            }
            for (Map.Entry<String, List<Place>> e : byParent.entrySet()) {
                Place parent = gazetteer.byId(e.getKey()).orElse(null);
                // a province only when its self-references say so (全省, 省政府): cities name their peers freely
                boolean fits = parent != null && (parent.level() == Place.Level.PROVINCE
                        ? level.isPresent() && consistent(parent, level.get())
                        : level.isEmpty() || consistent(parent, level.get()));
                if (e.getValue().size() >= 2 && fits) {
                    double sum = 0;
                    for (Place c : e.getValue()) {
                        sum += t.own.getOrDefault(c.id(), 0.0);
                    }
                    touring.put(parent.id(), sum);
                }
            }
        }
        Set<String> ids = new LinkedHashSet<>(t.own.keySet());
        ids.addAll(touring.keySet());
        Place winner = null;
        double winnerScore = 0;
        for (String id : ids.stream().sorted().toList()) {
            Place p = place(t, id);
            if (p == null) {
                continue;
            }
            double score = t.own.getOrDefault(id, 0.0) + touring.getOrDefault(id, 0.0);
            for (Place a : ancestors(t, p)) {
                score += 0.5 * (t.own.getOrDefault(a.id(), 0.0) + t.frames.getOrDefault(a.id(), 0.0));
            }
            if (score <= THRESHOLD + 1e-9) {
                continue; // too little evidence, whatever its level
            }
            if (level.isPresent() && !consistent(p, level.get())) {
                score *= OTHER_LEVEL;
                if (!t.textual.contains(id) && score <= THRESHOLD + 1e-9) {
                    continue; // the site alone, of another level than the text speaks of
                }
            }
            if (score > winnerScore + 1e-9 || winner != null && Math.abs(score - winnerScore) <= 1e-9
                    && p.level().depth() > winner.level().depth()) {
                winner = p;
                winnerScore = score;
            }
        }
        if (winner == null && level.isPresent()) {
            // Self-references make the one unit of their level that the text names the article's, however briefly
            // ("我市召开…" and 新乡 only in an official's title further down).
            double best = 0;
            for (String id : t.textual.stream().sorted().toList()) {
                Place p = place(t, id);
                double score = t.own.getOrDefault(id, 0.0);
                if (p != null && consistent(p, level.get()) && score > best + 1e-9) {
                    winner = p;
                    best = score;
                }
            }
        }
        return winner;
    }

    /**
     * The level of the article's own unit from its self-references, weighted by where they stand: 县, 区 (a
     * district, a zone or an autonomous region), 市, 旗, 州, 盟 or 省; empty when none clearly dominates.
     */
    static Optional<Character> selfLevel(String title, List<String> paragraphs) {
        Map<Character, Double> score = new HashMap<>();
        countLevels(title, 3, score);
        int leadCount = leadCount(paragraphs);
        int body = 0;
        for (int i = 0; i < paragraphs.size() && body < LEVEL_BODY_LIMIT; i++) {
            String p = paragraphs.get(i);
            if (i < leadCount) {
                countLevels(p, 2, score);
            } else {
                countLevels(p.substring(0, Math.min(p.length(), LEVEL_BODY_LIMIT - body)), 0.5, score);
                body += p.length();
            }
        }
        Character top = null;
        double topScore = 0;
        double second = 0;
        for (Map.Entry<Character, Double> e : score.entrySet()) {
            if (e.getValue() > topScore) {
                second = topScore;
                top = e.getKey();
                topScore = e.getValue();
            } else if (e.getValue() > second) {
                second = e.getValue();
            }
        }
        return top != null && topScore >= 2 && topScore >= 1.5 * second ? Optional.of(top) : Optional.empty();
    }

    /**
     * The lead: the paragraphs up to the first that reads as a sentence (a comma or a full stop), at most three;
     * lines before it are a dateline, a salutation, a headline or page chrome left in the text ("第A03版:").
     */
    private static int leadCount(List<String> paragraphs) {
        for (int i = 0; i < Math.min(3, paragraphs.size()); i++) {
            String p = paragraphs.get(i);
            if (p.indexOf(',') >= 0 || p.indexOf('，') >= 0 || p.indexOf('。') >= 0) {
                return i + 1;
            }
        }
        return paragraphs.isEmpty() ? 0 : 1;
    }

    private static void countLevels(String text, double weight, Map<Character, Double> score) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (LEVELS.indexOf(c) < 0) {
                continue;
            }
            char before = i > 0 ? text.charAt(i - 1) : ' ';
            boolean self;
            if (SELF_BEFORE.indexOf(before) >= 0) {
                self = !comparesWithParent(text, i - 1, i + 1); // 居全市第5 is the parent, not the unit
            } else {
                self = false;
                for (String a : SELF_AFTER) {
                    if (text.startsWith(a, i + 1)) {
                        self = !a.equals("长") || NOT_BEFORE_HEAD.indexOf(before) < 0;
                        break;
                    }
                }
            }
            if (self) {
                score.merge(c, weight, Double::sum);
            }
        }
    }

    /**
     * A 全市 in a ranking or comparison ("增速居全市第5", "高于全市1.7个百分点", "全市第一") is the parent the unit
     * is measured against, not the unit itself.
     */
    private static boolean comparesWithParent(String text, int start, int end) {
        char before = start > 0 ? text.charAt(start - 1) : ' ';
        char after = end < text.length() ? text.charAt(end) : ' ';
        return "居列于比超".indexOf(before) >= 0 || "第前首平水".indexOf(after) >= 0 || Character.isDigit(after);
    }

    /** Whether {@code p} is a unit of the level a self-reference speaks of (全区 fits a district, a zone, 西藏). */
    static boolean consistent(Place p, char level) {
        String n = p.name();
        char last = n.charAt(n.length() - 1);
        return switch (level) {
            case '区' -> p.level() == Place.Level.ZONE || last == '区';
            case '市' -> last == '市';
            case '州' -> p.level() == Place.Level.CITY && last == '州';
            default -> last == level;
        };
    }

    /**
     * A town, township or sub-district (丁河镇, 城关乡, 东城街道) that is the subject of the news within the resolved
     * county: named in the title before 召开/举行/党委/政府, or opening a lead clause before 召开/举行, alone or after
     * the county's name. Towns have no GB/T 2260 code; the result hangs under the county.
     */
    private Optional<Place> town(String text, boolean title, Place county) {
        Matcher m = (title ? TOWN_IN_TITLE : TOWN_IN_LEAD).matcher(text);
        String countyStem = Gazetteer.stem(county.name()); // 西峡县 → 西峡, 大通回族土族自治县 → 大通
        for (int from = 0; from < text.length() && m.find(from); from = m.start() + 1) {
            String name = m.group(1);
            String before = text.substring(0, m.start(1));
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

    /** The resolved region as insight reports it, with the page's URL and stated source as site evidence. */
    public Optional<Region> resolve(String title, List<String> paragraphs, Optional<String> siteRegionCode,
                                    Optional<String> url, Optional<String> source) {
        return resolvePlace(title, paragraphs, siteRegionCode, url, source).map(this::toRegion);
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

    private void collect(Tally t, String text, double weight, boolean leading) {
        int previousEnd = -1;
        for (Gazetteer.Mention m : gazetteer.scan(text)) {
            Across across = across(text, m, previousEnd);
            previousEnd = m.end();
            if (across == Across.WORDS) {
                continue; // 乡镇和县直单位, 创新县域经济: no 和县, no 新县
            }
            if (m.shortForm() && ordinaryShortForms.contains(m.text())) {
                // 宏伟, 资源, 日照: the word, unless the article names the place in full or the site names it
                t.ordinary.add(m);
                t.ordinaryWeights.add(weight * SHORT);
                continue;
            }
            if (m.shortForm() && gazetteer.isAbbreviation(m.text()) && !wholeWord(t, text, m)) {
                continue; // 阿盟 inside a longer word
            }
            String after = text.substring(m.end(), Math.min(text.length(), m.end() + 12));
            // "在宁乡经开区举行": a venue, not the subject
            boolean venue = m.start() > 0 && "在于".indexOf(text.charAt(m.start() - 1)) >= 0;
            Matcher zone = ZONE_AFTER.matcher(after);
            if (!venue && zone.find() && SUBJECT_AFTER.matcher(after.substring(zone.end())).find()) {
                // 株洲经济开发区召开…: a development zone as the subject, under the unit it is named after
                Place parent = m.candidates().stream()  // 新乡 names a city and its county: zones are the city's
                        .min((a, b) -> a.level().depth() - b.level().depth()).orElseThrow();
                String name = m.text() + zone.group(1);
                List<Place> known = gazetteer.named(name);
                Place z = known.isEmpty() ? gazetteer.codedZone(parent, zoneKind(zone.group(1))).orElse(null) : known.get(0);
                if (z == null) {
                    z = new Place("zone:" + name, Optional.empty(), name, Place.Level.ZONE, Optional.of(parent.id()));
                    t.extra.put(z.id(), z);
                }
                t.own.merge(z.id(), weight + (weight >= LEAD ? SUBJECT : 0), Double::sum);
                t.textual.add(z.id());
                continue;
            }
            boolean subject = !venue && SUBJECT_AFTER.matcher(after).find() || visited(text, m);
            double w = weight * (m.shortForm() ? SHORT : 1) + (subject && weight >= LEAD ? SUBJECT : 0);
            if (m.candidates().size() == 1 && isFrame(text, m.start())) {
                // "增速居宜昌市第2位": the unit is measured against this place, so it lies within it
                t.frames.merge(m.candidates().get(0).id(), w, Double::sum);
                continue;
            }
            boolean countyShort = m.shortForm() && m.candidates().stream().allMatch(p -> p.level() == Place.Level.COUNTY);
            if (countyShort && !subject) {
                t.weak.add(m); // 法库, 惠民: a county's bare short form needs corroboration
                t.weakWeights.add(w);
                t.weakTexts.add(text);
                continue;
            }
            if (countyShort && !wholeWord(t, text, m)) {
                continue;
            }
            if (across == Across.CONJUNCTION && m.candidates().size() == 1) {
                t.conjoined.add(m);
                t.conjoinedWeights.add(w);
                continue;
            }
            if (m.candidates().size() == 1) {
                t.own.merge(m.candidates().get(0).id(), w, Double::sum);
                t.textual.add(m.candidates().get(0).id());
                if (leading) {
                    t.leading.add(m.candidates().get(0));
                }
            } else {
                t.ambiguous.add(m);
                t.ambiguousWeights.add(w);
            }
        }
    }

    /** How a two-character full name (和县, 滑县, 城区) may straddle a word boundary. */
    private enum Across { NO, WORDS, CONJUNCTION }

    /**
     * Whether a two-character full name ending in 县/区/市 stands inside a sentence right after another word (not
     * after a place name or a word that introduces places, PLACE_BEFORE) and so straddles two words: WORDS when its
     * level heads the next word (乡镇和县直单位, 创新县域经济, 完成县级考核), CONJUNCTION when it begins with a
     * conjunction (各乡镇和县有关部门). 和县县委书记, 安徽省和县, 来自和县的 and 滑县召开 stay names.
     */
    private static Across across(String text, Gazetteer.Mention m, int previousEnd) {
        String n = m.text();
        if (m.shortForm() || n.length() != 2 || "县区市".indexOf(n.charAt(1)) < 0 || m.start() == 0
                || m.start() == previousEnd) {
            return Across.NO;
        }
        char before = text.charAt(m.start() - 1);
        if (!isHan(before) || PLACE_BEFORE.indexOf(before) >= 0) {
            return Across.NO;
        }
        if (LEVEL_HEAD_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 2))).find()) {
            return Across.WORDS;
        }
        return CONJUNCTIONS.indexOf(n.charAt(0)) >= 0 ? Across.CONJUNCTION : Across.NO;
    }

    /** Words before a place that a leader visits (市委书记到卧龙区调研): the place is the news. */
    private static final String[] VISIT_BEFORE = {"到", "赴", "深入", "莅临", "来到", "走进"};
    private static final Pattern VISIT_AFTER = Pattern.compile("^[^,，。;；、]{0,6}?(调研|考察|视察|检查|督导|指导)");

    /** Whether {@code m} is the one destination of a visit ("到卧龙区调研", not "到舒兰市、磐石市调研"). */
    private static boolean visited(String text, Gazetteer.Mention m) {
        for (String v : VISIT_BEFORE) {
            if (m.start() >= v.length() && text.startsWith(v, m.start() - v.length())) {
                return VISIT_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 10))).find();
            }
        }
        return false;
    }

    /** Words before a place that make it the frame of a ranking or comparison (位居, 稳居, 位列, 高于, 快于). */
    private static final String[] FRAME_BEFORE = {"居", "列", "高于", "低于", "快于", "慢于", "好于", "超过", "领先"};

    private static boolean isFrame(String text, int start) {
        for (String f : FRAME_BEFORE) {
            if (text.startsWith(f, start - f.length()) && start >= f.length()) {
                return true;
            }
        }
        return false;
    }

    /** What distinguishes a kind of development zone in its official name: 高新区 is a 高新技术产业开发区. */
    private static String zoneKind(String suffix) {
        if (suffix.startsWith("高新")) {
            return "高新";
        }
        if (suffix.startsWith("经济技术") || suffix.equals("经开区")) {
            return "经济技术";
        }
        return suffix.startsWith("经济开发") ? "经济开发" : "开发区";
    }

    /** The stated source line (某县融媒体中心, 秀山发布, 湖南日报-株洲新闻网) names the publisher's region. */
    private void collectSource(Tally t, String source) {
        for (Gazetteer.Mention m : gazetteer.scan(source)) {
            if (m.shortForm() && !wholeWord(t, source, m)) {
                continue;
            }
            double w = SOURCE * (m.shortForm() ? SHORT : 1);
            for (Place c : m.candidates()) {
                t.site.add(c);
            }
            if (m.candidates().size() == 1) {
                t.own.merge(m.candidates().get(0).id(), w, Double::sum);
            } else {
                t.ambiguous.add(m);
                t.ambiguousWeights.add(w);
            }
        }
    }

    /**
     * Whether a short form stands as a word: not an ordinary word (宏伟), and not inside a longer word the segmenter
     * finds around it (杨宏伟, 朱永昌, 复杂多变). Only a short window is segmented, and only when a Han character
     * touches the mention on either side.
     */
    private boolean wholeWord(Tally t, String text, Gazetteer.Mention m) {
        if (ordinaryShortForms.contains(m.text())) {
            return false;
        }
        if (t.whole.contains(m.text())) {
            return true; // once the article uses the form as a place, its other mentions are taken as such
        }
        boolean whole = wholeWordHere(t, text, m);
        if (whole) {
            t.whole.add(m.text());
        }
        return whole;
    }

    private boolean wholeWordHere(Tally t, String text, Gazetteer.Mention m) {
        boolean hanBefore = m.start() > 0 && isHan(text.charAt(m.start() - 1));
        boolean hanAfter = m.end() < text.length() && isHan(text.charAt(m.end()));
        if (!hanBefore && !hanAfter) {
            return true;
        }
        int from = Math.max(0, m.start() - 4);
        int to = Math.min(text.length(), m.end() + 4);
        // the same form in the same surroundings segments the same way: a repeated phrase asks the segmenter once
        String key = text.substring(from, to) + '\u0000' + (m.start() - from) + ':' + m.text().length();
        Boolean known = t.segmented.get(key);
        if (known != null) {
            return known;
        }
        boolean whole = segmentsAsWord(text, m, from, to);
        t.segmented.put(key, whole);
        return whole;
    }

    private boolean segmentsAsWord(String text, Gazetteer.Mention m, int from, int to) {
        int offset = from;
        boolean startOk = m.start() == from;
        boolean endOk = m.end() == to;
        for (Segmenter.Token token : segmenter.tokens(text.substring(from, to))) {
            offset += token.word().length();
            if (offset == m.start()) {
                startOk = true;
            }
            if (offset == m.end()) {
                endOk = true;
            }
        }
        return startOk && endOk;
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
