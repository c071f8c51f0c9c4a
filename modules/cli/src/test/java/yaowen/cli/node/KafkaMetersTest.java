package yaowen.cli.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class KafkaMetersTest {
    static final TopicPartition A0 = new TopicPartition("a", 0);
    static final TopicPartition A1 = new TopicPartition("a", 1);
    static final TopicPartition B0 = new TopicPartition("b", 0);

    @Test
    void lagIsEndMinusCommittedOverTheGroupsTopicsAndTheWholePartitionWhenNothingIsCommitted() {
        Map<TopicPartition, Long> ends = Map.of(A0, 10L, A1, 5L, B0, 7L);
        Map<TopicPartition, OffsetAndMetadata> committed = Map.of(A0, new OffsetAndMetadata(8));

        assertThat(KafkaMeters.lag(ends, committed, List.of("a"))).isEqualTo(2 + 5);
        assertThat(KafkaMeters.lag(ends, committed, List.of("a", "b"))).isEqualTo(2 + 5 + 7);
        assertThat(KafkaMeters.lag(ends, Map.of(A0, new OffsetAndMetadata(12)), List.of("a"))).as("never negative")
                .isEqualTo(5);
    }
}
