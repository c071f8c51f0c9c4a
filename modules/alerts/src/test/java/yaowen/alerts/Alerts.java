package yaowen.alerts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import yaowen.records.MeetingAlert;
import yaowen.records.MetricSummary;
import yaowen.records.Region;

/** Alerts as the pipeline would produce them. */
final class Alerts {
    static final String NAME = "中国共产党开封市龙亭区第十届委员会第九次全体(扩大)会议暨区委经济工作会议";

    private Alerts() {
    }

    static MeetingAlert longting() {
        return MeetingAlert.newBuilder()
                .setMeetingKey("410202|2021-01-27|ECONOMIC_WORK_CONFERENCE+PLENARY_SESSION")
                .setChange("NEW")
                .setTypes(List.of("PLENARY_SESSION", "ECONOMIC_WORK_CONFERENCE"))
                .setName(NAME)
                .setDate(LocalDate.of(2021, 1, 27))
                .setRegion(Region.newBuilder().setCode("410202").setName("龙亭区").setPath(List.of("河南省", "开封市", "龙亭区")).build())
                .setHeadline(List.of(MetricSummary.newBuilder().setIndicator("GDP").setKind("ACTUAL").setMeasure("GROWTH")
                        .setYear(2020).setValue(5.7).setUnit("PERCENT").setRaw("生产总值增长5.7%").build()))
                .setUrls(List.of("http://www.longting.gov.cn/news/1.html"))
                .setDetectedAt(Instant.parse("2021-01-28T03:00:00Z"))
                .build();
    }
}
