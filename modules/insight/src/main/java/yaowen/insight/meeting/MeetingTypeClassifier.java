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
 * Decides whether an article reports a meeting and of which types, from its title and opening paragraphs.
 * A meeting name ("三级干部会议", "十届四次全会暨区委经济工作会议") counts when the title names it (not as "…精神" to
 * study) or when a lead clause convenes it (召开, 举行, 在…上讲话). Each part of a 暨-joined name gets its own type.
 * The title may be missing (plain-text pages), so the lead decides on its own; a meeting named only in the second or
 * third paragraph counts when that paragraph opens on it as a dated event ("…分析会5日在县行政中心召开",
 * "4月9日,…召开…会议"), the way a report opens with a summary and dates the meeting next, and the title is no
 * document or feature of its own ("…经济运行情况", "…侧记"). Events that are not meetings (签约仪式, 发布会, 调研,
 * 视察) are not meetings even when numbers abound; a meeting mentioned inside a period review ("今年以来,…及时召开…大会") is background, not the event.
 * The result carries the deciding cue for explanation. Stateless and thread-safe.
 */
public final class MeetingTypeClassifier {
    /** Name cues of the types, compiled once. */
    private static final Pattern COMMENDATION_CUE = Pattern.compile("表彰(大)?会|颁奖(大)?会");
    /** 观摩会, 观摩活动 and 拉练: a tour of project sites, often scored (擂台赛观摩). */
    private static final Pattern INSPECTION_CUE = Pattern.compile("观摩|拉练");
    /** Rallies: 动员(部署)大会, 誓师大会, and the post-festival 收心会 that sets cadres to work. */
    private static final Pattern MOBILIZATION_CUE = Pattern.compile("(动员|誓师|部署)(大)?会|动员部署会|收心会");
    private static final Pattern PROMOTION_CUE = Pattern.compile("(推进|调度|现场)(大)?会");
    /** A standing committee in session: 常委会, 常委会议, 常委(扩大)会议, 常委扩大会 (party committee, congress or CPPCC). */
    private static final Pattern STANDING_CUE = Pattern.compile("常务委员会|常委会|常委(?:\\(扩大\\)|扩大)?会议?");
    private static final Pattern CONGRESS_SESSION_CUE = Pattern.compile("人大.{0,8}次会议");
    private static final Pattern EXECUTIVE_CUE = Pattern.compile("常务(会议|会)");
    private static final Pattern PARTY_CONGRESS_CUE = Pattern.compile("(中国共产党|中共).*代表大会");
    /** A plenary of a party committee: 全体(扩大)会议, 全体委员会议, 全委(扩大)会议, 全委会, 全会. */
    private static final Pattern PLENARY_CUE = Pattern.compile(
            "全体(?:\\(扩大\\)|扩大)?会议|全体委员(?:\\(扩大\\)|扩大)?会议|全委(?:\\(扩大\\)|扩大)?会议?|全会");
    /** The annual work meeting of a region (全县工作会议) or of its party committee (县委工作会议). */
    private static final Pattern WORK_CONFERENCE_CUE = Pattern.compile(
            "全[区县市镇乡旗州](经济社会发展)?工作(会议|大会)|^(?:中共)?[\\p{IsHan}]{0,8}[区县市镇乡旗州]委工作会议$");
    /** An annual work meeting, also as a review: 2021年度工作会议, 2020年度工作总结大会. */
    private static final Pattern YEARLY_WORK_CONFERENCE = Pattern.compile("(\\d{4}年度?)?工作(总结)?(会议|大会)");
    /** Head nouns of consultations and briefings: whoever convenes them, they are not a session or plenary. */
    private static final Pattern CONSULTATION_HEAD = Pattern.compile(
            "(?:通报|座谈|汇报|协商|恳谈|联席|碰头|办公|讲评|点评)会议?$");
    /** Meetings of a congress or CPPCC session that are not its plenary sittings: presidium, preparatory meeting. */
    private static final Pattern SESSION_PART = Pattern.compile("主席团.{0,8}会议|预备会议?");
    private static final Pattern CONGRESS_SESSION = Pattern.compile("人民代表大会|人代会|人大.{0,8}次会议|人大代表");
    private static final Pattern CPPCC_SESSION = Pattern.compile("政治协商会议|政协.{0,12}次会议|政协委员");

    /** The first characters of the alternatives below: a cheap test that spares trying them all at every position. */
    private static final String NOUN_FIRST = "(?=[会全大生推调观座动部表常现务分评总通汇协恳联述誓收办讲点扩学中拉两])";
    private static final Pattern MEETING_NOUN = Pattern.compile(NOUN_FIRST + "(?:"
            + "会议(?![中室厅精纪决要记材])|全会|大会(?![堂厅议]|主席团|执行主席|秘书)"
            + "|(?:生活|推进|调度|观摩|座谈|动员|部署|表彰|常委|常务|现场|务虚|分析|评议|总结|通报|汇报|协商|恳谈|联席|述职|誓师|收心"
            + "|办公|讲评|点评|扩大|学习|全委)会(?![议场])"
            + "|中心组[^,，。;；]{0,16}?学习(?:会)?|拉练|观摩(?:活动|评比)|两(?<![一二三四五六七八九十\\d]两)会)");
    /** 常委会 names a body unless convened ("常委会召开会议", "常委会第十次会议", "常委会会议"). */
    private static final Pattern BODY_CONVENED = Pattern.compile("^(?:会议|扩大会|召开|举行|第[一二三四五六七八九十百\\d]+次)");
    private static final Pattern NOT_A_MEETING = Pattern.compile(
            "发布会|推介会|洽谈会|博览会|展览会|展销会|运动会|招聘会|交易会|音乐会|晚会|庙会|签约仪式|签约大?会|见面会|订货会|文化节|旅游节|培训会"
            + "|(?:签约|开工|揭牌|启动|奠基|开园|投产|竣工)仪式");
    private static final Pattern CONVENE = Pattern.compile(
            "召开|举行|举办|开幕|闭幕|召开了|在.{1,40}上|会上|主持召开|隆重|开展|收听收看");
    private static final Pattern REFERENCE = Pattern.compile("(学习|贯彻|传达|落实|精神|领会|宣讲)");
    /** A signing as the event itself (签约仪式, 集中签约, 签约大会), not a signing a meeting studies ("研究项目签约事宜"). */
    private static final Pattern SIGNING_EVENT = Pattern.compile(
            "集中签约|云签约|现场签约|签约(?:开工)?(?:仪式|大会|活动|会(?!议)|暨|现场)|(?:举行|举办)[^，,。]{0,20}签约$");
    /** A title that names a document or a feature of its own: a later paragraph's meeting is not its subject. */
    private static final Pattern DOCUMENT_TITLE = Pattern.compile(
            "(?:情况|报告|公报|综述|纪实|侧记|掠影|巡礼|速览|解读|简析)$");
    private static final Pattern NON_MEETING_TITLE = Pattern.compile("调研|视察|考察|检查|督导|走访|慰问|签约|统计|发布");
    /** A plan or budget report, published as a document with the meeting it was delivered at as its sub-line. */
    private static final Pattern PLAN_DOCUMENT = Pattern.compile(
            "(?:国民经济和社会发展|预算|决算)[^。\\n]{0,12}(?:计划|执行情况|草案)[^。\\n]{0,30}报告|计划执行情况|计划草案");
    private static final Pattern CONVENED_IN_LEAD = Pattern.compile("召开|举行|开幕|闭幕");
    /**
     * A numbered sitting that does business on a stated day ("常委会第十二次会议28日审议…", "第三次全体会议今天上午表决…"):
     * congress and standing-committee reports often open so, without 召开 or 举行.
     */
    private static final Pattern SITTING = Pattern.compile(
            "第[一二三四五六七八九十百\\d]{1,4}次(?:全体)?会议(?:于)?(?:\\d{1,2}日|[今昨][天日])?(?:上午|下午|晚上?)?"
            + "(?:\\d{1,2}日|[今昨][天日]|审议|听取|表决|在[^，,。]{1,20}(?:召开|举行))");
    /** The event a lead's first sentence reports when it is a visit or a ceremony (a 座谈会 on the way is part of it). */
    private static final Pattern NON_MEETING_EVENT = Pattern.compile(
            "(?:到|赴|深入|前往|带队|一行)[^。]{0,30}?(?:调研|视察|考察|督导|检查|走访|慰问)|开展[^，,。]{0,12}(?:调研|督导)|调研组");
    /** Where a meeting's name starts, going back from its noun; 和 is no boundary (永和县, 和平区, 太和县). */
    private static final Pattern BOUNDARY = Pattern.compile("[,，。;；:：!！?？、\\s“”\"《》()（）]|召开|举行|在|暨|于|的");
    /** The clause before a name says who convenes it when it ends with the convening verb ("市政府召开"). */
    private static final Pattern CONVENED_BY = Pattern.compile("(?:召开|举行|组织召开|主持召开)$");
    /** A sentence that reviews a period ("今年以来,…", "上半年,…"): the meetings it lists are background. */
    private static final Pattern PERIOD_REVIEW = Pattern.compile(
            "^(?:本报讯\\s*)?(?:今年|年初|去年|近年|开年|入夏|[^，,。]{1,10})以来[,，]|^(?:本报讯\\s*)?(?:[一二三四]季度|上半年|下半年|前三季度|全年)[,，]");
    /** A date in a sentence: the sentence reports an event ("…调度会5日在县行政中心召开", "5月6日至7日,…召开"). */
    private static final Pattern DATED = Pattern.compile(
            "(?:\\d{1,2}|元)月\\d{1,2}日|[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日|(?<![\\d月])\\d{1,2}日(?:上午|下午|晚|在|召开|举行|,|，)"
            + "|近日|日前|昨[天日]|今[天日]");
    /** A stated day (DATED without 近日/日前): what a later paragraph's meeting needs to be an event of the report. */
    private static final Pattern DATED_DAY = Pattern.compile(
            "(?:\\d{1,2}|元)月\\d{1,2}日|[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日|(?<![\\d月])\\d{1,2}日(?:上午|下午|晚|在|召开|举行|,|，)"
            + "|昨[天日]|今[天日]");
    /** A later paragraph that opens on a dated event: "4月9日,…", "4月9日至10日,…", "昨天上午,…". */
    private static final Pattern OPENS_DATED = Pattern.compile(
            "^(?:(?:\\d{4}年)?(?:\\d{1,2}|元)月\\d{1,2}日|[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日|[今昨][天日])"
            + "(?:[至到—-](?:\\d{1,2}月)?\\d{1,2}日)?(?:上午|下午|晚上?)?[,，]");
    /** A meeting name followed by its day and the convening verb: "…分析会5日在县行政中心召开". */
    private static final Pattern DATED_AFTER_NAME = Pattern.compile(
            "^[”\"]?(?:于)?(?:\\d{1,2}月)?\\d{1,2}日(?:上午|下午|晚上?)?(?:在[^，,。]{1,24})?(?:召开|举行|开幕|闭幕)");
    /** A provincial or city video conference followed locally: 组织收听收看…, 在…分会场收听收看. */
    private static final Pattern FOLLOWED_BY_VIDEO = Pattern.compile("收听收看了?([^,，。;；]{2,40})");
    /**
     * What a followed conference's name ends in (会议, 大会, 推进会, 擂台赛); a speech, a programme or a broadcast watched
     * ("收听收看…重要讲话", "收听收看《…》", "…开幕盛况") is none.
     */
    private static final Pattern CONFERENCE_END = Pattern.compile(
            "^(.*?(?:会议|(?<![社协学都机晚])会|擂台赛|比武|评比))(?:后|并|时|上)?$");
    /** A national event watched by cadres (全国两会, 党的…大会开幕会): no conference of the region's own. */
    private static final Pattern NATIONAL_EVENT = Pattern.compile(
            "^(?:全国[^,，。]{0,6}两会|党的[^,，。]*(?:大会|开幕会|全会)|中国共产党第[^,，。]*全国代表大会)");
    /** A clause that watches or studies a speech ("收听收看…在…会上的重要讲话"). */
    private static final Pattern WATCHED_OR_STUDIED = Pattern.compile("收听收看|收看|观看|聆听|学习|传达");
    /** A clause that places the watching at a local venue of a video conference. */
    private static final Pattern VIDEO_VENUE = Pattern.compile("分会场|视频会议|电视电话会议");
    private static final Pattern NOT_A_CONFERENCE = Pattern.compile(
            "直播|节目|晚会|阅兵|庆典|典礼|专题片|教育片|第一课|讲话|盛况|《|实况|宣讲|报告会|党课");
    /** A rally with no other name ("该市召开大会", "全县干部大会") in a lead about the new year's start. */
    private static final Pattern GENERIC_RALLY = Pattern.compile(
            "(?:(?:全[市县区旗镇乡]|全体|机关)?(?:领导)?干部(?:职工)?)?大会");
    private static final Pattern RALLY_CONTEXT = Pattern.compile("春节|节后|新春|开年|收心|开门红|首季|动员|誓师");
    /** A cadre meeting that announces appointments ("宣布省委关于…调整的决定") is a working meeting, not a rally. */
    private static final Pattern PERSONNEL_ANNOUNCEMENT = Pattern.compile("宣布|任免|任职|(?:调整|任命)的?决定|职务调整|人事调整");
    private static final Pattern SPACE_AT_BRACKET = Pattern.compile("\\s+(?=\\()|(?<=\\))\\s+");
    private static final String CLAUSE_END = "，,。;；!！?？";
    /** Paragraphs after the lead that may carry a dated meeting sentence. */
    private static final int FOLLOWING_PARAGRAPHS = 2;
    private static final int MAX_LEAD = 400;
    /** Short lines above the lead that are skipped at most (headline, sub-line, date line, e-paper headline list). */
    private static final int MAX_HEAD_LINES = 12;
    /** A headline with its sub-line can run to 50 characters without a full stop; a lead cut short runs longer. */
    private static final int PROSE_WITHOUT_FULL_STOP = 80;

    private enum Where { TITLE, LEAD, FOLLOWING }

    /**
     * The decision: types (empty when not a meeting), the cue that decided, the meeting's name, and the paragraph the
     * meeting's date is read in (the lead when the title named the meeting; present for every meeting).
     */
    public record Classification(List<MeetingType> types, Optional<String> cue, Optional<String> name,
                                 Optional<String> evidence) {
        public Classification {
            types = List.copyOf(types);
        }

        public Classification(List<MeetingType> types, Optional<String> cue, Optional<String> name) {
            this(types, cue, name, Optional.empty());
        }

        public boolean isMeeting() {
            return !types.isEmpty();
        }

        static Classification none() {
            return new Classification(List.of(), Optional.empty(), Optional.empty(), Optional.empty());
        }

        Classification foundIn(String paragraph) {
            return new Classification(types, cue, name, Optional.of(paragraph));
        }
    }

    private MeetingTypeClassifier() {
    }

    /** Classifies from {@code title} (may be empty) and {@code lead} (first paragraph or two). */
    public static Classification classify(String title, String lead) {
        return classify(title, lead == null ? List.of() : List.of(lead));
    }

    /**
     * Classifies from {@code title} (may be empty) and the article's paragraphs: the lead (the first paragraph, or the
     * first two when the first is a short dateline or salutation) and the dated sentences of the next two.
     */
    public static Classification classify(String title, List<String> paragraphs) {
        String t = normalise(title == null ? "" : title);
        int first = proseStart(paragraphs);
        int leadEnd = Math.min(paragraphs.size(), first + (paragraphs.size() > first + 1 && paragraphs.get(first).length() < 40 ? 2 : 1));
        String lead = normalise(String.join("\n", paragraphs.subList(Math.min(first, leadEnd), leadEnd)));
        if (lead.length() > MAX_LEAD) {
            lead = lead.substring(0, MAX_LEAD);
        }
        String heading = t + "\n" + String.join("\n", paragraphs.subList(0, Math.min(first, paragraphs.size()))) + "\n" + firstSentence(lead);
        if (PLAN_DOCUMENT.matcher(heading).find() && !CONVENED_IN_LEAD.matcher(lead).find() && !sitting(lead)) {
            return Classification.none(); // a plan or budget report delivered "在…人民代表大会…会议上" is a document
        }
        Classification fromTitle = fromText(t, Where.TITLE, t);
        if (fromTitle.isMeeting()) {
            // "副县长到园区检查并召开现场会": a visit with a meeting on the way is reported as the visit
            String beforeCue = t.substring(0, Math.max(0, t.indexOf(fromTitle.cue().orElse(""))));
            return NON_MEETING_EVENT.matcher(beforeCue).find() && onlyWeak(fromTitle) ? Classification.none() : fromTitle.foundIn(lead);
        }
        // A title naming a document or a feature ("…经济运行情况", "…统计公报", "…侧记") has its own subject: a working
        // meeting its text mentions is background.
        boolean titleSaysOtherwise = NON_MEETING_TITLE.matcher(t).find() || NOT_A_MEETING.matcher(t).find()
                || DOCUMENT_TITLE.matcher(t.strip()).find();
        String event = firstSentence(lead);
        boolean visit = NON_MEETING_EVENT.matcher(event).find();
        boolean signing = SIGNING_EVENT.matcher(event).find();
        Classification found = fromText(lead, Where.LEAD, t + "\n" + lead);
        if (found.isMeeting()) {
            found = found.foundIn(lead);
        }
        // A title of its own subject (a statistics release, a feature) makes a later paragraph's meeting background.
        for (int i = leadEnd; !found.isMeeting() && !titleSaysOtherwise && i < Math.min(paragraphs.size(), leadEnd + FOLLOWING_PARAGRAPHS); i++) {
            String p = normalise(paragraphs.get(i));
            if (p.length() > MAX_LEAD) {
                p = p.substring(0, MAX_LEAD);
            }
            found = fromText(p, Where.FOLLOWING, t + "\n" + p);
            if (found.isMeeting()) {
                found = found.foundIn(p);
            }
        }
        if (found.isMeeting() && !found.evidence().orElse(lead).equals(lead)) {
            // a later paragraph's meeting held on a visit ("4月9日,县长率队赴园区调研,并召开座谈会") is the visit's
            visit = visit || NON_MEETING_EVENT.matcher(firstSentence(found.evidence().get())).find();
        }
        if ((titleSaysOtherwise || signing) && (!found.isMeeting() || found.types().equals(List.of(MeetingType.OTHER_MEETING)))
                || visit && onlyWeak(found)) {
            return Classification.none();
        }
        return found;
    }

    /** Whether {@code text} has a numbered sitting doing business on a stated day, not one a decision cites (经…审议). */
    private static boolean sitting(String text) {
        Matcher m = SITTING.matcher(text);
        while (m.find()) {
            String before = text.substring(clauseStart(text, m.start()), m.start());
            if (!before.contains("经") && !before.contains("根据") && !REFERENCE.matcher(before).find()) {
                return true;
            }
        }
        return false;
    }

    /** Meetings that a visit holds on the way: a 座谈会 or a 现场推进会 with the units visited. */
    private static boolean onlyWeak(Classification c) {
        return c.types().stream().allMatch(t -> t == MeetingType.OTHER_MEETING || t == MeetingType.PROMOTION);
    }

    private static Classification fromText(String text, Where where, String context) {
        Matcher m = MEETING_NOUN.matcher(text);
        while (m.find()) {
            int clauseStart = clauseStart(text, m.start());
            int clauseEnd = clauseEnd(text, m.end());
            String clause = text.substring(clauseStart, clauseEnd);
            String after = text.substring(m.end(), Math.min(text.length(), m.end() + 3));
            if (after.startsWith("精神") || after.startsWith("纪要") || after.startsWith("决定")) {
                continue;
            }
            if (where != Where.TITLE && after.startsWith("上的") && WATCHED_OR_STUDIED.matcher(clause).find()) {
                continue; // "收听收看…在…座谈会上的重要讲话": the speech is watched, its meeting held elsewhere
            }
            if (after.startsWith("形式") || after.startsWith("方式")) {
                continue; // "以视频会议形式召开全县工作会议": the format, not the meeting's name
            }
            if (m.group().equals("两会") && text.startsWith("全国", m.start() - 2)) {
                continue; // a local site's coverage of the national sessions (热议全国两会) reports no meeting of its own
            }
            if (m.group().equals("常委会") && !BODY_CONVENED.matcher(text.substring(m.end())).find()
                    && !CONVENE.matcher(clause).find()) {
                continue; // 人大常委会组织代表视察: the standing committee as a body, not a meeting
            }
            int nameStart = nameStart(text, m.start());
            String name = text.substring(nameStart, m.end());
            if (NOT_A_MEETING.matcher(name).find() || NOT_A_MEETING.matcher(jointPart(text, clauseStart, clauseEnd, m.start())).find()) {
                continue;
            }
            String beforeName = text.substring(clauseStart, Math.max(clauseStart, nameStart));
            if (REFERENCE.matcher(beforeName).find() && !CONVENE.matcher(beforeName).find()) {
                continue;
            }
            if (where != Where.TITLE && !CONVENE.matcher(clause).find() && !sitting(clause)) {
                continue;
            }
            if (where != Where.TITLE && isBackground(text, m.start(), where)) {
                continue;
            }
            int end = extendName(text, m.end());
            if (where == Where.FOLLOWING && !subjectOfParagraph(text, m.start(), end)) {
                continue;
            }
            String full = text.substring(nameStart, end);
            String owner = CONVENED_BY.matcher(beforeName).find() ? beforeName : "";
            String sentence = where == Where.TITLE ? text : text.substring(sentenceStart(text, m.start()), sentenceEnd(text, m.start()));
            List<MeetingType> types = types(full, owner, context, sentence);
            if (!types.isEmpty()) {
                return new Classification(types, Optional.of(full), Optional.of(full));
            }
        }
        if (where != Where.TITLE && text.contains("收听收看")) {
            return followedByVideo(text, where, context);
        }
        return Classification.none();
    }

    /**
     * "组织收听收看全省县域经济发展擂台赛": a conference followed by video from a local venue is a meeting even when its
     * name has no meeting noun; its type is that of its name.
     */
    private static Classification followedByVideo(String text, Where where, String context) {
        Matcher v = FOLLOWED_BY_VIDEO.matcher(text);
        while (v.find()) {
            String name = v.group(1).strip();
            if (NOT_A_CONFERENCE.matcher(name).find() || NOT_A_MEETING.matcher(name).find() || isBackground(text, v.start(), where)
                    || NATIONAL_EVENT.matcher(name).find()) {
                continue; // a speech, a programme, the national sessions watched: no conference of the region's own
            }
            Matcher conference = CONFERENCE_END.matcher(name);
            String clause = text.substring(clauseStart(text, v.start()), clauseEnd(text, v.end()));
            if (conference.matches()) {
                name = conference.group(1);
            } else if (!VIDEO_VENUE.matcher(clause).find()) {
                continue;
            }
            if (where == Where.FOLLOWING && !OPENS_DATED.matcher(text).find()) {
                continue;
            }
            List<MeetingType> types = types(name, "", context, name);
            if (!types.isEmpty()) {
                return new Classification(types, Optional.of(v.group()), Optional.of(name));
            }
        }
        return Classification.none();
    }

    /**
     * Whether the meeting named at {@code at} is background to the sentence: a period review lists it among the
     * year's actions; a later paragraph names it without dating it.
     */
    private static boolean isBackground(String text, int at, Where where) {
        int start = sentenceStart(text, at);
        int end = sentenceEnd(text, at);
        String sentence = text.substring(start, end).strip();
        if (PERIOD_REVIEW.matcher(sentence).find() && !DATED.matcher(sentence).find()) {
            return true;
        }
        return where == Where.FOLLOWING && !DATED_DAY.matcher(sentence).find();
    }

    /**
     * Whether the meeting named from {@code at} to {@code end} is what a later paragraph opens on: the paragraph's first
     * sentence dates it ("4月9日,县委召开…会议") or the name is followed by its day and verb ("…分析会5日在…召开").
     * A meeting a feature mentions in passing, or one said to be held 近日 beside a release's figures, is background.
     */
    private static boolean subjectOfParagraph(String text, int at, int end) {
        if (DATED_AFTER_NAME.matcher(text.substring(end)).find()) {
            return true;
        }
        return sentenceStart(text, at) == 0 && OPENS_DATED.matcher(text.strip()).find();
    }

    /**
     * Types of a (possibly 暨-joined) meeting name convened by {@code owner} (the clause before the name, "市政府召开"),
     * in {@code context} (title and lead, for the session a presidium meeting belongs to).
     */
    private static List<MeetingType> types(String name, String owner, String context, String sentence) {
        Set<MeetingType> out = new LinkedHashSet<>();
        for (String part : name.split("暨")) {
            if (part.contains("两会")) {
                // A report on a 两会: the congress and the CPPCC sessions held together.
                out.add(MeetingType.PEOPLES_CONGRESS);
                out.add(MeetingType.CPPCC_SESSION);
                continue;
            }
            typeOf(part, owner, context, sentence).ifPresent(out::add);
        }
        return new ArrayList<>(out);
    }

    /** {@code sentence} is the one that names the meeting: it says whether an unnamed cadre 大会 is a rally. */
    private static Optional<MeetingType> typeOf(String part, String owner, String context, String sentence) {
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
        if (CONSULTATION_HEAD.matcher(part).find()) {
            return Optional.of(MeetingType.OTHER_MEETING); // 政协…专题通报会 is a briefing, not a session
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
        boolean cppcc = part.contains("政协") || part.contains("政治协商会议");
        if (cppcc && !standing) {
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
        if (SESSION_PART.matcher(owner + part).find()) {
            // A presidium or preparatory meeting belongs to the session the context names (attending leaders of the
            // other bodies, 县政协主席 at a congress, do not count).
            if (context.contains("党代会") || PARTY_CONGRESS_CUE.matcher(context).find()) {
                return Optional.of(MeetingType.PARTY_CONGRESS);
            }
            if (CONGRESS_SESSION.matcher(context).find()) {
                return Optional.of(MeetingType.PEOPLES_CONGRESS);
            }
            if (CPPCC_SESSION.matcher(context).find()) {
                return Optional.of(MeetingType.CPPCC_SESSION);
            }
            return Optional.of(MeetingType.OTHER_MEETING);
        }
        if (PLENARY_CUE.matcher(part).find()) {
            // The plenary of a government (政府全体会议) is a working meeting; that of a CPPCC committee is its session.
            if (part.contains("政府") || owner.contains("政府")) {
                return Optional.of(MeetingType.OTHER_MEETING);
            }
            if (owner.contains("政协")) {
                return Optional.of(MeetingType.CPPCC_SESSION);
            }
            return Optional.of(MeetingType.PLENARY_SESSION);
        }
        if (WORK_CONFERENCE_CUE.matcher(part).find() || YEARLY_WORK_CONFERENCE.matcher(part).matches()) {
            return Optional.of(MeetingType.WORK_CONFERENCE);
        }
        if (GENERIC_RALLY.matcher(part).matches() && RALLY_CONTEXT.matcher(sentence).find()
                && !PERSONNEL_ANNOUNCEMENT.matcher(sentence).find()) {
            // "节后第一天,某县召开干部大会,号召开年即冲刺": the post-festival cadre rally mobilises for the year when the
            // sentence that convenes it says so; one that announces appointments is a working meeting.
            return Optional.of(MeetingType.MOBILIZATION);
        }
        return Optional.of(MeetingType.OTHER_MEETING);
    }

    /**
     * Extends a name over the parts that follow it: 暨-joined meetings ("全会暨经济工作会议") and the body and session of
     * a CPPCC ("中国人民政治协商会议某某市第五届委员会第三次会议").
     */
    private static int extendName(String text, int end) {
        if (text.startsWith("政治协商会议", end - 6)) {
            int next = text.indexOf("会议", end);
            if (next > 0 && next - end < 24 && text.substring(end, next).indexOf('，') < 0 && text.substring(end, next).indexOf(',') < 0) {
                end = next + 2;
            }
        }
        while (text.startsWith("暨", end)) {
            Matcher next = MEETING_NOUN.matcher(text);
            if (next.find(end + 1) && next.start() - end < 40) {
                end = next.end();
            } else {
                break;
            }
        }
        return end;
    }

    /**
     * The part of a clause between the 暨 that join events around {@code at}: "推进会暨重点项目签约仪式举行" is a meeting
     * held together with a ceremony, and only its own part decides whether it is one.
     */
    private static String jointPart(String text, int clauseStart, int clauseEnd, int at) {
        int from = text.lastIndexOf('暨', at);
        int to = text.indexOf('暨', at);
        return text.substring(Math.max(clauseStart, from + 1), to < 0 || to > clauseEnd ? clauseEnd : to);
    }

    private static int nameStart(String text, int nounStart) {
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
        return i;
    }

    /** Full-width brackets folded, and the spaces some sites put around them ("县委常委 (扩大)会议") dropped. */
    private static String normalise(String s) {
        String t = s.replace('（', '(').replace('）', ')');
        return t.indexOf(' ') >= 0 || t.indexOf('\u3000') >= 0 ? SPACE_AT_BRACKET.matcher(t).replaceAll("") : t;
    }

    /**
     * The first paragraph that reads as prose (a full stop, or a long run cut before its end): on a plain-text page the
     * lines above it are the headline (which may end in "!"), its sub-line, a date line, share widgets or an e-paper's
     * list of other headlines.
     */
    private static int proseStart(List<String> paragraphs) {
        for (int i = 0; i < Math.min(paragraphs.size(), MAX_HEAD_LINES); i++) {
            String p = paragraphs.get(i);
            if (p.length() >= PROSE_WITHOUT_FULL_STOP || p.indexOf('。') >= 0) {
                return i;
            }
        }
        return 0;
    }

    private static String firstSentence(String text) {
        int end = text.indexOf('。');
        return end < 0 ? text : text.substring(0, end);
    }

    private static int sentenceStart(String text, int from) {
        for (int i = from - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '。' || c == '\n' || c == '!' || c == '！' || c == '?' || c == '？') {
                return i + 1;
            }
        }
        return 0;
    }

    private static int sentenceEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '。' || c == '\n' || c == '!' || c == '！' || c == '?' || c == '？') {
                return i;
            }
        }
        return text.length();
    }

    private static int clauseStart(String text, int from) {
        for (int i = from - 1; i >= 0; i--) {
            if (CLAUSE_END.indexOf(text.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return 0;
    }

    private static int clauseEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (CLAUSE_END.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return text.length();
    }
}
