package yaowen.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import yaowen.cli.CommandRun;
import yaowen.consume.DeadLetters;
import yaowen.records.DeadLetter;
import yaowen.records.MeetingAlert;
import yaowen.records.RecordSerdes;
import yaowen.records.Topics;
import yaowen.testkit.TestCluster;

/** {@code yaowen dlq list|show|replay} against a real broker holding two dead letters. */
@Tag("integration")
@Timeout(120)
class DlqCommandIT {
    @TempDir
    Path dir;

    @Test
    void listsShowsAndReplaysTheOriginalBytesToTheirSourceTopic() throws Exception {
        MeetingAlert alert = MeetingAlert.newBuilder().setMeetingKey("410202|2026-12-04|PLENARY_SESSION").setChange("NEW")
                .setTypes(List.of("PLENARY_SESSION")).setName("区委全会").setDate(LocalDate.of(2026, 12, 4))
                .setDetectedAt(Instant.parse("2026-12-04T08:00:00Z")).build();
        byte[] alertBytes = RecordSerdes.ALERT.encode(alert);
        DeadLetter failed = DeadLetters.of("alert", "DISPATCH_FAILED", "channel wecom: gave up after 8 attempts",
                Optional.empty(), Topics.ALERTS, 1, 7L, alert.getMeetingKey(), alertBytes, Instant.parse("2026-12-05T01:00:00Z"));
        DeadLetter garbage = DeadLetters.of("sink", "UNDECODABLE_RECORD", "not Avro", Optional.empty(), Topics.ARTICLES,
                0, 3L, "a1", new byte[] {1, 2, 3}, Instant.parse("2026-12-05T02:00:00Z"));
        try (TestCluster cluster = TestCluster.start(dir.resolve("kafka"))) {
            cluster.produce(Topics.DLQ, alert.getMeetingKey(), RecordSerdes.DEAD_LETTER.encode(failed));
            cluster.produce(Topics.DLQ, "a1", RecordSerdes.DEAD_LETTER.encode(garbage));
            String b = cluster.bootstrapServers();
            CommandRun yaowen = new CommandRun();

            assertThat(yaowen.run("dlq", "list", "-b", b)).as(yaowen.err()).isZero();
            List<String> lines = yaowen.out().lines().toList();
            assertThat(lines).hasSize(4).last().isEqualTo("2 dead letters");
            assertThat(lines.get(1)).contains("alert", "DISPATCH_FAILED", "yaowen.alerts-1@7", "channel wecom: gave up");
            assertThat(lines.get(2)).contains("sink", "UNDECODABLE_RECORD", "yaowen.articles-0@3");
            String at = lines.get(1).split(" ")[0];

            yaowen.clear();
            assertThat(yaowen.run("dlq", "list", "-b", b, "--kind", "UNDECODABLE_RECORD", "--since", "2026-12-05T01:30:00Z")).isZero();
            assertThat(yaowen.out()).contains("1 dead letters").doesNotContain("DISPATCH_FAILED");

            yaowen.clear();
            assertThat(yaowen.run("dlq", "show", "-b", b, at)).as(yaowen.err()).isZero();
            assertThat(yaowen.out()).contains("stage:      alert", "source:     yaowen.alerts-1@7",
                    "payload:    " + alertBytes.length + " bytes", "preview:    MeetingAlert NEW 410202|2026-12-04|PLENARY_SESSION",
                    "区委全会");

            yaowen.clear();
            assertThat(yaowen.run("dlq", "replay", "-b", b, at)).as(yaowen.err()).isZero();
            assertThat(yaowen.out()).contains("replayed " + at + " (alert DISPATCH_FAILED) to yaowen.alerts-", "1 dead letters replayed");
            List<ConsumerRecord<String, byte[]>> replayed = cluster.readAtLeast(Topics.ALERTS, new ByteArrayDeserializer(), 1,
                    Duration.ofSeconds(20));
            assertThat(replayed).singleElement().satisfies(r -> {
                assertThat(r.key()).isEqualTo(alert.getMeetingKey());
                assertThat(Arrays.equals(r.value(), alertBytes)).as("the original bytes").isTrue();
            });

            yaowen.clear();
            assertThat(yaowen.run("dlq", "show", "-b", b, "0:99")).isEqualTo(2);
            assertThat(yaowen.err()).contains("no dead letter at 0:99");
            yaowen.clear();
            assertThat(yaowen.run("dlq", "replay", "-b", b)).isEqualTo(2);
            assertThat(yaowen.err()).contains("name one dead letter (PARTITION:OFFSET) or choose them with --kind");
            yaowen.clear();
            assertThat(yaowen.run("dlq", "show", "-b", b, "seven")).isEqualTo(2);
            assertThat(yaowen.err()).contains("'seven' is not PARTITION:OFFSET like 1:42");
        }
    }
}
