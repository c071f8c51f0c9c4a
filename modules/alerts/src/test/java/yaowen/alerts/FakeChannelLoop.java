package yaowen.alerts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongUnaryOperator;
import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import yaowen.records.MeetingAlert;
import yaowen.records.RecordSerdes;
import yaowen.records.Region;
import yaowen.records.TopicNames;
import yaowen.records.Topics;

/**
 * One channel's delivery loop on injected time, without a broker: a consumer that reads a fixed log of alerts
 * again from wherever it is sought (as Kafka does, which {@link MockConsumer} does not), a channel whose every
 * request takes a set time, and attempts that end at their limit on that same clock. Nothing sleeps.
 */
final class FakeChannelLoop {
    static final TopicNames TOPICS = TopicNames.DEFAULT;
    static final Clock WALL = Clock.fixed(Instant.parse("2026-03-02T02:00:00Z"), ZoneOffset.UTC);
    static final long SECOND = 1_000_000_000L;

    /** Monotonic nanoseconds that only the test moves. */
    static final class Time {
        final AtomicLong now = new AtomicLong(1_000 * SECOND);

        long now() {
            return now.get();
        }

        void advance(long nanos) {
            now.addAndGet(nanos);
        }
    }

    /** The alerts topic as a log read from each partition's position; polls that wait move the clock. */
    static final class LogConsumer extends MockConsumer<String, byte[]> {
        final Map<TopicPartition, List<ConsumerRecord<String, byte[]>>> log;
        final Time time;
        /** When each poll that fetched records happened, and what was committed on partition 0 then. */
        final List<Long> fetches = new ArrayList<>();
        final List<Long> committedAtFetch = new ArrayList<>();
        /** When every poll happened. */
        final List<Long> polls = new ArrayList<>();
        volatile boolean failCommits;

        LogConsumer(Map<TopicPartition, List<ConsumerRecord<String, byte[]>>> log, Time time) {
            super("earliest");
            this.log = log;
            this.time = time;
            Map<TopicPartition, Long> begin = new HashMap<>();
            log.keySet().forEach(tp -> begin.put(tp, 0L));
            updateBeginningOffsets(begin);
        }

        @Override
        public synchronized ConsumerRecords<String, byte[]> poll(Duration timeout) {
            super.poll(Duration.ZERO); // scheduled tasks (rebalances), wakeups, positions of new partitions
            polls.add(time.now());
            Map<TopicPartition, List<ConsumerRecord<String, byte[]>>> out = new LinkedHashMap<>();
            int n = 0;
            for (TopicPartition tp : assignment()) {
                if (paused().contains(tp)) {
                    continue;
                }
                long position = position(tp);
                for (ConsumerRecord<String, byte[]> r : log.getOrDefault(tp, List.of())) {
                    if (r.offset() >= position && n < AlertDelivery.MAX_POLL_RECORDS) {
                        out.computeIfAbsent(tp, k -> new ArrayList<>()).add(r);
                        n++;
                    }
                }
                List<ConsumerRecord<String, byte[]>> got = out.get(tp);
                if (got != null) {
                    seek(tp, got.get(got.size() - 1).offset() + 1);
                }
            }
            if (out.isEmpty()) {
                time.advance(timeout.toNanos()); // nothing to read: a real poll waits its timeout
            } else {
                fetches.add(time.now());
                OffsetAndMetadata c = committed(java.util.Set.of(new TopicPartition(TOPICS.alerts(), 0)))
                        .get(new TopicPartition(TOPICS.alerts(), 0));
                committedAtFetch.add(c == null ? 0 : c.offset());
            }
            return new ConsumerRecords<>(out, Map.of());
        }

        @Override
        public synchronized void commitSync(Map<TopicPartition, OffsetAndMetadata> offsets) {
            if (failCommits) {
                throw new CommitFailedException("the group has rebalanced (test)");
            }
            super.commitSync(offsets);
        }
    }

    /** A channel whose n-th request (1-based) takes {@code took(n)} nanoseconds; up or down. */
    static final class SlowChannel implements AlertDispatcher {
        final List<String> accepted = new CopyOnWriteArrayList<>();
        final List<Long> requestTimes = new CopyOnWriteArrayList<>();
        final Time time;
        volatile LongUnaryOperator took;
        volatile boolean up = true;

        SlowChannel(Time time, LongUnaryOperator took) {
            this.time = time;
            this.took = took;
        }

        long nextDuration() {
            requestTimes.add(time.now());
            return took.applyAsLong(requestTimes.size());
        }

        @Override
        public void dispatch(MeetingAlert alert) {
            if (!up) {
                throw new DispatchException("slow", alert.getMeetingKey(), "HTTP 503", null);
            }
            accepted.add(alert.getMeetingKey());
        }

        @Override
        public String name() {
            return "slow";
        }
    }

    /** Attempts on the test's clock: a request that takes longer than the limit is cut there. */
    static Attempts attempts(Time time, SlowChannel channel) {
        return new Attempts() {
            @Override
            public void run(Runnable attempt, Duration limit) throws TimeoutException {
                long d = channel.nextDuration();
                if (d > limit.toNanos()) {
                    time.advance(limit.toNanos());
                    throw new TimeoutException("cut at " + limit);
                }
                time.advance(d);
                attempt.run();
            }

            @Override
            public void cancel() {
            }
        };
    }

    /** {@code perPartition} alerts on each of {@code partitions} partitions of the alerts topic. */
    static Map<TopicPartition, List<ConsumerRecord<String, byte[]>>> alerts(int partitions, int perPartition) {
        Map<TopicPartition, List<ConsumerRecord<String, byte[]>>> log = new LinkedHashMap<>();
        for (int p = 0; p < partitions; p++) {
            TopicPartition tp = new TopicPartition(TOPICS.alerts(), p);
            List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
            for (int i = 0; i < perPartition; i++) {
                String key = "410202|P" + p + "-" + i;
                MeetingAlert alert = MeetingAlert.newBuilder().setMeetingKey(key).setChange("NEW")
                        .setTypes(List.of("STANDING_COMMITTEE")).setName("区政府常务会议 " + p + "-" + i)
                        .setDate(LocalDate.of(2026, 3, 2))
                        .setRegion(Region.newBuilder().setCode("410202").setName("龙亭区").setPath(List.of("龙亭区")).build())
                        .setUrls(List.of("http://gov.example/" + p + "/" + i)).setDetectedAt(WALL.instant()).build();
                records.add(new ConsumerRecord<>(tp.topic(), p, i, key, RecordSerdes.ALERT.encode(alert)));
            }
            log.put(tp, records);
        }
        return log;
    }

    static MockProducer<String, byte[]> producer() {
        return new MockProducer<>(true, null, new StringSerializer(), new ByteArraySerializer());
    }

    /** A ledger whose topic (one partition) holds what {@code earlier} wrote to it. */
    static SentLedger ledger(String channel, MockProducer<String, byte[]> earlier, MockProducer<String, byte[]> producer) {
        String topic = TOPICS.of(Topics.ALERTS_SENT);
        TopicPartition tp = new TopicPartition(topic, 0);
        MockConsumer<String, byte[]> reader = new MockConsumer<>("earliest");
        reader.updatePartitions(topic, List.of(new PartitionInfo(topic, 0, Node.noNode(), new Node[0], new Node[0])));
        reader.updateBeginningOffsets(Map.of(tp, 0L));
        long offset = 0;
        if (earlier != null) {
            reader.assign(List.of(tp));
            for (ProducerRecord<String, byte[]> r : earlier.history()) {
                if (r.topic().equals(topic)) {
                    reader.addRecord(new ConsumerRecord<>(topic, 0, offset++, r.key(), r.value()));
                }
            }
        }
        reader.updateEndOffsets(Map.of(tp, offset));
        return new SentLedger(channel, reader, producer, TOPICS);
    }

    private FakeChannelLoop() {
    }
}
