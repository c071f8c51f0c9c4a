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
 * ({@code xiushan.gov.cn}, {@code fgw.zhuzhou.gov.cn}, {@code wenzhousjt…}: place plus a department's or medium's
 * initials) or in initials ({@code etkqq.gov.cn} for 鄂托克前旗, {@code wltzqrd…} for 乌拉特中旗人大), often the
 * parent's initials before the unit's ({@code cqyb} = 重庆 + 渝北区); aggregators put the city in a path segment
 * ({@code /zhuzhou/}). Each host label is matched against the pinyin of gazetteer names, on syllable boundaries: a
 * spelling counts only when the label ends with it or with a known trailing acronym (rd, rb, tjj), so jianshe is
 * never 吉安 + "she". Labels of platforms and media that repost everyone's news (weixin, toutiao, people), structural
 * labels (www, gov) and department acronyms (tjj, sthjj, gxq) name no place. A left label is kept only within the
 * place its right neighbour names (qingxiu.nanning, not sthjj.nanning as 汕头 + 濠江). A match shared by many places
 * is dropped (two-letter initials alone name dozens); a reading by initials alone is marked so that the resolver
 * asks the text to corroborate it. Built once from the gazetteer; immutable and thread-safe.
 */
final class SiteHints {
    /**
     * Readings of polyphonic characters as place names pronounce them, beside HanLP's default (成都 du, 朝阳 chao,
     * 单县 shan, 乐陵 lao, 长治 chang, 厦门 xia, 蚌埠 beng, 六安 lu, 番禺 pan, 洞口 dong): every combination up to a few.
     */
    private static final Map<Character, List<String>> PLACE_READINGS = Map.ofEntries(
            Map.entry('都', List.of("du")), Map.entry('朝', List.of("chao")), Map.entry('单', List.of("shan")),
            Map.entry('乐', List.of("le", "lao", "yue")), Map.entry('长', List.of("chang", "zhang")),
            Map.entry('藏', List.of("zang")), Map.entry('番', List.of("pan", "fan")), Map.entry('铅', List.of("qian", "yan")),
            Map.entry('六', List.of("lu", "liu")), Map.entry('阿', List.of("a", "e")), Map.entry('厦', List.of("xia")),
            Map.entry('蚌', List.of("beng")), Map.entry('洞', List.of("dong")), Map.entry('莘', List.of("shen", "xin")),
            Map.entry('解', List.of("xie")), Map.entry('会', List.of("hui", "kuai")), Map.entry('荥', List.of("xing")));
    /** Structural host labels that never carry a place. */
    private static final Set<String> GENERIC_LABELS = Set.of("www", "com", "net", "org", "gov", "edu", "ac", "mil",
            "m", "wap", "big", "news", "web", "mobile", "en", "cn", "info", "biz", "cms", "portal", "site", "bbs",
            "blog", "app", "wx", "static", "img", "search", "epaper", "paper", "english", "webtv", "tv", "video", "live",
            "share", "h", "wapp", "mp", "api", "i", "e", "home", "index", "html", "cache", "file", "files", "data");
    /**
     * Platforms and national media that repost every region's news: their labels are words, not the publisher's
     * place (weixin would spell 威信).
     */
    private static final Set<String> PLATFORM_LABELS = Set.of("weixin", "qq", "toutiao", "baijiahao", "baidu", "sina",
            "sohu", "ifeng", "netease", "people", "xinhuanet", "xinhua", "news", "cctv", "cntv", "chinadaily", "thepaper",
            "kuaizhan", "china", "chinanews", "cnr", "cri", "gmw", "youth", "ce", "weibo", "douyin", "ixigua", "bilibili",
            "zhihu", "yidianzixun", "dzwww", "eastday", "huanqiu", "caixin", "jiemian", "workercn", "cyol", "stdaily",
            "rmzxb", "qianlong", "hexun", "jrj", "eastmoney", "sohucs", "myzaker", "zaker", "163");
    /**
     * A department's, a zone's or a column's initials or word (统计局 tjj, 生态环境局 sthjj, 发改委 fgw, 高新区 gxq,
     * 政务公开 zwgk, 人民政府 rmzf, 人大 rd, 日报 rb): no place of its own, and allowed after a place's spelling.
     */
    private static final Set<String> DEPARTMENT_LABELS = Set.of("gxq", "kfq", "jkq", "jjq", "xq", "gxjsq", "jjkfq",
            "jjjskfq", "zwgk", "xxgk", "rmzf", "zf", "zfw", "tjj", "fgw", "fgj", "sthjj", "hbj", "scjgj", "scjg", "gaj",
            "gat", "czj", "czt", "jyj", "jyt", "jtj", "jtt", "jtysj", "wjw", "wsj", "wsjsw", "swj", "zjj", "zjt", "zjw",
            "zrzyj", "zrzyt", "gtj", "ghj", "slj", "slt", "nyj", "nyt", "nyncj", "nynct", "lyj", "lcj", "whj", "wlj",
            "whlyj", "wgj", "kjj", "kjt", "gxj", "jxw", "gxw", "rsj", "rst", "mzj", "mzt", "sfj", "sft", "ajj",
            "yjj", "yjglj", "tyj", "sjj", "gzw", "xcb", "zzb", "tzb", "jw", "jwjw", "sjw", "jgswj", "ylbzj", "ybj",
            "xfj", "dsj", "qxj", "dzj", "spj", "zgj", "swt", "sww", "fzb", "zxb", "rd", "zx", "rb", "wb", "sjt", "xw",
            "rmt", "cm", "fb", "tv", "net", "gov", "news", "dj", "dw", "jjw", "qw", "sw", "zzrd", "zgh", "tw",
            "fl", "kx", "gsl", "rmfy", "fy", "jcy", "rmjcy", "xfjy", "tzj", "sjzx", "xxzx");
    /**
     * Column and department words that CMS paths and subdomains spell in full pinyin and that a place's spelling
     * shares (动态 dongtai ~ 东台, 公安 gongan ~ 公安县): a word, not a place.
     */
    private static final Set<String> URL_WORDS = Set.of("dongtai", "gongan", "xinwen", "gonggao", "tongzhi", "zhengce",
            "zhengwu", "yaowen", "zhuanti", "huodong", "gongkai", "jianshe", "xiangmu", "jiankang", "jianguan",
            "guancha", "guangbo", "tongxun", "tongji", "jiaoyu", "wenhua", "lvyou", "keji", "nongye", "shuili",
            "jiaotong", "minsheng", "shehui", "jingji", "caijing", "difang", "bendi", "toutiao", "kuaixun", "redian",
            "pinglun", "shipin", "tupian", "meishi", "renwu", "zhaopin", "fangchan", "qiche", "jinrong", "tiyu",
            "yule", "shishang", "dangjian", "renda", "zhengxie", "fayuan", "jiancha", "huanbao", "anquan", "fuwu");
    private static final Pattern IP_HOST = Pattern.compile("[0-9.]+");
    private static final Pattern NOT_LETTER = Pattern.compile("[^a-z]");
    private static final Pattern WORD_SEGMENT = Pattern.compile("[a-z]{5,}");
    /** A match naming more places than this is no evidence (xinhua(net): 新化县 and three 新华区). */
    private static final int MAX_AMBIGUITY = 3;

    /**
     * A group of places one label or segment may name; several mean the label is ambiguous among them.
     * {@code initials}: read from initials alone (cqyb, etkqq), which many words share: evidence only with the text.
     */
    record Hint(Set<Place> places, boolean host, boolean initials) {
    }

    /** What one label reads as. */
    private record Reading(Set<Place> places, boolean initials) {
        static final Reading NONE = new Reading(Set.of(), false);
    }

    private final Gazetteer gazetteer;
    /** Full pinyin of a name's stem and of the name itself (qijiang, qijiangqu). */
    private final Map<String, Set<Place>> spelled = new HashMap<>();
    /** Initials of a name's stem (qj): ambiguous alone, usable after a parent. */
    private final Map<String, Set<Place>> stemInitials = new HashMap<>();
    /** Initials of the full name with its level (etkqq, wltzq, ybq). */
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
            // right to left: a label is kept only within the place its right neighbour names (qingxiu.nanning)
            Reading right = null;
            for (int i = labels.length - 2; i >= 0; i--) {
                Reading r = read(NOT_LETTER.matcher(labels[i]).replaceAll(""));
                if (r.places().isEmpty()) {
                    continue;
                }
                if (right != null) {
                    Set<Place> within = new LinkedHashSet<>();
                    for (Place p : r.places()) {
                        for (Place q : right.places()) {
                            if (gazetteer.isWithin(p, q)) {
                                within.add(p);
                            }
                        }
                    }
                    if (within.isEmpty()) {
                        continue; // sthjj.nanning: the department's initials, not another city's district
                    }
                    r = new Reading(within, r.initials());
                }
                out.add(0, new Hint(r.places(), true, r.initials()));
                right = r;
            }
        }
        if (!out.isEmpty()) {
            return out;
        }
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        // A path segment is a column's word as often as a place (dongtai, jianshe): only a segment that is exactly
        // the spelling of a prefecture city or a province counts (aggregators' /zhuzhou/), and only when the host
        // names nothing.
        String[] segments = path.split("/", -1);
        for (int i = 0; i < segments.length - 1; i++) { // the last segment is the page itself ("" after a slash)
            String seg = segments[i].toLowerCase();
            if (WORD_SEGMENT.matcher(seg).matches() && !URL_WORDS.contains(seg)) {
                Set<Place> hit = spelled.get(seg);
                if (hit != null && hit.size() <= MAX_AMBIGUITY
                        && hit.stream().allMatch(p -> p.level().depth() <= Place.Level.CITY.depth())) {
                    out.add(new Hint(hit, false, false));
                }
            }
        }
        return out;
    }

    /** The places one host label names: a spelled name, a name's initials, or a parent then a child. */
    Set<Place> label(String label) {
        return read(label).places();
    }

    private Reading read(String label) {
        if (label.length() < 3 || GENERIC_LABELS.contains(label) || PLATFORM_LABELS.contains(label)
                || DEPARTMENT_LABELS.contains(label) || URL_WORDS.contains(label)) {
            return Reading.NONE;
        }
        Set<Place> spelledHit = spelledPrefix(label);
        if (!spelledHit.isEmpty()) {
            return new Reading(spelledHit, false);
        }
        // parent + child: cqyb (重庆 + 渝北), optionally followed by a known acronym (…rd)
        Set<Place> pair = new LinkedHashSet<>();
        boolean pairInitials = false;
        for (int k = 2; k <= label.length() - 2; k++) {
            String head = label.substring(0, k);
            Set<Place> spelledParents = spelled.getOrDefault(head, Set.of());
            Set<Place> parents = union(spelledParents, stemInitials.get(head));
            if (parents.isEmpty()) {
                continue;
            }
            for (int end = label.length(); end >= k + 2 && end >= label.length() - MAX_TRAIL; end--) {
                if (!trailOk(label.substring(end))) {
                    continue;
                }
                String child = label.substring(k, end);
                Set<Place> spelledKids = spelled.getOrDefault(child, Set.of());
                Set<Place> kids = union(union(spelledKids, stemInitials.get(child)), nameInitials.get(child));
                for (Place c : kids) {
                    for (Place parent : parents) {
                        if (!c.equals(parent) && parent.level().depth() < c.level().depth() && gazetteer.isWithin(c, parent)) {
                            pair.add(c);
                            pairInitials |= !spelledKids.contains(c) || !spelledParents.contains(parent);
                        }
                    }
                }
            }
            if (!pair.isEmpty()) {
                break;
            }
        }
        if (!pair.isEmpty() && pair.size() <= MAX_AMBIGUITY) {
            return new Reading(pair, pairInitials);
        }
        // a name's initials with its level letter: etkqq (鄂托克前旗), wltzq(rd)
        for (int end = label.length(); end >= 3 && end >= label.length() - MAX_TRAIL; end--) {
            if (!trailOk(label.substring(end))) {
                continue;
            }
            Set<Place> hit = nameInitials.get(label.substring(0, end));
            boolean whole = end == label.length();
            if (hit != null && (whole ? hit.size() <= 3 : end >= 4 && hit.size() <= 2)) {
                return new Reading(hit, true);
            }
        }
        return Reading.NONE;
    }

    /** The longest acronym a label may carry after a place's spelling. */
    private static final int MAX_TRAIL = DEPARTMENT_LABELS.stream().mapToInt(String::length).max().orElse(0);

    /** Whether letters after a place's spelling are nothing or a known acronym (rd, rb, sjt, tjj, net). */
    private static boolean trailOk(String trail) {
        return trail.isEmpty() || trail.length() <= MAX_TRAIL && DEPARTMENT_LABELS.contains(trail);
    }

    /** A spelled name at the start of {@code s}, ending the label or followed by a known acronym (wenzhou+rb). */
    private Set<Place> spelledPrefix(String s) {
        for (int end = Math.min(s.length(), longestKey); end >= 4 && end >= s.length() - MAX_TRAIL; end--) {
            Set<Place> hit = spelled.get(s.substring(0, end));
            if (hit != null && trailOk(s.substring(end))) { // jiangbei is 江北区 (of two cities), never jian+gbei
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
