package yaowen.stores.sink;

import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import yaowen.records.TopicNames;
import yaowen.records.Topics;
import yaowen.consume.DeadLetteringLoop;
import yaowen.stores.ArticleStore;

/**
 * Reads {@link Topics#ARTICLES}, {@link Topics#MEETINGS} and {@link Topics#METRICS} (read_committed,
 * manual commits) and upserts every record into an {@link ArticleStore}: a {@link RecordSink} run by a
 * {@link DeadLetteringLoop}.
 *
 * <p>Each polled batch is written in one store transaction together with where each partition resumes
 * (table {@code sink_offsets}, per consumer group), after its dead letters are acknowledged; on assignment
 * the sink resumes at those stored offsets ({@link BatchedSink}). So a crash anywhere neither loses a batch
 * nor writes it twice. Kafka's committed offsets follow, for lag metrics only. A record that cannot be
 * decoded or stored goes to {@link Topics#DLQ} and the loop goes on; if the dead-letter topic itself
 * cannot be written, the batch is read again after a pause.
 *
 * <p>Threading: {@link #run()} runs the loop on the calling thread until {@link #close()}, which may
 * be called from any thread: it wakes the consumer, waits for the loop to finish and closes the
 * clients (not the store, which the caller owns). {@link #stats()} may be read from any thread.
 */
public final class SinkConsumer implements Runnable, AutoCloseable {
    /** Consumer group used when the properties name none. */
    public static final String DEFAULT_GROUP_ID = "yaowen-sink";
    /** Topics the sink reads. */
    public static final List<String> TOPICS = List.of(Topics.ARTICLES, Topics.MEETINGS, Topics.METRICS);

    private final RecordSink sink;
    private final DeadLetteringLoop loop;

    /**
     * Creates the Kafka clients. {@code consumerProperties} need {@code bootstrap.servers};
     * {@code producerProperties} (for dead letters) need {@code bootstrap.servers}. See
     * {@link #consumerConfig} and {@link #producerConfig} for what is forced and defaulted.
     */
    public SinkConsumer(Properties consumerProperties, Properties producerProperties, ArticleStore store) {
        this(new KafkaConsumer<>(consumerConfig(consumerProperties)),
                new KafkaProducer<>(producerConfig(producerProperties)), store);
    }

    /** Uses the given clients (e.g. mocks); the sink subscribes the consumer and closes both. */
    public SinkConsumer(Consumer<String, byte[]> consumer, Producer<String, byte[]> producer, ArticleStore store) {
        this(consumer, producer, store, TopicNames.DEFAULT);
    }

    /** A sink reading the topics as {@code topics} names them on this cluster (see {@code kafka.topicPrefix}). */
    public SinkConsumer(Properties consumerProperties, Properties producerProperties, ArticleStore store, TopicNames topics) {
        this(new KafkaConsumer<>(consumerConfig(consumerProperties)),
                new KafkaProducer<>(producerConfig(producerProperties)), store, topics);
    }

    private SinkConsumer(Consumer<String, byte[]> consumer, Producer<String, byte[]> producer, ArticleStore store,
                         TopicNames topics) {
        this.sink = new RecordSink(store, topics);
        // each batch and its offsets in one store transaction (BatchedSink); Kafka's commit only feeds the lag
        this.loop = new DeadLetteringLoop("sink", topics(topics), topics.dlq(), consumer, producer,
                new BatchedSink(sink, store, consumer.groupMetadata().groupId()));
    }

    /** The topics the sink reads, as {@code names} calls them. */
    public static List<String> topics(TopicNames names) {
        return TOPICS.stream().map(names::of).toList();
    }

    /**
     * The consumer configuration the sink runs with, built from {@code base}: string keys, byte values,
     * {@code read_committed} and manual commits are forced; {@code group.id} defaults to
     * {@value #DEFAULT_GROUP_ID} and {@code auto.offset.reset} to {@code earliest}.
     */
    public static Properties consumerConfig(Properties base) {
        return DeadLetteringLoop.consumerConfig(base, DEFAULT_GROUP_ID);
    }

    /** The dead-letter producer configuration, built from {@code base}: idempotence and {@code acks=all} are defaulted. */
    public static Properties producerConfig(Properties base) {
        return DeadLetteringLoop.producerConfig(base);
    }

    @Override
    public void run() {
        loop.run();
    }

    /** Progress so far. */
    public SinkStats stats() {
        return sink.stats();
    }

    /** The writes to the store so far, timed. */
    public StoreWrites writes() {
        return sink.writes();
    }

    /** Stops the loop (waiting up to 30 s for it) and closes the Kafka clients, not the store. Idempotent. */
    @Override
    public void close() {
        loop.close();
    }
}
