package yaowen.consume;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;

/**
 * Reading partitions up to where they end now: the seen-set of the crawler, its saved state and the
 * CLI's progress counts all read a topic this way rather than consuming it as a group.
 */
public final class ReadToEnd {
    private static final Duration POLL = Duration.ofMillis(100);

    private ReadToEnd() {
    }

    /** Every partition of {@code topic}. */
    public static List<TopicPartition> partitions(Consumer<?, ?> consumer, String topic, Duration timeout) {
        return consumer.partitionsFor(topic, timeout).stream()
                .map(i -> new TopicPartition(i.topic(), i.partition())).toList();
    }

    /**
     * Polls {@code consumer}, whose {@code partitions} the caller has assigned and positioned, until each
     * has reached the end offset it has at the call, handing every record to {@code each}.
     *
     * @return false when {@code timeout} passed first
     */
    public static <K, V> boolean read(Consumer<K, V> consumer, Collection<TopicPartition> partitions, Duration timeout,
                                      java.util.function.Consumer<ConsumerRecord<K, V>> each) {
        Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, timeout);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (partitions.stream().anyMatch(tp -> consumer.position(tp, timeout) < ends.get(tp))) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            consumer.poll(POLL).forEach(each);
        }
        return true;
    }
}
