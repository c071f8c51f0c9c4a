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
 * The people of a meeting report, read over the whole article: who presided, spoke or attended, with their principal
 * office ("祥符区委书记、开封市产城融合示范区党工委书记王彦涛出席会议并讲话" → 王彦涛, 区委书记, SPOKE).
 *
 * <ul>
 * <li>Who: a name right after an office ("县委副书记、县长王强") or after a shared office before a list
 * ("县人大常委会副主任张三、李四、王五在主席台就座" counts for each name); names listed under "区领导/市领导" and
 * speakers named without any office ("张三指出", "会议由李四主持") count only when they preside or speak, with no
 * role. Names that only attend without a stated office, people whose only office is a session office (大会执行主席)
 * or a department's, and leaders of a higher level than the chair's (guests) count only when they preside or
 * speak.</li>
 * <li>Part: 主持 → PRESIDED (also when the chair speaks), 讲话/作报告/部署/通报/说明/指出/强调/领学… → SPOKE,
 * 出席/参加/列席/在主席台就座/到会祝贺 and lists announced as "出席会议的有…" → ATTENDED; every mention in the
 * article counts ("X指出" three paragraphs later, "X书记强调"), the strongest part wins.</li>
 * <li>Not a part: a mention that only refers to someone ({@link #referredTo}): their words relayed or followed
 * ("传达学习了市委书记X在…上的讲话", "按照省委书记X的要求", "落实X调研时提出的要求"), a notice or decision about them
 * ("给予X…处分", "授予X…称号"), a past event ("去年,县长X带队…"), a duty assigned ("由副县长X负责…"). A leader of a
 * higher level than the chair counts only when the lead names him or some mention shows him at the meeting
 * (出席, 在会上讲话), not when he is only quoted ("市委书记X在我县调研时强调").</li>
 * <li>Role: the office as written with the place name dropped and the level kept (示范县县委书记 → 县委书记); in a chain
 * the office heading the party committee, then the government, congress, CPPCC, else the most specific government
 * office (市委常委、常务副市长 → 常务副市长); a session office only when no other is stated. Role "" means none.</li>
 * </ul>
 *
 * Names are anchored on the office and on what follows them (a part verb, a list separator), not on name
 * recognition alone: HanLP misses many two-character and minority names (巴图, 苏和巴特尔). HanLP is asked only when
 * those anchors leave the name's length open, and at most once per paragraph. Thread-safe.
 */
public final class PersonRoleExtractor {
    /** A level word an office starts with once the place name in front of it is dropped (某某市委书记 → 市委书记). */
    private static final String UNIT = "(?:[区县市州盟旗省镇乡]|自治[区州县]|街道)";
    private static final String DEMOCRATIC_PARTY = "(?:民革|民盟|民建|民进|农工党|致公党|九三学社|台盟)";
    /** Offices in the order alternatives are tried at one position; "候选人" keeps a candidacy out of the chain's way. */
    private static final String OFFICE = "(?:"
            + UNIT + "?(?:纪委|纪工委)(?:监委)?(?:常务)?副?书记|" + UNIT + "?监委(?:常务)?副?主任"
            + "|" + UNIT + "政府党组副?书记"
            + "|(?:" + UNIT + "委|(?:镇|乡|街道|自治区)?党(?:工)?委|工委)(?:常务)?副?书记"
            + "|" + UNIT + "委常委(?![会扩(])"
            + "|自治区(?:人民政府|政府)?(?:常务)?副?主席"
            + "|(?:政府)?代?(?:常务)?副?(?:区|县|市|州|盟|旗|省|镇|乡)长(?![期远效足久沙春治垣])"
            // "县人大常委会党组书记、主任" is the congress's head: the party group post is dropped
            + "|" + UNIT + "?人大(?:常委会|工委)?(?:党组副?书记、)?(?:常务)?副?主任"
            + "|" + UNIT + "?政协(?:党组副?书记、)?(?:常务)?副?主席"
            + "|管委会(?:常务)?副?主任"
            + "|" + UNIT + "委\\p{IsHan}{1,4}?部(?:常务)?副?部长"
            + "|(?:组织|宣传|统战)部(?:常务)?副?部长|政法委(?:常务)?副?书记"
            + "|" + DEMOCRATIC_PARTY + "\\p{IsHan}{0,4}?(?:省|市|区|县|州)委(?:员)?会(?:常务)?副?主委"
            + "|(?:大会)?(?:主席团)?常务主席|(?:大会)?执行主席"
            // the court and procuratorate heads who report to a congress session
            + "|" + UNIT + "(?:人民)?(?:法院|检察院)(?:党组副?书记、)?(?:常务)?副?(?:院长|检察长)"
            // a department official ("县政务服务管理局党组成员、副局长") named when presiding or speaking
            + "|" + UNIT + "\\p{IsHan}{1,12}?(?:局|中心|办公室|办事处|办)(?:党组(?:成员|书记|副书记)、|党委书记、)?(?:常务)?副?(?:局长|主任)"
            + ")(?:候选人)?";
    /** Names listed under a collective ("区领导张三、李四", "四大班子领导…"): no office of their own. */
    private static final String LEADERS = "(?:[区县市旗州盟]|四大班子|四套班子)领导(?:同志)?(?![干班小组们层])";
    /** The characters an office or a collective can start with: a cheap test before the alternatives are tried. */
    private static final String FIRST = "(?=[区县市州盟旗省镇乡自街纪监政党工常副人管大执主民农致九台四代组宣统])";
    private static final Pattern ANCHOR = Pattern.compile(FIRST + "(?:(?<office>" + OFFICE + ")|(?<leaders>" + LEADERS + "))");
    private static final Pattern OFFICE_ONLY = Pattern.compile(FIRST + OFFICE);

    /** Words that end a name: a part verb or a connective after it ("刘坚宣读", "周平等到会", "吴东通报"). */
    private static final Pattern FOLLOWER = Pattern.compile(
            "的|主持|出席|参加|参会|列席|讲话|委托|宣读|宣布|通报|指出|强调|要求|表示|提出|介绍|领学|代表|同志|一行|分别|到会"
            + "|所[作做]|来(?:我|本|此)|致\\p{IsHan}{0,4}?[辞词]|发言|传达|部署|主讲|带领|率领|率队|先后|围绕|莅临|听取|受邀|说明|首先|随后|最后|陪同|就座|就坐"
            + "|等(?:[出参领同人在到就列一陪四县区市]|$)|说[:,]|[作做](?:了|重要|工作|报告|讲话|政府|情况|动员|总结|典型|表态|专题|说明|关于|交流|发言|部署|主题|述职|辅导|《|\")"
            + "|在(?:会上|会议|讲话|大会|主席台|分会场|主会场|发言|总结|报告|座谈|全会)|对(?:下|全|今|当前|做好|推进|抓好|此)"
            + "|就(?:做好|推进|抓好|下|当前|今|全|《|\")|对(?:《|\")|关于");
    /** Single characters that often follow a name but also occur inside given names: used only after the above. */
    private static final String WEAK_FOLLOWER = "在和与及就对向为率也还并等说作做到从以受同";
    /** Characters that do not begin a name (function words, verbs that begin a predicate). */
    private static final String NOT_NAME_START = "的了是在与及等同对为把被将以其该本此各共一这那会大上下中出主作参讲致表指强要说介听并分就和领";
    private static final String COMPOUND_SURNAMES = "欧阳|司马|上官|诸葛|东方|皇甫|尉迟|公孙|慕容|长孙|宇文|司徒|夏侯|轩辕|令狐|钟离|呼延|端木|独孤|南宫|西门|万俟|闻人|澹台";
    /** Surnames used to tell a speaker named without office ("张三指出") from a clause opening with a common word. */
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤樊岳卫常牛乔司欧葛耿关兰焦柴代尚申房祁"
            + "殷庞齐康伍施洪易闵卞柳翟颜倪温俞谷季包赖甘裴苗穆邢鲁路车霍聂简饶单鲍项连邬景丛缑仇苟宁艾辛麻左窦储晏庄冀芦靳滕宫骆虞凌米蒲勾党佟褚都和敖隋阮舒尤明成荣应计桂晋";

    private static final Pattern PRESIDED = Pattern.compile("主持");
    /**
     * Speaking in every way a report says it: the handbook's 讲话/作报告/部署/通报/说明/领学 and reported speech
     * (指出, 强调, 要求, 表示, 说:), relaying (传达); not the name of a meeting the person only attends (部署会, 通报会,
     * 工作报告会), nor someone else's speech being relayed (传达了…的讲话精神).
     */
    private static final Pattern SPOKE = Pattern.compile(
            "讲话(?!精神)|传达|(?<!工)[作做][^,。;:]{0,60}?报告(?!会)|报告工作|汇报(?!会)|致\\p{IsHan}{0,4}?[辞词]|发言|作动员|部署(?!会|大会)|通报(?!会|批评|表扬|表彰)|说明(?!会)|指出|强调|要求|表示"
            + "|提出|介绍|领学|讲授|宣讲|解读|辅导|讲党课|说[:,\"“]|说$");
    /** Attending, also leading a delegation or an inspection group (带领观摩团). */
    private static final Pattern ATTENDED = Pattern.compile("出席|参加|参会|列席|就座|就坐|到会|在主席台|带领|率领|率队|陪同");
    /**
     * Verbs whose object is someone's words (relaying, studying, following them) or a notice or decision about someone
     * (给予…处分, 授予…称号): a leader named after them in the same clause is referred to, not taking part. 学习 as in
     * 学习会/学习中心组 names a meeting, not an object; 由 after the verb gives the agent back ("学习会由某某主持").
     */
    private static final String GOVERNED = "传达|学习(?![会中班型室])|按照|根据|依据|遵照|依照|落实|贯彻|领会|聆听|给予|授予|追授|追认";
    /** A clause or sentence that tells a past event, not this meeting ("去年,县长某某带队赴…考察"). */
    private static final String PAST = "去年|前年|往年|此前|早在|曾经|\\d{4}年以来|今年以来";
    private static final Pattern PAST_START = Pattern.compile(PAST);
    /**
     * What the clause before a mention may hold, read in one pass: hearing a report at this meeting (听取, 审议: the
     * speaker takes part), a governing verb, the agent marker that gives the subject back (由, 受), a past event.
     */
    /** How many characters a {@link #CLAUSE_CUE} match reads from its start (\d{4}年以来, 学习 and its lookahead). */
    private static final int CLAUSE_CUE_REACH = 8;
    private static final Pattern CLAUSE_CUE = Pattern.compile("(?=[听审传学按根依遵落贯领聆给授追由受去前往此早曾今0-9])"
            + "(?:(?<heard>听取|听了|审议|审查)|(?<governed>" + GOVERNED + ")|(?<agent>由|受)|(?<past>" + PAST + "))");
    /** A past event told right after the name ("县长某某此前曾带队…"). */
    private static final String[] PAST_AFTER = {"此前", "之前", "曾", "早在", "去年", "前年"};
    /**
     * A duty or a future task right after the name, as decisions and work plans assign them ("由副县长某某负责…",
     * "县长某某任总指挥", "副县长某某要牵头…", "县长某某将带队…"): not a part in this meeting. Not 要求 (he speaks).
     */
    private static final Pattern DUTY = Pattern.compile("负责|牵头|担任|任(?:组长|副组长|总指挥|指挥长|第一)|分管|包联|挂帅|要(?!求)|将|须");
    /**
     * After the name, up to the clause's first 的: a possessive ("按照省委书记某某的要求"), a relative clause that ends in
     * what was said ("调研时提出的部署要求", "视察时作出的指示"), or a place or time that makes the name the owner of a
     * noun ("在县委全会上的讲话", "来我县调研时的讲话精神").
     */
    private static final Pattern RELATIVE = Pattern.compile(
            "的" // a possessive ("按照省委书记某某的要求")
            + "|[^,。;:!?\\n的]{0,20}?(?:提出|作出|做出|强调|指出|要求|部署|讲话|批示|指示|说)的"
            + "|(?:在|来|到)[^,。;:!?\\n的]{0,30}?(?:上|中|时|期间)的");
    /**
     * What cuts a predicate: someone else's words follow ("听取了…报告", "在…的带领下"), or a passive makes the name
     * the one acted on ("副县长某某被通报批评", "…被授予…称号"; not 被邀请, invited to attend).
     */
    private static final Pattern PREDICATE_CUT = Pattern.compile("听取|听了|的带领|的领导|为班长|被(?!邀)");
    /** The short office said after a known name in later mentions ("张三书记", "李四县长"). */
    private static final Pattern SHORT_TITLE = Pattern.compile(
            "(?:常务)?副?(?:书记|县长|区长|市长|旗长|州长|盟长|镇长|乡长|主任|主席|部长|局长|主委)(?:同志)?|同志");
    /** An attendee list announced before the names ("出席会议的有…", "在主席台就座的领导还有…"). */
    /** The longest a {@link #LIST_INTRO} match can be. */
    private static final int LIST_INTRO_REACH = 16;
    private static final Pattern LIST_INTRO = Pattern.compile(
            "(?:出席|参加|列席|到会)[^,。;]{0,8}的(?:领导|同志|人员)?(?:还)?有|在主席台(?:前排)?就[座坐]的(?:领导|同志)?(?:还)?有");
    /** A clause after a comma with the same subject ("…回顾了全年工作,并部署下步任务"). */
    private static final Pattern SAME_SUBJECT = Pattern.compile("^(?:并|同时|还|又|随后|再|也)");
    private static final Pattern DOTTED_NAME = Pattern.compile("\\p{IsHan}{1,7}[·•](\\p{IsHan}{1,10})");
    private static final Pattern SQUAD_LEADER = Pattern.compile("以(\\p{IsHan}{2,4}?)同志为班长的\\p{IsHan}{0,8}?([县市区旗州盟])委");
    /** A speaker named without an office at the start of a clause ("会上,张三指出", "会议由李四主持"). */
    private static final Pattern BARE_SPEAKER = Pattern.compile(
            "[。!?;,:\n由](\\p{IsHan}{2,3}?)(?:同志)?"
            + "(?=主持|出席会议并讲话|出席并讲话|讲话|指出|强调|表示|说[:,]|在讲话中|在会上|作.{0,12}(?:报告|讲话|发言|说明)|领学|致辞|发言|提出[:,])");

    private final Segmenter segmenter;

    public PersonRoleExtractor(Segmenter segmenter) {
        this.segmenter = Objects.requireNonNull(segmenter, "segmenter");
        // HanLP loads its name models on first use: load them here, not in the first article that needs them
        segmenter.tokens("区委书记张三出席会议并讲话。");
    }

    /** People in one text (a title or a paragraph), in order of first mention, one per name. */
    public List<Person> extract(String text) {
        return extract("", List.of(text));
    }

    /** People of an article: its title and paragraphs, in order of first mention, one per name. */
    public List<Person> extract(String title, List<String> paragraphs) {
        List<Block> blocks = new ArrayList<>();
        boolean hasTitle = title != null && !title.isBlank();
        if (hasTitle) {
            blocks.add(new Block(title, 0));
        }
        for (String p : paragraphs) {
            if (!p.isBlank()) {
                blocks.add(new Block(p, blocks.size()));
            }
        }
        Map<String, Acc> people = new LinkedHashMap<>();
        for (Block b : blocks) {
            mentions(b, people);
        }
        for (Block b : blocks) {
            bareSpeakers(b, people);
        }
        for (Block b : blocks) {
            laterMentions(b, people);
        }
        // The meeting's own level is the one of whoever chairs it (县委书记 → county); leaders of a higher level
        // who only attend are guests from outside ("市委常委、副市长某出席" at a county meeting).
        int own = people.values().stream().filter(a -> a.part == Part.PRESIDED)
                .mapToInt(a -> level(mainRole(a.roles))).filter(l -> l > 0).min().orElse(0);
        // The lead: the headline and the first paragraph that gives anyone a part (the one opening the meeting).
        int firstBody = hasTitle ? 1 : 0;
        int lead = people.values().stream().flatMap(a -> a.blocks.stream()).filter(i -> i >= firstBody)
                .mapToInt(Integer::intValue).min().orElse(-1);
        List<Person> out = new ArrayList<>();
        for (Acc a : people.values()) {
            if (a.part == null) {
                continue; // named, but not as taking part in this meeting
            }
            String role = mainRole(a.roles);
            if (a.part == Part.ATTENDED && a.roles.stream().noneMatch(PersonRoleExtractor::isLeader)) {
                continue; // only attends and holds no office of the region's leadership
            }
            boolean higher = own > 0 && a.roles.stream().mapToInt(PersonRoleExtractor::level)
                    .filter(l -> l > 0).min().orElse(0) > own;
            if (higher && a.part == Part.ATTENDED) {
                continue; // an outsider who only attends
            }
            if (higher && a.blocks.stream().noneMatch(i -> i == lead || hasTitle && i == 0) && !a.shown()) {
                // a leader of a higher level only quoted in the body ("罗浮指出,市委书记某某在我县调研时强调…"):
                // his words are relayed, he is not shown taking part in this meeting
                continue;
            }
            out.add(new Person(a.name, role, a.roles, Optional.of(a.part)));
        }
        return out;
    }

    /** Pass 1: names anchored on an office or a leaders' collective, with the part their own predicate states. */
    private void mentions(Block b, Map<String, Acc> people) {
        String text = b.text;
        if (text.contains("为班长")) {
            // "以张三同志为班长的某县县委班子": the set phrase for the party secretary of that committee
            Matcher squad = SQUAD_LEADER.matcher(text);
            while (squad.find()) {
                accept(people, squad.group(1), List.of(squad.group(2) + "委书记"), null, b.index);
            }
        }
        List<Found> found = new ArrayList<>();
        Matcher m = ANCHOR.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        List<int[]> spans = anchorSpans(text);
        int from = 0;
        while (from < text.length() && findAnchor(m, spans, from)) {
            int anchorStart = m.start();
            List<String> roles = new ArrayList<>();
            int end = m.end();
            if (m.group("office") != null) {
                roles.add(normalise(m.group("office")));
                // a chain of offices: 、 [place] OFFICE
                Matcher next = OFFICE_ONLY.matcher(text);
                while (end < text.length() && text.charAt(end) == '、' && next.find(end + 1)
                        && next.start() - end - 1 <= 14 && allHan(text, end + 1, next.start())) {
                    roles.add(normalise(next.group()));
                    end = next.end();
                }
            }
            int at = end;
            while (at < text.length() && text.charAt(at) == ' ' && at - end < 2) {
                at++; // some sites set a space between the office and the name ("县委书记 张三")
            }
            int listStart = anchorStart;
            boolean any = false;
            while (true) {
                Optional<String> name = nameAt(b, at);
                if (name.isEmpty()) {
                    break;
                }
                any = true;
                int nameEnd = at + name.get().length();
                found.add(new Found(name.get(), roles, listStart, at, nameEnd));
                int after = nameEnd;
                if (text.startsWith("同志", after)) {
                    after += 2;
                }
                if (after < text.length() && text.charAt(after) == '、' && !anchorAt(text, after + 1)) {
                    at = after + 1;
                    listStart = at;
                } else {
                    at = nameEnd;
                    break;
                }
            }
            from = any ? at : Math.max(end, anchorStart + 1);
        }
        // what follows each mention, read once: a list of offices shares the predicate of its last name
        int n = found.size();
        String[] saidAfter = new String[n];
        Part[] partAfter = new Part[n];
        Boolean[] continuesAfter = new Boolean[n];
        Boolean[] referred = new Boolean[n];
        for (int i = 0; i < n; i++) {
            Found f = found.get(i);
            Part part = null;
            String stated = null;
            Found last = f;
            for (int j = i; j < n && part == null; j++) {
                Found g = found.get(j);
                last = g;
                int stop = j + 1 < n ? found.get(j + 1).anchorStart : text.length();
                if (saidAfter[j] == null) {
                    saidAfter[j] = predicate(text, g.nameEnd, stop);
                    partAfter[j] = partIn(saidAfter[j]);
                }
                String said = saidAfter[j];
                part = partAfter[j];
                if (part != null && j > i) {
                    if (referred[j] == null) {
                        referred[j] = referredTo(b, g.anchorStart, g.nameEnd);
                    }
                    if (referred[j]) {
                        part = null; // the shared predicate refers to what they said ("…、市长某某的讲话")
                        break;
                    }
                }
                stated = said;
                if (part == null) {
                    if (continuesAfter[j] == null) {
                        continuesAfter[j] = continues(text, g.nameEnd, stop);
                    }
                    if (!continuesAfter[j]) {
                        break;
                    }
                }
            }
            if (part == null && b.listIntroduced(f.anchorStart)) {
                part = Part.ATTENDED; // "出席会议的有:县委副书记甲,县委常委、组织部部长乙…"
            }
            if (part == null) {
                part = attendedAtListEnd(text, last.nameEnd);
            }
            if (part != null && (referred[i] != null ? referred[i] : referredTo(b, f.anchorStart, f.nameEnd))) {
                part = null; // asked only when a part was found: most mentions state none
            }
            b.covered.add(f.nameStart);
            accept(people, f.name, f.roles, part, b.index, stated);
        }
    }

    /**
     * Stretches of text that can hold an office or a collective: every one ends in 书记, 常委, 主委, 主席, 主任, 领导 or
     * a level or department followed by 长, so the costly alternatives are tried only near those words.
     */
    private static List<int[]> anchorSpans(String text) {
        List<int[]> spans = new ArrayList<>();
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            char before = text.charAt(i - 1);
            boolean end = switch (c) {
                case '记' -> before == '书';
                case '委' -> before == '常' || before == '主';
                case '席', '任' -> before == '主';
                case '导' -> before == '领';
                case '长' -> "区县市州盟旗省镇乡局部院察".indexOf(before) >= 0;
                default -> false;
            };
            if (!end) {
                continue;
            }
            int start = Math.max(0, i - 30);
            int stop = Math.min(text.length(), i + 5);
            int[] last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
            if (last != null && start <= last[1]) {
                last[1] = stop;
            } else {
                spans.add(new int[] {start, stop});
            }
        }
        return spans;
    }

    /** Finds the next anchor at or after {@code from} inside the spans; the match may not start before {@code from}. */
    private static boolean findAnchor(Matcher m, List<int[]> spans, int from) {
        for (int[] span : spans) {
            if (span[1] <= from) {
                continue;
            }
            m.region(Math.max(span[0], from), span[1]);
            if (m.find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * ATTENDED when the sentence goes on with more people and ends in attending, with nothing said in between
     * ("副区长甲、乙,区政府党组成员丙出席会议"): short comma-separated items without a part of their own.
     */
    private static Part attendedAtListEnd(String text, int from) {
        int clauseStart = from;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean end = c == '。' || c == ';' || c == '!' || c == '?' || c == '\n';
            if (c == ',' || end || i == text.length() - 1) {
                String clause = text.substring(clauseStart, end || c == ',' ? i : i + 1);
                if (clauseStart == from && clause.length() > 2 || PREDICATE_CUT.matcher(clause).find()) {
                    return null; // the name is not a bare list item, or someone else's words follow
                }
                Part p = partIn(clause);
                if (p != null) {
                    return p == Part.ATTENDED ? p : null;
                }
                if (end || clause.length() > 20) {
                    return null;
                }
                clauseStart = i + 1;
            }
        }
        return null;
    }

    private static boolean endsSentence(char c) {
        return c == '。' || c == ';' || c == '!' || c == '?' || c == '\n';
    }

    private static boolean anchorAt(String text, int at) {
        Matcher m = ANCHOR.matcher(text);
        m.region(at, text.length());
        return m.lookingAt();
    }

    /** Pass 3 (run before the later mentions): speakers named without an office, when HanLP agrees it is a name. */
    private void bareSpeakers(Block b, Map<String, Acc> people) {
        Matcher m = BARE_SPEAKER.matcher("。" + b.text); // the paragraph's start opens a clause too
        while (m.find()) {
            String name = m.group(1);
            int at = m.start(1) - 1;
            if (people.containsKey(name) || SURNAMES.indexOf(name.charAt(0)) < 0 || b.covered.contains(at)) {
                continue;
            }
            if (b.personAt(segmenter, at).filter(name::equals).isEmpty()) {
                continue;
            }
            accept(people, name, List.of(), null, b.index);
        }
    }

    /** Pass 2: every other mention of a known name with its own predicate ("张三指出", "会议由张三主持"). */
    private static void laterMentions(Block b, Map<String, Acc> people) {
        String text = b.text;
        for (Acc a : people.values()) {
            int at = text.indexOf(a.name);
            while (at >= 0) {
                int end = at + a.name.length();
                Matcher title = SHORT_TITLE.matcher(text);
                title.region(end, text.length());
                if (title.lookingAt()) {
                    end = title.end(); // "张三书记指出", "李四县长强调": the office said after the name
                }
                if (!b.covered.contains(at) && endsName(text, end)) {
                    String said = predicate(text, end, text.length());
                    Part part = partIn(said);
                    if (part != null && !referredTo(b, at, end)) {
                        a.add(List.of(), part, b.index, said);
                    }
                }
                at = text.indexOf(a.name, end);
            }
        }
    }

    private static boolean endsName(String text, int end) {
        if (end >= text.length() || !isHan(text.charAt(end))) {
            return true;
        }
        return followerAt(text, end) || WEAK_FOLLOWER.indexOf(text.charAt(end)) >= 0;
    }

    private static void accept(Map<String, Acc> people, String name, List<String> roles, Part part, int block) {
        accept(people, name, roles, part, block, null);
    }

    private static void accept(Map<String, Acc> people, String name, List<String> roles, Part part, int block, String said) {
        people.computeIfAbsent(name, Acc::new).add(roles, part, block, said);
    }

    /**
     * Whether a predicate shows the person at the meeting (presiding, attending, speaking at it: "出席会议并讲话",
     * "在会上讲话", "作报告"), not only quotes words that may have been said elsewhere ("强调", "指出", "要求").
     */
    static boolean shownTakingPart(String predicate, Part part) {
        if (part == null) {
            return false;
        }
        if (part != Part.SPOKE || ATTENDED.matcher(predicate).find() || AT_THE_MEETING.matcher(predicate).find()) {
            return true;
        }
        Matcher spoke = SPOKE.matcher(predicate);
        while (spoke.find()) {
            if (!QUOTE.matcher(spoke.group()).matches()) {
                return true;
            }
        }
        return false;
    }

    /** Verbs of reported speech, said of words spoken anywhere (a visit, an earlier meeting). */
    private static final Pattern QUOTE = Pattern.compile("指出|强调|要求|表示|提出|介绍|说.?");
    private static final Pattern AT_THE_MEETING = Pattern.compile("会上|会议上|大会上|讲话中|会议中");

    /**
     * Whether a mention (its office or name starting at {@code start}, the name ending at {@code nameEnd}) only refers
     * to the person, stating no part of their own in this meeting:
     * <ul>
     * <li>what they said or asked is the object of relaying or following ("传达学习了市委书记某某在…上的讲话",
     * "按照省委书记某某的要求", "深入学习贯彻…讲话精神", "落实…提出的部署要求"), or of a notice or decision
     * ("给予…处分", "授予…称号", "对…进行通报批评");</li>
     * <li>the name is a possessive ("某某的要求", "某某书记的讲话"), or opens a relative clause ending in what was said
     * ("某某调研时提出的要求"); not when the meeting hears it ("听取了县长某某的工作报告");</li>
     * <li>the clause tells a past event ("去年,县长某某带队赴…", "县长某某曾带队…").</li>
     * </ul>
     */
    private static boolean referredTo(Block b, int start, int nameEnd) {
        String text = b.text;
        int clause = b.clauseStart(start);
        if (clause < start) {
            // the clause before the mention, read once for all the mentions of the clause: this runs for every part found
            ClauseCues cues = b.clauseCues(clause, start);
            if (cues.heard()) {
                return false;
            }
            if (cues.governed() || cues.past()) {
                return true;
            }
            if (text.startsWith("对", start - 1) || text.startsWith("对原", start - 2) || text.startsWith("时任", start - 2)) {
                return true; // "对副县长某某进行通报批评", "时任县长某某率队…"
            }
        }
        int sentence = b.sentenceStart(start);
        if (sentence < clause && PAST_START.matcher(text).region(sentence, start).lookingAt()) {
            return true; // "去年,县长某某带队…"
        }
        int after = nameEnd;
        Matcher title = SHORT_TITLE.matcher(text);
        title.region(after, text.length());
        if (title.lookingAt()) {
            after = title.end();
        }
        for (String p : PAST_AFTER) {
            if (text.startsWith(p, after)) {
                return true; // "县长某某此前曾带队…"
            }
        }
        if (DUTY.matcher(text).region(after, text.length()).lookingAt()) {
            return true; // "由副县长某某负责统筹协调,并定期向县委汇报": a task given, not a part taken
        }
        // the possessive or relative clause ends in the first 的 of the clause: look for it before trying the pattern
        int limit = Math.min(text.length(), after + 34);
        for (int i = after; i < limit; i++) {
            char c = text.charAt(i);
            if (c == '的') {
                return RELATIVE.matcher(text).region(after, i + 1).lookingAt();
            }
            if (c == ',' || c == '。' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\n') {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether {@code c} ends a clause: a comma or stop, or a space, which parts the phrases of a headline ("学习贯彻全会
     * 精神 县委书记某某作宣讲").
     */
    private static boolean endsClause(char c) {
        return c == ',' || c == '。' || c == ';' || c == '!' || c == '?' || c == ':' || c == '\n' || c == ' ' || c == '\u3000';
    }

    /**
     * The predicate after a name up to {@code stop}: to the end of the clause, on across a comma when the next clause
     * keeps the subject ("…回顾了全年工作,并部署下步任务"), cut where someone else's words begin ("听取了…的报告").
     */
    static String predicate(String text, int from, int stop) {
        int end = Math.min(stop, text.length());
        boolean inTitle = false;
        for (int i = from; i < end; i++) {
            char c = text.charAt(i);
            if (c == '。' || c == ';' || c == '!' || c == '?' || c == '\n') {
                end = i;
                break;
            }
            if (c == ':') {
                end = i + 1;
                break;
            }
            if (c == '《') {
                inTitle = true;
            } else if (c == '》') {
                inTitle = false;
            }
            if (c == ' ' && !inTitle && i > from && text.charAt(i - 1) != ' ') {
                end = i; // a space between phrases of a headline or sub-line ("甲作报告 乙主持") ends the clause
                break;
            }
            if (c == ',' && !SAME_SUBJECT.matcher(text.substring(i + 1, Math.min(end, i + 3))).find()) {
                end = i + 1;
                break;
            }
        }
        String s = text.substring(from, Math.max(from, end));
        Matcher cut = PREDICATE_CUT.matcher(s);
        return cut.find() ? s.substring(0, cut.start()) : s;
    }

    /**
     * Whether the people after {@code from} still share one predicate with this one: only a separator and maybe a
     * place name before the next office ("县委书记李明,某市人大常委会主任赵刚等到会祝贺").
     */
    private static boolean continues(String text, int from, int to) {
        if (from >= to || to > text.length()) {
            return false;
        }
        String gap = text.substring(from, to);
        if (gap.startsWith("同志")) {
            gap = gap.substring(2);
        }
        if (gap.isEmpty()) {
            return true;
        }
        char c = gap.charAt(0);
        if (c != ',' && c != '、') {
            return false;
        }
        String rest = gap.substring(1);
        return rest.length() <= 8 && allHan(rest, 0, rest.length()) && partIn(rest) == null;
    }

    /** The part a predicate states; chairing wins over speaking, speaking over attending. */
    static Part partIn(String s) {
        if (PRESIDED.matcher(s).find()) {
            return Part.PRESIDED;
        }
        if (SPOKE.matcher(s).find()) {
            return Part.SPOKE;
        }
        if (ATTENDED.matcher(s).find()) {
            return Part.ATTENDED;
        }
        return null;
    }

    /**
     * The name that starts at {@code at}: ended by a part verb or connective ("刘坚宣读"), else by punctuation for
     * names of two to five characters ("巴图,", "苏和巴特尔,"), else by a character that often follows a name
     * ("韩雪在…"), else as HanLP reads it.
     */
    private Optional<String> nameAt(Block b, int at) {
        String text = b.text;
        if (at >= text.length() || NOT_NAME_START.indexOf(text.charAt(at)) >= 0 || followerAt(text, at)) {
            return Optional.empty();
        }
        Matcher dotted = DOTTED_NAME.matcher(text);
        dotted.region(at, text.length());
        if (dotted.lookingAt()) {
            // a transliterated name (艾力·买买提): it ends where a part verb begins or the Han characters stop
            for (int p = dotted.start(1); p < dotted.end(); p++) {
                if (followerAt(text, p) && p > dotted.start(1)) {
                    return Optional.of(text.substring(at, p));
                }
            }
            return Optional.of(dotted.group());
        }
        int run = 0;
        while (at + run < text.length() && run < 8 && isHan(text.charAt(at + run))) {
            run++;
        }
        if (run < 2) {
            return Optional.empty();
        }
        int shortest = COMPOUND_SURNAMES.contains(text.substring(at, at + 2)) && run >= 3 ? 3 : 2;
        for (int p = shortest; p <= Math.min(run, shortest + 1); p++) {
            if (p < run && followerAt(text, at + p)) {
                return Optional.of(text.substring(at, at + p));
            }
        }
        if (SURNAMES.indexOf(text.charAt(at)) < 0) {
            // a minority name runs longer than a Han one ("额尔敦巴特尔讲话")
            for (int p = shortest + 1; p < run && p <= 6; p++) {
                if (WEAK_FOLLOWER.indexOf(text.charAt(at + p - 1)) >= 0) {
                    break; // "禤文作检察工作报告": the verb began earlier
                }
                if (p >= shortest + 2 && followerAt(text, at + p)) {
                    return Optional.of(text.substring(at, at + p));
                }
            }
        }
        if (run <= 3) {
            return Optional.of(text.substring(at, at + run));
        }
        if (run <= 5) {
            // four or five characters before the punctuation: a minority name (苏和巴特尔), or a Han name and a verb
            // this class does not know; HanLP tells them apart when the first character is a common surname
            if (shortest == 2 && SURNAMES.indexOf(text.charAt(at)) >= 0) {
                Optional<String> read = b.personAt(segmenter, at).filter(n -> n.length() <= 3);
                if (read.isPresent()) {
                    return read;
                }
            }
            return Optional.of(text.substring(at, at + run));
        }
        for (int p = shortest; p <= shortest + 1; p++) {
            if (WEAK_FOLLOWER.indexOf(text.charAt(at + p)) >= 0) {
                return Optional.of(text.substring(at, at + p));
            }
        }
        return b.personAt(segmenter, at).filter(n -> n.length() >= 2 && n.length() <= 4);
    }

    private static boolean followerAt(String text, int at) {
        Matcher f = FOLLOWER.matcher(text);
        f.region(at, text.length());
        return f.lookingAt();
    }

    /** An office as written, minus what is not part of it: "政府县长" → 县长, the democratic party's place. */
    static String normalise(String office) {
        String o = office.replace("党组成员、", "").replace("党组书记、", "").replace("党组副书记、", "").replace("党委书记、", "");
        if (o.startsWith("政府") && o.endsWith("长")) {
            o = o.substring(2);
        }
        Matcher d = DEMOCRATIC.matcher(o);
        if (d.matches()) {
            o = d.group(1) + d.group(2);
        }
        return o;
    }

    private static final Pattern DEMOCRATIC = Pattern.compile("(" + DEMOCRATIC_PARTY + ")\\p{IsHan}*?((?:省|市|区|县|州)委(?:员)?会.*)");

    /**
     * The office a person is known by: the one heading the party committee, the government, the congress, the CPPCC
     * (in that order), else the most specific government office, else any other; a session office only when it is
     * the only one. "" when no office is stated.
     */
    static String mainRole(List<String> roles) {
        String best = "";
        int bestRank = Integer.MAX_VALUE;
        for (String r : roles) {
            int rank = rank(r);
            if (rank < bestRank) {
                best = r;
                bestRank = rank;
            }
        }
        return best;
    }

    private static final Pattern PARTY_HEAD = Pattern.compile("^(?:[区县市州盟旗省镇乡]|自治[区州县]|街道)?(?:委|党委|党工委|工委)书记$");
    private static final Pattern GOV_HEAD = Pattern.compile("^代?(?:区|县|市|州|盟|旗|省|镇|乡)长$|^自治区(?:人民政府|政府)?主席$");
    private static final Pattern GOV_DEPUTY = Pattern.compile("^(?:常务)?副(?:区|县|市|州|盟|旗|省|镇|乡)长$|^自治区(?:人民政府|政府)?(?:常务)?副主席$");

    static int rank(String r) {
        if (r.endsWith("候选人")) {
            return 30;
        }
        boolean deputy = r.contains("副");
        if (!deputy && PARTY_HEAD.matcher(r).matches() && !r.contains("纪") && !r.contains("党组") && !r.contains("常委")) {
            return 0;
        }
        if (GOV_HEAD.matcher(r).matches()) {
            return 1;
        }
        if (!deputy && r.contains("人大") && r.endsWith("主任")) {
            return 2;
        }
        if (!deputy && r.contains("政协") && r.endsWith("主席")) {
            return 3;
        }
        if (!deputy && r.endsWith("主委")) {
            return 4;
        }
        if (GOV_DEPUTY.matcher(r).matches()) {
            return r.contains("常务") ? 5 : 6;
        }
        if (r.contains("人大") || r.contains("政协")) {
            return 7;
        }
        if (r.endsWith("副书记") && !r.contains("纪") && !r.contains("党组")) {
            return 8;
        }
        if (r.endsWith("常务主席")) {
            return 20;
        }
        if (r.endsWith("执行主席")) {
            return 21;
        }
        if (r.endsWith("常委")) {
            return 12;
        }
        if (r.contains("党组")) {
            return 11;
        }
        return 10;
    }

    /** The administrative level an office is of: 1 town, 2 county or district, 3 city or prefecture, 4 province; 0 unknown. */
    static int level(String role) {
        if (role.startsWith("自治区")) {
            return 4;
        }
        if (role.startsWith("自治州")) {
            return 3;
        }
        for (int i = 0; i < role.length(); i++) {
            switch (role.charAt(i)) {
                case '镇', '乡', '街':
                    return 1;
                case '县', '区', '旗':
                    return 2;
                case '市', '州', '盟':
                    return 3;
                case '省':
                    return 4;
                default:
                    break;
            }
        }
        return 0;
    }

    /** Whether an office belongs to the region's leadership: its party committee, government, congress or CPPCC. */
    static boolean isLeader(String r) {
        int rank = rank(r);
        if (rank <= 8 && !r.endsWith("主委")) {
            return true;
        }
        return r.endsWith("常委") || r.contains("纪委") && r.endsWith("书记") || PARTY_DEPARTMENT_HEAD.matcher(r).matches();
    }

    /** A head of a party committee's department (县委宣传部部长), compiled once: {@link #isLeader} runs per person. */
    private static final Pattern PARTY_DEPARTMENT_HEAD = Pattern.compile("(?:市|县|区|旗|州|盟)委\\p{IsHan}{1,4}部(?:常务)?副?部长");

    private static boolean allHan(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isHan(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /** One paragraph, with HanLP's reading of it computed at most once and only when asked for. */
    private static final class Block {
        final String text;
        /** Position among the article's blocks, the title (when there is one) being 0. */
        final int index;
        final java.util.Set<Integer> covered = new java.util.HashSet<>();
        private Map<Integer, String> persons;

        /** Where the sentence holding each position starts, read once: asked for every mention. */
        private int[] sentenceStarts;
        /** Where the clause holding each position starts, read once. */
        private int[] clauseStarts;
        /** The sentence start and prefix end a list introduction (出席会议的有) was looked for in, and where one ended. */
        private int introSentence = -1;
        private int introTriedTo;
        private int introEnd = -1;

        Block(String text, int index) {
            this.text = text;
            this.index = index;
        }

        /** The clause and prefix end {@link #clauseCues} last read, where its reading resumes and what it found. */
        private int cuesClause = -1;
        private int cuesTriedTo;
        private int cuesScanFrom;
        private ClauseCues cuesSettled = ClauseCues.NONE;

        /**
         * The cues of the clause from {@code clause} up to {@code at}, as one scan of that stretch folds them. Mentions
         * of a clause come in order, so it is read on from where the last one left it: a cue whose match cannot change
         * as the stretch grows ({@link #CLAUSE_CUE_REACH}) is folded once.
         */
        ClauseCues clauseCues(int clause, int at) {
            if (clause != cuesClause || at < cuesTriedTo) {
                cuesClause = clause;
                cuesScanFrom = clause;
                cuesSettled = ClauseCues.NONE;
            }
            cuesTriedTo = at;
            Matcher cue = CLAUSE_CUE.matcher(text).region(cuesScanFrom, at);
            int next = at;
            while (cue.find()) {
                if (cue.start() + CLAUSE_CUE_REACH > at) {
                    next = cue.start();
                    break;
                }
                cuesSettled = cuesSettled.then(cue);
                cuesScanFrom = cue.end();
            }
            cuesScanFrom = Math.max(cuesScanFrom, Math.min(next, at - CLAUSE_CUE_REACH + 1));
            ClauseCues folded = cuesSettled;
            cue.region(cuesScanFrom, at);
            while (cue.find()) {
                folded = folded.then(cue);
            }
            return folded;
        }

        /** Where the clause holding {@code at} begins: after the last comma or stop before it. */
        int clauseStart(int at) {
            if (clauseStarts == null) {
                clauseStarts = startsAfter(c -> endsClause((char) c));
            }
            return clauseStarts[at];
        }

        /** For each position, where the stretch holding it starts: after the last character that {@code ends} one. */
        private int[] startsAfter(java.util.function.IntPredicate ends) {
            int[] starts = new int[text.length() + 1];
            int start = 0;
            for (int i = 0; i <= text.length(); i++) {
                starts[i] = start;
                if (i < text.length() && ends.test(text.charAt(i))) {
                    start = i + 1;
                }
            }
            return starts;
        }

        /** Where the sentence holding {@code at} begins: after the last stop before it. */
        int sentenceStart(int at) {
            if (sentenceStarts == null) {
                sentenceStarts = startsAfter(c -> endsSentence((char) c));
            }
            return sentenceStarts[at];
        }

        /**
         * Whether the sentence before {@code at} introduces a list of attendees ("出席会议的有:"). Mentions come in
         * order, so the sentence is searched on from where the last mention left it, not again from its start.
         */
        boolean listIntroduced(int at) {
            int sentence = sentenceStart(at);
            if (sentence != introSentence || at < introTriedTo) {
                introSentence = sentence;
                introTriedTo = sentence;
                introEnd = -1;
            }
            if (introEnd < 0) {
                // a match needs at most LIST_INTRO_REACH characters: none starts before introTriedTo - that
                Matcher m = LIST_INTRO.matcher(text).region(Math.max(sentence, introTriedTo - LIST_INTRO_REACH), at);
                if (m.find()) {
                    introEnd = m.end();
                }
                introTriedTo = at;
            }
            return introEnd >= 0 && introEnd <= at;
        }

        Optional<String> personAt(Segmenter segmenter, int at) {
            if (persons == null) {
                persons = new java.util.HashMap<>();
                int pos = 0;
                for (Segmenter.Token t : segmenter.tokens(text)) {
                    if (t.isPersonName() && t.word().length() >= 2 && t.word().length() <= 4) {
                        persons.put(pos, t.word());
                    }
                    pos += t.word().length();
                }
            }
            return Optional.ofNullable(persons.get(at));
        }
    }

    private record Found(String name, List<String> roles, int anchorStart, int nameStart, int nameEnd) {
    }

    /**
     * The cues of a clause before a mention, folded in reading order: heard (听取: at this meeting), governed (按照,
     * 给予: the nearer of the two wins), an agent (由, 受) that takes governed back, a past event.
     */
    private record ClauseCues(boolean heard, boolean governed, boolean past) {
        static final ClauseCues NONE = new ClauseCues(false, false, false);

        ClauseCues then(Matcher cue) {
            if (cue.start("heard") >= 0) {
                return new ClauseCues(true, false, past); // "会议听取了县长某某的汇报": heard at this meeting
            } else if (cue.start("governed") >= 0) {
                return new ClauseCues(false, true, past); // "审议通过了关于给予某某…处分的决定": the nearer verb governs
            } else if (cue.start("agent") >= 0) {
                return new ClauseCues(heard, false, past); // "学习会由某某主持"
            }
            return new ClauseCues(heard, governed, true);
        }
    }

    /** What the article says of one person so far. */
    private static final class Acc {
        final String name;
        final List<String> roles = new ArrayList<>();
        /** The blocks in which a mention states a part. */
        final java.util.Set<Integer> blocks = new java.util.TreeSet<>();
        /** Whether a mention presides or attends: it shows them at the meeting. */
        boolean present;
        /** The predicates that made them speak, kept to be read ({@link #shownTakingPart}) only for guests. */
        List<String> spoke;
        Part part;

        Acc(String name) {
            this.name = name;
        }

        /** Whether some mention shows them at the meeting, not only quotes them. */
        boolean shown() {
            return present || spoke != null && spoke.stream().anyMatch(s -> shownTakingPart(s, Part.SPOKE));
        }

        void add(List<String> more, Part p, int block, String said) {
            more.stream().filter(r -> !roles.contains(r)).forEach(roles::add);
            if (p == Part.SPOKE && said != null) {
                if (spoke == null) {
                    spoke = new ArrayList<>(2);
                }
                spoke.add(said);
            } else if (p != null) {
                present = true;
            }
            if (p != null) {
                part = strongest(part, p);
                if (block >= 0) {
                    blocks.add(block);
                }
            }
        }

        private static Part strongest(Part a, Part b) {
            if (a == null) {
                return b;
            }
            return weight(b) > weight(a) ? b : a;
        }

        private static int weight(Part p) {
            return switch (p) {
                case PRESIDED -> 3;
                case SPOKE -> 2;
                case ATTENDED -> 1;
            };
        }
    }
}
