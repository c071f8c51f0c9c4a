package yaowen.cli.tap;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import yaowen.cli.node.KafkaClients;
import yaowen.consume.ReadToEnd;
import yaowen.records.AvroSerde;
import yaowen.records.RecordSerdes;

/**
 * Reads one topic as {@code read_committed} without joining a group (it assigns every partition and
 * commits nothing, so it never takes records from a running consumer) and prints each record as a
 * {@link TapJson} line.
 */
public final class Tap implements AutoCloseable {
    private static final Duration TIMEOUT = Duration.ofSeconds(15);
    private static final Duration POLL = Duration.ofMillis(200);

    private final String topic;
    private final Optional<AvroSerde<?>> serde;
    private final KafkaConsumer<String, byte[]> consumer;
    private final List<TopicPartition> partitions;
    private final PrintWriter out;

    private Tap(KafkaClients kafka, String topic, String valueType, PrintWriter out) {
        this.topic = topic;
        this.serde = RecordSerdes.forTopic(valueType);
        this.out = out;
        this.consumer = new KafkaConsumer<>(kafka.config(Map.of(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false", ConsumerConfig.CLIENT_ID_CONFIG, "yaowen-tap")),
                new StringDeserializer(), new ByteArrayDeserializer());
        this.partitions = ReadToEnd.partitions(consumer, topic, TIMEOUT);
        consumer.assign(partitions);
    }

    /**
     * Opens {@code topic} for reading.
     *
     * @param valueType the Yaowen topic name whose record type the values have (the topic itself, or its
     *                  name without the cluster's prefix); another name prints values as JSON, text or Base64
     * @throws IllegalArgumentException when the cluster has no such topic, naming the ones it has
     */
    public static Tap open(KafkaClients kafka, String topic, String valueType, PrintWriter out) {
        try (Admin admin = Admin.create(kafka.config())) {
            Set<String> names = admin.listTopics().names().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            if (!names.contains(topic)) {
                throw new IllegalArgumentException("no topic '" + topic + "' on Kafka at " + kafka.bootstrapServers()
                        + "; it has: " + String.join(", ", new java.util.TreeSet<>(names)));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("cannot list the topics of Kafka at " + kafka.bootstrapServers() + ": " + e, e);
        }
        return new Tap(kafka, topic, valueType, out);
    }

    /** Prints every committed record from the start of each partition up to its end now; returns how many. */
    public int printFromBeginning() {
        consumer.seekToBeginning(partitions);
        int[] n = {0};
        ReadToEnd.read(consumer, partitions, TIMEOUT, r -> {
            print(r);
            n[0]++;
        });
        return n[0];
    }

    /**
     * Prints the last {@code n} committed records of the topic, oldest first (by timestamp across
     * partitions), and leaves every partition at its end. Transaction markers take offsets too, so each
     * partition is read back in widening windows until it gives {@code n} records or its start is reached.
     */
    public int printLast(int n) {
        List<ConsumerRecord<String, byte[]>> tail = new ArrayList<>();
        Map<TopicPartition, Long> begins = consumer.beginningOffsets(partitions, TIMEOUT);
        Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, TIMEOUT);
        for (TopicPartition tp : partitions) {
            tail.addAll(lastOf(tp, n, begins.get(tp), ends.get(tp)));
        }
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        tail.sort(Comparator.<ConsumerRecord<String, byte[]>>comparingLong(ConsumerRecord::timestamp)
                .thenComparingInt(ConsumerRecord::partition).thenComparingLong(ConsumerRecord::offset));
        List<ConsumerRecord<String, byte[]>> shown = tail.subList(Math.max(0, tail.size() - n), tail.size());
        shown.forEach(this::print);
        return shown.size();
    }

    private List<ConsumerRecord<String, byte[]>> lastOf(TopicPartition tp, int n, long begin, long end) {
        consumer.assign(List.of(tp));
        long span = Math.max(1, n);
        while (true) {
            long from = Math.max(begin, end - span);
            consumer.seek(tp, from);
            List<ConsumerRecord<String, byte[]>> read = new ArrayList<>();
            ReadToEnd.read(consumer, List.of(tp), TIMEOUT, read::add);
            if (read.size() >= n || from == begin) {
                return read.subList(Math.max(0, read.size() - n), read.size());
            }
            span *= 2;
        }
    }

    /** Prints records as they arrive until {@code stopped} says so. */
    public void follow(BooleanSupplier stopped) {
        while (!stopped.getAsBoolean()) {
            consumer.poll(POLL).forEach(this::print);
        }
    }

    private void print(ConsumerRecord<String, byte[]> record) {
        out.println(TapJson.line(record, serde));
        out.flush();
    }

    public String topic() {
        return topic;
    }

    @Override
    public void close() {
        consumer.close();
    }
}
