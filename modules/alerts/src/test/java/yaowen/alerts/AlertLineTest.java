package yaowen.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import yaowen.records.MeetingAlert;
import yaowen.records.MetricSummary;

class AlertLineTest {
    @Test
    void formatsANewMeetingOnOneLine() {
        assertThat(AlertLine.format(Alerts.longting())).isEqualTo(
                "[NEW MEETING] 2021-01-27 河南省开封市龙亭区 · 全会 + 经济工作会议 · " + Alerts.NAME
                        + " · 生产总值 增长 5.7% (2020) · http://www.longting.gov.cn/news/1.html");
    }

    @Test
    void leavesOutWhatTheAlertLacks() {
        MeetingAlert bare = MeetingAlert.newBuilder().setMeetingKey("k1").setChange("UPDATED")
                .setDetectedAt(Instant.EPOCH).build();
        assertThat(AlertLine.format(bare)).isEqualTo("[UPDATED MEETING] k1");

        MeetingAlert twoUrls = MeetingAlert.newBuilder(Alerts.longting()).setDate(null).setRegion(null)
                .setHeadline(List.of()).setUrls(List.of("http://a/", "http://b/")).setTypes(List.of("NEW_KIND"))
                .setName("第一行\n第二行").build();
        assertThat(AlertLine.format(twoUrls)).isEqualTo("[NEW MEETING] NEW_KIND · 第一行 第二行 · http://a/ (+1)");
    }

    @ParameterizedTest
    @CsvSource({
        "GDP, ACTUAL, GROWTH, 5.7, PERCENT, 2020, 生产总值 增长 5.7% (2020)",
        "GDP, ACTUAL, GROWTH, -3.6, PERCENT, 2020, 生产总值 下降 3.6% (2020)",
        "GDP, TARGET, GROWTH, 6, PERCENT, 2021, 生产总值 目标 增长 6% (2021)",
        "GDP, ACTUAL, LEVEL, 6659000000, CNY, 2020, 生产总值 66.59 亿元 (2020)",
        "INDUSTRIAL_VALUE_ADDED, ACTUAL, GROWTH, 8.4, PERCENT, 2025, 规上工业增加值 增长 8.4% (2025)",
        "RETAIL_SALES, ACTUAL, LEVEL, 35000, CNY, , 社会消费品零售总额 3.5 万元",
        "KEY_PROJECTS, ACTUAL, LEVEL, 120, COUNT, 2020, 重点项目 120 (2020)",
        "UNEMPLOYMENT_RATE, TARGET, LEVEL, 4.5, PERCENT, 2021, 城镇失业率 目标 4.5% (2021)",
        "GRAIN_OUTPUT, ACTUAL, LEVEL, 32000, TON, 2020, 粮食产量 32000 吨 (2020)",
        "NEW_INDICATOR, ACTUAL, LEVEL, 1500000, PERSON_TIME, 2020, NEW_INDICATOR 1500000 PERSON_TIME (2020)",
    })
    void formatsHeadlineFiguresWithChineseIndicatorLabels(String indicator, String kind, String measure, double value, String unit,
                                Integer year, String expected) {
        MetricSummary m = MetricSummary.newBuilder().setIndicator(indicator).setKind(kind).setMeasure(measure)
                .setValue(value).setUnit(unit).setYear(year).setRaw("raw").build();
        assertThat(AlertLine.figure(m)).isEqualTo(expected);
    }
}
