package yaowen.consume;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import yaowen.records.DeadLetter;
import yaowen.records.RecordSerdes;
import yaowen.records.Topics;
import yaowen.testkit.PollLoops;

@Timeout(30)
class DeadLetteringLoopTest {
    private static final String TOPIC = "in";
    private static final TopicPartition P0 = new TopicPartition(TOPIC, 0);
    private static final TopicPartition P1 = new TopicPartition(TOPIC, 1);
    /** The mock consumer never blocks, and a failed poll or dead-letter write is retried at once. */
    private static final Duration NO_WAIT = Duration.ZERO;

    private final ReplayingConsumer consumer = new ReplayingConsumer();
    private final MockProducer<String, byte[]> producer =
            new MockProducer<>(true, null, new StringSerializer(), new ByteArraySerializer());
    private final Recording handler = new Recording();

    @Test
    void forcesReadCommittedManualCommitsAndByteValuesButKeepsTheGivenGroup() {
        Properties base = new Properties();
        base.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "true");
        base.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_uncommitted");
        base.put(ConsumerConfig.GROUP_ID_CONFIG, "mine");
        base.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");

        Properties config = DeadLetteringLoop.consumerConfig(base, "default-group");

        assertThat(config).containsEntry(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed")
                .containsEntry(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false")
                .containsEntry(ConsumerConfig.GROUP_ID_CONFIG, "mine")
                .containsEntry(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest")
                .containsEntry(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        assertThat(base).containsEntry(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "true");
        assertThat(DeadLetteringLoop.consumerConfig(new Properties(), "default-group"))
                .containsEntry(ConsumerConfig.GROUP_ID_CONFIG, "default-group")
                .containsEntry(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    }

    @Test
    void defaultsTheDeadLetterProducerToIdempotentAcksAllButKeepsOverrides() {
        Properties base = new Properties();
        base.put(ProducerConfig.ACKS_CONFIG, "1");

        assertThat(DeadLetteringLoop.producerConfig(base)).containsEntry(ProducerConfig.ACKS_CONFIG, "1")
                .containsEntry(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true")
                .containsEntry(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName())
                .containsEntry(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Topics.MAX_MESSAGE_BYTES);
        assertThat(DeadLetteringLoop.producerConfig(new Properties())).containsEntry(ProducerConfig.ACKS_CONFIG, "all");
    }

    @Test
    void handlesEveryRecordSendsItsDeadLettersAndCommitsAfterTheBatch() throws Exception {
        consumer.schedulePollTask(() -> {
            consumer.rebalance(List.of(P0, P1));
            consumer.updateBeginningOffsets(Map.of(P0, 0L, P1, 0L));
            consumer.addRecord(record(P0, 0, "a", "ok"));
            consumer.addRecord(record(P0, 1, "b", "bad"));
            consumer.addRecord(record(P1, 0, "c", "ok"));
        });
        PollLoops.stopWhen(consumer, "both partitions committed", () -> committed(P0) == 2L && committed(P1) == 1L);

        loop(producer).run();

        assertThat(handler.keys()).containsExactlyInAnyOrder("a", "b", "c");
        assertThat(producer.history()).singleElement().satisfies(r -> {
            assertThat(r.topic()).isEqualTo(Topics.DLQ);
            assertThat(r.key()).isEqualTo("b");
            DeadLetter d = RecordSerdes.DEAD_LETTER.decode(r.value());
            assertThat(d.getSourceOffset()).isEqualTo(1L);
            assertThat(d.getErrorKind()).isEqualTo("BAD");
        });
        assertThat(consumer.closed()).isTrue();
        assertThat(producer.closed()).isTrue();
    }

    @Test
    void readsTheBatchAgainWhenTheDeadLetterTopicCannotBeWritten() throws Exception {
        consumer.schedulePollTask(() -> {
            consumer.rebalance(List.of(P0));
            consumer.updateBeginningOffsets(Map.of(P0, 0L));
            consumer.addRecord(record(P0, 0, "a", "ok"));
            consumer.addRecord(record(P0, 1, "b", "bad"));
        });
        ReplayingProducer failingOnce = new ReplayingProducer(1);
        PollLoops.stopWhen(consumer, "offset 2 committed", () -> committed(P0) == 2L);

        loop(failingOnce).run();

        assertThat(handler.keys()).containsExactly("a", "b", "a", "b");
        assertThat(failingOnce.history()).singleElement()
                .satisfies(r -> assertThat(r.key()).isEqualTo("b"));
        assertThat(consumer.commits).containsExactly(Map.of(P0, new OffsetAndMetadata(2L)));
    }

    @Test
    void readsTheBatchAgainWhenTheDeadLetterCannotEvenBeSent() throws Exception {
        MockProducer<String, byte[]> refusing = new MockProducer<>(true, null, new StringSerializer(), new ByteArraySerializer());
        refusing.sendException = new KafkaException("buffer exhausted");
        consumer.schedulePollTask(() -> {
            consumer.rebalance(List.of(P0));
            consumer.updateBeginningOffsets(Map.of(P0, 0L));
            consumer.addRecord(record(P0, 0, "b", "bad"));
        });
        PollLoops.stopWhen(consumer, "the batch read three times", () -> handler.keys().size() >= 3);

        loop(refusing).run();

        assertThat(handler.keys()).allMatch("b"::equals);
        assertThat(consumer.commits).isEmpty();
    }

    @Test
    void aBatchHandlerCommitsEachBatchWithItsOffsetsBeforeKafkaAndAbortsOneReadAgain() throws Exception {
        consumer.schedulePollTask(() -> {
            consumer.rebalance(List.of(P0));
            consumer.updateBeginningOffsets(Map.of(P0, 0L));
            consumer.addRecord(record(P0, 0, "a", "ok"));
            consumer.addRecord(record(P0, 1, "b", "bad"));
        });
        Batches batches = new Batches(Map.of());
        PollLoops.stopWhen(consumer, "offset 2 committed", () -> committed(P0) == 2L);

        new DeadLetteringLoop("test", List.of(TOPIC), consumer, new ReplayingProducer(1), batches, NO_WAIT, NO_WAIT).run();

        assertThat(batches.events).containsExactly("begin", "a", "b", "abort", "begin", "a", "b",
                "commit {in-0=2} after 0 Kafka commits");
        assertThat(consumer.commits).containsExactly(Map.of(P0, new OffsetAndMetadata(2L)));
    }

    @Test
    void aBatchHandlerSaysWhereAssignedPartitionsResume() throws Exception {
        consumer.schedulePollTask(() -> {
            consumer.rebalance(List.of(P0));
            consumer.updateBeginningOffsets(Map.of(P0, 0L));
        });
        consumer.schedulePollTask(() -> {
            consumer.addRecord(record(P0, 0, "a", "ok"));
            consumer.addRecord(record(P0, 1, "b", "ok"));
        });
        Batches batches = new Batches(Map.of(P0, 1L));
        PollLoops.stopWhen(consumer, "offset 2 committed", () -> committed(P0) == 2L);

        new DeadLetteringLoop("test", List.of(TOPIC), consumer, producer, batches, NO_WAIT, NO_WAIT).run();

        assertThat(batches.events).containsExactly("begin", "b", "commit {in-0=2} after 0 Kafka commits");
    }

    /** A batch handler that writes down what it is told, and resumes partitions at {@code positions}. */
    private final class Batches implements BatchHandler {
        final List<String> events = Collections.synchronizedList(new ArrayList<>());
        private final Map<TopicPartition, Long> positions;

        Batches(Map<TopicPartition, Long> positions) {
            this.positions = positions;
        }

        @Override
        public List<DeadLetter> handle(ConsumerRecord<String, byte[]> record) {
            events.add(record.key());
            return handler.handle(record);
        }

        @Override
        public void beginBatch() {
            events.add("begin");
        }

        @Override
        public void commitBatch(Map<TopicPartition, Long> nextOffsets) {
            events.add("commit " + new java.util.TreeMap<>(Map.of(P0.toString(), nextOffsets.get(P0)))
                    + " after " + consumer.commits.size() + " Kafka commits");
        }

        @Override
        public void abortBatch() {
            events.add("abort");
        }

        @Override
        public Map<TopicPartition, Long> positions(java.util.Collection<TopicPartition> assigned) {
            return positions;
        }
    }

    @Test
    void keepsPollingAfterAFailedPoll() throws Exception {
        consumer.schedulePollTask(() -> {
            consumer.rebalance(List.of(P0));
            consumer.updateBeginningOffsets(Map.of(P0, 0L));
            consumer.setPollException(new KafkaException("broker went away"));
        });
        consumer.schedulePollTask(() -> consumer.addRecord(record(P0, 0, "a", "ok")));
        PollLoops.stopWhen(consumer, "offset 1 committed", () -> committed(P0) == 1L);

        loop(producer).run();

        assertThat(handler.keys()).containsExactly("a");
    }

    @Test
    void aHandlerThatThrowsStopsTheLoopAndClosesTheClients() {
        consumer.schedulePollTask(() -> {
            consumer.rebalance(List.of(P0));
            consumer.updateBeginningOffsets(Map.of(P0, 0L));
            consumer.addRecord(record(P0, 0, "a", "ok"));
        });
        DeadLetteringLoop loop = new DeadLetteringLoop("test", List.of(TOPIC), consumer, producer, r -> {
            throw new IllegalStateException("bug");
        });

        assertThatThrownBy(loop::run).isInstanceOf(IllegalStateException.class).hasMessage("bug");
        assertThat(consumer.commits).isEmpty();
        assertThat(consumer.closed()).isTrue();
        assertThat(producer.closed()).isTrue();
        loop.close(); // still fine afterwards
    }

    @Test
    void closingBeforeRunningClosesTheClientsAndRunReturnsAtOnce() {
        DeadLetteringLoop loop = loop(producer);
        loop.close();
        loop.run();
        loop.close();

        assertThat(consumer.closed()).isTrue();
        assertThat(producer.closed()).isTrue();
        assertThat(handler.keys()).isEmpty();
    }

    @Test
    void rejectsALoopWithoutTopics() {
        assertThatThrownBy(() -> new DeadLetteringLoop("test", List.of(), consumer, producer, handler))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private DeadLetteringLoop loop(MockProducer<String, byte[]> dlq) {
        return new DeadLetteringLoop("test", List.of(TOPIC), consumer, dlq, handler, NO_WAIT, NO_WAIT);
    }

    private long committed(TopicPartition tp) {
        OffsetAndMetadata o = consumer.committed(Set.of(tp)).get(tp);
        return o == null ? -1 : o.offset();
    }

    private static ConsumerRecord<String, byte[]> record(TopicPartition tp, long offset, String key, String value) {
        return new ConsumerRecord<>(tp.topic(), tp.partition(), offset, key, value.getBytes(StandardCharsets.UTF_8));
    }

    /** Remembers the keys it saw; a record whose value is {@code bad} gives one dead letter. */
    private static final class Recording implements RecordHandler {
        private final List<String> keys = Collections.synchronizedList(new ArrayList<>());

        @Override
        public List<DeadLetter> handle(ConsumerRecord<String, byte[]> record) {
            keys.add(record.key());
            if (!"bad".equals(new String(record.value(), StandardCharsets.UTF_8))) {
                return List.of();
            }
            return List.of(DeadLetter.newBuilder().setStage("test").setErrorKind("BAD").setMessage("bad value")
                    .setSourceTopic(record.topic()).setSourcePartition(record.partition())
                    .setSourceOffset(record.offset()).setFailedAt(Instant.EPOCH).build());
        }

        List<String> keys() {
            synchronized (keys) {
                return List.copyOf(keys);
            }
        }
    }

    /**
     * A mock consumer that behaves like a log on seek: records at or after the offset sought are
     * delivered again. Remembers the offsets committed.
     */
    private static final class ReplayingConsumer extends MockConsumer<String, byte[]> {
        private final List<ConsumerRecord<String, byte[]>> log = new ArrayList<>();
        final List<Map<TopicPartition, OffsetAndMetadata>> commits = Collections.synchronizedList(new ArrayList<>());

        ReplayingConsumer() {
            super("earliest");
        }

        @Override
        public synchronized void addRecord(ConsumerRecord<String, byte[]> record) {
            log.add(record);
            super.addRecord(record);
        }

        @Override
        public synchronized void seek(TopicPartition tp, long offset) {
            super.seek(tp, offset);
            log.stream().filter(r -> r.topic().equals(tp.topic()) && r.partition() == tp.partition() && r.offset() >= offset)
                    .toList().forEach(super::addRecord);
        }

        @Override
        public synchronized void commitSync(Map<TopicPartition, OffsetAndMetadata> offsets) {
            commits.add(Map.copyOf(offsets));
            super.commitSync(offsets);
        }
    }

    /** A mock producer whose first {@code failures} sends are never acknowledged. */
    private static final class ReplayingProducer extends MockProducer<String, byte[]> {
        private final AtomicInteger failures;

        ReplayingProducer(int failures) {
            super(true, null, new StringSerializer(), new ByteArraySerializer());
            this.failures = new AtomicInteger(failures);
        }

        @Override
        public synchronized Future<RecordMetadata> send(ProducerRecord<String, byte[]> record) {
            if (failures.getAndDecrement() > 0) {
                return CompletableFuture.failedFuture(new TimeoutException("no acks from " + Topics.DLQ));
            }
            return super.send(record);
        }
    }
}
