package yaowen.insight.meeting;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import yaowen.insight.MeetingFacts.MeetingType;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MeetingTypeClassifierTest {

    @ParameterizedTest(name = "{0} / {1} → {2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "-|1月27日,祥符区召开三级干部会议,回顾总结2022年工作,表彰先进。|THREE_LEVEL_CADRE",
            "-|2月13日上午,宛城区三级干部会议在区会议中心召开。|THREE_LEVEL_CADRE",
            "区委书记在区委全会暨区委经济工作会议上讲话|同志们:|PLENARY_SESSION ECONOMIC_WORK_CONFERENCE",
            "中国共产党开封市龙亭区第十届委员会第九次全体(扩大)会议暨区委经济工作会议召开|1月27日,会议召开。|PLENARY_SESSION ECONOMIC_WORK_CONFERENCE",
            "统一思想鼓干劲 极限尽责拼发展 ——官庄工区召开全区工作会议|3月17日,官庄工区召开全区工作会议。|WORK_CONFERENCE",
            "正定县第十七届人民代表大会第三次会议隆重开幕|1月17日,大会开幕。|PEOPLES_CONGRESS",
            "政协昆山市第十五届委员会第三次会议开幕|-|CPPCC_SESSION",
            "安吉县委常委会召开会议|6月9日,县委常委会召开会议,传达学习省委全会精神。|STANDING_COMMITTEE",
            "寿光市政府召开第45次常务会议|-|EXECUTIVE_MEETING",
            "郫都区委理论学习中心组开展专题学习|-|THEORY_STUDY",
            "兰考县委常委班子召开2022年度民主生活会|-|DEMOCRATIC_LIFE",
            "肥西县召开2023年重点项目建设动员大会|-|MOBILIZATION",
            "仙桃市召开重点项目建设推进会|-|PROMOTION",
            "长垣市举行第二季度项目观摩会|-|INSPECTION_TOUR",
            "南昌县召开2022年度高质量发展表彰大会|-|COMMENDATION",
            "中国共产党晋江市第十四次代表大会开幕|-|PARTY_CONGRESS",
            "富平县召开民营企业家座谈会|-|OTHER_MEETING",
            "-|5月3日,我区召开会议,传达学习中央经济工作会议精神。|OTHER_MEETING",
            "中共周口市委五届六次全会召开|-|PLENARY_SESSION",
            "双流区委理论学习中心组举行2023年第六次集体学习|-|THEORY_STUDY",
            "丁河镇召开2023年度工作会议|-|WORK_CONFERENCE",
            "-|7月20日,市委书记李红云主持召开市委常委会会议,听取上半年全市经济运行情况汇报。|STANDING_COMMITTEE",
            "南召县十七届人大常委会召开第十五次会议|-|STANDING_COMMITTEE",
            // A party committee's standing committee, enlarged: 常委扩大会议 (its 大会 is no rally), 常委(扩大)会议
            "-|3月2日,青溪县委常委扩大会议召开,安排春耕生产。|STANDING_COMMITTEE",
            "-|5月6日,县委常委(扩大)会议召开,县委书记张明远主持并讲话。|STANDING_COMMITTEE",
            "青溪县委召开常委 (扩大)会议 研究部署秋冬季重点工作|-|STANDING_COMMITTEE",
            // A government's executive meeting decided by the lead alone (plain-text page without title)
            "-|7月8日,城关区政府召开第21次常务会议,研究部署防汛工作。|EXECUTIVE_MEETING",
            // CPPCC sessions: 政协…开幕, the full 中国人民政治协商会议 name, a 全体委员会议 convened by the 政协
            "-|1月9日上午,政协永和县第九届委员会第三次会议在县会堂隆重开幕。|CPPCC_SESSION",
            "-|2月3日,中国人民政治协商会议临县第十届委员会第二次会议开幕。|CPPCC_SESSION",
            "-|1月10日,县政协召开十届三次全体委员会议,协商讨论政府工作报告。|CPPCC_SESSION",
            // A CPPCC standing-committee meeting is a standing committee, not a session
            "-|6月12日,县政协召开第九届委员会第八次常委会议。|STANDING_COMMITTEE",
            // Presidium and preparatory meetings belong to their session
            "-|1月15日晚,大会主席团举行第二次会议,审议县人民代表大会各项决议草案。|PEOPLES_CONGRESS",
            "-|2月20日下午,出席区第三次党代会的代表举行预备会议。|PARTY_CONGRESS",
            "-|3月1日上午,县十八届人大三次会议举行预备会议。|PEOPLES_CONGRESS",
            // Plenary sessions of a party committee: 全委(扩大)会议, 全委会
            "-|12月28日,中共和平区委一届九次全委(扩大)会议召开。|PLENARY_SESSION",
            "旗委召开十五届八次全委会|-|PLENARY_SESSION",
            // An economic work conference named only in the body, under a slogan headline
            "奋力谱写高质量发展新篇章|12月26日,长宁区委经济工作会议召开,总结今年经济工作。|ECONOMIC_WORK_CONFERENCE",
            "-|近日,左权县召开全县经济工作会议,确定今年主要预期目标。|ECONOMIC_WORK_CONFERENCE",
            // Theory study without the word 会议
            "-|8月30日,区委理论学习中心组举行专题学习,区委书记刘建平主持。|THEORY_STUDY",
            "市委理论学习中心组开展集体学习|-|THEORY_STUDY",
            // A briefing (通报会) is a meeting, a CPPCC one included; it is not a CPPCC session
            "-|9月18日,县政协举行民营经济发展专题通报会。|OTHER_MEETING",
            // 两会 reports: the congress and the CPPCC sessions
            "青溪县“两会”落下帷幕 代表委员共商发展大计|-|PEOPLES_CONGRESS CPPCC_SESSION",
            "-|近日召开的青溪县两会明确,今年全县力争引进亿元以上项目12个。|PEOPLES_CONGRESS CPPCC_SESSION",
            // A government's party group and its plenary are working meetings (OTHER_MEETING)
            "-|3月14日,县长何立新主持召开县政府党组会议,研究一季度重点工作。|OTHER_MEETING",
            "-|7月15日,青溪县政府召开全体(扩大)会议,总结上半年工作。|OTHER_MEETING",
            "襄城县人民政府第一次全体会议召开|-|OTHER_MEETING",
            // A scored tour of project sites (擂台赛观摩活动)
            "-|8月12日,桐柏县举行项目建设“比学赶超”现场观摩活动,各乡镇逐一打分排名。|INSPECTION_TOUR",
            // Rallies: 誓师大会, and the unnamed post-festival cadre rally; an unnamed 大会 otherwise stays OTHER_MEETING
            "-|3月1日,青溪县2024年重点项目攻坚誓师大会召开。|MOBILIZATION",
            "-|元宵节刚过,青溪县召开全县干部大会,号召全体干部收心归位、开年即冲刺。|MOBILIZATION",
            "-|节后上班第一天,青溪县召开大会,动员全县干部迅速进入工作状态。|MOBILIZATION",
            "-|10月9日,青溪县召开全县领导干部大会,宣布市委关于县长职务调整的决定。|OTHER_MEETING",
            // A provincial conference followed by video from a local venue, with no meeting noun in its name
            "-|9月24日,桐柏县在县分会场收听收看全省民营经济发展交流擂台赛,县长作交流发言。|OTHER_MEETING",
            // A development zone's annual review meeting; a commendation read inside it adds nothing
            "-|2月20日上午,长治高新区召开2023年度工作总结大会,会上宣读了表彰决定。|WORK_CONFERENCE",
            // A meeting named after the period it reviews is the event, not a period review
            "-|上半年全县经济运行分析会7月20日召开,县长王立群出席并讲话。|OTHER_MEETING",
            // A meeting that studies a research report is no visit
            "-|6月3日,县委召开专题会议,研究调研成果转化工作。|OTHER_MEETING",
            // A meeting held together with a ceremony (暨) is still a meeting
            "-|3月6日,全市招商引资工作推进会暨重点项目签约仪式举行。|PROMOTION",
            "-|3月1日,青溪县召开招商引资推进会暨项目签约大会。|PROMOTION",
            // The post-festival 收心会 rallies cadres; an awards meeting commends
            "-|2月18日,区委召开节后收心会,要求全区干部迅速进入工作状态。|MOBILIZATION",
            "-|3月28日,县委县政府召开2023年度高质量发展颁奖大会。|COMMENDATION",
            // A meeting held by video: the format is no name
            "-|2月10日,宁武县以视频会议形式召开全县工作会议,总结去年工作。|WORK_CONFERENCE",
            // The annual work meeting of a party committee
            "中共丰宁县委工作会议召开|-|WORK_CONFERENCE",
            // A congress that hears the plan report is still a congress
            "-|1月6日,县十八届人大三次会议举行第二次全体会议,审查计划执行情况和计划草案的报告。|PEOPLES_CONGRESS",
            // A personnel announcement meeting is no rally, whatever the rest of the lead urges
            "-|1月5日,全县领导干部大会召开,宣布省委关于县委主要领导调整的决定。会议要求,开年即冲刺,全力抓好各项工作。|OTHER_MEETING",
            // A meeting that studies a signing is still a meeting; only a signing event is not
            "-|5月10日,县委召开专题会议,研究重点项目签约事宜。|OTHER_MEETING",
            // A standing committee's numbered sitting that hears a plan report, without 召开 or 举行
            "-|县十八届人大常委会第十二次会议28日审议了县人民政府关于2024年上半年国民经济和社会发展计划执行情况的报告。|STANDING_COMMITTEE"
    })
    void classifiesMeetingsByTitleAndLead(String title, String lead, String expected) {
        List<MeetingType> expectedTypes = Arrays.stream(expected.split(" ")).map(MeetingType::valueOf).toList();
        MeetingTypeClassifier.Classification c = MeetingTypeClassifier.classify(title, lead);
        assertThat(c.types()).containsExactlyElementsOf(expectedTypes);
        assertThat(c.cue()).isPresent();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "新乡市举行重大项目集中签约仪式|4月10日,新乡市重大项目集中签约仪式举行,签约总金额86.5亿元。",
            "2022年一季度青溪县经济运行情况|一季度,全县生产总值实现61.2亿元,增长5.3%。",
            "市委书记到卧龙区调研项目建设|5月8日,市委书记到卧龙区调研项目建设情况,并召开座谈会。",
            "省领导视察汇川区企业|9月13日,省领导一行视察汇川区部分企业。",
            "我区学习贯彻中央经济工作会议精神|-",
            "市统计局召开2023年一季度经济运行新闻发布会|4月20日,市统计局召开新闻发布会。",
            "-|The city council met on Monday.",
            "市人大常委会组织代表视察重点项目建设|9月19日,普宁市人大常委会主任陈少雄带领部分市人大代表,视察我市重点项目建设情况。",
            "晋安区召开2023年上半年经济运行情况新闻发布会|7月27日,晋安区召开2023年上半年经济运行情况新闻发布会。",
            // A period review lists meetings among the year's actions: background, not the event
            "-|今年以来,全市上下奋力拼经济,及时召开全市优化营商环境推进大会,出台一系列政策措施,一季度地区生产总值增长6.1%。",
            // A visit with a 座谈会 on the way, without a title to say so
            "-|9月3日,县长带队到园区开展调研,并召开座谈会听取企业意见。",
            // Signing and ground-breaking ceremonies, statistics releases and press conferences
            "-|6月20日,青溪县第三季度重大项目集中签约开工仪式在县产业园举行。",
            "-|4月18日,市统计局召开一季度经济运行情况新闻发布会。",
            "-|4月19日,市统计局发布一季度全市经济运行情况,全市地区生产总值增长5.2%。",
            // A visit with an on-site meeting on the way, in the title or the lead
            "副县长到园区检查安全生产并召开现场推进会|-",
            "-|5月12日,市长一行到城北区调研项目建设,并召开现场推进会。",
            // Local coverage of the national sessions
            "我县干部群众热议全国两会|3月6日,全国两会召开期间,我县干部群众通过电视、网络收看会议盛况。",
            // Watching a broadcast is no conference
            "-|9月1日,全县中小学组织收听收看开学第一课直播。",
            // Watching a speech, a programme or the national sessions is no local conference
            "-|6月8日,县直机关工委组织全体党员收听收看习近平总书记重要讲话。",
            "-|7月1日,镇党委组织党员干部收听收看《榜样8》,重温入党誓词。",
            "-|3月5日,全区干部群众收听收看全国两会开幕盛况。",
            "-|10月16日,县直机关组织党员干部收听收看党的二十大开幕会。",
            // A speech watched or studied names the meeting it was given at; that meeting is not the report's
            "-|6月8日,县委组织全体党员收听收看习近平总书记在全国民营企业座谈会上的重要讲话。",
            // A plan report published as a document, with the session it was delivered at as its sub-line
            "关于青溪县2021年国民经济和社会发展计划执行情况与2022年计划草案的报告|——2022年2月16日在青溪县第五届人民代表大会第二次会议上",
            // A plan document
            "-|2022年,全县上下坚持稳中求进,统筹推进各项工作,计划安排一般公共预算收入增长7%。"
    })
    void leavesNewsThatIsNotAMeetingUnclassified(String title, String lead) {
        assertThat(MeetingTypeClassifier.classify(title, lead).isMeeting()).isFalse();
    }

    @Test
    void readsAMeetingThatTheSecondParagraphDates() {
        MeetingTypeClassifier.Classification c = MeetingTypeClassifier.classify("云岭市五项指标增速领跑全省", List.of(
                "云岭市统计局近日发布数据,前三季度全市工业增加值、固定资产投资等五项指标增速均领跑全省,创近年来最好水平。",
                "云岭市前三季度经济运行分析会5日在市行政中心召开。副市长林晓东在会上通报了有关情况。"));
        assertThat(c.types()).containsExactly(MeetingType.OTHER_MEETING);
        assertThat(c.evidence()).hasValueSatisfying(e -> assertThat(e).startsWith("云岭市前三季度"));

        MeetingTypeClassifier.Classification twoSessions = MeetingTypeClassifier.classify("", List.of(
                "山花烂漫时节,青溪县处处涌动着干事创业的热潮,全县上下铆足干劲谋发展、抓落实。",
                "4月11日至12日,青溪县“两会”在县会堂召开,代表委员共商发展大计。"));
        assertThat(twoSessions.types()).containsExactly(MeetingType.PEOPLES_CONGRESS, MeetingType.CPPCC_SESSION);
    }

    @Test
    void leavesAMeetingThatALaterParagraphOnlyMentionsAsBackground() {
        // A statistics release: a later paragraph's 近日 meeting is background to the figures
        assertThat(MeetingTypeClassifier.classify("一季度全县经济运行情况", List.of(
                "一季度,全县经济运行总体平稳,全县生产总值实现58.7亿元,增长5.4%,增速比上年同期加快0.6个百分点。",
                "近日,县政府召开经济运行分析会,研判二季度经济走势。")).isMeeting()).isFalse();
        // The same release opening with a short sentence, so that the meeting falls in the lead
        assertThat(MeetingTypeClassifier.classify("一季度全县经济运行情况", List.of(
                "一季度,全县经济运行稳中有进。",
                "近日,县政府召开经济运行分析会,研判二季度经济走势。")).isMeeting()).isFalse();
        // A feature: the dated meeting is one event the second paragraph mentions, not its subject
        assertThat(MeetingTypeClassifier.classify("稻田里的新希望", List.of(
                "春耕时节,走进南塘县的田间地头,处处可见农民忙碌的身影,一幅生机勃勃的春耕画卷正徐徐展开。",
                "南塘县始终把乡村振兴摆在突出位置。3月12日,县委召开农村工作会议,部署全年“三农”工作。")).isMeeting()).isFalse();
    }

    @Test
    void leavesAVisitOfALaterParagraphUnclassified() {
        assertThat(MeetingTypeClassifier.classify("", List.of(
                "山花烂漫时节,青溪县处处涌动着干事创业的热潮,全县上下铆足干劲谋发展、抓落实,各项工作稳步推进。",
                "4月9日,县长率队赴园区调研,并召开座谈会听取企业意见。")).isMeeting()).isFalse();
    }

    @Test
    void leavesAnUndatedMeetingOfALaterParagraphAsBackground() {
        assertThat(MeetingTypeClassifier.classify("", List.of(
                "近日,市政府主要负责同志带队赴青溪、桐柏两县,实地调研秋粮收储和冬季供暖保障工作。",
                "随后,调研组在青溪县召开座谈会,听取企业负责人对营商环境的意见建议。")).isMeeting()).isFalse();
    }

    @Test
    void skipsHeadlineLinesOfAPlainTextPageToReachTheLead() {
        MeetingTypeClassifier.Classification c = MeetingTypeClassifier.classify("", List.of(
                "第A02版:要闻 上一版 下一版",
                "当前位置:首页 > 要闻动态 > 青溪新闻",
                "青溪县召开秋冬季安全生产工作会议",
                "县委理论学习中心组 举行专题学习",
                "7月15日,青溪县政府召开全体(扩大)会议,总结上半年工作,部署下半年任务。"));
        assertThat(c.types()).containsExactly(MeetingType.OTHER_MEETING);
        assertThat(c.evidence()).hasValueSatisfying(e -> assertThat(e).startsWith("7月15日"));
    }
}
