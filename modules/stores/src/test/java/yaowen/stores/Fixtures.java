package yaowen.stores;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import yaowen.records.Article;
import yaowen.records.Meeting;
import yaowen.records.MetricObservation;
import yaowen.records.Person;
import yaowen.records.Region;

/** Records as the pipeline would produce them, for store and sink tests. */
public final class Fixtures {
    public static final Region LONGTING = Region.newBuilder().setCode("410202").setName("龙亭区")
            .setPath(List.of("河南省", "开封市", "龙亭区")).build();

    private Fixtures() {
    }

    public static Article article(String id) {
        return Article.newBuilder()
                .setId(id).setUrl("http://www.longting.gov.cn/news/" + id + ".html").setSiteId("longting")
                .setTitle("区委十届九次全会暨区委经济工作会议召开").setPublishedAt("2021-01-28").setSource("开封市龙亭区人民政府")
                .setAuthors(List.of("王晓宇", "李明")).setText("1月27日，中国共产党开封市龙亭区第十届委员会召开。\n全区生产总值增长5.7%。")
                .setScript("zh-Hans").setCharset("UTF-8").setCharsetSource("HEADER").setSimhash("0123456789abcdef")
                .setContentHash("ab".repeat(32)).setFetchedAt(Instant.parse("2021-01-28T03:00:00Z"))
                .setSiteRegionCode("410202").build();
    }

    public static Meeting meeting(String key, String articleId, LocalDate date) {
        return Meeting.newBuilder()
                .setKey(key).setArticleId(articleId).setUrl("http://www.longting.gov.cn/news/" + articleId + ".html")
                .setTitle("区委十届九次全会暨区委经济工作会议召开")
                .setTypes(List.of("PLENARY_SESSION", "ECONOMIC_WORK_CONFERENCE")).setDecidingCue("全体(扩大)会议")
                .setName("中国共产党开封市龙亭区第十届委员会第九次全体(扩大)会议暨区委经济工作会议")
                .setDate(date).setRegion(LONGTING).setFormat("IN_PERSON").setCongress(10).setPlenary(9)
                .setEnlarged(true).setReviewYear(2020).setPlanYear(2021)
                .setPeople(List.of(
                        Person.newBuilder().setName("张正濠").setRole("区委书记").setRoles(List.of("区委书记")).setPart("SPOKE").build(),
                        Person.newBuilder().setName("刘玉杰").setRole("区长").setRoles(List.of("区委副书记", "区长")).setPart(null).build()))
                .setPublishedAt("2021-01-28").build();
    }

    public static MetricObservation metric(String key, String articleId, String meetingKey) {
        return MetricObservation.newBuilder()
                .setKey(key).setArticleId(articleId).setUrl("http://www.longting.gov.cn/news/" + articleId + ".html")
                .setMeetingKey(meetingKey).setRegion(LONGTING).setIndicator("GDP").setLabel("生产总值")
                .setKind("ACTUAL").setYear(2020).setPeriod(null).setMeasure("GROWTH").setValue(5.7).setUnit("PERCENT")
                .setQualifier(null).setRangeMin(null).setRangeMax(null).setScope(null).setPreliminary(true)
                .setRankScope("全市").setRank(2).setVersusScope("全市").setVersusDeltaPp(1.4)
                .setRaw("全区生产总值增长5.7%").setEvidence("预计全区生产总值增长5.7%，高于全市1.4个百分点，居全市第2位。")
                .build();
    }
}
