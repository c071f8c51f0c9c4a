package yaowen.analytics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Who held a region's offices, from when to when, as its meeting reports show them. Stateless.
 *
 * <p>A region's level is the last character of its name: 省, 市 (a prefecture or a county-level city), 州 (自治州
 * too), 盟, 区, 县 (自治县 too), 旗; a name ending in 自治区 is a province-level autonomous region (自治区党委书记,
 * 自治区主席). Its offices are then written with that character: 区委书记, 区长 and 代区长 (代理区长), 区人大常委会主任,
 * 区政协主席, or with the region's name in front (龙亭区委书记, 龙亭区区长, 中共龙亭区委书记); 人大常委会主任 and 政协主席
 * also stand bare. A formal title may put the parent regions in front of the name (中共开封市龙亭区委书记, 河南省开封市
 * 龙亭区区长): a leading 中共 and any run of the names on the region's path ({@link Appearance#regionPath()}) are
 * dropped when what remains begins with the region's name, so 开封市委书记 at 龙亭区's meeting stays 开封市's. Anything else is no office followed: deputies (副书记, 副区长, 常务副县长, 副主任, 副主席), other
 * committees' secretaries (纪委书记, 政法委书记), 秘书长, 区长助理, and 党组书记 — the government's 党组书记 is its
 * head or acting head, named as such in the same report, and a congress's or CPPCC's 党组书记 is often not its
 * director. An office of another level (a 市委书记 at a 区's meeting) is not the region's own.
 *
 * <p>When the name shows no level (开封, or no name), only what is unambiguous is taken: the level-free forms (人大常委会
 * 主任, 政协主席) and forms with the region's name in front (开封市委书记); a bare 市委书记 might be a visitor's.
 *
 * <p>A role may join several offices (区委副书记、区长; 区委书记兼区人大常委会主任, 区政协党组书记、主席): it is split at
 * 、，,；; / 兼 and spaces, and a bare 主任 or 主席 belongs to the congress or CPPCC named in the part before it.
 *
 * <p>Not followed: the offices of functional zones (开发区, 高新区, 工区), whose names carry no level and whose heads are
 * 党工委书记 and 管委会主任 — they are not a region's own Party committee or government.
 */
public final class LeadershipTimeline {
    private static final Pattern SEPARATORS = Pattern.compile("[、，,；;／/\\s\\u3000]+|兼任?");
    private static final Pattern BRACKETED = Pattern.compile("[（(][^）)]*[）)]");
    private static final String LEVELS = "省市州盟区县旗";
    private static final String AUTONOMOUS_REGION = "自治区";
    private static final String CONGRESS = "人大常委会";
    private static final String CPPCC = "政协";

    private LeadershipTimeline() {
    }

    /**
     * The office {@code role} names in a region called {@code regionName}, if it is one the timeline follows and of
     * that region's own level (a 市委书记 visiting a 区's meeting is not the 区's secretary; a 副区长 is no head).
     * When the role names several followed offices (区委书记、区人大常委会主任), the first in {@link Office} order.
     */
    public static Optional<Office> office(String role, String regionName) {
        return office(role, regionName, List.of());
    }

    /**
     * As {@link #office(String, String)}, for a region whose path from the province down is {@code regionPath}: its
     * parents' names may stand in front of the region's (开封市龙亭区区长).
     */
    public static Optional<Office> office(String role, String regionName, List<String> regionPath) {
        return named(role, regionName, regionPath).keySet().stream().findFirst();
    }

    /**
     * The terms shown by {@code appearances} (all of one region), per office in {@link Office} order, each office's
     * terms by date; a person seen again after someone else is a new term. Undated appearances are left out. Within
     * an office, appearances are ordered by date, then meeting key, then name; a run of one person is one term, from
     * its first to its last date, titled with the wording that named the office most often (the earliest of equals).
     */
    public static List<Term> of(Collection<Appearance> appearances) {
        Map<Office, List<Sighting>> byOffice = new EnumMap<>(Office.class);
        for (Appearance a : appearances) {
            if (a.date() == null) {
                continue;
            }
            Map<Office, String> titles = new EnumMap<>(Office.class);
            for (String role : a.roles()) {
                if (role != null) {
                    named(role, a.regionName(), a.regionPath()).forEach(titles::putIfAbsent);
                }
            }
            titles.forEach((office, title) -> byOffice.computeIfAbsent(office, o -> new ArrayList<>())
                    .add(new Sighting(a.name().strip(), title, a.date(), a.meetingKey())));
        }
        List<Term> terms = new ArrayList<>();
        byOffice.forEach((office, sightings) -> {
            sightings.sort(Comparator.comparing(Sighting::date).thenComparing(Sighting::meetingKey)
                    .thenComparing(Sighting::name));
            int start = 0;
            for (int i = 1; i <= sightings.size(); i++) {
                if (i == sightings.size() || !sightings.get(i).name().equals(sightings.get(start).name())) {
                    terms.add(term(office, sightings.subList(start, i)));
                    start = i;
                }
            }
        });
        return terms;
    }

    private static Term term(Office office, List<Sighting> run) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Set<String> keys = new LinkedHashSet<>();
        for (Sighting s : run) {
            counts.merge(s.title(), 1, Integer::sum);
            keys.add(s.meetingKey());
        }
        String title = null;
        int most = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > most) {
                title = e.getKey();
                most = e.getValue();
            }
        }
        Sighting first = run.get(0);
        return new Term(office, first.name(), title, first.date(), run.get(run.size() - 1).date(), List.copyOf(keys));
    }

    /** Each followed office {@code role} names, with the wording that named it, in {@link Office} order. */
    private static Map<Office, String> named(String role, String regionName, List<String> regionPath) {
        Map<Office, String> found = new EnumMap<>(Office.class);
        String name = regionName == null ? "" : regionName.strip();
        String level = level(name);
        List<String> parents = parents(regionPath, name);
        String organ = "";
        for (String raw : SEPARATORS.split(BRACKETED.matcher(role).replaceAll(""))) {
            String part = withoutParents(raw.startsWith("中共") ? raw.substring(2) : raw, name, parents);
            if (part.isEmpty()) {
                continue;
            }
            if ((part.equals("主任") || part.equals("主席")) && !organ.isEmpty()) {
                part = organ + part;
            }
            int c = part.indexOf(CONGRESS);
            int p = part.indexOf(CPPCC);
            organ = c >= 0 ? part.substring(0, c + CONGRESS.length()) : p >= 0 ? part.substring(0, p + CPPCC.length()) : "";
            Optional<Office> office = officeOf(part, name, level);
            if (office.isPresent()) {
                found.putIfAbsent(office.get(), part);
            }
        }
        return found;
    }

    /** The names on {@code path} other than the region's own, longest first so 开封市 is tried before 开封. */
    private static List<String> parents(List<String> path, String name) {
        List<String> parents = new ArrayList<>();
        for (String p : path) {
            String n = p == null ? "" : p.strip();
            if (!n.isEmpty() && !n.equals(name)) {
                parents.add(n);
            }
        }
        parents.sort(Comparator.comparingInt(String::length).reversed());
        return parents;
    }

    /**
     * {@code part} without the parents' names in front (开封市龙亭区区长 → 龙亭区区长), when what remains begins with the
     * region's name; else {@code part} as it is (开封市委书记 is the city's).
     */
    private static String withoutParents(String part, String name, List<String> parents) {
        if (name.isEmpty() || parents.isEmpty()) {
            return part;
        }
        String rest = part;
        boolean dropped = true;
        while (dropped) {
            dropped = false;
            for (String p : parents) {
                if (rest.startsWith(p)) {
                    rest = rest.substring(p.length());
                    if (level(p) == null && !rest.startsWith(name)) {
                        rest = withoutLevel(rest); // 开封 on the path, 开封市 in the title
                    }
                    dropped = true;
                    break;
                }
            }
        }
        return rest.startsWith(name) ? rest : part;
    }

    /** {@code text} without the level it begins with (自治区, or one of 省市州盟区县旗), if any. */
    private static String withoutLevel(String text) {
        if (text.startsWith(AUTONOMOUS_REGION)) {
            return text.substring(AUTONOMOUS_REGION.length());
        }
        return !text.isEmpty() && LEVELS.indexOf(text.charAt(0)) >= 0 ? text.substring(1) : text;
    }

    /** The office one part names: as written, or after the region's name or its stem (龙亭 of 龙亭区) in front. */
    private static Optional<Office> officeOf(String part, String name, String level) {
        if (level != null) {
            Optional<Office> bare = form(part, level);
            if (bare.isPresent()) {
                return bare;
            }
        } else {
            Optional<Office> free = levelFree(part);
            if (free.isPresent()) {
                return free;
            }
        }
        if (name.isEmpty()) {
            return Optional.empty();
        }
        String stem = level == null ? name : name.substring(0, name.length() - level.length());
        for (String prefix : level == null ? List.of(name) : List.of(name, stem)) {
            if (!prefix.isEmpty() && part.startsWith(prefix) && part.length() > prefix.length()) {
                String rest = part.substring(prefix.length());
                if (level != null) {
                    Optional<Office> o = form(rest, level);
                    if (o.isPresent()) {
                        return o;
                    }
                } else {
                    // the name is unleveled (开封): the part says the level right after it (开封市委书记)
                    Optional<Office> free = levelFree(rest);
                    if (free.isPresent()) {
                        return free;
                    }
                    for (String l : List.of(AUTONOMOUS_REGION, "省", "市", "州", "盟", "区", "县", "旗")) {
                        if (rest.startsWith(l)) {
                            Optional<Office> o = form(rest, l);
                            if (o.isPresent()) {
                                return o;
                            }
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The office {@code part} is in a region of {@code level}, written with its level or bare. */
    private static Optional<Office> form(String part, String level) {
        boolean autonomous = level.equals(AUTONOMOUS_REGION);
        if (part.equals(level + "委书记") || autonomous && (part.equals("自治区党委书记") || part.equals("区党委书记"))) {
            return Optional.of(Office.PARTY_SECRETARY);
        }
        String head = autonomous ? "主席" : level + "长";
        String government = autonomous ? "自治区" : level;
        for (String h : List.of(head, "代" + head, "代理" + head)) {
            if (part.equals(h) || part.equals(government + h) || part.equals(government + "政府" + h)
                    || part.equals(government + "人民政府" + h)) {
                return Optional.of(Office.GOVERNMENT_HEAD);
            }
        }
        Optional<Office> free = levelFree(part);
        return free.isPresent() || !part.startsWith(level) ? free : levelFree(part.substring(level.length()));
    }

    /** 人大常委会主任 and 政协主席, written without a level. */
    private static Optional<Office> levelFree(String part) {
        return switch (part) {
            case "人大常委会主任", "人大常务委员会主任" -> Optional.of(Office.CONGRESS_DIRECTOR);
            case "政协主席" -> Optional.of(Office.CPPCC_CHAIR);
            default -> Optional.empty();
        };
    }

    /** The region's level: 自治区, or the last character of its name among 省市州盟区县旗; null when none. */
    static String level(String regionName) {
        if (regionName == null || regionName.isEmpty()) {
            return null;
        }
        if (regionName.endsWith(AUTONOMOUS_REGION)) {
            return AUTONOMOUS_REGION;
        }
        String last = regionName.substring(regionName.length() - 1);
        return LEVELS.contains(last) ? last : null;
    }

    private record Sighting(String name, String title, LocalDate date, String meetingKey) {
    }
}
