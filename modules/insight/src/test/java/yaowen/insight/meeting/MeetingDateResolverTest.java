package yaowen.insight.meeting;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class MeetingDateResolverTest {

    @ParameterizedTest(name = "{0} published {1} → {2}")
    @CsvSource(delimiter = '|', value = {
            "1月27日,祥符区召开三级干部会议。|2023-01-28|2023-01-27",
            "2月13日上午,宛城区三级干部会议召开。|2025-02-14|2025-02-13",
            "12月29日,江阴市委经济工作会议召开。|2024-01-03|2023-12-29",
            "12月31日下午,县委常委会召开会议。|2024-01-01|2023-12-31",
            "2022年12月28日,县委经济工作会议召开。|2023-01-05|2022-12-28",
            "一月九日,临洮县召开全县经济工作会议。|2023-01-10|2023-01-09",
            "元月8日,县委经济工作会议召开。|2024-01-09|2024-01-08",
            "317日,官庄工区召开全区工作会议。|2023-03-17|2023-03-17",
            "昨天,全县工作会议召开。|2023-03-17|2023-03-16"
    })
    void resolvesTheLeadDateAgainstThePublicationDate(String lead, LocalDate published, LocalDate expected) {
        assertThat(MeetingDateResolver.resolve(lead, Optional.of(published), Optional.empty())).contains(expected);
    }

    @ParameterizedTest(name = "{0} at {1} → {2}")
    @CsvSource(delimiter = '|', value = {
            "9月16日下午,区长主持召开区政府第37次常务会议。|http://www.example.gov.cn/zwdt/202309/t20230918_4410023.html|2023-09-16",
            "6月3日,县委召开常委会会议。|http://news.example.com/county/2021-06-04/5521.html|2021-06-03",
            "9月10日,市委常委会召开会议。|http://news.example.com/n1/2019/0911/c3301-3390117.html|2019-09-10",
            "5月8日,市政府召开全体会议。|http://paper.example.cn/html/2018-05/09/content_33012.htm|2018-05-08",
            "11月6日下午,县人代会举行预备会议。|https://news.example.com/22/1107/09/QWERTY12.html|2022-11-06",
            "12月30日,区委经济工作会议召开。|http://www.example.gov.cn/zwgk/202401/t20240105_1.html|2023-12-30",
            "3月11日上午,开发区召开工作会议。|https://www.example.gov.cn/xxgk/202203/index_5.html|2022-03-11",
            "7月9日,县委常委会议召开。|http://epaper.example.com/2019-188/page-4-1.html|2019-07-09",
            "3月4日,市政府召开常务会议。|https://www.example.gov.cn/art/2023/3/5/art_1229_5960001.html|2023-03-04"
    })
    void takesTheYearFromTheUrlWithoutPublicationDate(String lead, String url, LocalDate expected) {
        assertThat(MeetingDateResolver.resolve(lead, anchors(Optional.empty(), url, null, ""))).contains(expected);
    }

    @Test
    void readsNoDateFromTheDigitsOfAHost() {
        assertThat(MeetingDateResolver.resolve("5月6日,区政协召开常委会议。",
                anchors(Optional.empty(), "http://203.0.113.27/xw/content/a1b2c3d4.html", null, ""))).isEmpty();
    }

    @ParameterizedTest(name = "{0} published {1} → {2}")
    @CsvSource(delimiter = '|', value = {
            // A dateline is when the report was filed
            "新华网北京3月4日电 3月3日,市委召开常委会会议。|2024-03-04|2024-03-03",
            "南川在线湖滨6月9日电 (记者 林海)6月9日,区人民代表大会开幕。|2024-06-09|2024-06-09",
            "北岭网4月3日讯 4月2日,全市收听收看全省视频会议。|2022-04-03|2022-04-02",
            // A day without its month: the month of publication, or the one before
            "全县项目建设调度会5日在县行政中心召开。|2021-11-08|2021-11-05",
            "区委经济工作会议28日召开。|2023-03-02|2023-02-28",
            // The month lost in a lead that does not open with it
            "按照县委要求,409日上午,县政府党组召开专题会议。|2023-04-12|2023-04-09",
            // Dates of other events: an earlier meeting studied, a later sitting announced
            "3月8日,县委召开常委会会议,传达学习3月5日召开的全市经济工作会议精神。|2024-03-09|2024-03-08",
            "会议传达学习了11月28日召开的省委全会精神,12月3日县政府党组召开会议。|2025-12-04|2025-12-03",
            "大会将于11月7日上午开幕,11月6日下午举行预备会议。|2022-11-07|2022-11-06",
            // Two days: the first
            "5月6日至7日,县“两会”召开。|2021-05-20|2021-05-06"
    })
    void readsDatelinesDaysAndSpans(String lead, LocalDate published, LocalDate expected) {
        assertThat(MeetingDateResolver.resolve(lead, Optional.of(published), Optional.empty())).contains(expected);
    }

    @Test
    void readsYesterdayAfterAByline() {
        assertThat(MeetingDateResolver.resolve("本报讯(记者 林晓 通讯员 何青)元宵节一过,青溪县机关干部陆续回到岗位。昨日上午,县委召开全县干部大会。",
                anchors(Optional.empty(), "http://paper.example.cn/html/2020-02/10/content_21.htm", null, "")))
                .contains(LocalDate.of(2020, 2, 9));
    }

    @Test
    void readsNoLostMonthFromACountOfDays() {
        assertThat(MeetingDateResolver.resolve("会议指出,120日攻坚行动要压茬推进、挂图作战。",
                Optional.of(LocalDate.of(2024, 1, 25)), Optional.empty())).isEmpty();
    }

    @Test
    void readsNoDayFromALengthOfDays() {
        assertThat(MeetingDateResolver.resolve("本次培训为期3日,县委组织部负责同志出席开班式。",
                Optional.of(LocalDate.of(2024, 5, 10)), Optional.empty())).isEmpty();
    }

    @Test
    void skipsTheDateAFigureIsCountedUpTo() {
        assertThat(MeetingDateResolver.resolve("截至6月30日,全县已开工项目42个。7月2日,县政府召开常务会议。",
                Optional.of(LocalDate.of(2024, 7, 3)), Optional.empty())).contains(LocalDate.of(2024, 7, 2));
    }

    @Test
    void givesNoDayWhenTheLeadSaysOnlyRecently() {
        assertThat(MeetingDateResolver.resolve("近日,县委召开常委会会议,传达3月5日全省会议精神。",
                Optional.of(LocalDate.of(2024, 3, 12)), Optional.empty())).isEmpty();
        assertThat(MeetingDateResolver.resolve("近日召开的青溪县两会明确,今年全县力争引进亿元以上项目12个。",
                Optional.of(LocalDate.of(2022, 4, 24)), Optional.empty())).isEmpty();
    }

    @ParameterizedTest(name = "{0} named {1} → {2}")
    @CsvSource(delimiter = '|', value = {
            "9月2日上午,青溪县2021年项目建设誓师大会召开。|青溪县2021年项目建设誓师大会|2021-09-02",
            "3月2日,高新区召开2020年度工作总结大会。|2020年度工作总结大会|2021-03-02",
            "12月26日下午,县委常委班子召开2020年度民主生活会。|2020年度民主生活会|2020-12-26"
    })
    void takesTheYearFromTheMeetingName(String lead, String name, LocalDate expected) {
        assertThat(MeetingDateResolver.resolve(lead, anchors(Optional.empty(), null, name, ""))).contains(expected);
    }

    @ParameterizedTest(name = "{1} → {2}")
    @CsvSource(delimiter = '|', value = {
            // A work report's plan year
            "1月12日上午,县第九届人民代表大会第四次会议开幕。|政府工作报告提出了2024年经济社会发展主要预期目标。|2024-01-12",
            "1月6日,市委召开专题工作会议。|会议研究确定2017年重点项目。|2017-01-06",
            // A five-year plan's milestone
            "6月2日上午,县人代会举行预备会议。|会议强调,今年是“十四五”规划收官之年,要圆满完成各项议程。|2025-06-02",
            "1月4日,县政府党组召开会议。|会议强调,今年是“十五五”开局之年。|2026-01-04",
            // The period a mid-year meeting reviews
            "8月4日,县政协召开常委会议。|副县长通报了2013年1—7月份全县经济运行情况。|2013-08-04"
    })
    void takesTheYearFromTheTextAsALastResort(String lead, String text, LocalDate expected) {
        assertThat(MeetingDateResolver.resolve(lead, anchors(Optional.empty(), null, null, lead + "\n" + text))).contains(expected);
    }

    private static MeetingDateResolver.Anchors anchors(Optional<LocalDate> published, String url, String name, String text) {
        return new MeetingDateResolver.Anchors(published, Optional.ofNullable(url), Optional.ofNullable(name), Optional.empty(), text);
    }

    @Test
    void rollsADecemberMeetingBackBeforeItsPlanYearWithoutPublicationDate() {
        assertThat(MeetingDateResolver.resolve("12月28日,区委经济工作会议召开。", Optional.empty(), Optional.of(2024)))
                .contains(LocalDate.of(2023, 12, 28));
        assertThat(MeetingDateResolver.resolve("1月27日,祥符区召开三级干部会议。", Optional.empty(), Optional.of(2023)))
                .contains(LocalDate.of(2023, 1, 27));
    }

    @Test
    void ignoresImpossibleDatesAndDigitsThatCannotBeAMonthAndDay() {
        assertThat(MeetingDateResolver.resolve("2月30日,会议召开。", Optional.of(LocalDate.of(2023, 3, 1)), Optional.empty())).isEmpty();
        assertThat(MeetingDateResolver.resolve("999日,会议召开。", Optional.of(LocalDate.of(2023, 3, 1)), Optional.empty())).isEmpty();
        assertThat(MeetingDateResolver.resolve("近日,会议召开。", Optional.of(LocalDate.of(2023, 3, 1)), Optional.empty())).isEmpty();
        assertThat(MeetingDateResolver.resolve("1月27日,会议召开。", Optional.empty(), Optional.empty())).isEmpty();
    }
}
