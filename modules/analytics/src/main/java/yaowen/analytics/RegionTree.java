package yaowen.analytics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Province → city → county, with counts rolled up, from the regions stored on meetings and metrics. Stateless.
 *
 * <p>Where a region goes is read from its code alone (GB/T 2260's six digits {@code ppccdd}), never from its path or
 * from the order of the input, so a region seen only on metrics (no path) lands beside its sibling seen with one. A
 * province is {@code pp0000}. Under it hang its cities ({@code ppcc00}) and, with no city between, the districts and
 * counties of the municipalities (北京 11, 天津 12, 上海 31, 重庆 50) and the province's direct units (city digits
 * {@code 90}: 济源市 419001, 仙桃市 429004, 五指山市 469001, 石河子市 659001). Every other county hangs under its city
 * {@code ppcc00}. A parent nobody stored is made from the code; paths serve only to name it (a province by the first
 * name of a path, a city by the second name of a county's path, the first path in code order that names it, never by
 * a placeholder such as 市辖区 or 县), else it is named by its code. Regions stored twice under one code (from meetings
 * and from metrics) are one node with their counts added, named by the one with the longest path (then the smallest
 * name). A region without a code, or with a code that is not six digits of a province (a functional zone such as
 * 官庄工区, a typo), goes under one last root, {@code 其他地区} (code null, level OTHER), its children by name; those
 * keep their stored code so they can still be asked for.
 */
public final class RegionTree {
    /** Name of the root holding the regions without a usable code. */
    public static final String OTHER_NAME = "其他地区";
    public static final String PROVINCE = "PROVINCE";
    public static final String CITY = "CITY";
    public static final String COUNTY = "COUNTY";
    public static final String OTHER = "OTHER";

    private static final Pattern CODE = Pattern.compile("(?!00)[0-9]{6}");
    /** Province digits of the municipalities, whose districts and counties hang directly under them. */
    private static final Set<String> MUNICIPALITIES = Set.of("11", "12", "31", "50");
    /** City digits of the units a province governs directly (省直辖县级行政区划). */
    private static final String PROVINCE_DIRECT = "90";
    /** Names a path may give in a city's place that are no city. */
    private static final Set<String> PLACEHOLDERS = Set.of("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划",
            "省直辖行政单位");

    private RegionTree() {
    }

    /**
     * The roots (provinces by code, then a group for regions without a usable code), children by code. The same
     * regions in any order give the same tree.
     */
    public static List<RegionNode> build(Collection<RegionInput> regions) {
        Map<String, Draft> coded = new TreeMap<>();
        Map<String, Draft> others = new TreeMap<>();
        for (RegionInput r : regions) {
            if (r.code() != null && CODE.matcher(r.code()).matches()) {
                coded.computeIfAbsent(r.code(), c -> new Draft(c, levelOf(c))).add(r);
            } else {
                others.computeIfAbsent(r.name() + '\u0000' + Objects.toString(r.code(), ""),
                        k -> new Draft(r.code(), OTHER)).add(r);
            }
        }
        List<Draft> stored = List.copyOf(coded.values());
        for (Draft d : stored) {
            for (String p = parentCode(d.code); p != null; p = parentCode(p)) {
                coded.computeIfAbsent(p, c -> new Draft(c, levelOf(c)));
            }
        }
        // names for the parents made above, from the stored regions' paths in code order: the first that names one
        for (Draft d : stored) {
            List<String> path = d.path;
            if (path.size() >= 2) {
                coded.get(provinceCode(d.code)).nameIfMade(path.get(0));
            }
            String parent = parentCode(d.code);
            if (path.size() >= 3 && parent != null && levelOf(parent).equals(CITY)
                    && !PLACEHOLDERS.contains(path.get(1))) {
                coded.get(parent).nameIfMade(path.get(1));
            }
        }
        List<RegionNode> roots = new ArrayList<>();
        for (Draft d : coded.values()) {
            String parent = parentCode(d.code);
            if (parent != null) {
                coded.get(parent).children.add(d);
            }
        }
        for (Draft d : coded.values()) {
            if (parentCode(d.code) == null) {
                roots.add(d.node());
            }
        }
        if (!others.isEmpty()) {
            Draft group = new Draft(null, OTHER);
            group.name = OTHER_NAME;
            group.children.addAll(others.values());
            roots.add(group.node());
        }
        return roots;
    }

    /**
     * The code of the node {@code code} hangs under, null for a province: the province for a city, for a county of
     * a municipality and for a province's direct unit ({@code pp90dd}, or a malformed {@code pp00dd}); else the city.
     */
    static String parentCode(String code) {
        if (code.endsWith("0000")) {
            return null;
        }
        String city = code.substring(2, 4);
        boolean underProvince = code.endsWith("00") || MUNICIPALITIES.contains(code.substring(0, 2))
                || city.equals(PROVINCE_DIRECT) || city.equals("00");
        if (underProvince) {
            return provinceCode(code);
        }
        return code.substring(0, 4) + "00";
    }

    private static String provinceCode(String code) {
        return code.substring(0, 2) + "0000";
    }

    /** PROVINCE for {@code pp0000}, CITY for {@code ppcc00}, COUNTY otherwise. */
    static String levelOf(String code) {
        return code.endsWith("0000") ? PROVINCE : code.endsWith("00") ? CITY : COUNTY;
    }

    /** A node while the tree is built: its own counts and its children. */
    private static final class Draft {
        final String code;
        final String level;
        /** Null until a stored region or a path names it. */
        String name;
        List<String> path = List.of();
        final List<Draft> children = new ArrayList<>();
        long meetings;
        long metrics;
        /** Whether a region was stored under the code; when not, the node was made from a child's code. */
        boolean stored;

        Draft(String code, String level) {
            this.code = code;
            this.level = level;
        }

        /** Adds a stored region's counts; its name and path stand when its path is the longest (then its name first). */
        void add(RegionInput r) {
            meetings += r.meetings();
            metrics += r.metrics();
            if (!stored || outranks(r)) {
                name = r.name();
                path = r.path();
            }
            stored = true;
        }

        /** Whether {@code r} names the node rather than the region that does now: a longer path, else a smaller name. */
        private boolean outranks(RegionInput r) {
            if (r.path().size() != path.size()) {
                return r.path().size() > path.size();
            }
            return r.name().compareTo(name) < 0;
        }

        /** Names a node made from a child's code, unless something named it already. */
        void nameIfMade(String given) {
            if (!stored && name == null && given != null && !given.isBlank()) {
                name = given;
            }
        }

        RegionNode node() {
            if (level.equals(OTHER)) {
                children.sort(Comparator.comparing((Draft d) -> d.name)
                        .thenComparing(d -> Objects.toString(d.code, "")));
            } else {
                children.sort(Comparator.comparing(d -> d.code));
            }
            List<RegionNode> kids = new ArrayList<>(children.size());
            long m = meetings;
            long x = metrics;
            for (Draft c : children) {
                RegionNode n = c.node();
                kids.add(n);
                m += n.meetings();
                x += n.metrics();
            }
            return new RegionNode(code, name != null ? name : code, level, m, x, kids);
        }
    }
}
