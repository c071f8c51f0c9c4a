package yaowen.alerts.channel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import yaowen.records.MeetingAlert;
import yaowen.records.MetricSummary;
import yaowen.records.Region;

/** Invented meetings with invented figures, for the channel tests. */
final class Meetings {
    static final String NAME = "中共样例市新城区委员会第三次全体会议暨区委经济工作会议";
    static final String URL = "https://xc.example.gov.cn/news/2025/0120/1.html";
    static final String REPOST = "https://yl.example.gov.cn/news/2025/0121/9.html";

    private Meetings() {
    }

    static MetricSummary figure(String indicator, String kind, String measure, Integer year, double value, String unit) {
        return MetricSummary.newBuilder().setIndicator(indicator).setKind(kind).setMeasure(measure).setYear(year)
                .setValue(value).setUnit(unit).setRaw("（虚构）").build();
    }

    /** A plenary and economic work conference of an invented district, with a target, last year's actual and more. */
    static MeetingAlert plenary() {
        return MeetingAlert.newBuilder()
                .setMeetingKey("990102|2025-01-20|ECONOMIC_WORK_CONFERENCE+PLENARY_SESSION")
                .setChange("NEW")
                .setTypes(List.of("PLENARY_SESSION", "ECONOMIC_WORK_CONFERENCE"))
                .setName(NAME)
                .setDate(LocalDate.of(2025, 1, 20))
                .setRegion(Region.newBuilder().setCode("990102").setName("新城区").setPath(List.of("测试省", "样例市", "新城区")).build())
                .setHeadline(List.of(
                        figure("GDP", "TARGET", "GROWTH", 2025, 6.5, "PERCENT"),
                        figure("PUBLIC_BUDGET_REVENUE", "ACTUAL", "LEVEL", 2024, 12.34e8, "CNY"),
                        figure("GDP", "ACTUAL", "GROWTH", 2024, 5.9, "PERCENT"),
                        figure("RETAIL_SALES", "TARGET", "GROWTH", 2025, 6.0, "PERCENT")))
                .setUrls(List.of(URL, REPOST))
                .setDetectedAt(Instant.parse("2025-01-20T09:00:00Z"))
                .build();
    }
}
