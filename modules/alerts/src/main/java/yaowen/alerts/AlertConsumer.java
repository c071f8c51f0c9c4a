package yaowen.alerts;

import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import yaowen.records.TopicNames;
import yaowen.records.Topics;
import yaowen.consume.DeadLetteringLoop;

/**
 * Reads {@link Topics#ALERTS} (read_committed, manual commits) and hands every alert to each
 * {@link AlertDispatcher}: an {@link AlertHandler} run by a {@link DeadLetteringLoop}.
 *
 * <p>Offsets are committed after a polled batch is dispatched and its dead letters are acknowledged,
 * so an alert is delivered at least once (a crash between delivery and commit repeats it). An
 * undecodable record or a failed delivery goes to {@link Topics#DLQ} and the loop goes on; if the
 * dead-letter topic itself cannot be written, the batch is read again after a pause.
 *
 * <p>Threading: {@link #run()} runs the loop on the calling thread until {@link #close()}, which may
 * be called from any thread: it wakes the consumer, waits for the loop to finish and closes the
 * clients. {@link #stats()} may be read from any thread.
 */
public final class AlertConsumer implements Runnable, AutoCloseable {
    /** Consumer group used when the properties name none. */
    public static final String DEFAULT_GROUP_ID = "yaowen-alerts";
    /** Topics the consumer reads. */
    public static final List<String> TOPICS = List.of(Topics.ALERTS);

    private final AlertHandler handler;
    private final DeadLetteringLoop loop;

    /**
     * Creates the Kafka clients. {@code consumerProperties} need {@code bootstrap.servers} and may
     * set {@code group.id} (each group gets every alert once); see {@link #consumerConfig} and
     * {@link #producerConfig} for what is forced and defaulted.
     */
    public AlertConsumer(Properties consumerProperties, Properties producerProperties, List<AlertDispatcher> dispatchers) {
        this(new KafkaConsumer<>(consumerConfig(consumerProperties)),
                new KafkaProducer<>(producerConfig(producerProperties)), dispatchers);
    }

    /** Uses the given clients (e.g. mocks); subscribes the consumer and closes both. */
    public AlertConsumer(Consumer<String, byte[]> consumer, Producer<String, byte[]> producer, List<AlertDispatcher> dispatchers) {
        this(consumer, producer, dispatchers, TopicNames.DEFAULT);
    }

    /** A consumer of the alert topic as {@code topics} names it on this cluster (see {@code kafka.topicPrefix}). */
    public AlertConsumer(Properties consumerProperties, Properties producerProperties, List<AlertDispatcher> dispatchers,
                         TopicNames topics) {
        this(new KafkaConsumer<>(consumerConfig(consumerProperties)),
                new KafkaProducer<>(producerConfig(producerProperties)), dispatchers, topics);
    }

    private AlertConsumer(Consumer<String, byte[]> consumer, Producer<String, byte[]> producer,
                          List<AlertDispatcher> dispatchers, TopicNames topics) {
        this.handler = new AlertHandler(dispatchers);
        this.loop = new DeadLetteringLoop("alert consumer", List.of(topics.alerts()), topics.dlq(), consumer, producer,
                handler::handle);
    }

    /**
     * The consumer configuration the alert consumer runs with, built from {@code base}: string keys, byte
     * values, {@code read_committed} and manual commits are forced; {@code group.id} defaults to
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
    public AlertStats stats() {
        return handler.stats();
    }

    /** Stops the loop (waiting up to 30 s for it) and closes the Kafka clients. Idempotent. */
    @Override
    public void close() {
        loop.close();
    }
}
