package yaowen.consume;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
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
import yaowen.records.RecordSerdes;
import yaowen.records.Topics;

/**
 * A consumer loop with dead letters: subscribes to some topics, hands every polled record to a
 * {@link RecordHandler}, publishes the dead letters it returns to {@link Topics#DLQ} (keyed like the
 * record) and commits the batch's offsets once those dead letters are acknowledged.
 *
 * <p>Guarantees: delivery to the handler is at least once. Offsets are committed only after every
 * dead letter of the batch is acknowledged, so a record is never lost; a crash or a failed commit
 * after a rebalance makes the handler see the batch again. Failures are routed by kind:
 * <ul>
 *   <li>a failed poll is logged at ERROR and retried after a pause;</li>
 *   <li>if the dead-letter topic cannot be written, the loop seeks back to the start of the batch,
 *       pauses, and reads the batch again (the handler sees it again);</li>
 *   <li>a failed commit after a rebalance is logged at WARN; the new owner reads the batch again;</li>
 *   <li>a handler that throws is a bug: it is logged at ERROR, the clients are closed and the exception
 *       leaves {@link #run()}.</li>
 * </ul>
 *
 * <p>A {@link BatchHandler} is told where each batch begins and ends: its effects and the next offsets
 * are committed by the handler (after the dead letters are acknowledged, before Kafka's commit), aborted
 * when the batch is read again, and assigned partitions resume where the handler says.
 *
 * <p>The clients must be set up as {@link #consumerConfig} and {@link #producerConfig} do: string keys,
 * byte values, {@code read_committed}, no auto-commit, and an idempotent {@code acks=all} producer.
 *
 * <p>Threading: {@link #run()} runs the loop on the calling thread (once) until {@link #close()}, which
 * may be called from any thread: it wakes the consumer, waits up to 30 s for the loop to finish and
 * closes the clients. Closing before running just closes the clients, and a later {@code run()} returns
 * at once. The loop owns both clients and closes them.
 */
public final class DeadLetteringLoop implements Runnable, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DeadLetteringLoop.class);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration RETRY_PAUSE = Duration.ofSeconds(1);
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(30);

    private final String name;
    private final List<String> topics;
    private final Consumer<String, byte[]> consumer;
    private final Producer<String, byte[]> producer;
    private final RecordHandler handler;
    private final BatchHandler batches;
    private final Duration pollTimeout;
    private final Duration retryPause;
    private final CountDownLatch finished = new CountDownLatch(1);
    private volatile boolean closing;
    private volatile boolean running;
    private boolean clientsClosed;
    private long records;
    private long deadLetters;
    private final String deadLetterTopic;
    private long rereads;

    /**
     * @param name     what the loop is called in logs, e.g. {@code sink}
     * @param topics   the topics to subscribe to
     * @param consumer configured as {@link #consumerConfig} does; subscribed by {@link #run()}
     * @param producer for dead letters, configured as {@link #producerConfig} does
     * @param handler  the per-record step
     */
    public DeadLetteringLoop(String name, List<String> topics, Consumer<String, byte[]> consumer,
                             Producer<String, byte[]> producer, RecordHandler handler) {
        this(name, topics, Topics.DLQ, consumer, producer, handler, POLL, RETRY_PAUSE);
    }

    /** A loop whose dead letters go to {@code deadLetterTopic} (the cluster's name of {@link Topics#DLQ}). */
    public DeadLetteringLoop(String name, List<String> topics, String deadLetterTopic, Consumer<String, byte[]> consumer,
                             Producer<String, byte[]> producer, RecordHandler handler) {
        this(name, topics, deadLetterTopic, consumer, producer, handler, POLL, RETRY_PAUSE);
    }

    DeadLetteringLoop(String name, List<String> topics, Consumer<String, byte[]> consumer,
                      Producer<String, byte[]> producer, RecordHandler handler, Duration pollTimeout,
                      Duration retryPause) {
        this(name, topics, Topics.DLQ, consumer, producer, handler, pollTimeout, retryPause);
    }

    private DeadLetteringLoop(String name, List<String> topics, String deadLetterTopic, Consumer<String, byte[]> consumer,
                              Producer<String, byte[]> producer, RecordHandler handler, Duration pollTimeout,
                              Duration retryPause) {
        this.name = Objects.requireNonNull(name, "name");
        this.deadLetterTopic = Objects.requireNonNull(deadLetterTopic, "deadLetterTopic");
        this.topics = List.copyOf(topics);
        if (this.topics.isEmpty()) {
            throw new IllegalArgumentException("a " + name + " loop needs at least one topic");
        }
        this.consumer = Objects.requireNonNull(consumer, "consumer");
        this.producer = Objects.requireNonNull(producer, "producer");
        this.handler = Objects.requireNonNull(handler, "handler");
        this.batches = handler instanceof BatchHandler b ? b : null;
        this.pollTimeout = Objects.requireNonNull(pollTimeout, "pollTimeout");
        this.retryPause = Objects.requireNonNull(retryPause, "retryPause");
    }

    /**
     * The consumer configuration the loop needs, built from {@code base} (which is not modified):
     * forces string keys, byte values, {@code isolation.level=read_committed} and
     * {@code enable.auto.commit=false}; defaults {@code group.id} to {@code defaultGroupId} and
     * {@code auto.offset.reset} to {@code earliest}. {@code base} should name {@code bootstrap.servers}.
     */
    public static Properties consumerConfig(Properties base, String defaultGroupId) {
        Properties p = new Properties();
        p.putAll(Objects.requireNonNull(base, "consumerProperties"));
        p.putIfAbsent(ConsumerConfig.GROUP_ID_CONFIG, Objects.requireNonNull(defaultGroupId, "defaultGroupId"));
        p.putIfAbsent(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        return p;
    }

    /**
     * The dead-letter producer configuration, built from {@code base} (which is not modified): forces
     * string keys, byte values and {@code max.request.size} = {@link Topics#MAX_MESSAGE_BYTES} (the size
     * {@link DeadLetters} keeps every dead letter under; Kafka's 1 MiB default would refuse a large one);
     * defaults {@code acks=all} and {@code enable.idempotence=true}.
     */
    public static Properties producerConfig(Properties base) {
        Properties p = new Properties();
        p.putAll(Objects.requireNonNull(base, "producerProperties"));
        p.putIfAbsent(ProducerConfig.ACKS_CONFIG, "all");
        p.putIfAbsent(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Topics.MAX_MESSAGE_BYTES);
        return p;
    }

    /** Subscribes and loops until {@link #close()}; closes the clients on the way out. */
    @Override
    public void run() {
        running = true;
        try {
            if (closing) {
                return;
            }
            if (batches == null) {
                consumer.subscribe(topics);
            } else {
                consumer.subscribe(topics, new ResumeWhereHandlerSays());
            }
            LOG.info("{} subscribed to {}", name, topics);
            while (!closing) {
                ConsumerRecords<String, byte[]> batch;
                try {
                    batch = consumer.poll(pollTimeout);
                } catch (WakeupException e) {
                    break;
                } catch (KafkaException e) {
                    LOG.error("{} poll failed; retrying in {}", name, retryPause, e);
                    pause();
                    continue;
                }
                if (!batch.isEmpty()) {
                    process(batch);
                }
            }
        } catch (WakeupException e) {
            // close() asked us to stop
        } catch (RuntimeException e) {
            LOG.error("{} stopped by an unexpected failure; an operator must restart it", name, e);
            throw e;
        } finally {
            closeClients();
            LOG.info("{} stopped after {} records ({} dead letters, {} batches read again)", name, records,
                    deadLetters, rereads);
            finished.countDown();
        }
    }

    /** Stops the loop (waiting up to 30 s for it) and closes the Kafka clients. Idempotent. */
    @Override
    public void close() {
        closing = true;
        if (running) {
            consumer.wakeup();
            try {
                if (!finished.await(CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                    LOG.error("{} loop did not stop within {}", name, CLOSE_WAIT);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        } else {
            closeClients();
        }
    }

    private void process(ConsumerRecords<String, byte[]> batch) {
        if (batches == null) {
            processRecords(batch);
            return;
        }
        batches.beginBatch();
        boolean done = false;
        try {
            processRecords(batch);
            done = true;
        } finally {
            if (!done) {
                batches.abortBatch();
            }
        }
    }

    /** Seeks newly assigned partitions to the positions the batch handler recorded. */
    private final class ResumeWhereHandlerSays implements ConsumerRebalanceListener {
        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            batches.positions(partitions).forEach((tp, offset) -> {
                LOG.info("{} resumes {} at offset {}, as its store recorded", name, tp, offset);
                consumer.seek(tp, offset);
            });
        }

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            // batches end before the next poll, so none is open here
        }
    }

    private void processRecords(ConsumerRecords<String, byte[]> batch) {
        List<Future<RecordMetadata>> sends = new ArrayList<>();
        Map<TopicPartition, OffsetAndMetadata> next = new HashMap<>();
        Map<TopicPartition, Long> first = new HashMap<>();
        for (ConsumerRecord<String, byte[]> record : batch) {
            TopicPartition tp = new TopicPartition(record.topic(), record.partition());
            first.putIfAbsent(tp, record.offset());
            List<DeadLetter> dead = handler.handle(record);
            records++;
            try {
                for (DeadLetter d : dead) {
                    sends.add(producer.send(new ProducerRecord<>(deadLetterTopic, record.key(), RecordSerdes.DEAD_LETTER.encode(d))));
                }
            } catch (KafkaException e) {
                readAgain(first, "cannot write dead letters to " + deadLetterTopic, e);
                return;
            }
            next.put(tp, new OffsetAndMetadata(record.offset() + 1));
        }
        try {
            if (!sends.isEmpty()) {
                producer.flush();
                for (Future<RecordMetadata> send : sends) {
                    send.get();
                }
            }
        } catch (ExecutionException | KafkaException e) {
            readAgain(first, "cannot write dead letters to " + deadLetterTopic, e);
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            abortBatch();
            first.forEach(consumer::seek);
            closing = true;
            return;
        }
        deadLetters += sends.size();
        // Commit where the consumer stands, not last offset + 1: on a topic written in transactions the
        // position has already moved past the commit markers, so a group that has read everything commits
        // the end offset and its lag (end − committed) is 0, not a marker or two short for ever.
        next.replaceAll((tp, offset) -> new OffsetAndMetadata(Math.max(offset.offset(), consumer.position(tp))));
        if (batches != null) {
            try {
                Map<TopicPartition, Long> offsets = new HashMap<>();
                next.forEach((tp, offset) -> offsets.put(tp, offset.offset()));
                batches.commitBatch(offsets);
            } catch (RuntimeException e) {
                readAgain(first, "cannot commit its batch", e);
                return;
            }
        }
        try {
            consumer.commitSync(next);
        } catch (CommitFailedException e) {
            LOG.warn("{} offset commit failed after a rebalance; the batch will be read again", name, e);
        }
    }

    private void readAgain(Map<TopicPartition, Long> first, String why, Exception e) {
        LOG.error("{} {}; reading the batch again in {}", name, why, retryPause, e);
        abortBatch();
        rereads++;
        first.forEach(consumer::seek);
        pause();
    }

    private void abortBatch() {
        if (batches != null) {
            batches.abortBatch();
        }
    }

    private void pause() {
        try {
            Thread.sleep(retryPause.toMillis());
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
            LOG.warn("closing the {} consumer failed", name, e);
        }
        try {
            producer.close();
        } catch (RuntimeException e) {
            LOG.warn("closing the {} dead-letter producer failed", name, e);
        }
    }
}
