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
            "10月23日下午,区长主持召开区政府第60次常务会议。|http://www.example.gov.cn/xwzx/202510/t20251025_7160001.html|2025-10-23",
            "2月27日,县委召开常委会会议。|http://news.example.com/quxian/2020-02-28/12001.html|2020-02-27",
            "4月18日,市委常委会召开会议。|http://news.example.com/n2/2021/0419/c8001-3468001.html|2021-04-18",
            "10月17日,市政府召开全体(扩大)会议。|http://epaper.example.cn/html/2016-10/21/content_700001.htm|2016-10-17",
            "4月27日下午,县人代会举行预备会议。|https://news.example.com/25/0428/14/ABCDEF.html|2025-04-27",
            "12月30日,区委经济工作会议召开。|http://www.example.gov.cn/zwgk/202401/t20240105_1.html|2023-12-30",
            "2月15日上午,开发区召开工作会议。|https://www.example.gov.cn/kfq/201902/index_2.html|2019-02-15",
            "10月31日,县委常委(扩大)会议召开。|http://www.example.com/2017-45/news-2-2.html|2017-10-31",
            "3月4日,市政府召开常务会议。|https://www.example.gov.cn/art/2023/3/5/art_1229_5960001.html|2023-03-04"
    })
    void takesTheYearFromTheUrlWithoutPublicationDate(String lead, String url, LocalDate expected) {
        assertThat(MeetingDateResolver.resolve(lead, anchors(Optional.empty(), url, null, ""))).contains(expected);
    }

    @Test
    void readsNoDateFromTheDigitsOfAHost() {
        assertThat(MeetingDateResolver.resolve("5月6日,区政协召开常委会议。",
                anchors(Optional.empty(), "http://61.129.0.41/zx/content/d7a3b360.html", null, ""))).isEmpty();
    }

    @ParameterizedTest(name = "{0} published {1} → {2}")
    @CsvSource(delimiter = '|', value = {
            // A dateline is when the report was filed
            "新华网北京3月4日电 3月3日,市委召开常委会会议。|2024-03-04|2024-03-03",
            "人民网西宁2月28日电 (记者 王海)2月28日,区人民代表大会开幕。|2024-02-28|2024-02-28",
            "东北网5月12日讯 5月11日,全市收听收看全省视频会议。|2022-05-12|2022-05-11",
            // A day without its month: the month of publication, or the one before
            "全市经济运行情况通报会2日在市会议中心举行。|2017-08-03|2017-08-02",
            "区委经济工作会议28日召开。|2023-03-02|2023-02-28",
            // The month lost in a lead that does not open with it
            "根据市委统一部署,1218日下午,区委召开民主生活会。|2024-01-05|2023-12-18",
            // Dates of other events: an earlier meeting studied, a later sitting announced
            "3月8日,县委召开常委会会议,传达学习3月5日召开的全市经济工作会议精神。|2024-03-09|2024-03-08",
            "会议传达学习了12月25日召开的中央政治局会议精神,1月4日县政府党组召开会议。|2026-01-05|2026-01-04",
            "大会将于4月28日上午开幕,4月27日下午举行预备会议。|2025-04-28|2025-04-27",
            // Two days: the first
            "2月8日到9日,县“两会”召开。|2022-03-08|2022-02-08"
    })
    void readsDatelinesDaysAndSpans(String lead, LocalDate published, LocalDate expected) {
        assertThat(MeetingDateResolver.resolve(lead, Optional.of(published), Optional.empty())).contains(expected);
    }

    @Test
    void readsYesterdayAfterAByline() {
        assertThat(MeetingDateResolver.resolve("本报讯(记者 李明 通讯员 王芳)新春佳节刚过,全县干部已到岗到位。昨日上午,该县召开大会。",
                anchors(Optional.empty(), "http://epaper.example.cn/html/2019-02/12/content_1.htm", null, "")))
                .contains(LocalDate.of(2019, 2, 11));
    }

    @Test
    void readsNoLostMonthFromACountOfDays() {
        assertThat(MeetingDateResolver.resolve("会议指出,120日攻坚行动要压茬推进、挂图作战。",
                Optional.of(LocalDate.of(2024, 1, 25)), Optional.empty())).isEmpty();
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
        assertThat(MeetingDateResolver.resolve("记者从近日召开的城南区两会获悉,今年全区将力争新签约项目20个。",
                Optional.of(LocalDate.of(2022, 4, 24)), Optional.empty())).isEmpty();
    }

    @ParameterizedTest(name = "{0} named {1} → {2}")
    @CsvSource(delimiter = '|', value = {
            "4月7日下午,正安县2020年招商引资誓师大会召开。|正安县2020年招商引资誓师大会|2020-04-07",
            "2月15日,经开区召开2018年度工作总结大会。|2018年度工作总结大会|2019-02-15",
            "12月26日下午,县委常委班子召开2020年度民主生活会。|2020年度民主生活会|2020-12-26"
    })
    void takesTheYearFromTheMeetingName(String lead, String name, LocalDate expected) {
        assertThat(MeetingDateResolver.resolve(lead, anchors(Optional.empty(), null, name, ""))).contains(expected);
    }

    @ParameterizedTest(name = "{1} → {2}")
    @CsvSource(delimiter = '|', value = {
            // A work report's plan year
            "1月5日上午,县第十八届人民代表大会第三次会议开幕。|报告共分三个部分:一是2023年工作回顾,二是2024年工作安排。|2024-01-05",
            "1月6日,市委召开专题工作会议。|会议研究确定2017年重点项目。|2017-01-06",
            // A five-year plan's milestone
            "4月27日下午,县人代会举行预备会议。|会议指出,今年是“十四五”规划的收官之年,开好本次大会意义重大。|2025-04-27",
            "1月4日,县政府党组召开会议。|会议强调,今年是“十五五”开局之年。|2026-01-04",
            // The period a mid-year meeting reviews
            "7月20日,县政协召开常委会议。|县长通报了2010年上半年全县经济运行情况。|2010-07-20"
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
