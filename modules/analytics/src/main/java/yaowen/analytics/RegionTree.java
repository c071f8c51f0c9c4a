package yaowen.analytics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Province → city → county, with counts rolled up, from the regions stored on meetings and metrics. Stateless.
 *
 * <p>Codes are GB/T 2260's six digits: a province is {@code pp0000}, a city {@code ppcc00}, a county anything else;
 * a county's city is {@code ppcc00} and a city's province {@code pp0000}. A county hangs under its province instead
 * when there is no city between: its path names only the province and itself (北京市 东城区; 河南省 济源市), or its city
 * was not stored and its path names no city. Regions stored twice under one code (from meetings and from metrics)
 * are one node with their counts added, named by the first. A region without a code, or with a code that is not
 * six digits of a province (a functional zone such as 官庄工区, a typo), goes under one last root, {@code 其他地区}
 * (code null, level OTHER), its children by name; those keep their stored code so they can still be asked for.
 */
public final class RegionTree {
    /** Name of the root holding the regions without a usable code. */
    public static final String OTHER_NAME = "其他地区";
    public static final String PROVINCE = "PROVINCE";
    public static final String CITY = "CITY";
    public static final String COUNTY = "COUNTY";
    public static final String OTHER = "OTHER";

    private static final Pattern CODE = Pattern.compile("(?!00)[0-9]{6}");

    private RegionTree() {
    }

    /**
     * The roots (provinces, then a group for regions without a code), children by code. A parent nothing was
     * stored for is made from the child's code and path (named by the code when the path does not name it).
     */
    public static List<RegionNode> build(Collection<RegionInput> regions) {
        Map<String, Draft> coded = new TreeMap<>();
        Map<String, Draft> others = new TreeMap<>();
        for (RegionInput r : regions) {
            if (r.code() != null && CODE.matcher(r.code()).matches()) {
                coded.computeIfAbsent(r.code(), c -> new Draft(c, r.name(), levelOf(c), r.path())).add(r);
            } else {
                others.computeIfAbsent(r.name() + '\u0000' + Objects.toString(r.code(), ""),
                        k -> new Draft(r.code(), r.name(), OTHER, r.path())).add(r);
            }
        }
        // parents made from the stored cities' and counties' codes, in code order so their names are stable
        for (Draft d : new ArrayList<>(coded.values())) {
            if (d.level.equals(PROVINCE)) {
                continue;
            }
            String provinceName = d.path.size() >= 2 ? d.path.get(0) : null;
            Draft parent = parent(coded, d.code.substring(0, 2) + "0000", PROVINCE, provinceName);
            if (d.level.equals(COUNTY)) {
                String cityCode = d.code.substring(0, 4) + "00";
                boolean stored = coded.containsKey(cityCode) && !coded.get(cityCode).made;
                if (stored && d.path.size() != 2 || !stored && d.path.size() >= 3) {
                    parent = parent(coded, cityCode, CITY, d.path.size() >= 3 ? d.path.get(1) : null);
                }
            }
            parent.children.add(d);
        }
        // a city made for a county above still needs its province
        for (Draft d : coded.values()) {
            if (d.made && d.level.equals(CITY)) {
                coded.get(d.code.substring(0, 2) + "0000").children.add(d);
            }
        }
        List<RegionNode> roots = new ArrayList<>();
        for (Draft d : coded.values()) {
            if (d.level.equals(PROVINCE)) {
                roots.add(d.node());
            }
        }
        if (!others.isEmpty()) {
            Draft group = new Draft(null, OTHER_NAME, OTHER, List.of());
            group.children.addAll(others.values());
            roots.add(group.node());
        }
        return roots;
    }

    /** The node of {@code code}, made when nothing was stored for it and named from the first path that names it. */
    private static Draft parent(Map<String, Draft> coded, String code, String level, String name) {
        Draft d = coded.computeIfAbsent(code, c -> {
            Draft made = new Draft(c, c, level, List.of());
            made.made = true;
            return made;
        });
        if (d.made && d.name.equals(code) && name != null) {
            d.name = name;
        }
        return d;
    }

    /** PROVINCE for {@code pp0000}, CITY for {@code ppcc00}, COUNTY otherwise. */
    static String levelOf(String code) {
        return code.endsWith("0000") ? PROVINCE : code.endsWith("00") ? CITY : COUNTY;
    }

    /** A node while the tree is built: its own counts and its children. */
    private static final class Draft {
        final String code;
        String name;
        final String level;
        final List<String> path;
        final List<Draft> children = new ArrayList<>();
        long meetings;
        long metrics;
        /** Made from a child's code and path: nothing was stored for it. */
        boolean made;

        Draft(String code, String name, String level, List<String> path) {
            this.code = code;
            this.name = name;
            this.level = level;
            this.path = path;
        }

        void add(RegionInput r) {
            meetings += r.meetings();
            metrics += r.metrics();
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
            return new RegionNode(code, name, level, m, x, kids);
        }
    }
}
