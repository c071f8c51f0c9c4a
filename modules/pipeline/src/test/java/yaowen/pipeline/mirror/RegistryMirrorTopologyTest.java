package yaowen.pipeline.mirror;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
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

class RegistryMirrorTopologyTest {
    private static final TopicNames NAMES = new TopicNames("acme.", Set.of(), Set.of(Topics.MEETINGS));
    private static final int ID = 0x01020304;

    @TempDir
    Path stateDir;
    TopologyTestDriver driver;
    TestInputTopic<String, byte[]> meetings;
    TestOutputTopic<String, byte[]> mirror;

    @BeforeEach
    void start() {
        StreamsBuilder builder = new StreamsBuilder();
        RegistryMirrorTopology.addTo(builder, NAMES, Map.of(Topics.MEETINGS, ID));
        driver = new TopologyTestDriver(builder.build(),
                PipelineApp.streamsConfig(PipelineSettings.defaults("unused:9092", stateDir)));
        meetings = driver.createInputTopic("acme.yaowen.meetings", new StringSerializer(), new ByteArraySerializer());
        mirror = driver.createOutputTopic("acme.yaowen.meetings.avro", new StringDeserializer(), new ByteArrayDeserializer());
    }

    @AfterEach
    void close() {
        driver.close();
    }

    @Test
    void writesEachRecordInTheConfluentWireFormatUnderTheSameKey() throws Exception {
        Meeting meeting = Meeting.newBuilder().setKey("410202|2021-01-27|PLENARY_SESSION").setArticleId("a1")
                .setUrl("http://example.gov.cn/a").setTitle("区委全会召开").setTypes(List.of("PLENARY_SESSION"))
                .setDate(LocalDate.of(2021, 1, 27)).build();
        meetings.pipeInput("410202|2021-01-27|PLENARY_SESSION", RecordSerdes.MEETING.encode(meeting));

        TestRecord<String, byte[]> out = mirror.readRecord();
        assertThat(out.key()).isEqualTo("410202|2021-01-27|PLENARY_SESSION");
        byte[] bytes = out.value();
        assertThat(bytes[0]).isZero();
        assertThat(ByteBuffer.wrap(bytes, 1, 4).getInt()).isEqualTo(ID);
        // What a Confluent deserializer does after looking the id up: Avro's plain binary decoding, no header.
        BinaryDecoder plain = DecoderFactory.get().binaryDecoder(Arrays.copyOfRange(bytes, 5, bytes.length), null);
        Meeting decoded = new SpecificDatumReader<>(Meeting.class).read(null, plain);
        assertThat(decoded).isEqualTo(meeting);
        assertThat(plain.isEnd()).isTrue();
        assertThat(mirror.isEmpty()).isTrue();
    }

    @Test
    void aTombstoneStaysATombstone() {
        meetings.pipeInput("gone", (byte[]) null);

        TestRecord<String, byte[]> out = mirror.readRecord();
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
        assertThat(dead.getStage()).isEqualTo("registry-mirror");
    }

    @Test
    void registersEachMirroredTopicsSchemaUnderItsValueSubject() {
        TopicNames two = new TopicNames("acme.", Set.of(), Set.of(Topics.METRICS, Topics.MEETINGS));
        List<String> asked = new ArrayList<>();
        Map<String, Integer> ids = RegistryMirrorTopology.register((subject, schema) -> {
            asked.add(subject + " " + schema.getName());
            return asked.size();
        }, two);

        assertThat(asked).containsExactly("acme.yaowen.meetings.avro-value Meeting", "acme.yaowen.metrics.avro-value MetricObservation");
        assertThat(ids).isEqualTo(Map.of(Topics.MEETINGS, 1, Topics.METRICS, 2));
    }

    @Test
    void mirrorsOnlyTheTopicsAskedForAndNeedsAnIdForEach() {
        StreamsBuilder none = new StreamsBuilder();
        RegistryMirrorTopology.addTo(none, new TopicNames("", Set.of(Topics.MEETINGS)), Map.of());
        assertThat(none.build().describe().subtopologies()).isEmpty();

        assertThatThrownBy(() -> RegistryMirrorTopology.addTo(new StreamsBuilder(), NAMES, Map.of()))
                .hasMessageContaining("acme.yaowen.meetings.avro");
    }

    @Test
    void pipelineSettingsWithARegistryMirrorNeedARegistry() {
        assertThatThrownBy(() -> new PipelineSettings("k:9092", "app", stateDir, 1, java.time.Duration.ofSeconds(1), 1,
                Map.of(), NAMES)).hasMessageContaining("kafka.schemaRegistryUrl");
        assertThat(new PipelineSettings("k:9092", "app", stateDir, 1, java.time.Duration.ofSeconds(1), 1, Map.of(), NAMES,
                java.util.Optional.of(java.net.URI.create("http://r:8081"))).schemaRegistry()).isPresent();
    }
}
