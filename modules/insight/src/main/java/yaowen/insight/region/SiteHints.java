package yaowen.insight.region;

import yaowen.insight.nlp.Lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Places named by a page's URL. Government and local-media sites spell their region in the host, in full pinyin
 * ({@code youyang.gov.cn}, {@code fgw.yinchuan.gov.cn}, {@code liaoyangsjt…}: place plus a department's initials)
 * or in initials ({@code wsq.gov.cn} for 乌审旗, {@code tmtzqrd…} for 土默特左旗人大), often the parent's initials
 * before the unit's ({@code tjhb} = 天津 + 河北区, {@code cqqj} = 重庆 + 綦江区); aggregators put the city in a path
 * segment ({@code /linfen/}). Each host label and path segment is matched against the pinyin of gazetteer names;
 * a match shared by many places is dropped (two-letter initials alone name dozens), a parent-and-child reading must
 * be consistent (the child within the parent). Built once from the gazetteer; immutable and thread-safe.
 */
final class SiteHints {
    /** Readings of characters that place names pronounce otherwise than HanLP's default (商都 shangdu, 朝阳 chaoyang). */
    private static final Map<Character, List<String>> PLACE_READINGS = Map.of(
            '都', List.of("du"), '朝', List.of("chao"), '单', List.of("shan"), '乐', List.of("lao", "yue"),
            '长', List.of("zhang"), '藏', List.of("zang"), '番', List.of("fan"), '铅', List.of("qian"),
            '六', List.of("liu"), '阿', List.of("e"));
    /** Structural host labels that never carry a place. */
    private static final Set<String> GENERIC_LABELS = Set.of("www", "com", "net", "org", "gov", "edu", "ac", "mil",
            "m", "wap", "big5", "news", "web", "mobile", "en");
    private static final Pattern IP_HOST = Pattern.compile("[0-9.]+");
    private static final Pattern NOT_LETTER = Pattern.compile("[^a-z]");
    private static final Pattern WORD_SEGMENT = Pattern.compile("[a-z]{4,}");
    /** A match naming more places than this is no evidence (xinhua(net): 新化县 and three 新华区). */
    private static final int MAX_AMBIGUITY = 3;
    /** Letters a label may carry after the place (a department's or medium's initials: rd, sjt, rb, net). */
    private static final int MAX_TRAIL = 4;

    /** A group of places one label or segment may name; several mean the label is ambiguous among them. */
    record Hint(Set<Place> places, boolean host) {
    }

    private final Gazetteer gazetteer;
    /** Full pinyin of a name's stem and of the name itself (qijiang, qijiangqu). */
    private final Map<String, Set<Place>> spelled = new HashMap<>();
    /** Initials of a name's stem (qj): ambiguous alone, usable after a parent. */
    private final Map<String, Set<Place>> stemInitials = new HashMap<>();
    /** Initials of the full name with its level (wsq, tmtzq, qjq). */
    private final Map<String, Set<Place>> nameInitials = new HashMap<>();
    private final int longestKey;

    SiteHints(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        int longest = 0;
        for (Place p : gazetteer.places()) {
            if (p.level() == Place.Level.ZONE) {
                continue;
            }
            String stem = Gazetteer.stem(p.name());
            if (stem.length() < 2) {
                stem = p.name();
            }
            List<List<String>> stemReadings = readings(stem);
            for (List<String> r : stemReadings) {
                add(spelled, String.join("", r), p);
                add(stemInitials, initials(r), p);
            }
            for (List<String> r : readings(p.name())) {
                add(spelled, String.join("", r), p);
                add(nameInitials, initials(r), p);
                longest = Math.max(longest, String.join("", r).length());
            }
        }
        this.longestKey = longest;
    }

    private static void add(Map<String, Set<Place>> index, String key, Place p) {
        if (key.length() >= 2) {
            index.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(p);
        }
    }

    private static String initials(List<String> syllables) {
        StringBuilder b = new StringBuilder();
        for (String s : syllables) {
            if (!s.isEmpty()) {
                b.append(s.charAt(0));
            }
        }
        return b.toString();
    }

    /** Every reading of {@code text}: HanLP's, and the place readings of polyphonic characters (at most a few). */
    private static List<List<String>> readings(String text) {
        List<String> base = Lexicon.pinyin(text);
        List<List<String>> out = new ArrayList<>();
        out.add(base);
        for (int i = 0; i < text.length() && i < base.size(); i++) {
            List<String> alt = PLACE_READINGS.get(text.charAt(i));
            if (alt == null) {
                continue;
            }
            int size = out.size();
            for (int j = 0; j < size && out.size() < 8; j++) {
                for (String a : alt) {
                    List<String> copy = new ArrayList<>(out.get(j));
                    copy.set(i, a);
                    out.add(copy);
                }
            }
        }
        return out;
    }

    /** Places the URL names, one hint per matching host label or path segment, host first. */
    List<Hint> hints(String url) {
        List<Hint> out = new ArrayList<>();
        String rest = url.strip();
        int scheme = rest.indexOf("://");
        if (scheme >= 0) {
            rest = rest.substring(scheme + 3);
        }
        int slash = rest.indexOf('/');
        String host = (slash >= 0 ? rest.substring(0, slash) : rest).toLowerCase();
        String path = slash >= 0 ? rest.substring(slash + 1) : "";
        host = host.substring(host.indexOf('@') + 1);
        if (host.indexOf(':') >= 0) {
            host = host.substring(0, host.indexOf(':'));
        }
        String[] labels = host.split("\\.", -1);
        if (!IP_HOST.matcher(host).matches()) {
            for (int i = 0; i < labels.length - 1; i++) {
                String label = NOT_LETTER.matcher(labels[i]).replaceAll("");
                if (!GENERIC_LABELS.contains(label)) {
                    Set<Place> p = label(label);
                    if (!p.isEmpty()) {
                        out.add(new Hint(p, true));
                    }
                }
            }
        }
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        String[] segments = path.split("/", -1);
        for (int i = 0; i < segments.length - 1; i++) { // the last segment is the page itself ("" after a slash)
            String seg = segments[i].toLowerCase();
            if (WORD_SEGMENT.matcher(seg).matches()) {
                Set<Place> p = spelledPrefix(seg);
                if (!p.isEmpty()) {
                    out.add(new Hint(p, false));
                }
            }
        }
        return out;
    }

    /** The places one host label names: a spelled name, a name's initials, or a parent then a child. */
    Set<Place> label(String label) {
        if (label.length() < 3) {
            return Set.of();
        }
        Set<Place> spelledHit = spelledPrefix(label);
        if (!spelledHit.isEmpty()) {
            return spelledHit;
        }
        // parent + child: tjhb, cqqj, sxjx(syb)
        Set<Place> pair = new LinkedHashSet<>();
        for (int k = 2; k <= label.length() - 2; k++) {
            Set<Place> parents = union(spelled.get(label.substring(0, k)), stemInitials.get(label.substring(0, k)));
            if (parents.isEmpty()) {
                continue;
            }
            // every reading of the rest counts: sxjxsyb may be 山西 + 绛县 (jx) + syb or 山西 + 介休市 (jxs) + yb
            for (int end = label.length(); end >= k + 2 && end >= label.length() - MAX_TRAIL + 1; end--) {
                String child = label.substring(k, end);
                Set<Place> kids = union(union(spelled.get(child), stemInitials.get(child)), nameInitials.get(child));
                for (Place c : kids) {
                    for (Place parent : parents) {
                        if (!c.equals(parent) && parent.level().depth() < c.level().depth() && gazetteer.isWithin(c, parent)) {
                            pair.add(c);
                        }
                    }
                }
            }
            if (!pair.isEmpty()) {
                break;
            }
        }
        if (!pair.isEmpty() && pair.size() <= MAX_AMBIGUITY) {
            return pair;
        }
        // a name's initials with its level letter: wsq (乌审旗), tmtzq(rd)
        for (int end = label.length(); end >= 3 && end >= label.length() - MAX_TRAIL + 1; end--) {
            Set<Place> hit = nameInitials.get(label.substring(0, end));
            boolean whole = end == label.length();
            if (hit != null && (whole ? hit.size() <= 3 : end >= 4 && hit.size() <= 2)) {
                return hit;
            }
        }
        return Set.of();
    }

    /** A spelled name at the start of {@code s}, followed by at most a few letters (liaoyang+sjt, yuxi+net). */
    private Set<Place> spelledPrefix(String s) {
        for (int end = Math.min(s.length(), longestKey); end >= 4 && end >= s.length() - MAX_TRAIL; end--) {
            Set<Place> hit = spelled.get(s.substring(0, end));
            if (hit != null) { // the longest spelling decides: jiangbei is 江北区 (of two cities), never jian+gbei
                return hit.size() <= MAX_AMBIGUITY ? hit : Set.of();
            }
        }
        return Set.of();
    }

    private static Set<Place> union(Set<Place> a, Set<Place> b) {
        if (a == null) {
            return b == null ? Set.of() : b;
        }
        if (b == null) {
            return a;
        }
        Set<Place> u = new LinkedHashSet<>(a);
        u.addAll(b);
        return u;
    }
}
