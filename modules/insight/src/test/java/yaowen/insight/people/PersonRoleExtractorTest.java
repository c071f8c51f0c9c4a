package yaowen.insight.people;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import yaowen.insight.MeetingFacts.Part;
import yaowen.insight.MeetingFacts.Person;
import yaowen.insight.nlp.Segmenter;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class PersonRoleExtractorTest {
    private static final PersonRoleExtractor EXTRACTOR = new PersonRoleExtractor(Segmenter.withNameRecognition());

    @Test
    void readsRolesAndPartsOfTheLeadersOfAMeeting() {
        List<Person> people = EXTRACTOR.extract("祥符区委书记、开封市产城融合示范区党工委书记王彦涛出席会议并讲话,祥符区委副书记、区长张红军主持会议。"
                + "区四大班子领导岳青、张洪伟、卫莹等参加会议。");
        assertThat(people).extracting(Person::name, Person::role, Person::part).containsExactly(
                tuple("王彦涛", "区委书记", Optional.of(Part.SPOKE)),
                tuple("张红军", "区长", Optional.of(Part.PRESIDED)));
        assertThat(people.get(0).roles()).containsExactly("区委书记", "党工委书记");
        assertThat(people.get(1).roles()).containsExactly("区委副书记", "区长");
    }

    @Test
    void givesEveryListedPersonTheSharedPart() {
        List<Person> people = EXTRACTOR.extract("会议由区委常委会主持,区委书记张正濠,区委副书记、区长李涛分别作了讲话。");
        assertThat(people).extracting(Person::name, Person::role, Person::part).containsExactly(
                tuple("张正濠", "区委书记", Optional.of(Part.SPOKE)),
                tuple("李涛", "区长", Optional.of(Part.SPOKE)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "市委副书记、市长黎明主持会议并讲话。|黎明|市长",
            "区委书记陈刚主持并讲话。|陈刚|区委书记",
            "县长杨帆主持召开座谈会并作总结讲话。|杨帆|县长"
    })
    void aChairWhoAlsoSpeaksPresided(String text, String name, String role) {
        assertThat(EXTRACTOR.extract(text)).extracting(Person::name, Person::role, Person::part)
                .containsExactly(tuple(name, role, Optional.of(Part.PRESIDED)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "区委书记樊牛出席并讲话,区委副书记、区长郭炜主持。|樊牛|区委书记|SPOKE|郭炜|区长|PRESIDED",
            "区长张红军主持会议,区委书记王彦涛讲话。|张红军|区长|PRESIDED|王彦涛|区委书记|SPOKE",
            "县委书记刘建国在会上讲话,县长王丽主持会议。|刘建国|县委书记|SPOKE|王丽|县长|PRESIDED",
            "市委书记周伟出席并讲话,市政协主席顾明主持开幕会。|周伟|市委书记|SPOKE|顾明|市政协主席|PRESIDED",
            "县委书记马文出席会议,县委副书记、县长王强作工作报告。|马文|县委书记|ATTENDED|王强|县长|SPOKE",
            "市委书记周立新作讲话,市委副书记、市长陈一鸣主持会议。|周立新|市委书记|SPOKE|陈一鸣|市长|PRESIDED",
            "镇党委书记王建国出席会议并讲话,镇长刘丽主持会议。|王建国|镇党委书记|SPOKE|刘丽|镇长|PRESIDED",
            "县人大常委会主任李国庆主持会议。副县长王海军作报告。|李国庆|县人大常委会主任|PRESIDED|王海军|副县长|SPOKE"
    })
    void readsTwoLeadersAndTheirParts(String text, String name1, String role1, Part part1, String name2, String role2, Part part2) {
        assertThat(EXTRACTOR.extract(text)).extracting(Person::name, Person::role, Person::part).containsExactly(
                tuple(name1, role1, Optional.of(part1)), tuple(name2, role2, Optional.of(part2)));
    }

    @Test
    void leavesOutPeopleWithoutATitle() {
        assertThat(EXTRACTOR.extract("区四大班子领导岳青、张洪伟、卫莹等参加会议。")).isEmpty();
        assertThat(EXTRACTOR.extract("")).isEmpty();
    }

    @Test
    void normalisesTheMainRole() {
        assertThat(PersonRoleExtractor.mainRole(List.of("区委副书记", "区长"))).isEqualTo("区长");
        assertThat(PersonRoleExtractor.mainRole(List.of("区委书记", "党工委书记"))).isEqualTo("区委书记");
        assertThat(PersonRoleExtractor.mainRole(List.of("县委常委", "常务副县长"))).isEqualTo("常务副县长");
    }

    private static List<Person> article(String... paragraphs) {
        return EXTRACTOR.extract("", List.of(paragraphs));
    }

    @Test
    void aSharedOfficeBeforeAListCountsForEachName() {
        assertThat(article("县人大常委会副主任周明远、吴红梅、柏青、霍启出席会议,县委书记、县长孔令山到会指导。"))
                .extracting(Person::name, Person::role, Person::part).containsExactly(
                        tuple("周明远", "县人大常委会副主任", Optional.of(Part.ATTENDED)),
                        tuple("吴红梅", "县人大常委会副主任", Optional.of(Part.ATTENDED)),
                        tuple("柏青", "县人大常委会副主任", Optional.of(Part.ATTENDED)),
                        tuple("霍启", "县人大常委会副主任", Optional.of(Part.ATTENDED)),
                        tuple("孔令山", "县委书记", Optional.of(Part.ATTENDED)));
    }

    @Test
    void findsMinorityAndTwoCharacterNamesByWhatFollowsThem() {
        assertThat(article("旗人大常委会主任乌兰其其格,旗委副书记、政府旗长巴图希日,旗政协主席包青在主席台就座。"))
                .extracting(Person::name, Person::role, Person::part).containsExactly(
                        tuple("乌兰其其格", "旗人大常委会主任", Optional.of(Part.ATTENDED)),
                        tuple("巴图希日", "旗长", Optional.of(Part.ATTENDED)),
                        tuple("包青", "旗政协主席", Optional.of(Part.ATTENDED)));
        assertThat(article("县委书记田野讲话,县委副书记、县长闻达宣读表彰决定并主持会议。"))
                .extracting(Person::name, Person::role, Person::part).containsExactly(
                        tuple("田野", "县委书记", Optional.of(Part.SPOKE)),
                        tuple("闻达", "县长", Optional.of(Part.PRESIDED)));
        assertThat(article("市委副书记、市长江涛,中共临川市委书记石林,临川市人大常委会主任申屠亮等到会指导。"))
                .extracting(Person::name, Person::role, Person::part).containsExactly(
                        tuple("江涛", "市长", Optional.of(Part.ATTENDED)),
                        tuple("石林", "市委书记", Optional.of(Part.ATTENDED)),
                        tuple("申屠亮", "市人大常委会主任", Optional.of(Part.ATTENDED)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "市委常委、常务副市长欧阳明在动员会上讲话。|欧阳明|常务副市长|SPOKE",
            "新乡市委常委、辉县市委书记韩松提出:要抓项目。|韩松|市委书记|SPOKE",
            "区委副书记、区政府党组书记、区长庞博主持召开学习会。|庞博|区长|PRESIDED",
            "县委副书记、政府县长宁远参加会议。|宁远|县长|ATTENDED",
            "市政协副主席候选人、旗委书记苏和主持会议。|苏和|旗委书记|PRESIDED",
            "某某自治区常务副主席卓然在会上介绍了上半年经济运行情况。|卓然|自治区常务副主席|SPOKE",
            "民进河源市委会主委唐明主持会议,副主委方圆、何平参加会议。|唐明|民进市委会主委|PRESIDED",
            "县发展和改革局党组书记、局长吕方主持会议。|吕方|县发展和改革局局长|PRESIDED",
            "县委常委、县委宣传部部长柯岚作专题辅导。|柯岚|县委宣传部部长|SPOKE",
            "县委常委、组织部部长华章作表态发言。|华章|组织部部长|SPOKE",
            "县委副书记、代县长骆驼主持会议。|骆驼|代县长|PRESIDED",
            "县人大常委会党组书记、主任荀况主持会议并讲话。|荀况|县人大常委会主任|PRESIDED",
            "市委副书记、市长艾力·吐尔逊出席会议并讲话。|艾力·吐尔逊|市长|SPOKE",
            "县委常委、县纪委书记、县监委主任许诺通报了有关情况。|许诺|县纪委书记|SPOKE",
            "县委常委、县委办主任邱实主持会议。|邱实|县委办主任|PRESIDED",
            "县委副书记费青就《决议(草案)》作说明。|费青|县委副书记|SPOKE",
            "市委副书记、政法委书记庞德主持会议。|庞德|市委副书记|PRESIDED",
            "旗委书记额尔敦巴特尔讲话。|额尔敦巴特尔|旗委书记|SPOKE",
            "县委书记冯远在大会上作了题为《凝心聚力 奋勇争先》的讲话。|冯远|县委书记|SPOKE",
            "县人大常委会主任魏然致闭幕词。|魏然|县人大常委会主任|SPOKE",
            "某某县人民法院院长闵行作法院工作报告。|闵行|县人民法院院长|SPOKE",
            "县人民检察院检察长禤文作检察工作报告。|禤文|县人民检察院检察长|SPOKE",
            "某某自治区党委书记容川出席会议并讲话。|容川|自治区党委书记|SPOKE"
    })
    void takesThePrincipalOfficeOfAChain(String text, String name, String role, Part part) {
        assertThat(article(text)).extracting(Person::name, Person::role, Person::part)
                .containsExactly(tuple(name, role, Optional.of(part)));
    }

    @Test
    void readsPartsStatedAnywhereInTheArticle() {
        List<Person> people = article(
                "10月9日,县委常委扩大会议召开。县委书记汤明、县委副书记、县长邝宁出席会议。",
                "会议听取了县长邝宁关于前三季度经济运行情况的汇报。",
                "汤明指出,要稳住经济基本盘。",
                "会议由县委副书记麦冬主持。");
        assertThat(people).extracting(Person::name, Person::role, Person::part).containsExactly(
                tuple("汤明", "县委书记", Optional.of(Part.SPOKE)),
                tuple("邝宁", "县长", Optional.of(Part.SPOKE)),
                tuple("麦冬", "县委副书记", Optional.of(Part.PRESIDED)));
    }

    @Test
    void sessionOfficesCountOnlyForWhoPresidesOrSpeaks() {
        List<Person> people = article(
                "大会主席团常务主席、执行主席贺兰山主持开幕会。",
                "在主席台前排就座的有大会主席团常务主席贺兰山、钱广、孙启、祝融。",
                "受县长孙启委托,副县长魏征向大会作政府工作报告。");
        assertThat(people).extracting(Person::name, Person::role, Person::part).containsExactly(
                tuple("贺兰山", "大会主席团常务主席", Optional.of(Part.PRESIDED)),
                tuple("孙启", "县长", Optional.of(Part.ATTENDED)),
                tuple("魏征", "副县长", Optional.of(Part.SPOKE)));
        assertThat(article("执行主席、主席团常务主席戴维主持开幕会。")).extracting(Person::role)
                .containsExactly("主席团常务主席");
    }

    @Test
    void leadersListedWithoutOfficeCountOnlyWhenTheySpeak() {
        List<Person> people = article(
                "区政府党组举行集体学习,区长甘霖主持。区领导邢路、卞和、滕飞参加。",
                "学习会上,邢路围绕党章有关章节领学,滕飞作交流发言。");
        assertThat(people).extracting(Person::name, Person::role, Person::part).containsExactly(
                tuple("甘霖", "区长", Optional.of(Part.PRESIDED)),
                tuple("邢路", "", Optional.of(Part.SPOKE)),
                tuple("滕飞", "", Optional.of(Part.SPOKE)));
        assertThat(article("市委书记于洋主持会议并讲话,市领导万里、谷雨出席会议。"))
                .extracting(Person::name).containsExactly("于洋");
        assertThat(article("会上,市领导景行、左岸分别回顾了分管领域的工作,并就下阶段重点任务作了部署。"))
                .extracting(Person::name, Person::role, Person::part).containsExactly(
                        tuple("景行", "", Optional.of(Part.SPOKE)),
                        tuple("左岸", "", Optional.of(Part.SPOKE)));
    }

    @Test
    void aSpeakerWithoutAnyStatedOfficeHasNoRole() {
        assertThat(article("3月2日,示范园区管委会召开全体干部会议。王建军在会上讲话。"))
                .extracting(Person::name, Person::role, Person::part)
                .containsExactly(tuple("王建军", "", Optional.of(Part.SPOKE)));
    }

    @Test
    void leavesOutOutsidersAndDepartmentOfficialsWhoOnlyAttend() {
        assertThat(article("县委书记龙飞出席会议。省统计局副局长梅岭、县财政局局长胡杨参加会议。在主席台就座的还有温良、恭俭。"))
                .extracting(Person::name).containsExactly("龙飞");
    }

    @Test
    void aMeetingNamedInThePredicateIsNotTheirPart() {
        assertThat(article("县委书记蓝天出席全县项目建设部署会。")).extracting(Person::name, Person::part)
                .containsExactly(tuple("蓝天", Optional.of(Part.ATTENDED)));
        assertThat(article("在县委书记黄河的带领下,全县上下攻坚克难。")).isEmpty();
    }

    @Test
    void takesTheSecretaryFromTheSetPhraseForACommitteeUnderHim() {
        assertThat(article("大会执行主席牛犇、马骁在主席台就座。牛犇作工作报告。",
                "报告充分肯定了以牛犇同志为班长的某某县县委班子过去五年的工作。"))
                .extracting(Person::name, Person::role, Person::part)
                .containsExactly(tuple("牛犇", "县委书记", Optional.of(Part.SPOKE)));
    }

    @Test
    void relayingSomeoneElsesSpeechIsNotTheirSpeaking() {
        assertThat(article("县委书记赵敏传达了市委书记韦一笑在市委经济工作会议上的讲话精神。"))
                .extracting(Person::name, Person::role, Person::part)
                .containsExactly(tuple("赵敏", "县委书记", Optional.of(Part.SPOKE)));
    }

    @Test
    void anAttendeeListAnnouncedBeforeTheNamesAttends() {
        assertThat(article("出席会议的有:县委副书记祁连,县委常委、组织部部长岷山,县人大常委会副主任秦岭、巴山。"))
                .extracting(Person::name, Person::role, Person::part).containsExactly(
                        tuple("祁连", "县委副书记", Optional.of(Part.ATTENDED)),
                        tuple("岷山", "组织部部长", Optional.of(Part.ATTENDED)),
                        tuple("秦岭", "县人大常委会副主任", Optional.of(Part.ATTENDED)),
                        tuple("巴山", "县人大常委会副主任", Optional.of(Part.ATTENDED)));
        assertThat(article("在主席台就座的还有县政协副主席衡山、泰山。"))
                .extracting(Person::name, Person::part).containsExactly(
                        tuple("衡山", Optional.of(Part.ATTENDED)), tuple("泰山", Optional.of(Part.ATTENDED)));
    }

    @Test
    void aLaterMentionMaySayTheOfficeAfterTheName() {
        assertThat(article("旗委书记阿木古楞、旗长孟和出席会议。", "阿木古楞书记指出,要抓好项目建设。"))
                .extracting(Person::name, Person::part).containsExactly(
                        tuple("阿木古楞", Optional.of(Part.SPOKE)), tuple("孟和", Optional.of(Part.ATTENDED)));
    }

    @Test
    void aSpaceBetweenOfficeAndNameIsAllowed() {
        assertThat(article("县委书记 罗浮 出席会议并讲话,县委副书记、县长 邝山 主持会议。"))
                .extracting(Person::name, Person::role, Person::part).containsExactly(
                        tuple("罗浮", "县委书记", Optional.of(Part.SPOKE)),
                        tuple("邝山", "县长", Optional.of(Part.PRESIDED)));
    }

    @Test
    void phrasesOfASubLineSeparatedBySpacesKeepTheirOwnParts() {
        assertThat(article("大会执行主席罗浮、邝山在主席台就座。", "罗浮作工作报告 邝山主持"))
                .extracting(Person::name, Person::part).containsExactly(
                        tuple("罗浮", Optional.of(Part.SPOKE)), tuple("邝山", Optional.of(Part.PRESIDED)));
    }

    @Test
    void leadersFromAHigherLevelWhoOnlyAttendAreGuests() {
        assertThat(article("县委书记罗浮主持会议。市委常委、副市长邝山,县委副书记、县长岳麓出席会议。"))
                .extracting(Person::name).containsExactly("罗浮", "岳麓");
        assertThat(article("市委书记罗浮主持会议。市长邝山,区委书记岳麓出席会议。"))
                .extracting(Person::name).containsExactly("罗浮", "邝山", "岳麓");
        assertThat(article("县委书记罗浮主持会议。市委常委、副市长邝山出席会议并讲话。"))
                .extracting(Person::name).containsExactly("罗浮", "邝山");
    }

    @Test
    void aListEndingInAttendingGivesThePartToEveryItem() {
        assertThat(article("区长黄河主持会议。副区长长江、珠江,区政府党组成员淮河出席会议。"))
                .extracting(Person::name, Person::part).containsExactly(
                        tuple("黄河", Optional.of(Part.PRESIDED)),
                        tuple("长江", Optional.of(Part.ATTENDED)),
                        tuple("珠江", Optional.of(Part.ATTENDED)));
        assertThat(article("副区长长江、珠江,区政府党组成员淮河作交流发言。")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "会议强调,要按照省委书记李华的要求,抓好冬春安全生产。",
            "会议传达学习了市委书记王刚在全市项目建设推进会议上的重要讲话。",
            "会议要求,各乡镇各部门要不折不扣落实市委书记王刚调研时提出的部署要求。",
            "会议指出,要深入学习贯彻省委书记李华在全省经济工作会议上的讲话精神,并提出了贯彻意见。",
            "会议传达了省委书记李华对防汛工作作出的重要批示,要求各乡镇压紧压实责任。",
            "根据市委书记王刚视察时提出的要求,会议研究了示范园区建设事项。",
            "会议认真学习了市长王刚关于安全生产工作的重要指示,并作出部署。",
            "会议认为,市委书记王刚在全市项目建设推进会议上的讲话,为下步工作指明了方向。",
            "会议传达了市委书记王刚来我县调研时的讲话精神。王刚指出,要把项目建设作为头号工程。"
    })
    void aLeaderWhoseWordsAreOnlyReferredToIsNotASpeaker(String sentence) {
        assertThat(article("12月1日,县委书记罗浮主持召开县委常委会会议。", sentence))
                .extracting(Person::name).containsExactly("罗浮");
    }

    @Test
    void aHigherLevelLeaderOnlyQuotedOutsideTheLeadIsNotAParticipant() {
        assertThat(article("12月1日,县委书记罗浮主持召开全县项目建设推进会。",
                "罗浮指出,市委书记王刚近日在我县检查工作时强调,要把项目建设作为头号工程。"))
                .extracting(Person::name).containsExactly("罗浮");
        // named in the lead as taking part, the same guest's words later are his own
        assertThat(article("12月1日,县委书记罗浮主持召开全县项目建设推进会,市委常委、副市长邝山出席会议。",
                "邝山强调,要把项目建设作为头号工程。"))
                .extracting(Person::name, Person::part).containsExactly(
                        tuple("罗浮", Optional.of(Part.PRESIDED)), tuple("邝山", Optional.of(Part.SPOKE)));
        // shown speaking at the meeting in a paragraph of his own
        assertThat(article("12月1日,示范县召开全县经济工作会议。", "会议由县长王五主持。县委书记罗浮出席会议并讲话。",
                "市委常委、副市长李松出席会议并讲话。"))
                .extracting(Person::name).containsExactly("王五", "罗浮", "李松");
    }

    @Test
    void aHeadlinePhraseDoesNotGovernTheNextOne() {
        assertThat(EXTRACTOR.extract("深入学习贯彻全会精神 县委书记罗浮作专题宣讲", List.of("12月1日,示范县召开宣讲报告会。")))
                .extracting(Person::name, Person::part).containsExactly(tuple("罗浮", Optional.of(Part.SPOKE)));
    }

    @Test
    void aReportHeardByTheMeetingIsTheSpeakers() {
        assertThat(article("12月1日,县委书记罗浮主持召开县委常委会会议。", "会议审议了县长王五所作的工作报告。"))
                .extracting(Person::name, Person::part).containsExactly(
                        tuple("罗浮", Optional.of(Part.PRESIDED)), tuple("王五", Optional.of(Part.SPOKE)));
        assertThat(article("12月1日,县委书记罗浮主持召开县委常委会会议。", "会议听取了县长王五的工作汇报。"))
                .extracting(Person::name, Person::part).containsExactly(
                        tuple("罗浮", Optional.of(Part.PRESIDED)), tuple("王五", Optional.of(Part.SPOKE)));
        // the nearer verb governs: a decision about him heard by the meeting is not his report
        assertThat(article("12月1日,县委书记罗浮主持召开县委常委会会议。",
                "会议审议通过了关于给予副县长王五党内警告处分的决定,并要求全县党员干部引以为戒。"))
                .extracting(Person::name).containsExactly("罗浮");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "会议通报了县纪委给予原副县长张林同志党内警告处分的决定,要求全县党员干部引以为戒。",
            "会上对县政府办公室副主任张林同志进行了通报批评,并提出整改要求。",
            "会议宣读了县委关于授予县人大常委会副主任李松同志“优秀共产党员”称号的决定,号召全县学习。",
            "去年,县长王五带队赴沿海地区考察,并介绍了示范县的招商政策。",
            "去年以来,副县长王五多次带队深入企业调研,提出了一系列帮扶措施。",
            "2023年,时任县长王五率队赴沿海地区考察招商。",
            "县长王五此前曾带队赴沿海地区考察,并作了专题汇报。",
            "会议明确由副县长王五负责统筹协调,并定期向县委汇报进展。",
            "会议决定成立项目建设指挥部,县长王五担任总指挥,并定期向县委汇报工作。",
            "副县长王五将于下周带队赴沿海地区考察,并作专题汇报。",
            "县交通运输局局长张林因履职不力被全县通报批评。"
    })
    void namesInNoticesDecisionsAndPastEventsAreNotParticipants(String sentence) {
        assertThat(article("12月1日,县委书记罗浮主持召开全县干部大会并讲话。", sentence))
                .extracting(Person::name).containsExactly("罗浮");
    }

    @Test
    void reportersInABylineAreNotParticipants() {
        assertThat(article("本报讯(记者 王五 通讯员 张林)12月1日,县委书记罗浮主持召开县委常委会会议。",
                "罗浮强调,要抓好冬季安全生产。(记者 王五 李松)", "记者 王五 张林 报道"))
                .extracting(Person::name).containsExactly("罗浮");
    }

    @Test
    void leadershipOfficesIncludeTheHeadsOfPartyCommitteeDepartments() {
        assertThat(PersonRoleExtractor.isLeader("县委宣传部部长")).isTrue();
        assertThat(PersonRoleExtractor.isLeader("市委统战部常务副部长")).isTrue();
        assertThat(PersonRoleExtractor.isLeader("县发展和改革局局长")).isFalse();
        assertThat(PersonRoleExtractor.isLeader("县委宣传部部长助理")).isFalse();
    }
}
