package yaowen.pipeline.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import yaowen.cleaning.CleanedArticle;
import yaowen.insight.Insight;
import yaowen.insight.MeetingFacts;
import yaowen.insight.Metric;
import yaowen.insight.Region;
import yaowen.pipeline.ArticleAnalyser;
import yaowen.pipeline.PageCleaner;
import yaowen.pipeline.PipelineApp;
import yaowen.pipeline.PipelineSettings;
import yaowen.records.Meeting;
import yaowen.records.MeetingAlert;
import yaowen.records.MeetingSource;
import yaowen.records.MetricSummary;
import yaowen.records.RecordSerdes;
import yaowen.records.Topics;

/**
 * The merge steps in the whole topology: reports of one invented meeting from two sites become one record
 * with two sources and one NEW alert; a later report adding a figure makes one UPDATED alert; a repost with
 * nothing new makes none; one figure stated by three reports is one metric.
 */
class MeetingDeduplicatorTest {
    static final Region DISTRICT = new Region(Optional.of("419901"), "甲区", List.of("河南省", "乙市", "甲区"));

    @TempDir
    Path stateDir;
    TopologyTestDriver driver;
    TestInputTopic<String, byte[]> raw;

    /** The page body is the text; a line "目标:INDICATOR[=VALUE][~]" states a 2024 growth target (~: about). */
    PageCleaner cleaner = page -> new CleanedArticle(Optional.of("标题" + page.url()), Optional.of("2024-01-12"),
            Optional.empty(), List.of(), new String(page.body(), StandardCharsets.UTF_8), CleanedArticle.Script.SIMPLIFIED,
            "UTF-8", CleanedArticle.CharsetSource.HEADER, 42L, "ab");
    ArticleAnalyser analyser = (article, budget) -> {
        List<Metric> metrics = new ArrayList<>();
        for (String line : article.text().split("\n")) {
            if (line.startsWith("目标:")) {
                String[] figure = line.substring(3).replace("~", "").split("=");
                metrics.add(new Metric(figure[0], line, Metric.Kind.TARGET, Optional.of(2024), Optional.empty(),
                        Metric.Measure.GROWTH, figure.length > 1 ? Double.parseDouble(figure[1]) : 7.0, "PERCENT",
                        line.endsWith("~") ? Optional.of(Metric.Qualifier.APPROX) : Optional.empty(), Optional.empty(), Optional.empty(),
                        false, Optional.empty(), Optional.empty(), line, line));
            }
        }
        return new Insight(new MeetingFacts(true, List.of(MeetingFacts.MeetingType.PLENARY_SESSION),
                Optional.of("全会"), Optional.empty(), Optional.of(LocalDate.of(2024, 1, 12)), Optional.of(DISTRICT),
                Optional.empty(), Optional.empty(), Optional.of(2023), Optional.of(2024), List.of()), metrics);
    };

    @BeforeEach
    void start() {
        PipelineSettings settings = PipelineSettings.defaults("unused:9092", stateDir);
        driver = new TopologyTestDriver(PipelineApp.topology(cleaner, analyser), PipelineApp.streamsConfig(settings));
        raw = driver.createInputTopic(Topics.PAGES_RAW, new StringSerializer(), new ByteArraySerializer());
    }

    @AfterEach
    void close() {
        driver.close();
    }

    void page(String site, String url, String body) {
        raw.pipeInput(url, yaowen.records.RecordSerdes.RAW_PAGE.encode(yaowen.records.RawPage.newBuilder()
                .setUrl(url).setSiteId(site).setSiteRegionCode("419901")
                .setFetchedAt(java.time.Instant.parse("2024-01-12T12:00:00Z")).setStatus(200)
                .setContentType("text/html").setHeaders(java.util.Map.of())
                .setBody(java.nio.ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8))).build()));
    }

    List<Meeting> meetings() {
        return driver.createOutputTopic(Topics.MEETINGS, new StringDeserializer(), RecordSerdes.MEETING).readValuesToList();
    }

    List<MeetingAlert> alerts() {
        return driver.createOutputTopic(Topics.ALERTS, new StringDeserializer(), RecordSerdes.ALERT).readValuesToList();
    }

    @Test
    void twoReportsFromTwoSitesBecomeOneMeetingWithTwoSourcesAndOneAlert() {
        page("jia", "http://jia.example/1.html", "全会召开\n目标:GDP");
        page("yi", "http://yi.example/9.html", "转自甲区\n全会召开\n目标:GDP");

        List<Meeting> meetings = meetings();
        assertThat(meetings).extracting(Meeting::getKey).containsOnly("419901|2024-01-12|PLENARY_SESSION");
        assertThat(meetings.get(meetings.size() - 1).getSources()).extracting(MeetingSource::getSiteId)
                .containsExactly("jia", "yi");
        assertThat(alerts()).singleElement().satisfies(a -> {
            assertThat(a.getChange()).isEqualTo("NEW");
            assertThat(a.getAdded()).isEmpty();
        });
    }

    @Test
    void aThirdReportAddingAFigureMakesOneUpdatedAlertAndARepostWithNothingNewMakesNone() {
        page("jia", "http://jia.example/1.html", "全会召开\n目标:GDP");
        page("yi", "http://yi.example/9.html", "全会召开\n目标:GDP");
        assertThat(alerts()).extracting(MeetingAlert::getChange).containsExactly("NEW");

        page("bing", "http://bing.example/3.html", "全会召开\n目标:GDP\n目标:RETAIL_SALES");
        assertThat(alerts()).singleElement().satisfies(a -> {
            assertThat(a.getChange()).isEqualTo("UPDATED");
            assertThat(a.getAdded()).extracting(MetricSummary::getIndicator).containsExactly("RETAIL_SALES");
            assertThat(a.getUrls()).hasSize(3);
        });

        page("ding", "http://ding.example/4.html", "全会召开\n目标:RETAIL_SALES");
        page("jia", "http://jia.example/1.html", "全会召开\n目标:GDP");
        assertThat(alerts()).isEmpty();
        List<Meeting> meetings = meetings();
        assertThat(meetings.get(meetings.size() - 1).getSources()).hasSize(4);
        assertThat(meetings.get(meetings.size() - 1).getFigures()).extracting(MetricSummary::getIndicator)
                .containsExactly("GDP", "RETAIL_SALES");
    }

    @Test
    void oneFigureFromThreeReportsIsOneMetricAndDifferingQualifiersMakeItAVisibleConflict() {
        page("jia", "http://jia.example/1.html", "全会召开\n目标:GDP=6.5~");
        page("yi", "http://yi.example/9.html", "全会召开\n目标:GDP=6.5~");
        page("bing", "http://bing.example/3.html", "全会召开\n目标:GDP=6.5");

        var metrics = driver.createOutputTopic(Topics.METRICS, new StringDeserializer(), RecordSerdes.METRIC)
                .readKeyValuesToMap();
        assertThat(metrics).containsOnlyKeys("419901|GDP|TARGET|2024|-|GROWTH|-");
        var metric = metrics.values().iterator().next();
        assertThat(metric.getReports()).extracting(r -> r.getUrl())
                .containsExactly("http://jia.example/1.html", "http://yi.example/9.html", "http://bing.example/3.html");
        assertThat(metric.getConflict()).isTrue();
        assertThat(metric.getQualifier()).isEqualTo("APPROX");
    }
}
