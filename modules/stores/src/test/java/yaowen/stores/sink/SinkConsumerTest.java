package yaowen.stores.sink;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import yaowen.records.RecordSerdes;
import yaowen.records.Topics;
import yaowen.stores.Fixtures;
import yaowen.stores.duckdb.DuckDbStore;
import yaowen.testkit.PollLoops;

@Timeout(30)
class SinkConsumerTest {

    @Test
    void runsInTheSinkGroupUnlessToldOtherwiseWithReadCommittedManualCommits() {
        Properties base = new Properties();
        base.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "true");
        base.put(ConsumerConfig.GROUP_ID_CONFIG, "mine");

        Properties config = SinkConsumer.consumerConfig(base);

        assertThat(config).containsEntry(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed")
                .containsEntry(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false")
                .containsEntry(ConsumerConfig.GROUP_ID_CONFIG, "mine");
        assertThat(SinkConsumer.consumerConfig(new Properties()))
                .containsEntry(ConsumerConfig.GROUP_ID_CONFIG, SinkConsumer.DEFAULT_GROUP_ID);
    }

    @Test
    void storesABatchPublishesDeadLettersAndCommitsAfterwards() throws Exception {
        MockConsumer<String, byte[]> consumer = new MockConsumer<>("earliest");
        MockProducer<String, byte[]> producer =
                new MockProducer<>(true, null, new StringSerializer(), new ByteArraySerializer());
        TopicPartition meetings = new TopicPartition(Topics.MEETINGS, 0);
        TopicPartition metrics = new TopicPartition(Topics.METRICS, 0);
        try (DuckDbStore store = DuckDbStore.inMemory()) {
            SinkConsumer sinkConsumer = new SinkConsumer(consumer, producer, store);
            consumer.schedulePollTask(() -> {
                consumer.rebalance(List.of(meetings, metrics));
                Map<TopicPartition, Long> beginning = new HashMap<>();
                beginning.put(meetings, 0L);
                beginning.put(metrics, 0L);
                consumer.updateBeginningOffsets(beginning);
                consumer.addRecord(new ConsumerRecord<>(Topics.MEETINGS, 0, 0L, "m1",
                        RecordSerdes.MEETING.encode(Fixtures.meeting("m1", "a1", LocalDate.of(2021, 1, 27)))));
                consumer.addRecord(new ConsumerRecord<>(Topics.METRICS, 0, 0L, "bad", new byte[] {0, 1, 2}));
                consumer.addRecord(new ConsumerRecord<>(Topics.METRICS, 0, 1L, "x1",
                        RecordSerdes.METRIC.encode(Fixtures.metric("x1", "a1", "m1"))));
            });
            PollLoops.stopWhen(consumer, "3 records stored and offsets committed", () -> sinkConsumer.stats().total() == 3
                    && consumer.committed(java.util.Set.of(metrics)).get(metrics) != null);

            sinkConsumer.run();

            assertThat(consumer.subscription()).containsExactlyInAnyOrderElementsOf(SinkConsumer.TOPICS);
            assertThat(sinkConsumer.stats()).isEqualTo(new SinkStats(0, 1, 1, 1, 0));
            assertThat(store.meeting("m1")).isPresent();
            assertThat(store.metricsOfMeeting("m1")).hasSize(1);
            List<ProducerRecord<String, byte[]>> sent = producer.history();
            assertThat(sent).singleElement().satisfies(r -> {
                assertThat(r.topic()).isEqualTo(Topics.DLQ);
                assertThat(r.key()).isEqualTo("bad");
                assertThat(RecordSerdes.DEAD_LETTER.decode(r.value()).getSourceOffset()).isEqualTo(0L);
            });
            assertThat(consumer.closed()).isTrue();
            assertThat(producer.closed()).isTrue();
        }
    }
}
