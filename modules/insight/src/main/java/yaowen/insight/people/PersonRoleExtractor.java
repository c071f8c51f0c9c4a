package yaowen.insight.people;

import yaowen.insight.MeetingFacts.Part;
import yaowen.insight.MeetingFacts.Person;
import yaowen.insight.nlp.Segmenter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds (name, role, part) around official titles: "祥符区委书记、开封市产城融合示范区党工委书记王彦涛出席会议并讲话"
 * → 王彦涛, 区委书记 (roles 区委书记, 党工委书记), SPOKE. Region prefixes are dropped (祥符区委书记 → 区委书记); the main
 * role is the party secretary if any, else the government head (区委副书记、区长 → 区长), else the first role. Part:
 * 主持 → PRESIDED (also when the chair speaks), 讲话/作报告 → SPOKE, 出席/参加 → ATTENDED; "分别作了讲话" gives every listed person the same part.
 * People without a title ("区四大班子领导岳青、张洪伟") are left out. Thread-safe.
 */
public final class PersonRoleExtractor {
    private static final String UNIT = "(?:区|县|市|州|盟|旗|省|镇|乡|街道)";
    private static final Pattern ROLE = Pattern.compile(
            "(?:" + UNIT + "委|(?:镇|乡|街道)?党(?:工)?委|工委|纪工委|" + UNIT + "纪委)(?:常务)?副?书记"
            + "|" + UNIT + "委常委"
            + "|(?:常务)?副?(?:区|县|市|州|盟|旗|省|镇|乡)长"
            + "|" + UNIT + "?人大(?:常委会|工委)?(?:常务)?副?主任"
            + "|" + UNIT + "?政协(?:常务)?副?主席"
            + "|管委会(?:常务)?副?主任"
            + "|" + UNIT + "委(?:组织|宣传|统战)部(?:常务)?副?部长"
            + "|" + UNIT + "政府党组书记");
    private static final String NAME_STOP = "出主在作分同等参讲致表指强要说介代和与及对就向为率带到一也并宣通讲听、,。;:(（)）";
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤樊岳卫常牛乔司欧葛耿关兰焦柴代尚申房祁";
    private static final Pattern SPOKE = Pattern.compile("讲话|作报告|作了.{0,8}报告|作.{0,6}工作报告|致辞|发言|作动员|动员讲话|部署");
    private static final Pattern PRESIDED = Pattern.compile("主持");
    private static final Pattern ATTENDED = Pattern.compile("出席|参加|参会|列席");
    private static final Pattern HEAD = Pattern.compile("^(?:区|县|市|州|盟|旗|省|镇|乡)长$");

    private final Segmenter segmenter;

    public PersonRoleExtractor(Segmenter segmenter) {
        this.segmenter = Objects.requireNonNull(segmenter, "segmenter");
    }

    /** People in {@code text} (a title or lead paragraph), in order of first mention, one per name. */
    public List<Person> extract(String text) {
        List<Found> found = new ArrayList<>();
        Matcher m = ROLE.matcher(text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            List<String> roles = new ArrayList<>();
            roles.add(m.group());
            int end = m.end();
            // Chain: 、 [place prefix] ROLE
            while (end < text.length() && text.charAt(end) == '、') {
                Matcher next = ROLE.matcher(text);
                if (next.find(end + 1) && next.start() - end - 1 <= 14 && noBreak(text, end + 1, next.start())) {
                    roles.add(next.group());
                    end = next.end();
                } else {
                    break;
                }
            }
            Optional<String> name = nameAt(text, end);
            if (name.isPresent()) {
                found.add(new Found(name.get(), roles, end, end + name.get().length()));
                from = end + name.get().length();
            } else {
                from = end;
            }
        }
        return merge(found, text);
    }

    private static boolean noBreak(String text, int a, int b) {
        for (int i = a; i < b; i++) {
            char c = text.charAt(i);
            if (!Character.isLetter(c)) {
                return false;
            }
        }
        return true;
    }

    private Optional<String> nameAt(String text, int at) {
        if (at >= text.length()) {
            return Optional.empty();
        }
        String window = text.substring(at, Math.min(text.length(), at + 8));
        List<Segmenter.Token> tokens = segmenter.tokens(window);
        if (!tokens.isEmpty() && tokens.get(0).isPersonName() && tokens.get(0).word().length() >= 2
                && tokens.get(0).word().length() <= 4 && allHan(tokens.get(0).word())) {
            String word = tokens.get(0).word();
            // HanLP may cut a three-character given name short before a verb ("周立|新作讲话" → 周立新)
            if (word.length() == 2 && window.length() >= 4 && isHan(window.charAt(2)) && NAME_STOP.indexOf(window.charAt(2)) < 0
                    && (NAME_STOP.indexOf(window.charAt(3)) >= 0 || !isHan(window.charAt(3)))) {
                return Optional.of(window.substring(0, 3));
            }
            return Optional.of(word);
        }
        if (window.length() < 2 || !allHan(window.substring(0, 2)) || SURNAMES.indexOf(window.charAt(0)) < 0
                || NAME_STOP.indexOf(window.charAt(1)) >= 0) {
            return Optional.empty();
        }
        if (window.length() >= 3 && isHan(window.charAt(2)) && NAME_STOP.indexOf(window.charAt(2)) < 0
                && (window.length() == 3 || !isHan(window.charAt(3)) || NAME_STOP.indexOf(window.charAt(3)) >= 0
                || window.startsWith("同志", 3))) {
            return Optional.of(window.substring(0, 3));
        }
        return Optional.of(window.substring(0, 2));
    }

    private List<Person> merge(List<Found> found, String text) {
        Map<String, Person> byName = new LinkedHashMap<>();
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            Optional<Part> part = Optional.empty();
            for (int j = i; j < found.size() && part.isEmpty(); j++) {
                Found g = found.get(j);
                int stop = j + 1 < found.size() ? found.get(j + 1).roleStart(text) : sentenceEnd(text, g.nameEnd);
                part = partIn(text.substring(g.nameEnd, Math.max(g.nameEnd, stop)));
                if (part.isEmpty() && !continues(text, g.nameEnd, stop)) {
                    break;
                }
            }
            List<String> roles = new ArrayList<>();
            for (String r : f.roles) {
                roles.add(r);
            }
            Person p = new Person(f.name, mainRole(roles), roles, part);
            Person prior = byName.get(f.name);
            if (prior == null) {
                byName.put(f.name, p);
            } else {
                List<String> all = new ArrayList<>(prior.roles());
                roles.stream().filter(r -> !all.contains(r)).forEach(all::add);
                byName.put(f.name, new Person(f.name, prior.role(), all, prior.part().or(() -> p.part())));
            }
        }
        return new ArrayList<>(byName.values());
    }

    /** Whether the persons after {@code from} still share a predicate with this one (only , or 、 in between). */
    private static boolean continues(String text, int from, int to) {
        String gap = text.substring(from, Math.max(from, Math.min(to, text.length())));
        return gap.length() <= 2 && !gap.contains("。");
    }

    private static int sentenceEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '。' || c == ';' || c == '；' || c == '!' || c == '?') {
                return i;
            }
        }
        return text.length();
    }

    /**
     * The part stated in a person's predicate. Chairing is the distinctive part: "主持会议并讲话" is PRESIDED,
     * as the gold convention has it (the one who chairs usually speaks too).
     */
    static Optional<Part> partIn(String s) {
        if (PRESIDED.matcher(s).find()) {
            return Optional.of(Part.PRESIDED);
        }
        if (SPOKE.matcher(s).find()) {
            return Optional.of(Part.SPOKE);
        }
        if (ATTENDED.matcher(s).find()) {
            return Optional.of(Part.ATTENDED);
        }
        return Optional.empty();
    }

    /** The role a person is known by: party secretary, else government head, else the first stated role. */
    static String mainRole(List<String> roles) {
        for (String r : roles) {
            if (r.endsWith("书记") && !r.contains("副书记") && !r.contains("纪委") && !r.contains("纪工委")) {
                return r;
            }
        }
        for (String r : roles) {
            if (HEAD.matcher(r).matches()) {
                return r;
            }
        }
        return roles.get(0);
    }

    private static boolean allHan(String s) {
        return s.chars().allMatch(c -> isHan((char) c));
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    private record Found(String name, List<String> roles, int nameStart, int nameEnd) {
        int roleStart(String text) {
            int s = nameStart;
            for (String r : roles) {
                s -= r.length();
            }
            return Math.max(0, s - (roles.size() - 1));
        }
    }
}
