package yaowen.cli.node;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

import yaowen.consume.ReadToEnd;

/** Reads how far consumer groups are behind and how many records topics hold. */
public final class TopicProgress {
    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    private TopicProgress() {
    }

    /**
     * Committed records of {@code topics} after the offsets {@code group} has committed: what it still has
     * to process. Counted by reading, not by subtracting offsets, because transaction markers take
     * offsets too: a group that has read everything may sit one offset short of the end for ever.
     */
    public static long lag(Admin admin, KafkaClients kafka, String group, List<String> topics) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        Map<TopicPartition, Long> behind = new HashMap<>();
        for (var end : endOffsets(admin, topics).entrySet()) {
            OffsetAndMetadata c = committed.get(end.getKey());
            long position = c == null ? 0 : c.offset();
            if (position < end.getValue()) {
                behind.put(end.getKey(), position);
            }
        }
        return behind.isEmpty() ? 0 : readableRecords(kafka, behind);
    }

    private static long readableRecords(KafkaClients kafka, Map<TopicPartition, Long> from) {
        try (var consumer = new KafkaConsumer<>(readCommitted(kafka), new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.assign(from.keySet());
            from.forEach(consumer::seek);
            long[] records = {0};
            ReadToEnd.read(consumer, from.keySet(), TIMEOUT, r -> records[0]++);
            return records[0];
        }
    }

    private static Properties readCommitted(KafkaClients kafka) {
        Properties p = kafka.config();
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "yaowen-progress-" + UUID.randomUUID());
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        return p;
    }

    /** read_committed end offset of each partition of {@code topics}. */
    static Map<TopicPartition, Long> endOffsets(Admin admin, List<String> topics) throws Exception {
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        for (var d : admin.describeTopics(topics).allTopicNames().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).values()) {
            d.partitions().forEach(p -> request.put(new TopicPartition(d.name(), p.partition()), OffsetSpec.latest()));
        }
        Map<TopicPartition, Long> ends = new HashMap<>();
        admin.listOffsets(request, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all()
                .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                .forEach((tp, info) -> ends.put(tp, info.offset()));
        return ends;
    }

    /** Committed records in each of {@code topics}, counted by reading them (for summaries, not hot paths). */
    public static Map<String, Long> count(KafkaClients kafka, List<String> topics) {
        Properties p = readCommitted(kafka);
        Map<String, Long> counts = new LinkedHashMap<>();
        topics.forEach(t -> counts.put(t, 0L));
        try (var consumer = new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : topics) {
                partitions.addAll(ReadToEnd.partitions(consumer, topic, TIMEOUT));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            ReadToEnd.read(consumer, partitions, TIMEOUT, r -> counts.merge(r.topic(), 1L, Long::sum));
        }
        return counts;
    }
}
