package yaowen.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Timeout;
import yaowen.consume.DeadLetters;
import yaowen.insight.InsightExtractor;
import yaowen.insight.OverBudgetException;
import yaowen.records.TopicNames;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import yaowen.cleaning.CleanedArticle;
import yaowen.cleaning.CleaningException;
import yaowen.insight.Insight;
import yaowen.insight.InsightException;
import yaowen.insight.MeetingFacts;
import yaowen.insight.Metric;
import yaowen.insight.Region;
import yaowen.pipeline.clean.RawPageMapping;
import yaowen.records.Article;
import yaowen.records.DeadLetter;
import yaowen.records.Meeting;
import yaowen.records.MeetingAlert;
import yaowen.records.MetricObservation;
import yaowen.records.RawPage;
import yaowen.records.RecordSerdes;
import yaowen.records.Topics;

/**
 * The pipeline's wiring with stand-in cores: what goes to which topic under which key. The cores'
 * own behaviour is tested in their modules.
 */
class PipelineTopologyTest {
    static final String URL = "http://www.longting.gov.cn/xwzx/t20210128_1.html";
    static final Region LONGTING = new Region(Optional.of("410202"), "龙亭区", List.of("河南省", "开封市", "龙亭区"));

    @TempDir
    Path stateDir;
    TopologyTestDriver driver;
    TestInputTopic<String, byte[]> raw;

    PageCleaner cleaner = page -> new CleanedArticle(Optional.of("区委全会召开"), Optional.of("2021-01-28"), Optional.empty(),
            List.of(), new String(page.body(), StandardCharsets.UTF_8), CleanedArticle.Script.SIMPLIFIED, "UTF-8",
            CleanedArticle.CharsetSource.HEADER, 42L, "ab");
    ArticleAnalyser analyser = (article, budget) -> new Insight(
            new MeetingFacts(true, List.of(MeetingFacts.MeetingType.PLENARY_SESSION), Optional.of("全会"),
                    Optional.empty(), Optional.of(LocalDate.of(2021, 1, 27)), Optional.of(LONGTING), Optional.empty(),
                    Optional.empty(), Optional.of(2020), Optional.of(2021), List.of()),
            List.of(new Metric("GDP", "生产总值", Metric.Kind.ACTUAL, Optional.of(2020), Optional.empty(),
                    Metric.Measure.GROWTH, 5.7, "PERCENT", Optional.empty(), Optional.empty(), Optional.empty(), false,
                    Optional.empty(), Optional.empty(), "生产总值增长5.7%", "全区生产总值增长5.7%。")));

    void start() {
        start(PipelineApp.topology(cleaner, analyser));
    }

    void start(org.apache.kafka.streams.Topology topology) {
        PipelineSettings settings = PipelineSettings.defaults("unused:9092", stateDir);
        driver = new TopologyTestDriver(topology, PipelineApp.streamsConfig(settings));
        raw = driver.createInputTopic(Topics.PAGES_RAW, new StringSerializer(), new ByteArraySerializer());
    }

    @AfterEach
    void close() {
        if (driver != null) {
            driver.close();
        }
    }

    static byte[] rawPage(String url, int status, String body) {
        return RecordSerdes.RAW_PAGE.encode(RawPage.newBuilder().setUrl(url).setSiteId("longting").setSiteRegionCode("410202")
                .setFetchedAt(Instant.parse("2021-01-28T10:00:00Z")).setStatus(status).setContentType("text/html")
                .setHeaders(Map.of()).setBody(ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8))).build());
    }

    <T extends org.apache.avro.specific.SpecificRecord> TestOutputTopic<String, T> output(String topic, yaowen.records.AvroSerde<T> serde) {
        return driver.createOutputTopic(topic, new StringDeserializer(), serde);
    }

    @Test
    void turnsARawPageIntoAnArticleAMeetingItsMetricsAndOneAlert() {
        start();
        raw.pipeInput(URL, rawPage(URL, 200, "1月27日,区委全会召开。全区生产总值增长5.7%。"));

        var articles = output(Topics.ARTICLES, RecordSerdes.ARTICLE).readKeyValuesToList();
        assertThat(articles).hasSize(1);
        Article article = articles.get(0).value;
        assertThat(articles.get(0).key).isEqualTo(RawPageMapping.articleId(URL)).isEqualTo(article.getId());
        assertThat(article.getTitle()).isEqualTo("区委全会召开");
        assertThat(article.getSiteRegionCode()).isEqualTo("410202");

        var meetings = output(Topics.MEETINGS, RecordSerdes.MEETING).readKeyValuesToList();
        assertThat(meetings).hasSize(1);
        Meeting meeting = meetings.get(0).value;
        assertThat(meetings.get(0).key).isEqualTo("410202|2021-01-27|PLENARY_SESSION").isEqualTo(meeting.getKey());
        assertThat(meeting.getRegion().getPath()).containsExactly("河南省", "开封市", "龙亭区");
        assertThat(meeting.getPlanYear()).isEqualTo(2021);

        List<MetricObservation> metrics = output(Topics.METRICS, RecordSerdes.METRIC).readValuesToList();
        assertThat(metrics).singleElement().satisfies(m -> {
            assertThat(m.getIndicator()).isEqualTo("GDP");
            assertThat(m.getValue()).isEqualTo(5.7);
            assertThat(m.getMeetingKey()).isEqualTo(meeting.getKey());
            assertThat(m.getEvidence()).isEqualTo("全区生产总值增长5.7%。");
        });

        List<MeetingAlert> alerts = output(Topics.ALERTS, RecordSerdes.ALERT).readValuesToList();
        assertThat(alerts).singleElement().satisfies(a -> {
            assertThat(a.getChange()).isEqualTo("NEW");
            assertThat(a.getHeadline()).extracting(h -> h.getIndicator()).containsExactly("GDP");
            assertThat(a.getUrls()).containsExactly(URL);
        });
        assertThat(output(Topics.DLQ, RecordSerdes.DEAD_LETTER).isEmpty()).isTrue();
    }

    @Test
    void announcesAMeetingReportedByTwoSitesOnlyOnce() {
        start();
        raw.pipeInput(URL, rawPage(URL, 200, "区委全会召开"));
        String repost = "http://www.kaifeng.gov.cn/art/2021/1/28/art_1_2.html";
        raw.pipeInput(repost, rawPage(repost, 200, "区委全会召开"));

        assertThat(output(Topics.ARTICLES, RecordSerdes.ARTICLE).readValuesToList()).hasSize(2);
        assertThat(output(Topics.MEETINGS, RecordSerdes.MEETING).readValuesToList()).hasSize(2);
        assertThat(output(Topics.ALERTS, RecordSerdes.ALERT).readValuesToList()).singleElement()
                .satisfies(a -> assertThat(a.getUrls()).containsExactly(URL));
    }

    @Test
    void routesUndecodableBytesToTheDeadLetterTopicWithTheBytes() {
        start();
        byte[] garbage = "%PDF-1.4 not an avro record".getBytes(StandardCharsets.US_ASCII);
        raw.pipeInput("bad-key", garbage);

        var dead = driver.createOutputTopic(Topics.DLQ, new StringDeserializer(), RecordSerdes.DEAD_LETTER).readKeyValuesToList();
        assertThat(dead).singleElement().satisfies(kv -> {
            assertThat(kv.key).isEqualTo("bad-key");
            DeadLetter d = kv.value;
            assertThat(d.getStage()).isEqualTo("clean");
            assertThat(d.getErrorKind()).isEqualTo("UNDECODABLE_RECORD");
            assertThat(d.getSourceTopic()).isEqualTo(Topics.PAGES_RAW);
            assertThat(d.getSourceOffset()).isZero();
            assertThat(bytes(d.getValue())).isEqualTo(garbage);
        });
        assertThat(output(Topics.ARTICLES, RecordSerdes.ARTICLE).isEmpty()).isTrue();
    }

    @Test
    void routesAPageTheCleanerRejectsWithItsReasonAndKeepsProcessingTheNext() {
        cleaner = page -> {
            if (new String(page.body(), StandardCharsets.UTF_8).startsWith("%PDF")) {
                throw new CleaningException(CleaningException.Reason.BINARY, "a PDF document, not a web page");
            }
            return new CleanedArticle(Optional.empty(), Optional.empty(), Optional.empty(), List.of(), "正文",
                    CleanedArticle.Script.SIMPLIFIED, "UTF-8", CleanedArticle.CharsetSource.DEFAULT, 1L, "c");
        };
        start();
        byte[] pdf = rawPage("http://x.gov.cn/a.html", 200, "%PDF-1.4 ...");
        raw.pipeInput("http://x.gov.cn/a.html", pdf);
        raw.pipeInput(URL, rawPage(URL, 200, "正文"));

        assertThat(output(Topics.DLQ, RecordSerdes.DEAD_LETTER).readValuesToList()).singleElement().satisfies(d -> {
            assertThat(d.getErrorKind()).isEqualTo("BINARY");
            assertThat(d.getMessage()).contains("PDF").contains("http://x.gov.cn/a.html");
            assertThat(bytes(d.getValue())).isEqualTo(pdf);
        });
        assertThat(output(Topics.ARTICLES, RecordSerdes.ARTICLE).readValuesToList()).hasSize(1);
    }

    @Test
    void routesHttpErrorsAndInsightFailuresToTheDeadLetterTopic() {
        analyser = (article, budget) -> {
            throw new IllegalStateException("boom");
        };
        start();
        raw.pipeInput("http://x.gov.cn/404.html", rawPage("http://x.gov.cn/404.html", 404, "Not Found"));
        raw.pipeInput(URL, rawPage(URL, 200, "正文"));

        List<DeadLetter> dead = output(Topics.DLQ, RecordSerdes.DEAD_LETTER).readValuesToList();
        assertThat(dead).extracting(DeadLetter::getStage, DeadLetter::getErrorKind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("clean", "HTTP_ERROR"),
                        org.assertj.core.groups.Tuple.tuple("insight", "PROCESSING_ERROR"));
        assertThat(dead.get(1).getSourceTopic()).isEqualTo(Topics.ARTICLES);
        assertThat(RecordSerdes.ARTICLE.decode(bytes(dead.get(1).getValue())).getUrl()).isEqualTo(URL);
    }

    @Test
    void deadLettersAPageJustUnderTheRecordLimitWithinTheLimitAndKeepsGoing() {
        start();
        String big = "http://x.gov.cn/" + "a".repeat(2000) + ".html";
        byte[] page = rawPage(big, 500, "错".repeat((Topics.MAX_MESSAGE_BYTES - 6_500) / 3));
        assertThat(page.length).isLessThan(Topics.MAX_MESSAGE_BYTES).isGreaterThan(Topics.MAX_MESSAGE_BYTES - 6_000);
        raw.pipeInput(big, page);
        raw.pipeInput(URL, rawPage(URL, 200, "正文"));

        var dead = driver.createOutputTopic(Topics.DLQ, new StringDeserializer(), new ByteArrayDeserializer())
                .readKeyValuesToList();
        assertThat(dead).singleElement().satisfies(kv -> {
            // The producer refuses a record over max.request.size = MAX_MESSAGE_BYTES; the test driver does not.
            assertThat(kv.key.length() + kv.value.length).isLessThan(Topics.MAX_MESSAGE_BYTES - 1024);
            DeadLetter d = RecordSerdes.DEAD_LETTER.decode(kv.value);
            assertThat(d.getErrorKind()).isEqualTo("HTTP_ERROR");
            assertThat(d.getValueSize()).isEqualTo(page.length);
            assertThat(d.getValueSha256()).hasSize(64);
            assertThat(bytes(d.getValue())).isEqualTo(java.util.Arrays.copyOf(page, bytes(d.getValue()).length));
            assertThat(d.getMessage()).contains("截断");
        });
        assertThat(output(Topics.ARTICLES, RecordSerdes.ARTICLE).readValuesToList()).hasSize(1);
    }

    @Test
    void deadLettersAnArticleInsightFailsOnWithItsBytesAndKeepsGoing() {
        ArticleAnalyser working = analyser;
        analyser = (article, budget) -> {
            if (article.text().contains("故障")) {
                throw new InsightException(article.title(), new ArrayIndexOutOfBoundsException("Index 3 out of bounds"));
            }
            return working.extract(article, budget);
        };
        start();
        String broken = "http://www.longting.gov.cn/xwzx/t20210128_2.html";
        raw.pipeInput(broken, rawPage(broken, 200, "故障的文章"));
        raw.pipeInput(URL, rawPage(URL, 200, "1月27日,区委全会召开。"));

        assertThat(output(Topics.DLQ, RecordSerdes.DEAD_LETTER).readValuesToList()).singleElement().satisfies(d -> {
            assertThat(d.getStage()).isEqualTo("insight");
            assertThat(d.getErrorKind()).isEqualTo("PROCESSING_ERROR");
            assertThat(d.getMessage()).contains("insight failed on «区委全会召开»", "Index 3 out of bounds", broken);
            assertThat(d.getSourceTopic()).isEqualTo(Topics.ARTICLES);
            assertThat(RecordSerdes.ARTICLE.decode(bytes(d.getValue())).getText()).isEqualTo("故障的文章");
        });
        assertThat(output(Topics.MEETINGS, RecordSerdes.MEETING).readValuesToList()).singleElement()
                .satisfies(m -> assertThat(m.getUrl()).isEqualTo(URL));
    }

    /** A clock that moves one step each time it is read: insight's budget counted in questions, not in real time. */
    static LongSupplier steps(Duration step) {
        AtomicLong now = new AtomicLong();
        return () -> now.addAndGet(step.toNanos());
    }

    @Test
    void deadLettersAnArticleInsightCannotFinishInTimeWithItsBytesCountsItAndKeepsGoing() {
        ArticleAnalyser working = analyser;
        analyser = (article, budget) -> {
            while (article.text().contains("冗长")) { // a slow article: asks its budget until it runs out, as insight does
                if (budget.exhausted()) {
                    throw new OverBudgetException(article.title());
                }
            }
            return working.extract(article, budget);
        };
        start(PipelineApp.topology(cleaner, analyser, TopicNames.DEFAULT, Map.of(), Duration.ofSeconds(3),
                steps(Duration.ofMillis(500))));
        DeadLetters.Count tooSlow = new DeadLetters.Count("insight", "TOO_SLOW");
        long before = DeadLetters.built(tooSlow);
        String slow = "http://www.longting.gov.cn/xwzx/t20210128_3.html";
        raw.pipeInput(slow, rawPage(slow, 200, "冗长的文章"));
        raw.pipeInput(URL, rawPage(URL, 200, "1月27日,区委全会召开。"));

        assertThat(output(Topics.DLQ, RecordSerdes.DEAD_LETTER).readValuesToList()).singleElement().satisfies(d -> {
            assertThat(d.getStage()).isEqualTo("insight");
            assertThat(d.getErrorKind()).isEqualTo("TOO_SLOW");
            assertThat(d.getMessage()).contains("insight took longer than 3 s", "pipeline.insightBudget", slow);
            assertThat(d.getExceptionClass()).isEqualTo(OverBudgetException.class.getName());
            assertThat(d.getSourceTopic()).isEqualTo(Topics.ARTICLES);
            assertThat(RecordSerdes.ARTICLE.decode(bytes(d.getValue())).getText()).isEqualTo("冗长的文章");
        });
        assertThat(DeadLetters.built(tooSlow)).isEqualTo(before + 1);
        assertThat(output(Topics.MEETINGS, RecordSerdes.MEETING).readValuesToList()).singleElement()
                .satisfies(m -> assertThat(m.getUrl()).isEqualTo(URL));
    }

    @Test
    @Timeout(120)
    void stopsTheRealExtractorOnAnArticleLongerThanItsBudgetAndReadsTheNext() {
        InsightExtractor extractor = InsightExtractor.load();
        // one clock step per question: the extractor asks before each sentence, so 3,000 sentences outrun 1,000 steps
        start(PipelineApp.topology(cleaner, extractor::extract, TopicNames.DEFAULT, Map.of(), Duration.ofSeconds(1),
                steps(Duration.ofMillis(1))));
        String slow = "http://www.longting.gov.cn/xwzx/t20210128_4.html";
        raw.pipeInput(slow, rawPage(slow, 200, "全区生产总值增长6.5%。".repeat(3000)));
        raw.pipeInput(URL, rawPage(URL, 200, "1月27日,龙亭区委全会召开。全区生产总值增长5.7%。"));

        assertThat(output(Topics.DLQ, RecordSerdes.DEAD_LETTER).readValuesToList()).singleElement().satisfies(d -> {
            assertThat(d.getErrorKind()).isEqualTo("TOO_SLOW");
            assertThat(d.getMessage()).startsWith("insight took longer than 1 s");
        });
        assertThat(output(Topics.MEETINGS, RecordSerdes.MEETING).readValuesToList()).singleElement()
                .satisfies(m -> assertThat(m.getUrl()).isEqualTo(URL));
    }

    @Test
    void emitsNoMeetingNorAlertForAnArticleThatIsNotAMeeting() {
        analyser = (article, budget) -> new Insight(MeetingFacts.notAMeeting(Optional.of(LONGTING)), List.of());
        start();
        raw.pipeInput(URL, rawPage(URL, 200, "签约仪式举行"));

        assertThat(output(Topics.ARTICLES, RecordSerdes.ARTICLE).readValuesToList()).hasSize(1);
        assertThat(output(Topics.MEETINGS, RecordSerdes.MEETING).isEmpty()).isTrue();
        assertThat(output(Topics.ALERTS, RecordSerdes.ALERT).isEmpty()).isTrue();
    }

    static byte[] bytes(ByteBuffer buffer) {
        ByteBuffer copy = buffer.duplicate();
        byte[] out = new byte[copy.remaining()];
        copy.get(out);
        return out;
    }

}
