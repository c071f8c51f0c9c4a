package yaowen.cli.node;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * End offsets per topic and consumer lag per group, read with the Kafka {@link Admin} client before each
 * scrape ({@link #refresh()}): {@code yaowen.topic.end.offsets{topic}} is the sum of the partitions' end
 * offsets (transaction markers included: one offset per committed transaction), and
 * {@code yaowen.consumer.lag{group}} is end minus committed offset summed over the group's partitions.
 * Yaowen's groups commit their position, which has moved past the markers, so a group that has read
 * everything shows 0. A refresh that cannot reach the broker keeps the last values and logs at DEBUG;
 * the broker health check reports it.
 */
final class KafkaMeters implements MeterBinder {
    private static final Logger LOG = LoggerFactory.getLogger(KafkaMeters.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    private final Admin admin;
    private final List<String> topics;
    private final Map<String, List<String>> groups;
    private final Map<String, Long> records = new ConcurrentHashMap<>();
    private final Map<String, Long> lag = new ConcurrentHashMap<>();

    /**
     * @param admin  a client the caller owns and closes
     * @param topics the topics to count
     * @param groups consumer group → the topics it reads
     */
    KafkaMeters(Admin admin, List<String> topics, Map<String, List<String>> groups) {
        this.admin = admin;
        this.topics = List.copyOf(topics);
        this.groups = Map.copyOf(groups);
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (String topic : topics) {
            Gauge.builder("yaowen.topic.end.offsets", records, r -> r.getOrDefault(topic, 0L)).tag("topic", topic)
                    .description("end offsets summed over the topic's partitions (transaction markers included)")
                    .register(registry);
        }
        for (String group : groups.keySet()) {
            Gauge.builder("yaowen.consumer.lag", lag, l -> l.getOrDefault(group, 0L)).tag("group", group)
                    .description("records the group has still to read")
                    .register(registry);
        }
    }

    /** Reads end offsets and committed offsets now; one refresh at a time. */
    synchronized void refresh() {
        try {
            Map<TopicPartition, Long> ends = TopicProgress.endOffsets(admin, topics);
            for (String topic : topics) {
                records.put(topic, ends.entrySet().stream().filter(e -> e.getKey().topic().equals(topic))
                        .mapToLong(Map.Entry::getValue).sum());
            }
            for (var group : groups.entrySet()) {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group.getKey())
                        .partitionsToOffsetAndMetadata().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                lag.put(group.getKey(), lag(ends, committed, group.getValue()));
            }
        } catch (Exception e) {
            LOG.debug("cannot read offsets for the metrics: {}", e.toString());
        }
    }

    /** End minus committed offset, summed over the partitions of {@code topics} (0 committed when none). */
    static long lag(Map<TopicPartition, Long> ends, Map<TopicPartition, OffsetAndMetadata> committed, List<String> topics) {
        long sum = 0;
        for (var end : ends.entrySet()) {
            if (topics.contains(end.getKey().topic())) {
                OffsetAndMetadata c = committed.get(end.getKey());
                sum += Math.max(0, end.getValue() - (c == null ? 0 : c.offset()));
            }
        }
        return sum;
    }
}
