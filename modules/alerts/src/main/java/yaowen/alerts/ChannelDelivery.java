package yaowen.alerts;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import yaowen.consume.DeadLetters;
import yaowen.records.DeadLetter;
import yaowen.records.MeetingAlert;
import yaowen.records.RecordSerdes;
import yaowen.records.TopicNames;
import yaowen.records.Topics;

/**
 * Delivers {@link Topics#ALERTS} to one channel, in the channel's own consumer group: for each alert the
 * rules that announce on this channel are matched; if one matches and the {@link SentLedger} has not seen
 * it, the alert is sent once (waiting for the channel's {@link TokenBucket}), retried with doubling waits
 * up to {@link DeliverySettings#maxAttempts()}, then marked sent — or dead-lettered with the reason, URLs
 * cut ({@link yaowen.alerts.channel.Redactor#cutUrls}). The position is committed right after each alert sent or dead-lettered.
 *
 * <p>Why it cannot outlive its poll: while it waits (for a token or before a retry) it pauses its
 * partitions and keeps calling {@code poll}, and between two alerts it polls (paused) whenever the last poll
 * is a second old, so the group never thinks it is dead and a rebalance never waits for a whole batch; one
 * attempt is bounded by the dispatcher's own timeout (seconds, against a 5-minute {@code max.poll.interval.ms}). If a
 * rebalance takes the partition of the alert it is working on, it drops that alert unsent and unmarked:
 * the new owner reads the ledger to its end and starts from the last committed position, which is just
 * that alert. So no batch is ever announced again.
 *
 * <p>Where a duplicate is still possible: the process dies (or the ledger cannot be written) after the
 * channel accepted a message and before its mark is acknowledged — one message, the one in flight. A
 * channel that times out but did deliver is another (the retry repeats it): that is the channel's answer,
 * not ours to know.
 *
 * <p>Threading: {@link #run()} on one thread until {@link #close()} (any thread).
 */
final class ChannelDelivery implements Runnable, AutoCloseable {
    static final String STAGE = "alert";
    private static final Logger LOG = LoggerFactory.getLogger(ChannelDelivery.class);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration KAFKA_PAUSE = Duration.ofSeconds(1);
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(30);
    /** Longest time between two polls while alerts are delivered: a rebalance waits no longer for us. */
    private static final long KEEP_ALIVE_NANOS = Duration.ofSeconds(1).toNanos();

    private final String alertsTopic;
    private final String dlqTopic;
    private final String channel;
    private final AlertDispatcher dispatcher;
    private final List<AlertRule> rules;
    private final DeliverySettings settings;
    private final Consumer<String, byte[]> consumer;
    private final Producer<String, byte[]> producer;
    private final SentLedger ledger;
    private final Clock clock;
    private final TokenBucket bucket;
    private final CountDownLatch finished = new CountDownLatch(1);
    private final Set<TopicPartition> assigned = new HashSet<>();
    /** Offsets handled but not committed yet (alerts no rule wanted, or already sent). */
    private final Map<TopicPartition, OffsetAndMetadata> pending = new HashMap<>();
    /** What this member last committed per partition. */
    private final Map<TopicPartition, Long> committed = new HashMap<>();
    private final Counters counters = new Counters();
    private volatile boolean closing;
    private volatile boolean running;
    /** The partition of the alert being delivered, and whether a rebalance took it away meanwhile. */
    private TopicPartition working;
    private boolean lostWorking;
    private boolean waiting;
    /** Whether a rebalance happened while the current batch was handled. */
    private boolean rebalanced;
    private long lastPoll = System.nanoTime();

    ChannelDelivery(String channel, AlertDispatcher dispatcher, List<AlertRule> rules, DeliverySettings settings,
                    Consumer<String, byte[]> consumer, Producer<String, byte[]> producer, SentLedger ledger, Clock clock,
                    TopicNames topics) {
        this.alertsTopic = topics.alerts();
        this.dlqTopic = topics.dlq();
        this.channel = Objects.requireNonNull(channel, "channel");
        this.dispatcher = Objects.requireNonNull(dispatcher, "dispatcher");
        this.rules = rules.stream().filter(r -> r.announcesOn(channel)).toList();
        this.settings = Objects.requireNonNull(settings, "settings");
        this.consumer = Objects.requireNonNull(consumer, "consumer");
        this.producer = Objects.requireNonNull(producer, "producer");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.bucket = new TokenBucket(settings.rate(channel), System.nanoTime());
    }

    String channel() {
        return channel;
    }

    AlertStats stats() {
        return counters.snapshot();
    }

    @Override
    public void run() {
        running = true;
        try {
            if (closing) {
                return;
            }
            consumer.subscribe(List.of(alertsTopic), new Rebalance());
            LOG.info("alerts for channel {} read {} in group {} ({} rules)", channel, alertsTopic,
                    settings.group(channel), rules.size());
            while (!closing) {
                ConsumerRecords<String, byte[]> batch;
                try {
                    batch = poll(POLL);
                } catch (WakeupException e) {
                    break;
                } catch (KafkaException e) {
                    LOG.error("alerts for channel {}: poll failed; retrying in {}", channel, KAFKA_PAUSE, e);
                    sleep(KAFKA_PAUSE);
                    continue;
                }
                process(batch);
                if (batch.isEmpty()) {
                    commitPositions(assigned); // past the transaction markers that follow the last alerts
                }
            }
        } catch (WakeupException e) {
            // close() asked us to stop
        } catch (RuntimeException e) {
            LOG.error("alerts for channel {} stopped by an unexpected failure; an operator must restart it", channel, e);
            throw e;
        } finally {
            closeClients();
            LOG.info("alerts for channel {} stopped: {}", channel, counters.snapshot());
            finished.countDown();
        }
    }

    /**
     * Handles a batch in order. A partition stops at an alert to read again (Kafka unwritable) or dropped (its
     * partition was taken); after any rebalance the rest of the batch is sought back and read afresh.
     */
    private void process(ConsumerRecords<String, byte[]> batch) {
        rebalanced = false;
        Set<TopicPartition> stopped = new HashSet<>();
        for (ConsumerRecord<String, byte[]> record : batch) {
            if (closing) {
                break; // the rest is read again by whoever owns it next
            }
            TopicPartition tp = new TopicPartition(record.topic(), record.partition());
            if (stopped.contains(tp) || !assigned.contains(tp)) {
                continue;
            }
            keepAlive();
            if (!assigned.contains(tp)) {
                continue;
            }
            if (rebalanced) {
                consumer.seek(tp, record.offset());
                stopped.add(tp);
                continue;
            }
            Outcome outcome;
            try {
                outcome = handle(record, tp);
            } catch (WakeupException e) {
                throw e; // close() while waiting: stop, leaving this alert unsent and uncommitted
            } catch (KafkaException e) {
                LOG.error("alerts for channel {}: cannot write to Kafka; reading {}@{} again in {}", channel, tp,
                        record.offset(), KAFKA_PAUSE, e);
                outcome = Outcome.AGAIN;
            }
            if (outcome == Outcome.AGAIN || outcome == Outcome.DROPPED) {
                stopped.add(tp);
                if (assigned.contains(tp)) {
                    consumer.seek(tp, record.offset());
                }
                if (outcome == Outcome.AGAIN) {
                    sleep(KAFKA_PAUSE);
                }
                continue;
            }
            pending.put(tp, new OffsetAndMetadata(record.offset() + 1));
            if (outcome == Outcome.ACTED) {
                commitPending();
            }
        }
        if (!rebalanced && !closing) {
            Set<TopicPartition> done = new HashSet<>(batch.partitions());
            done.removeAll(stopped);
            commitPositions(done);
        }
        commitPending();
    }

    /**
     * Marks for commit where the consumer stands on {@code partitions}, every record before it handled: on a
     * topic written in transactions the position is past the commit markers, so a channel that has caught up
     * commits the end offset and its lag reads 0 (as {@code DeadLetteringLoop} does).
     */
    private void commitPositions(Set<TopicPartition> partitions) {
        for (TopicPartition tp : partitions) {
            if (!assigned.contains(tp)) {
                continue;
            }
            long position;
            try {
                position = consumer.position(tp, Duration.ZERO);
            } catch (KafkaException e) {
                continue; // not known yet
            }
            long mark = pending.containsKey(tp) ? pending.get(tp).offset() : committed.getOrDefault(tp, -1L);
            if (position > mark) {
                pending.put(tp, new OffsetAndMetadata(position));
            }
        }
        commitPending();
    }

    private enum Outcome { SKIPPED, ACTED, AGAIN, DROPPED }

    private Outcome handle(ConsumerRecord<String, byte[]> record, TopicPartition tp) {
        if (record.value() == null) {
            return Outcome.SKIPPED;
        }
        MeetingAlert alert;
        try {
            alert = RecordSerdes.ALERT.decode(record.value());
        } catch (SerializationException e) {
            deadLetter(record, "UNDECODABLE_RECORD", e.getMessage(), e);
            return Outcome.ACTED;
        }
        List<AlertRule> matched = rules.stream().filter(r -> r.matches(alert, clock.instant())).toList();
        if (matched.isEmpty()) {
            counters.filtered.incrementAndGet();
            return Outcome.SKIPPED;
        }
        List<String> keys = ledger.keys(alert, matched);
        if (ledger.allSent(keys)) {
            counters.duplicates.incrementAndGet();
            LOG.debug("channel {} already announced {}", channel, alert.getMeetingKey());
            return Outcome.SKIPPED;
        }
        working = tp;
        lostWorking = false;
        try {
            return deliver(record, alert, matched, keys);
        } finally {
            working = null;
        }
    }

    private Outcome deliver(ConsumerRecord<String, byte[]> record, MeetingAlert alert, List<AlertRule> matched,
                            List<String> keys) {
        RuntimeException last = null;
        long started = System.nanoTime();
        for (int attempt = 1; attempt <= settings.maxAttempts(); attempt++) {
            if (attempt > 1 && !waitPolling(settings.retryWait(attempt - 1).toNanos())) {
                return Outcome.DROPPED;
            }
            long wait;
            while ((wait = bucket.waitNanos(System.nanoTime())) > 0) {
                if (!waitPolling(wait)) {
                    return Outcome.DROPPED;
                }
            }
            bucket.tryTake(System.nanoTime());
            try {
                dispatcher.dispatch(alert);
            } catch (RuntimeException e) {
                last = e;
                counters.failedAttempts.incrementAndGet();
                LOG.info("channel {}: attempt {} of {} for {} failed: {}", channel, attempt, settings.maxAttempts(),
                        alert.getMeetingKey(), yaowen.alerts.channel.Redactor.cutUrls(String.valueOf(e.getMessage())));
                continue;
            }
            ledger.mark(keys, record.partition(), clock.instant());
            counters.sent.incrementAndGet();
            LOG.debug("channel {} announced {} (rules {})", channel, alert.getMeetingKey(), names(matched));
            return Outcome.ACTED;
        }
        String why = "channel " + channel + ", rules " + names(matched) + ": gave up after " + settings.maxAttempts()
                + " attempts in " + String.format(java.util.Locale.ROOT, "%.1f", (System.nanoTime() - started) / 1e9) + " s: "
                + (last == null ? "no answer" : String.valueOf(last.getMessage()));
        deadLetter(record, "DISPATCH_FAILED", why, last);
        return Outcome.ACTED;
    }

    private static List<String> names(List<AlertRule> rules) {
        return rules.stream().map(AlertRule::name).toList();
    }

    /**
     * Waits {@code nanos} while polling with every partition paused, so the group keeps this member.
     *
     * @return false when a rebalance took the partition of the alert being delivered
     */
    private boolean waitPolling(long nanos) {
        long deadline = System.nanoTime() + nanos;
        while (!lostWorking) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                break;
            }
            pausedPoll(Duration.ofNanos(Math.min(left, POLL.toNanos())));
        }
        return !lostWorking;
    }

    /**
     * Polls with every partition paused when the last poll is a second old: a batch of slow deliveries then
     * never keeps a rebalance waiting, nor comes near {@code max.poll.interval.ms}.
     */
    private void keepAlive() {
        if (System.nanoTime() - lastPoll < KEEP_ALIVE_NANOS) {
            return;
        }
        pausedPoll(Duration.ZERO);
    }

    /** One poll with every partition paused: keeps the membership and runs a pending rebalance, reads nothing. */
    private void pausedPoll(Duration timeout) {
        waiting = true;
        consumer.pause(assigned);
        try {
            ConsumerRecords<String, byte[]> none = poll(timeout);
            for (TopicPartition tp : none.partitions()) { // a partition assigned while paused (should not happen)
                consumer.seek(tp, none.records(tp).get(0).offset());
            }
        } finally {
            waiting = false;
            consumer.resume(assigned);
        }
    }

    private ConsumerRecords<String, byte[]> poll(Duration timeout) {
        try {
            return consumer.poll(timeout);
        } finally {
            lastPoll = System.nanoTime();
        }
    }

    private void deadLetter(ConsumerRecord<String, byte[]> record, String kind, String message, Exception e) {
        String text = yaowen.alerts.channel.Redactor.cutUrls(message == null ? kind : message);
        DeadLetter d = DeadLetters.of(STAGE, kind, text, Optional.ofNullable(e), record, clock.instant());
        try {
            producer.send(new ProducerRecord<>(dlqTopic, record.key(), RecordSerdes.DEAD_LETTER.encode(d))).get();
        } catch (ExecutionException x) {
            throw new KafkaException("cannot write a dead letter to " + dlqTopic, x.getCause());
        } catch (InterruptedException x) {
            Thread.currentThread().interrupt();
            throw new KafkaException("interrupted while writing a dead letter", x);
        }
        counters.deadLetters.incrementAndGet();
        LOG.warn("dead letter {} for {}-{}@{} key {}: {}", kind, record.topic(), record.partition(), record.offset(),
                record.key(), text);
    }

    private void commitPending() {
        if (pending.isEmpty()) {
            return;
        }
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>(pending);
        offsets.keySet().retainAll(assigned);
        pending.clear();
        if (offsets.isEmpty()) {
            return;
        }
        try {
            consumer.commitSync(offsets);
            offsets.forEach((tp, o) -> committed.put(tp, o.offset()));
        } catch (CommitFailedException e) {
            LOG.warn("alerts for channel {}: commit failed after a rebalance; the ledger keeps the new owner from"
                    + " announcing again", channel, e);
        }
    }

    /** Keeps the assignment, commits what was handled before partitions go, loads the ledger for new ones. */
    private final class Rebalance implements ConsumerRebalanceListener {
        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>(pending);
            offsets.keySet().retainAll(partitions);
            if (!offsets.isEmpty()) {
                try {
                    consumer.commitSync(offsets);
                } catch (KafkaException e) {
                    LOG.warn("alerts for channel {}: commit on revocation failed", channel, e);
                }
            }
            gone(partitions);
        }

        @Override
        public void onPartitionsLost(Collection<TopicPartition> partitions) {
            gone(partitions);
        }

        private void gone(Collection<TopicPartition> partitions) {
            rebalanced = true;
            assigned.removeAll(partitions);
            partitions.forEach(pending::remove);
            partitions.forEach(committed::remove);
            if (working != null && partitions.contains(working)) {
                lostWorking = true;
                LOG.info("alerts for channel {}: {} was reassigned while an alert waited; its new owner delivers it",
                        channel, working);
            }
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            rebalanced = true;
            while (true) { // no record of these partitions may be handled before their ledger is read
                try {
                    ledger.load(partitions);
                    break;
                } catch (RuntimeException e) { // a listener that throws would leave partitions read but unowned
                    LOG.error("alerts for channel {}: cannot read {}; trying again in {}", channel, "the sent ledger",
                            KAFKA_PAUSE, e);
                    sleep(KAFKA_PAUSE);
                    if (closing) {
                        throw new WakeupException();
                    }
                }
            }
            assigned.addAll(partitions);
            if (waiting) {
                consumer.pause(partitions);
            }
        }
    }

    private void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closing = true;
        }
    }

    /** Stops the loop (waiting up to 30 s) and closes the clients. Idempotent. */
    @Override
    public void close() {
        closing = true;
        if (running) {
            consumer.wakeup();
            try {
                if (!finished.await(CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                    LOG.error("alerts for channel {} did not stop within {}", channel, CLOSE_WAIT);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        } else {
            closeClients();
        }
    }

    private boolean clientsClosed;

    private synchronized void closeClients() {
        if (clientsClosed) {
            return;
        }
        clientsClosed = true;
        for (AutoCloseable c : List.<AutoCloseable>of(consumer, producer, ledger::close)) {
            try {
                c.close();
            } catch (Exception e) {
                LOG.warn("closing a client of the {} channel failed", channel, e);
            }
        }
    }

    private static final class Counters {
        final AtomicLong sent = new AtomicLong();
        final AtomicLong failedAttempts = new AtomicLong();
        final AtomicLong filtered = new AtomicLong();
        final AtomicLong duplicates = new AtomicLong();
        final AtomicLong deadLetters = new AtomicLong();

        AlertStats snapshot() {
            return new AlertStats(sent.get(), failedAttempts.get(), filtered.get(), duplicates.get(), deadLetters.get());
        }
    }
}
