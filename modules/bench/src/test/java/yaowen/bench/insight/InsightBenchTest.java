package yaowen.bench.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import yaowen.bench.insight.InsightBench.Doc;
import yaowen.bench.insight.InsightBench.SetResult;
import yaowen.bench.quality.QualityReport;
import yaowen.bench.quality.QualityReport.Aspect;
import yaowen.insight.ArticleText;
import yaowen.insight.Insight;
import yaowen.insight.MeetingFacts;
import yaowen.insight.Metric;
import yaowen.insight.Region;

/** The insight bench feeds gold text to the extractor and scores with the shared scorer; no timing here. */
class InsightBenchTest {
    private static final String GOLD = "{\"id\": \"t-1\", \"input\": \"articles/001-a.txt\", \"article\": {\"title\": \"县召开经济工作会议\","
            + " \"publishedAt\": \"2023-01-06T09:00:00\", \"source\": null, \"authors\": [], \"text\": \"1月5日,县召开经济工作会议。\","
            + " \"script\": \"zh-Hans\", \"mustNotContain\": []}, \"meeting\": {\"isMeeting\": true, \"types\": [\"ECONOMIC_WORK_CONFERENCE\"],"
            + " \"date\": \"2023-01-05\", \"region\": {\"code\": \"430181\", \"name\": \"浏阳市\", \"path\": [\"湖南省\", \"长沙市\", \"浏阳市\"]},"
            + " \"people\": [{\"name\": \"李军\", \"role\": \"市委书记\", \"part\": \"SPOKE\"}]}, \"metrics\": ["
            + "{\"indicator\": \"GDP\", \"kind\": \"TARGET\", \"year\": 2023, \"period\": null, \"measure\": \"GROWTH\", \"value\": 6.5,"
            + " \"qualifier\": \"APPROX\", \"scope\": null, \"raw\": \"增长6.5%左右\"},"
            + "{\"indicator\": \"FIXED_ASSET_INVESTMENT\", \"kind\": \"TARGET\", \"year\": 2023, \"period\": null, \"measure\": \"GROWTH\","
            + " \"value\": 10, \"qualifier\": null, \"scope\": null, \"raw\": \"固定资产投资增长10%\"}], \"optionalMetrics\": []}";

    private static Metric metric(String indicator, double value) {
        return new Metric(indicator, indicator, Metric.Kind.TARGET, Optional.of(2023), Optional.empty(), Metric.Measure.GROWTH,
                value, "PERCENT", Optional.of(Metric.Qualifier.APPROX), Optional.empty(), Optional.empty(), false,
                Optional.empty(), Optional.empty(), "raw", "evidence");
    }

    @Test
    void feedsTheGoldTextTitleAndDayToTheExtractorAndScoresWithTheSharedScorer(@TempDir Path root) throws IOException {
        Files.createDirectories(root.resolve("gold"));
        Files.writeString(root.resolve("gold/001-a.json"), GOLD, StandardCharsets.UTF_8);
        List<Doc> docs = InsightBench.load(root);
        assertThat(docs).singleElement().satisfies(d -> {
            assertThat(d.article().title()).contains("县召开经济工作会议");
            assertThat(d.article().publishedOn()).contains(LocalDate.of(2023, 1, 6));
            assertThat(d.article().text()).isEqualTo("1月5日,县召开经济工作会议。");
        });
        Function<ArticleText, Insight> extractor = a -> new Insight(new MeetingFacts(true,
                List.of(MeetingFacts.MeetingType.ECONOMIC_WORK_CONFERENCE, MeetingFacts.MeetingType.OTHER_MEETING),
                Optional.empty(), Optional.empty(), Optional.of(LocalDate.of(2023, 1, 5)),
                Optional.of(new Region(Optional.of("430181"), "浏阳市", List.of("湖南省", "长沙市", "浏阳市"))),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                List.of(new MeetingFacts.Person("李军", "市委书记", List.of("市委书记"), Optional.of(MeetingFacts.Part.SPOKE)))),
                List.of(metric("GDP", 6.5), metric("RETAIL_SALES", 7)));

        QualityReport report = InsightBench.score(root.toString(), docs, extractor);

        var meeting = report.main().meeting().orElseThrow();
        assertThat(meeting.isMeeting().value()).isEqualTo(1.0);
        assertThat(meeting.types().matched()).isEqualTo(1);
        assertThat(meeting.types().predicted()).isEqualTo(2);
        assertThat(meeting.region().value()).isEqualTo(1.0);
        assertThat(meeting.people().f1()).isEqualTo(1.0);
        assertThat(meeting.date()).isEqualTo(new QualityReport.Ratio(1, 1));
        assertThat(meeting.part()).isEqualTo(new QualityReport.Ratio(1, 1));
        var metrics = report.main().metrics().orElseThrow();
        assertThat(metrics.tuples().matched()).isEqualTo(1);
        assertThat(metrics.tuples().expected()).isEqualTo(2);
        assertThat(metrics.qualifier().value()).isEqualTo(1.0);
        // Article fields are the gold's own: no cleaning misses show up.
        assertThat(report.documents().get(0).issues()).extracting(i -> i.aspect())
                .containsExactlyInAnyOrder(Aspect.WRONG_TYPE, Aspect.MISSED_METRIC, Aspect.FALSE_ALARM_METRIC);

        String text = InsightRendering.text(List.of(new SetResult("team", root, report, Optional.empty())));
        assertThat(text).contains("isMeeting accuracy", "1.000 (1/1)", "meeting date (gold meetings)",
                "people part accuracy (matched)", "MISSED_METRIC", "FIXED_ASSET_INVESTMENT", "WRONG_TYPE");
        String markdown = InsightRendering.markdown(List.of(new SetResult("team", root, report, Optional.empty())));
        assertThat(markdown).startsWith("| figure | target | team |").contains("- `t-1`");
    }

    @Test
    void reportsAFailingExtractorAsAnEmptyPrediction(@TempDir Path root) throws IOException {
        Files.createDirectories(root.resolve("gold"));
        Files.writeString(root.resolve("gold/001-a.json"), GOLD, StandardCharsets.UTF_8);
        QualityReport report = InsightBench.score("x", InsightBench.load(root), a -> {
            throw new IllegalStateException("boom");
        });
        assertThat(report.main().failed()).isEqualTo(1);
        assertThat(report.main().metrics().orElseThrow().tuples().matched()).isZero();
    }
}
