package yaowen.insight.meeting;

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
            "南召县十七届人大常委会召开第十五次会议|-|STANDING_COMMITTEE"
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
            "2023年一季度开封市经济运行情况|一季度,全市地区生产总值完成603.5亿元,同比增长4.6%。",
            "市委书记到卧龙区调研项目建设|5月8日,市委书记到卧龙区调研项目建设情况,并召开座谈会。",
            "省领导视察汇川区企业|9月13日,省领导一行视察汇川区部分企业。",
            "我区学习贯彻中央经济工作会议精神|-",
            "市统计局召开2023年一季度经济运行新闻发布会|4月20日,市统计局召开新闻发布会。",
            "-|The city council met on Monday.",
            "市人大常委会组织代表视察重点项目建设|9月19日,普宁市人大常委会主任陈少雄带领部分市人大代表,视察我市重点项目建设情况。",
            "晋安区召开2023年上半年经济运行情况新闻发布会|7月27日,晋安区召开2023年上半年经济运行情况新闻发布会。"
    })
    void leavesNewsThatIsNotAMeetingUnclassified(String title, String lead) {
        assertThat(MeetingTypeClassifier.classify(title, lead).isMeeting()).isFalse();
    }
}
