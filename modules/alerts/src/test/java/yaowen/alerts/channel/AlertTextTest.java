package yaowen.alerts.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import yaowen.records.MeetingAlert;
import yaowen.records.MetricSummary;

class AlertTextTest {
    private final AlertMessage plenary = AlertMessage.of(Meetings.plenary());

    @Test
    void markdownHasHeadingFactsFiguresAndLinks() {
        assertThat(AlertText.markdown(plenary, "\n", 4096)).isEqualTo("""
                ### 【新会议】中共样例市新城区委员会第三次全体会议暨区委经济工作会议
                **地区**：测试省样例市新城区
                **日期**：2025年1月20日
                **类型**：全会、经济工作会议
                **主要数据**
                · 生产总值：目标增长 6.5%（2025）｜ 2024 年实际增长 5.9%
                · 一般公共预算收入：2024 年实际 12.34 亿元
                · 社会消费品零售总额：目标增长 6%（2025）
                [查看原文](URL)
                [其他报道 2](REPOST)""".replace("REPOST", Meetings.REPOST).replace("URL", Meetings.URL));
    }

    @Test
    void aLongMessageDropsFiguresFirstAndKeepsTheLink() {
        List<MetricSummary> many = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            many.add(Meetings.figure("TAX_REVENUE", "ACTUAL", "LEVEL", 1700 + i, 1e8 + i, "CNY"));
        }
        MeetingAlert big = MeetingAlert.newBuilder(Meetings.plenary()).setHeadline(many).build();

        String md = AlertText.markdown(AlertMessage.of(big), "\n", WeComDispatcher.MAX_BYTES);

        assertThat(md.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(WeComDispatcher.MAX_BYTES);
        assertThat(md).contains("· 税收收入：1700 年实际 1 亿元").containsPattern("（另有 \\d+ 项数据未列出）")
                .endsWith("[其他报道 2](" + Meetings.REPOST + ")");
    }

    @Test
    void truncationCutsAtACharacterBoundary() {
        String text = "会议".repeat(10) + "😀".repeat(5);
        for (int max = 4; max < 60; max++) {
            String cut = AlertText.truncate(text, max);
            byte[] bytes = cut.getBytes(StandardCharsets.UTF_8);
            assertThat(bytes.length).isLessThanOrEqualTo(max);
            assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(cut); // no broken character
            assertThat(cut).endsWith("…");
        }
        assertThat(AlertText.truncate("会议", 6)).isEqualTo("会议");
    }

    @Test
    void textAndHtmlCarryTheSameFacts() {
        String text = AlertText.text(plenary);
        String html = AlertText.html(plenary);

        assertThat(text).startsWith("【新会议】" + Meetings.NAME + "\n地区：测试省样例市新城区\n")
                .contains("· 生产总值：目标增长 6.5%（2025）｜ 2024 年实际增长 5.9%\n").contains("原文：" + Meetings.URL);
        assertThat(html).contains("<meta charset=\"utf-8\">").contains("<th align=\"left\">类型</th><td>全会、经济工作会议</td>")
                .contains("<a href=\"" + Meetings.URL + "\">查看原文</a>");
    }

    @Test
    void htmlEscapesWhatItShows() {
        MeetingAlert odd = MeetingAlert.newBuilder(Meetings.plenary()).setName("<b>会议</b> & \"其他\"").build();

        assertThat(AlertText.html(AlertMessage.of(odd))).contains("&lt;b&gt;会议&lt;/b&gt; &amp; &quot;其他&quot;")
                .doesNotContain("<b>会议");
    }
}
