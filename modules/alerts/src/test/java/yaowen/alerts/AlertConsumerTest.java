package yaowen.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import yaowen.records.RecordSerdes;
import yaowen.records.Topics;
import yaowen.testkit.PollLoops;

@Timeout(30)
class AlertConsumerTest {

    @Test
    void readsCommittedAlertsInTheConfiguredGroup() {
        Properties base = new Properties();
        base.put(ConsumerConfig.GROUP_ID_CONFIG, "ops-team");
        assertThat(AlertConsumer.consumerConfig(base))
                .containsEntry(ConsumerConfig.GROUP_ID_CONFIG, "ops-team")
                .containsEntry(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed")
                .containsEntry(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        assertThat(AlertConsumer.consumerConfig(new Properties()))
                .containsEntry(ConsumerConfig.GROUP_ID_CONFIG, AlertConsumer.DEFAULT_GROUP_ID);
    }

    @Test
    void dispatchesDeadLettersBadRecordsAndCommitsAfterwards() throws Exception {
        MockConsumer<String, byte[]> consumer = new MockConsumer<>("earliest");
        MockProducer<String, byte[]> producer = new MockProducer<>(true, null, new StringSerializer(), new ByteArraySerializer());
        TopicPartition tp = new TopicPartition(Topics.ALERTS, 0);
        AlertHandlerTest.Recording recording = new AlertHandlerTest.Recording();
        AlertConsumer alerts = new AlertConsumer(consumer, producer, List.of(recording));
        consumer.schedulePollTask(() -> {
            consumer.rebalance(List.of(tp));
            consumer.updateBeginningOffsets(Map.of(tp, 0L));
            consumer.addRecord(new ConsumerRecord<>(Topics.ALERTS, 0, 0L, "bad", new byte[] {9}));
            consumer.addRecord(new ConsumerRecord<>(Topics.ALERTS, 0, 1L, "k", RecordSerdes.ALERT.encode(Alerts.longting())));
        });
        AtomicReference<OffsetAndMetadata> committed = new AtomicReference<>();
        PollLoops.stopWhen(consumer, "a commit", () -> {
            committed.set(consumer.committed(Set.of(tp)).get(tp));
            return committed.get() != null;
        });

        alerts.run();

        assertThat(consumer.subscription()).containsExactlyElementsOf(AlertConsumer.TOPICS);
        assertThat(committed.get().offset()).isEqualTo(2L);
        assertThat(recording.seen).containsExactly(Alerts.longting());
        assertThat(alerts.stats()).isEqualTo(new AlertStats(1, 1, 0));
        assertThat(producer.history()).singleElement().satisfies(r -> {
            assertThat(r.topic()).isEqualTo(Topics.DLQ);
            assertThat(RecordSerdes.DEAD_LETTER.decode(r.value()).getErrorKind()).isEqualTo("UNDECODABLE_RECORD");
        });
        assertThat(consumer.closed()).isTrue();
        assertThat(producer.closed()).isTrue();
    }
}
