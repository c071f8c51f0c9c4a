package yaowen.insight.meeting;

import yaowen.insight.MeetingFacts.MeetingType;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether an article reports a meeting and of which types, from its title and lead only.
 * A meeting name ("三级干部会议", "十届四次全会暨区委经济工作会议") counts when the title names it (not as "…精神" to
 * study) or when a lead clause convenes it (召开, 举行, 在…上讲话). Each part of a 暨-joined name gets its own type.
 * Events that are not meetings (签约仪式, 发布会, 调研, 视察) are not meetings even when numbers abound.
 * The result carries the deciding cue for explanation. Stateless and thread-safe.
 */
public final class MeetingTypeClassifier {
    /** Name cues of the types, compiled once. */
    private static final Pattern COMMENDATION_CUE = Pattern.compile("表彰(大)?会");
    private static final Pattern INSPECTION_CUE = Pattern.compile("观摩|拉练");
    private static final Pattern MOBILIZATION_CUE = Pattern.compile("(动员|誓师|部署)(大)?会|动员部署会");
    private static final Pattern PROMOTION_CUE = Pattern.compile("(推进|调度|现场)(大)?会");
    private static final Pattern STANDING_CUE = Pattern.compile("常务委员会|常委会|常委(扩大)?会议");
    private static final Pattern CONGRESS_SESSION_CUE = Pattern.compile("人大.{0,8}次会议");
    private static final Pattern EXECUTIVE_CUE = Pattern.compile("常务(会议|会)");
    private static final Pattern PARTY_CONGRESS_CUE = Pattern.compile("(中国共产党|中共).*代表大会");
    private static final Pattern PLENARY_CUE = Pattern.compile("全体(\\(扩大\\)|（扩大）|扩大)?会议|全会");
    private static final Pattern WORK_CONFERENCE_CUE = Pattern.compile("全[区县市镇乡旗州](经济社会发展)?工作(会议|大会)");
    private static final Pattern YEARLY_WORK_CONFERENCE = Pattern.compile("(\\d{4}年度?)?工作(会议|大会)");

    private static final Pattern MEETING_NOUN = Pattern.compile(
            "会议(?![中室厅精纪决要记材])|全会|大会(?![堂厅])|(?:生活|推进|调度|观摩|座谈|动员|部署|表彰|常委|常务|现场|务虚|分析|评议|总结)会(?![议场])"
            + "|中心组[^,，。;；]{0,16}?学习(?:会)?|拉练");
    /** 常委会 names a body unless convened ("常委会召开会议", "常委会第十次会议", "常委会会议"). */
    private static final Pattern BODY_CONVENED = Pattern.compile("^(?:会议|扩大会|召开|举行|第[一二三四五六七八九十百\\d]+次)");
    private static final Pattern NOT_A_MEETING = Pattern.compile(
            "发布会|推介会|洽谈会|博览会|展览会|展销会|运动会|招聘会|交易会|音乐会|晚会|庙会|签约仪式|签约会|见面会|订货会|文化节|旅游节|培训会");
    private static final Pattern CONVENE = Pattern.compile("召开|举行|举办|开幕|闭幕|召开了|在.{1,40}上|会上|主持召开|隆重");
    private static final Pattern REFERENCE = Pattern.compile("(学习|贯彻|传达|落实|精神|领会|宣讲)");
    private static final Pattern NON_MEETING_TITLE = Pattern.compile("调研|视察|考察|检查|督导|走访|慰问|签约|统计|发布");
    private static final Pattern BOUNDARY = Pattern.compile("[,，。;；:：!！?？、\\s“”\"《》()（）]|召开|举行|在|暨|于|的|和");

    /** The decision: types (empty when not a meeting), the cue that decided, and the meeting's name. */
    public record Classification(List<MeetingType> types, Optional<String> cue, Optional<String> name) {
        public Classification {
            types = List.copyOf(types);
        }

        public boolean isMeeting() {
            return !types.isEmpty();
        }

        static Classification none() {
            return new Classification(List.of(), Optional.empty(), Optional.empty());
        }
    }

    private MeetingTypeClassifier() {
    }

    /** Classifies from {@code title} (may be empty) and {@code lead} (first paragraph or two). */
    public static Classification classify(String title, String lead) {
        String t = title == null ? "" : title;
        Classification fromTitle = fromText(t, true);
        if (fromTitle.isMeeting()) {
            return fromTitle;
        }
        boolean titleSaysOtherwise = NON_MEETING_TITLE.matcher(t).find() || NOT_A_MEETING.matcher(t).find();
        String l = lead == null ? "" : lead.length() > 400 ? lead.substring(0, 400) : lead;
        Classification fromLead = fromText(l, false);
        if (titleSaysOtherwise && (!fromLead.isMeeting() || fromLead.types().equals(List.of(MeetingType.OTHER_MEETING)))) {
            return Classification.none();
        }
        return fromLead;
    }

    private static Classification fromText(String text, boolean isTitle) {
        Matcher m = MEETING_NOUN.matcher(text);
        while (m.find()) {
            int clauseStart = clauseStart(text, m.start());
            int clauseEnd = clauseEnd(text, m.end());
            String clause = text.substring(clauseStart, clauseEnd);
            String after = text.substring(m.end(), Math.min(text.length(), m.end() + 3));
            if (after.startsWith("精神") || after.startsWith("纪要") || after.startsWith("决定")) {
                continue;
            }
            if (m.group().equals("常委会") && !BODY_CONVENED.matcher(text.substring(m.end())).find()
                    && !CONVENE.matcher(clause).find()) {
                continue; // 人大常委会组织代表视察: the standing committee as a body, not a meeting
            }
            String name = nameSpan(text, m.start(), m.end());
            if (NOT_A_MEETING.matcher(name).find() || NOT_A_MEETING.matcher(clause).find()) {
                continue;
            }
            String beforeName = text.substring(clauseStart, Math.max(clauseStart, text.indexOf(name, clauseStart)));
            if (REFERENCE.matcher(beforeName).find() && !CONVENE.matcher(beforeName).find()) {
                continue;
            }
            if (!isTitle && !CONVENE.matcher(clause).find()) {
                continue;
            }
            // Extend over 暨-joined parts that follow ("全会暨经济工作会议").
            int end = m.end();
            while (text.startsWith("暨", end)) {
                Matcher next = MEETING_NOUN.matcher(text);
                if (next.find(end + 1) && next.start() - end < 40) {
                    end = next.end();
                } else {
                    break;
                }
            }
            String full = text.substring(text.indexOf(name, clauseStart), end);
            List<MeetingType> types = types(full);
            if (!types.isEmpty()) {
                return new Classification(types, Optional.of(full), Optional.of(full));
            }
        }
        return Classification.none();
    }

    /** Types of a (possibly 暨-joined) meeting name. */
    public static List<MeetingType> types(String name) {
        Set<MeetingType> out = new LinkedHashSet<>();
        for (String part : name.split("暨")) {
            typeOf(part).ifPresent(out::add);
        }
        return new ArrayList<>(out);
    }

    static Optional<MeetingType> typeOf(String part) {
        if (part.isBlank() || NOT_A_MEETING.matcher(part).find()) {
            return Optional.empty();
        }
        if (part.contains("三级干部")) {
            return Optional.of(MeetingType.THREE_LEVEL_CADRE);
        }
        if (part.contains("中心组")) {
            return Optional.of(MeetingType.THEORY_STUDY);
        }
        if (part.contains("民主生活会")) {
            return Optional.of(MeetingType.DEMOCRATIC_LIFE);
        }
        if (COMMENDATION_CUE.matcher(part).find()) {
            return Optional.of(MeetingType.COMMENDATION);
        }
        if (INSPECTION_CUE.matcher(part).find()) {
            return Optional.of(MeetingType.INSPECTION_TOUR);
        }
        if (MOBILIZATION_CUE.matcher(part).find()) {
            return Optional.of(MeetingType.MOBILIZATION);
        }
        if (PROMOTION_CUE.matcher(part).find()) {
            return Optional.of(MeetingType.PROMOTION);
        }
        if (part.contains("经济工作会议")) {
            return Optional.of(MeetingType.ECONOMIC_WORK_CONFERENCE);
        }
        boolean standing = STANDING_CUE.matcher(part).find();
        if (part.contains("政协") && !standing) {
            return Optional.of(MeetingType.CPPCC_SESSION);
        }
        if ((part.contains("人民代表大会") || part.contains("人代会") || CONGRESS_SESSION_CUE.matcher(part).find()) && !standing) {
            return Optional.of(MeetingType.PEOPLES_CONGRESS);
        }
        if (standing) {
            return Optional.of(MeetingType.STANDING_COMMITTEE);
        }
        if (EXECUTIVE_CUE.matcher(part).find()) {
            return Optional.of(MeetingType.EXECUTIVE_MEETING);
        }
        if (part.contains("党代会") || part.contains("党员代表大会") || PARTY_CONGRESS_CUE.matcher(part).find()) {
            return Optional.of(MeetingType.PARTY_CONGRESS);
        }
        if (PLENARY_CUE.matcher(part).find() && !part.contains("政府")) {
            return Optional.of(MeetingType.PLENARY_SESSION);
        }
        if (WORK_CONFERENCE_CUE.matcher(part).find() || YEARLY_WORK_CONFERENCE.matcher(part).matches()) {
            return Optional.of(MeetingType.WORK_CONFERENCE);
        }
        return Optional.of(MeetingType.OTHER_MEETING);
    }

    private static String nameSpan(String text, int nounStart, int nounEnd) {
        int i = nounStart;
        while (i > 0) {
            String prev = text.substring(i - 1, i);
            if (BOUNDARY.matcher(prev).matches() && !prev.equals("(") && !prev.equals(")") && !prev.equals("（") && !prev.equals("）")) {
                break;
            }
            if (i >= 2 && BOUNDARY.matcher(text.substring(i - 2, i)).matches()) {
                break;
            }
            i--;
        }
        return text.substring(i, nounEnd);
    }

    private static int clauseStart(String text, int from) {
        for (int i = from - 1; i >= 0; i--) {
            if ("，,。;；!！?？".indexOf(text.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return 0;
    }

    private static int clauseEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if ("，,。;；!！?？".indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return text.length();
    }
}
