package yaowen.pipeline.mirror;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import yaowen.pipeline.PipelineApp;
import yaowen.pipeline.PipelineSettings;
import yaowen.records.DeadLetter;
import yaowen.records.Meeting;
import yaowen.records.RecordSerdes;
import yaowen.records.TopicNames;
import yaowen.records.Topics;

class JsonMirrorTopologyTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TopicNames NAMES = new TopicNames("acme.", Set.of(Topics.MEETINGS));

    @TempDir
    Path stateDir;
    TopologyTestDriver driver;
    TestInputTopic<String, byte[]> meetings;
    TestOutputTopic<String, String> mirror;

    @BeforeEach
    void start() {
        StreamsBuilder builder = new StreamsBuilder();
        JsonMirrorTopology.addTo(builder, NAMES);
        driver = new TopologyTestDriver(builder.build(),
                PipelineApp.streamsConfig(PipelineSettings.defaults("unused:9092", stateDir)));
        meetings = driver.createInputTopic("acme.yaowen.meetings", new StringSerializer(), new ByteArraySerializer());
        mirror = driver.createOutputTopic("acme.yaowen.meetings.json", new StringDeserializer(), new StringDeserializer());
    }

    @AfterEach
    void close() {
        driver.close();
    }

    @Test
    void writesEachRecordAgainAsPlainJsonUnderTheSameKey() throws Exception {
        meetings.pipeInput("410202|2021-01-27|PLENARY_SESSION", RecordSerdes.MEETING.encode(Meeting.newBuilder()
                .setKey("410202|2021-01-27|PLENARY_SESSION").setArticleId("a1").setUrl("http://example.gov.cn/a")
                .setTitle("区委全会召开").setTypes(List.of("PLENARY_SESSION")).setDate(LocalDate.of(2021, 1, 27)).build()));

        TestRecord<String, String> out = mirror.readRecord();
        assertThat(out.key()).isEqualTo("410202|2021-01-27|PLENARY_SESSION");
        JsonNode value = JSON.readTree(out.value());
        assertThat(value.get("title").asText()).isEqualTo("区委全会召开");
        assertThat(value.get("date").asText()).isEqualTo("2021-01-27");
        assertThat(mirror.isEmpty()).isTrue();
    }

    @Test
    void aTombstoneStaysATombstone() {
        meetings.pipeInput("gone", (byte[]) null);

        TestRecord<String, String> out = mirror.readRecord();
        assertThat(out.key()).isEqualTo("gone");
        assertThat(out.value()).isNull();
    }

    @Test
    void aValueThatDoesNotDecodeIsADeadLetterAndNotMirrored() {
        meetings.pipeInput("bad", "garbage".getBytes(StandardCharsets.UTF_8));

        assertThat(mirror.isEmpty()).isTrue();
        DeadLetter dead = driver.createOutputTopic("acme.yaowen.dlq", new StringDeserializer(), RecordSerdes.DEAD_LETTER)
                .readValue();
        assertThat(dead.getErrorKind()).isEqualTo("UNDECODABLE_RECORD");
        assertThat(dead.getStage()).isEqualTo("json-mirror");
    }

    @Test
    void mirrorsOnlyTheTopicsAskedFor() {
        StreamsBuilder two = new StreamsBuilder();
        JsonMirrorTopology.addTo(two, new TopicNames("", Set.of(Topics.METRICS, Topics.ALERTS)));
        String described = two.build().describe().toString();
        assertThat(described).contains("yaowen.metrics.json", "yaowen.alerts.json").doesNotContain("yaowen.meetings");

        StreamsBuilder none = new StreamsBuilder();
        JsonMirrorTopology.addTo(none, TopicNames.DEFAULT);
        assertThat(none.build().describe().subtopologies()).isEmpty();
    }
}
