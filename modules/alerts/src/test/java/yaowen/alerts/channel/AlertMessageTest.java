package yaowen.alerts.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import yaowen.records.MeetingAlert;

class AlertMessageTest {

    @Test
    void saysWhatWhereAndWhenInChinese() {
        AlertMessage m = AlertMessage.of(Meetings.plenary());

        assertThat(m.heading()).isEqualTo("【新会议】" + Meetings.NAME);
        assertThat(m.facts()).containsExactly(new AlertMessage.Fact("地区", "测试省样例市新城区"),
                new AlertMessage.Fact("日期", "2025年1月20日"), new AlertMessage.Fact("类型", "全会、经济工作会议"));
        assertThat(m.links()).containsExactly(Meetings.URL, Meetings.REPOST);
    }

    @Test
    void putsATargetBesideLastYearsActualAndKeepsTheOthersInOrder() {
        assertThat(AlertMessage.of(Meetings.plenary()).figures()).containsExactly(
                "生产总值：目标增长 6.5%（2025）｜ 2024 年实际增长 5.9%",
                "一般公共预算收入：2024 年实际 12.34 亿元",
                "社会消费品零售总额：目标增长 6%（2025）");
    }

    @Test
    void pairsOnlyTheYearBeforeWithTheSameMeasure() {
        List<String> figures = AlertMessage.figures(List.of(
                Meetings.figure("GDP", "TARGET", "GROWTH", 2025, 6.0, "PERCENT"),
                Meetings.figure("GDP", "ACTUAL", "GROWTH", 2023, 5.0, "PERCENT"),
                Meetings.figure("GDP", "ACTUAL", "LEVEL", 2024, 450e8, "CNY"),
                Meetings.figure("FIXED_ASSET_INVESTMENT", "ACTUAL", "GROWTH", null, -3.6, "PERCENT")));

        assertThat(figures).containsExactly("生产总值：目标增长 6%（2025）", "生产总值：2023 年实际增长 5%",
                "生产总值：2024 年实际 450 亿元", "固定资产投资：实际下降 3.6%");
    }

    @Test
    void anUpdateWithoutNameOrDateStillHasATitle() {
        MeetingAlert bare = MeetingAlert.newBuilder(Meetings.plenary()).setChange("UPDATED").setName(null).setDate(null)
                .setHeadline(List.of()).setUrls(List.of()).build();
        AlertMessage m = AlertMessage.of(bare);

        assertThat(m.heading()).isEqualTo("【会议更新】测试省样例市新城区 全会、经济工作会议");
        assertThat(m.facts()).extracting(AlertMessage.Fact::label).containsExactly("地区", "类型");
        assertThat(m.figures()).isEmpty();
    }
}
