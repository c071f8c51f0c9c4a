package yaowen.insight.meeting;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import yaowen.insight.MeetingFacts.MeetingFormat;
import yaowen.insight.MeetingFacts.MeetingType;
import yaowen.insight.MeetingFacts.Session;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class SessionParserTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "中国共产党开封市龙亭区第十届委员会第九次全体(扩大)会议暨区委经济工作会议|10|9|true",
            "我们在这里召开区委十届四次全会暨区委经济工作会议|10|4|false",
            "中共周口市委五届六次全会|5|6|false",
            "正定县第十七届人民代表大会第三次会议|17|3|false",
            "政协昆山市第十五届委员会第三次会议|15|3|false",
            "县委十四届3次全体扩大会议|14|3|true",
            "区委二届四次全委(扩大)会议|2|4|true"
    })
    void readsCongressPlenaryAndEnlargement(String name, int congress, int plenary, boolean enlarged) {
        assertThat(SessionParser.session(name)).contains(new Session(Optional.of(congress), Optional.of(plenary), enlarged));
    }

    @Test
    void hasNoSessionWithoutNumbering() {
        assertThat(SessionParser.session("祥符区召开三级干部会议")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "会议回顾总结2022年工作,表彰先进,安排部署2023年工作。|2022|2023",
            "会议回顾总结2024年工作,安排部署2025年任务。|2024|2025",
            "全面总结2021年工作,安排部署2022年工作。|2021|2022",
            "会议听取和审议了区委常委会2020年工作报告;李涛总结了2020年全区经济工作,并对2021年全区经济工作进行了安排部署。|2020|2021",
            "会议部署2024年重点任务。|2023|2024"
    })
    void readsTheYearsAMeetingReviewsAndPlans(String text, int review, int plan) {
        SessionParser.Facts f = SessionParser.parse("", text, List.of(MeetingType.THREE_LEVEL_CADRE), Optional.empty());
        assertThat(f.reviewYear()).contains(review);
        assertThat(f.planYear()).contains(plan);
    }

    @Test
    void derivesYearsOfAnAnnualMeetingFromItsDate() {
        SessionParser.Facts f = SessionParser.parse("", "会议强调要真抓实干。", List.of(MeetingType.ECONOMIC_WORK_CONFERENCE),
                Optional.of(LocalDate.of(2023, 12, 20)));
        assertThat(f.reviewYear()).contains(2023);
        assertThat(f.planYear()).contains(2024);
    }

    @Test
    void readsVideoFormat() {
        SessionParser.Facts f = SessionParser.parse("", "根据疫情防控要求,此次会议采取视频会议召开。", List.of(), Optional.empty());
        assertThat(f.format()).contains(MeetingFormat.VIDEO);
        assertThat(SessionParser.parse("", "会议在区会议中心召开。", List.of(), Optional.empty()).format()).isEmpty();
    }

    @Test
    void readsAConferenceFollowedFromALocalVenueAsVideo() {
        assertThat(SessionParser.parse("", "11月20日,武安市组织收听收看全省县域经济擂台赛。", List.of(), Optional.empty()).format())
                .contains(MeetingFormat.VIDEO);
        assertThat(SessionParser.parse("", "市委副书记在武安市分会场作交流发言。", List.of(), Optional.empty()).format())
                .contains(MeetingFormat.VIDEO);
    }

    @Test
    void readsNoVideoFormatFromWatchingAFilmBeforeTheMeeting() {
        assertThat(SessionParser.parse("", "会前,与会人员收听收看了警示教育片。随后,县委书记主持召开县委常委会会议。", List.of(),
                Optional.empty()).format()).isEmpty();
    }
}
