package yaowen.cli.dlq;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import yaowen.cli.node.KafkaClients;
import yaowen.records.TopicNames;
import java.util.concurrent.ExecutionException;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import yaowen.consume.ReadToEnd;
import yaowen.records.DeadLetter;
import yaowen.records.RecordSerdes;
import yaowen.records.Topics;

/**
 * The dead-letter topic of one cluster: every dead letter with where it sits ({@link Entry}), read from the
 * start to the current end without a consumer group (nothing is committed), and the replay of a dead letter's
 * original bytes to its source topic. Not thread-safe; one per command.
 */
public final class DeadLetterTopic {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    /** A dead letter at {@code partition:offset} of {@code yaowen.dlq}; {@code letter} empty when undecodable. */
    public record Entry(int partition, long offset, Optional<DeadLetter> letter, int size) {
        /** Where it sits, as the commands write it: {@code 1:42}. */
        public String at() {
            return partition + ":" + offset;
        }
    }

    private final KafkaClients kafka;
    private final TopicNames topics;
    private final String dlq;

    public DeadLetterTopic(String bootstrapServers) {
        this(KafkaClients.plain(bootstrapServers), TopicNames.DEFAULT);
    }

    /** The dead letters on {@code kafka}, named as {@code topics} names them ({@code kafka.topicPrefix}). */
    public DeadLetterTopic(KafkaClients kafka, TopicNames topics) {
        this.kafka = kafka;
        this.topics = topics;
        this.dlq = topics.dlq();
    }

    /** Every dead letter now in the topic that {@code filter} keeps, by partition and offset. */
    public List<Entry> list(Predicate<DeadLetter> filter) {
        List<Entry> entries = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            List<TopicPartition> partitions = ReadToEnd.partitions(consumer, dlq, TIMEOUT);
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            if (!ReadToEnd.read(consumer, partitions, TIMEOUT, r -> {
                Entry e = entry(r);
                if (e.letter().isPresent() && filter.test(e.letter().get())) {
                    entries.add(e);
                }
            })) {
                throw new IllegalStateException("could not read " + dlq + " to its end within " + TIMEOUT);
            }
        }
        entries.sort(java.util.Comparator.comparing((Entry e) -> e.letter().orElseThrow().getFailedAt())
                .thenComparing(Entry::partition).thenComparing(Entry::offset));
        return entries;
    }

    /**
     * The dead letter at {@code partition:offset}.
     *
     * @throws IllegalArgumentException in words when there is none
     */
    public Entry get(int partition, long offset) {
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            TopicPartition tp = new TopicPartition(dlq, partition);
            if (ReadToEnd.partitions(consumer, dlq, TIMEOUT).stream().noneMatch(tp::equals)) {
                throw new IllegalArgumentException(dlq + " has no partition " + partition);
            }
            consumer.assign(List.of(tp));
            long end = consumer.endOffsets(List.of(tp), TIMEOUT).get(tp);
            long start = consumer.beginningOffsets(List.of(tp), TIMEOUT).get(tp);
            if (offset < start || offset >= end) {
                throw new IllegalArgumentException("no dead letter at " + partition + ":" + offset + " (partition "
                        + partition + " holds offsets " + start + " to " + (end - 1) + ")");
            }
            consumer.seek(tp, offset);
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    if (r.offset() >= offset) {
                        if (r.offset() > offset) { // a transaction marker or a compacted gap
                            throw new IllegalArgumentException("no dead letter at " + partition + ":" + offset);
                        }
                        return entry(r);
                    }
                }
            }
            throw new IllegalStateException("could not read " + partition + ":" + offset + " within " + TIMEOUT);
        }
    }

    /**
     * Sends the original key and value of {@code letter} to its source topic with an idempotent producer.
     *
     * @return where the record landed, {@code topic-partition@offset}
     * @throws IllegalArgumentException when the dead letter has no source topic or no value to replay
     */
    public String replay(DeadLetter letter) {
        if (letter.getSourceTopic() == null || letter.getValue() == null) {
            throw new IllegalArgumentException("cannot replay a dead letter of stage " + letter.getStage()
                    + " without " + (letter.getSourceTopic() == null ? "a source topic" : "its bytes"));
        }
        Properties p = kafka.config(); // the cluster's client properties (SASL/SSL) too
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer())) {
            RecordMetadata m = producer.send(new ProducerRecord<>(letter.getSourceTopic(), bytes(letter.getKey()),
                    bytes(letter.getValue()))).get();
            return m.topic() + "-" + m.partition() + "@" + m.offset();
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not write to " + letter.getSourceTopic() + ": " + e.getCause().getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while replaying", e);
        }
    }

    private static Entry entry(ConsumerRecord<String, byte[]> r) {
        int size = r.value() == null ? 0 : r.value().length;
        try {
            return new Entry(r.partition(), r.offset(), Optional.ofNullable(r.value()).map(RecordSerdes.DEAD_LETTER::decode), size);
        } catch (SerializationException e) {
            return new Entry(r.partition(), r.offset(), Optional.empty(), size);
        }
    }

    static byte[] bytes(ByteBuffer buffer) {
        if (buffer == null) {
            return null;
        }
        ByteBuffer copy = buffer.duplicate();
        byte[] out = new byte[copy.remaining()];
        copy.get(out);
        return out;
    }

    static String text(ByteBuffer buffer) {
        byte[] b = bytes(buffer);
        return b == null ? null : new String(b, StandardCharsets.UTF_8);
    }

    private KafkaConsumer<String, byte[]> consumer() {
        Properties p = kafka.config();
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "15000");
        return new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer());
    }

    /** The names of the topics on this cluster. */
    public TopicNames topics() {
        return topics;
    }
}
