package yaowen.cli.tap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import yaowen.cli.CommandRun;
import yaowen.cli.node.KafkaClients;
import yaowen.records.Meeting;
import yaowen.records.RecordSerdes;
import yaowen.records.Topics;
import yaowen.testkit.Await;
import yaowen.testkit.TestCluster;

/** {@code yaowen tap} on a real broker: Avro records come out as JSON lines with their place in the topic. */
@Tag("integration")
@Timeout(120)
class TapIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path dir;
    static TestCluster cluster;

    @BeforeAll
    static void start() {
        cluster = TestCluster.start(dir.resolve("kafka"));
        for (int i = 1; i <= 5; i++) {
            cluster.produce(Topics.MEETINGS, "m" + i, RecordSerdes.MEETING.encode(meeting("m" + i, "第" + i + "次常务会议")));
        }
        cluster.produce(Topics.DLQ, "bad", "not avro".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @AfterAll
    static void stop() {
        cluster.close();
    }

    static Meeting meeting(String key, String title) {
        return Meeting.newBuilder().setKey(key).setArticleId("a-" + key).setUrl("http://example.gov.cn/" + key)
                .setTitle(title).setTypes(List.of("EXECUTIVE_MEETING")).setDate(LocalDate.of(2024, 3, 1)).build();
    }

    private static List<JsonNode> lines(String out) throws Exception {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (!line.isBlank()) {
                nodes.add(JSON.readTree(line));
            }
        }
        return nodes;
    }

    @Test
    void printsEveryRecordFromTheBeginningAsJsonLinesDecodedWithItsSchema() throws Exception {
        CommandRun run = new CommandRun();
        int status = run.run("tap", Topics.MEETINGS, "--from-beginning", "--bootstrap-servers", cluster.bootstrapServers());

        assertThat(status).as(run.err()).isZero();
        List<JsonNode> lines = lines(run.out());
        assertThat(lines).hasSize(5);
        assertThat(lines).extracting(n -> n.get("key").asText()).containsExactlyInAnyOrder("m1", "m2", "m3", "m4", "m5");
        JsonNode first = lines.stream().filter(n -> n.get("key").asText().equals("m1")).findFirst().orElseThrow();
        assertThat(first.get("topic").asText()).isEqualTo(Topics.MEETINGS);
        assertThat(first.has("partition") && first.has("offset") && first.has("timestamp")).isTrue();
        assertThat(first.get("value").get("title").asText()).isEqualTo("第1次常务会议");
        assertThat(first.get("value").get("date").asText()).isEqualTo("2024-03-01");
    }

    @Test
    void printsTheLastRecordsOldestFirst() throws Exception {
        CommandRun run = new CommandRun();
        assertThat(run.run("tap", Topics.MEETINGS, "--last", "2", "--bootstrap-servers", cluster.bootstrapServers()))
                .as(run.err()).isZero();

        assertThat(lines(run.out())).extracting(n -> n.get("key").asText()).containsExactly("m4", "m5");
    }

    @Test
    void aValueThatDoesNotDecodeKeepsItsBytesAndSaysWhy() throws Exception {
        CommandRun run = new CommandRun();
        assertThat(run.run("tap", Topics.DLQ, "--from-beginning", "--bootstrap-servers", cluster.bootstrapServers())).isZero();

        JsonNode line = lines(run.out()).get(0);
        assertThat(line.get("error").asText()).contains("not a DeadLetter record");
        assertThat(line.get("valueBase64").asText()).isNotEmpty();
    }

    @Test
    void anUnknownTopicIsNamedWithTheTopicsThereAre() {
        CommandRun run = new CommandRun();
        assertThat(run.run("tap", "yaowen.meeting", "--bootstrap-servers", cluster.bootstrapServers())).isEqualTo(2);

        assertThat(run.err()).contains("no topic 'yaowen.meeting' on Kafka at " + cluster.bootstrapServers())
                .contains(Topics.MEETINGS);
    }

    @Test
    void followPrintsRecordsAsTheyArrive() throws Exception {
        StringWriter out = new StringWriter();
        AtomicBoolean stop = new AtomicBoolean();
        Thread follower;
        try (Tap tap = Tap.open(KafkaClients.plain(cluster.bootstrapServers()), Topics.ALERTS, Topics.ALERTS,
                new PrintWriter(out, true))) {
            assertThat(tap.printLast(10)).isZero();
            follower = new Thread(() -> tap.follow(stop::get));
            follower.start();
            cluster.produce(Topics.ALERTS, "late", RecordSerdes.ALERT.encode(yaowen.records.MeetingAlert.newBuilder()
                    .setMeetingKey("late").setChange("NEW").setName("后来的会议").setDetectedAt(java.time.Instant.now()).build()));
            Await.until("the new alert printed", Duration.ofSeconds(30), () -> out.toString().contains("后来的会议"),
                    out::toString);
            stop.set(true);
            follower.join(10_000);
        }
        assertThat(lines(out.toString())).singleElement().satisfies(n -> assertThat(n.get("key").asText()).isEqualTo("late"));
    }
}
