package yaowen.stores.sink;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import yaowen.records.DeadLetter;
import yaowen.records.Serdes;
import yaowen.records.Topics;
import yaowen.stores.ArticleStore;

/**
 * Reads {@link Topics#ARTICLES}, {@link Topics#MEETINGS} and {@link Topics#METRICS} (read_committed,
 * manual commits) and upserts every record into an {@link ArticleStore}.
 *
 * <p>Offsets are committed after a polled batch is written and its dead letters are acknowledged:
 * at-least-once delivery plus idempotent upserts make each record count once. A record that cannot be
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
    private static final Logger LOG = LoggerFactory.getLogger(SinkConsumer.class);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration RETRY_PAUSE = Duration.ofSeconds(1);

    private final Consumer<String, byte[]> consumer;
    private final Producer<String, byte[]> producer;
    private final RecordSink sink;
    private final CountDownLatch finished = new CountDownLatch(1);
    private volatile boolean closing;
    private volatile boolean running;
    private boolean clientsClosed;

    /**
     * Creates the Kafka clients. {@code consumerProperties} need {@code bootstrap.servers}; the sink
     * forces string keys, byte values, {@code isolation.level=read_committed} and
     * {@code enable.auto.commit=false}, and defaults {@code group.id} to {@value #DEFAULT_GROUP_ID} and
     * {@code auto.offset.reset} to {@code earliest}. {@code producerProperties} (for dead letters) need
     * {@code bootstrap.servers}; idempotence and {@code acks=all} are defaulted.
     */
    public SinkConsumer(Properties consumerProperties, Properties producerProperties, ArticleStore store) {
        this(new KafkaConsumer<>(consumerConfig(consumerProperties)),
                new KafkaProducer<>(producerConfig(producerProperties)), store);
    }

    /** Uses the given clients (e.g. mocks); the sink subscribes the consumer and closes both. */
    public SinkConsumer(Consumer<String, byte[]> consumer, Producer<String, byte[]> producer, ArticleStore store) {
        this.consumer = Objects.requireNonNull(consumer, "consumer");
        this.producer = Objects.requireNonNull(producer, "producer");
        this.sink = new RecordSink(store);
    }

    /** The consumer configuration the sink runs with, built from {@code base}. */
    public static Properties consumerConfig(Properties base) {
        Properties p = new Properties();
        p.putAll(Objects.requireNonNull(base, "consumerProperties"));
        p.putIfAbsent(ConsumerConfig.GROUP_ID_CONFIG, DEFAULT_GROUP_ID);
        p.putIfAbsent(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        return p;
    }

    /** The dead-letter producer configuration, built from {@code base}. */
    public static Properties producerConfig(Properties base) {
        Properties p = new Properties();
        p.putAll(Objects.requireNonNull(base, "producerProperties"));
        p.putIfAbsent(ProducerConfig.ACKS_CONFIG, "all");
        p.putIfAbsent(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        return p;
    }

    @Override
    public void run() {
        running = true;
        try {
            if (closing) {
                return;
            }
            consumer.subscribe(TOPICS);
            LOG.info("sink subscribed to {}", TOPICS);
            while (!closing) {
                ConsumerRecords<String, byte[]> batch;
                try {
                    batch = consumer.poll(POLL);
                } catch (WakeupException e) {
                    break;
                } catch (KafkaException e) {
                    LOG.error("sink poll failed; retrying in {}", RETRY_PAUSE, e);
                    pause();
                    continue;
                }
                if (!batch.isEmpty()) {
                    writeBatch(batch);
                }
            }
        } catch (WakeupException e) {
            // close() asked us to stop
        } finally {
            closeClients();
            LOG.info("sink stopped: {}", sink.stats());
            finished.countDown();
        }
    }

    /** Progress so far. */
    public SinkStats stats() {
        return sink.stats();
    }

    /** Stops the loop (waiting up to 30 s for it) and closes the Kafka clients. Idempotent. */
    @Override
    public void close() {
        closing = true;
        if (running) {
            consumer.wakeup();
            try {
                if (!finished.await(30, TimeUnit.SECONDS)) {
                    LOG.error("sink loop did not stop within 30 s");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        } else {
            closeClients();
        }
    }

    private void writeBatch(ConsumerRecords<String, byte[]> batch) {
        List<Future<RecordMetadata>> sends = new ArrayList<>();
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        Map<TopicPartition, Long> firstOffsets = new HashMap<>();
        for (ConsumerRecord<String, byte[]> record : batch) {
            TopicPartition tp = new TopicPartition(record.topic(), record.partition());
            firstOffsets.putIfAbsent(tp, record.offset());
            Optional<DeadLetter> dead = sink.handle(record);
            dead.ifPresent(d -> sends.add(producer.send(
                    new ProducerRecord<>(Topics.DLQ, record.key(), Serdes.DEAD_LETTER.encode(d)))));
            offsets.put(tp, new OffsetAndMetadata(record.offset() + 1));
        }
        try {
            if (!sends.isEmpty()) {
                producer.flush();
                for (Future<RecordMetadata> send : sends) {
                    send.get();
                }
            }
        } catch (ExecutionException | KafkaException e) {
            LOG.error("cannot write dead letters to {}; re-reading the batch in {}", Topics.DLQ, RETRY_PAUSE, e);
            firstOffsets.forEach(consumer::seek);
            pause();
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            firstOffsets.forEach(consumer::seek);
            closing = true;
            return;
        }
        try {
            consumer.commitSync(offsets);
        } catch (CommitFailedException e) {
            LOG.warn("offset commit failed after a rebalance; the batch will be read again", e);
        }
    }

    private void pause() {
        try {
            Thread.sleep(RETRY_PAUSE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closing = true;
        }
    }

    private synchronized void closeClients() {
        if (clientsClosed) {
            return;
        }
        clientsClosed = true;
        try {
            consumer.close();
        } catch (RuntimeException e) {
            LOG.warn("closing the sink consumer failed", e);
        }
        try {
            producer.close();
        } catch (RuntimeException e) {
            LOG.warn("closing the dead-letter producer failed", e);
        }
    }
}
