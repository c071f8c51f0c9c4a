package yaowen.web.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import yaowen.records.Article;
import yaowen.records.Meeting;
import yaowen.records.MeetingSource;
import yaowen.records.MetricEvidence;
import yaowen.records.MetricObservation;
import yaowen.records.Person;
import yaowen.records.Region;
import yaowen.stores.ArticleStore;

/**
 * Invented records for the API tests: meetings in three counties of two provinces over three years, a change of
 * 区委书记 in 龙亭区, TARGET and ACTUAL figures that make a MET, a MISSED and a PENDING target, a figure two
 * articles report (a statistics release stands, a meeting report agrees), and articles with bodies.
 */
final class ApiFixtures {
    static final Region LONGTING = region("410202", "龙亭区", "河南省", "开封市", "龙亭区");
    static final Region SHUNHE = region("410203", "顺河回族区", "河南省", "开封市", "顺河回族区");
    static final Region ZHONGYUAN = region("410102", "中原区", "河南省", "郑州市", "中原区");
    static final Region JIANGAN = region("420102", "江岸区", "湖北省", "武汉市", "江岸区");

    static final String M2024 = "410202|2024-01-20|ECONOMIC_WORK_CONFERENCE";
    static final String M2025 = "410202|2025-01-25|ECONOMIC_WORK_CONFERENCE";
    static final String M_SHUNHE = "410203|2025-02-10|PLENARY_SESSION";
    static final String M_JIANGAN = "420102|2023-12-28|WORK_CONFERENCE";
    static final String M_ZHONGYUAN = "410102|2024-03-05|STANDING_COMMITTEE";

    /** The body of article a2: the 2025 meeting's report, which states two outcomes of 2024 and a target of 2025. */
    static final String BODY_A2 = "1月25日，龙亭区召开全区经济工作会议。\n会议指出，2024年全区生产总值增长6.5%，"
            + "社会消费品零售总额增长5%。\n会议提出，2025年全区生产总值增长6%左右。";
    static final String BODY_STATS = "2024年龙亭区国民经济运行情况：初步核算，全区生产总值增长6.5%。";

    private ApiFixtures() {
    }

    static Region region(String code, String name, String... path) {
        return Region.newBuilder().setCode(code).setName(name).setPath(List.of(path)).build();
    }

    /** Writes every fixture into {@code store}. */
    static void fill(ArticleStore store) {
        store.upsertArticle(article("a1", "longting", "2024-01-21", "龙亭区召开2024年经济工作会议",
                "1月20日，龙亭区召开全区经济工作会议。会议提出，2024年全区生产总值增长6%，社会消费品零售总额增长8%。", "410202"));
        store.upsertArticle(article("a2", "longting", "2025-01-26", "龙亭区召开2025年经济工作会议", BODY_A2, "410202"));
        store.upsertArticle(article("a3", "shunhe", "2025-02-11", "顺河区委全会召开",
                "2月10日，顺河区委召开全体会议。2024年全区生产总值增长5.2%，低于预期目标。", "410203"));
        store.upsertArticle(article("a4", "jiangan", "2023-12-29", "江岸区工作会议", "12月28日，江岸区召开工作会议。", "420102"));
        store.upsertArticle(article("a5", "longting-tj", "2025-03-01", "2024年龙亭区国民经济运行情况", BODY_STATS, "410202"));
        store.upsertArticle(article("a6", "zhongyuan", "2024-03-06", "中原区委常委会召开", "3月5日，中原区委召开常委会会议。", "410102"));

        store.upsertMeeting(meeting(M2024, "a1", "全区经济工作会议", LocalDate.of(2024, 1, 20), LONGTING, List.of("ECONOMIC_WORK_CONFERENCE"),
                person("张一", "区委书记"), person("李二", "区长")));
        store.upsertMeeting(meeting(M2025, "a2", "全区经济工作会议", LocalDate.of(2025, 1, 25), LONGTING, List.of("ECONOMIC_WORK_CONFERENCE"),
                person("王三", "区委书记"), person("李二", "开封市龙亭区区长")));
        store.upsertMeeting(meeting(M_SHUNHE, "a3", "区委全体会议", LocalDate.of(2025, 2, 10), SHUNHE, List.of("PLENARY_SESSION"),
                person("赵四", "区委书记")));
        store.upsertMeeting(meeting(M_JIANGAN, "a4", "全区工作会议", LocalDate.of(2023, 12, 28), JIANGAN, List.of("WORK_CONFERENCE"),
                person("钱五", "区长")));
        store.upsertMeeting(meeting(M_ZHONGYUAN, "a6", "区委常委会会议", LocalDate.of(2024, 3, 5), ZHONGYUAN, List.of("STANDING_COMMITTEE"),
                person("孙六", "区委书记")));

        // 龙亭区 2024: GDP target 6, actual 6.5 (MET); retail target 8, actual 5 (MISSED); 2025 GDP target 6 (PENDING)
        store.upsertMetric(metric("t-gdp-2024", "a1", M2024, LONGTING, "GDP", "TARGET", 2024, 6.0, "增长6%",
                "会议提出，2024年全区生产总值增长6%，社会消费品零售总额增长8%。"));
        store.upsertMetric(metric("t-retail-2024", "a1", M2024, LONGTING, "RETAIL_SALES", "TARGET", 2024, 8.0, "增长8%",
                "会议提出，2024年全区生产总值增长6%，社会消费品零售总额增长8%。"));
        // the 2024 GDP outcome: the statistics release stands, the meeting report agrees
        store.upsertMetric(MetricObservation.newBuilder(metric("x-gdp-2024", "a5", null, LONGTING, "GDP", "ACTUAL", 2024, 6.5, "增长6.5%",
                "初步核算，全区生产总值增长6.5%。")).setReports(List.of(
                        evidence("a5", null, "STATISTICS", 6.5, "增长6.5%", "初步核算，全区生产总值增长6.5%。"),
                        evidence("a2", M2025, "MEETING", 6.5, "增长6.5%", "会议指出，2024年全区生产总值增长6.5%，社会消费品零售总额增长5%。")))
                .build());
        store.upsertMetric(metric("x-retail-2024", "a2", M2025, LONGTING, "RETAIL_SALES", "ACTUAL", 2024, 5.0, "增长5%",
                "会议指出，2024年全区生产总值增长6.5%，社会消费品零售总额增长5%。"));
        store.upsertMetric(MetricObservation.newBuilder(metric("t-gdp-2025", "a2", M2025, LONGTING, "GDP", "TARGET", 2025, 6.0, "增长6%左右",
                "会议提出，2025年全区生产总值增长6%左右。")).setQualifier("APPROX").build());
        store.upsertMetric(MetricObservation.newBuilder(metric("x-gdp-level-2024", "a5", null, LONGTING, "GDP", "ACTUAL", 2024, 2.5e10, "250亿元",
                "全区生产总值达到250亿元。")).setMeasure("LEVEL").setUnit("CNY").build());
        store.upsertMetric(metric("x-gdp-2024-shunhe", "a3", M_SHUNHE, SHUNHE, "GDP", "ACTUAL", 2024, 5.2, "增长5.2%",
                "2024年全区生产总值增长5.2%，低于预期目标。"));
        store.upsertMetric(metric("x-gdp-2024-zhongyuan", "a6", M_ZHONGYUAN, ZHONGYUAN, "GDP", "ACTUAL", 2024, 7.1, "增长7.1%",
                "2024年全区生产总值增长7.1%。"));
        store.upsertMetric(metric("x-gdp-2023-jiangan", "a4", M_JIANGAN, JIANGAN, "GDP", "ACTUAL", 2023, 5.9, "增长5.9%",
                "2023年全区生产总值增长5.9%。"));
    }

    static Article article(String id, String site, String published, String title, String text, String regionCode) {
        return Article.newBuilder().setId(id).setUrl("http://www." + site + ".gov.cn/news/" + id + ".html").setSiteId(site)
                .setTitle(title).setPublishedAt(published).setSource("区政府办公室").setAuthors(List.of("记者 周明"))
                .setText(text).setScript("zh-Hans").setCharset("UTF-8").setCharsetSource("HEADER")
                .setSimhash("0123456789abcdef").setContentHash(id.repeat(64).substring(0, 64))
                .setFetchedAt(Instant.parse(published + "T08:00:00Z")).setSiteRegionCode(regionCode).build();
    }

    static Person person(String name, String role) {
        return Person.newBuilder().setName(name).setRole(role).setRoles(List.of(role)).setPart("SPOKE").build();
    }

    static Meeting meeting(String key, String articleId, String name, LocalDate date, Region region, List<String> types,
                           Person... people) {
        String url = "http://www.example.gov.cn/news/" + articleId + ".html";
        return Meeting.newBuilder().setKey(key).setArticleId(articleId).setUrl(url).setTitle(name + "召开")
                .setTypes(types).setName(name).setDate(date).setRegion(region).setPeople(List.of(people))
                .setPublishedAt(date.plusDays(1).toString())
                .setSources(List.of(MeetingSource.newBuilder().setArticleId(articleId).setUrl(url).setSiteId("site-" + articleId).build()))
                .build();
    }

    static MetricObservation metric(String key, String articleId, String meetingKey, Region region, String indicator,
                                    String kind, int year, double value, String raw, String evidence) {
        return MetricObservation.newBuilder().setKey(key).setArticleId(articleId)
                .setUrl("http://www.example.gov.cn/news/" + articleId + ".html").setMeetingKey(meetingKey).setRegion(region)
                .setIndicator(indicator).setLabel(indicator.equals("GDP") ? "生产总值" : "社会消费品零售总额").setKind(kind)
                .setYear(year).setMeasure("GROWTH").setValue(value).setUnit("PERCENT").setRaw(raw).setEvidence(evidence).build();
    }

    static MetricEvidence evidence(String articleId, String meetingKey, String standing, double value, String raw, String evidence) {
        return MetricEvidence.newBuilder().setArticleId(articleId).setUrl("http://www.example.gov.cn/news/" + articleId + ".html")
                .setMeetingKey(meetingKey).setStanding(standing).setValue(value).setRaw(raw).setEvidence(evidence).build();
    }

    /** Many metrics, for paging and export caps: {@code n} figures of 江岸区 for 1980 onwards. */
    static List<MetricObservation> many(int n) {
        List<MetricObservation> all = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            all.add(metric("bulk-" + i, "a4", null, JIANGAN, "FIXED_ASSET_INVESTMENT", "ACTUAL", 1980 + i % 40, i, "增长" + i + "%",
                    "固定资产投资增长" + i + "%。"));
        }
        return all;
    }
}
