package yaowen.consume;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.consumer.internals.AutoOffsetResetStrategy;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class ReadToEndTest {
    private static final TopicPartition TP = new TopicPartition("t", 0);

    private static MockConsumer<String, String> consumer(long end, int records) {
        MockConsumer<String, String> consumer = new MockConsumer<>(AutoOffsetResetStrategy.EARLIEST.name());
        consumer.assign(List.of(TP));
        consumer.updateBeginningOffsets(Map.of(TP, 0L));
        consumer.updateEndOffsets(Map.of(TP, end));
        consumer.seekToBeginning(List.of(TP));
        consumer.schedulePollTask(() -> {
            for (int i = 0; i < records; i++) {
                consumer.addRecord(new ConsumerRecord<>("t", 0, i, "k" + i, "v" + i));
            }
        });
        return consumer;
    }

    @Test
    void readsEveryRecordUpToTheEndOffsetsOfTheCall() {
        List<String> keys = new ArrayList<>();
        assertThat(ReadToEnd.read(consumer(3, 3), List.of(TP), Duration.ofSeconds(5), r -> keys.add(r.key()))).isTrue();
        assertThat(keys).containsExactly("k0", "k1", "k2");
    }

    @Test
    void reportsAPartitionThatDoesNotReachItsEndInTime() {
        List<String> keys = new ArrayList<>();
        assertThat(ReadToEnd.read(consumer(5, 2), List.of(TP), Duration.ofMillis(300), r -> keys.add(r.key()))).isFalse();
        assertThat(keys).containsExactly("k0", "k1");
    }
}
