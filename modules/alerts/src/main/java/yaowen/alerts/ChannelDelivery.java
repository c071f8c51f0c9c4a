package yaowen.alerts;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.Locale;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
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
 * it, the alert is sent once (when the channel's {@link TokenBucket} has a token), retried with doubling waits
 * up to {@link DeliverySettings#maxAttempts()}, then marked sent — or dead-lettered with the reason, URLs
 * cut ({@link yaowen.alerts.channel.Redactor#cutUrls}). The position is committed right after each alert sent
 * or dead-lettered.
 *
 * <p>Why it cannot outlive its poll:
 * <ul>
 *   <li>each batch has a budget, half of {@code max.poll.interval.ms}: an attempt starts only if it can end
 *       within it (the first of a batch always may), and once it is spent the rest of the batch is sought
 *       back and read again by the next poll — what was sent is marked and committed, so none of it is sent
 *       again;</li>
 *   <li>one attempt is cut at {@link DeliverySettings#attemptTimeout(Duration)}, whatever the dispatcher's own
 *       timeouts ({@link Attempts}: a robot that drips its answer holds a daemon thread, not the loop);</li>
 *   <li>nothing waits inside a batch: an alert to retry later, or waiting for a token, or for a channel that
 *       counts as down ({@link Breaker}), stops its partition there — sought back to it and paused until
 *       then — while the loop goes on polling, so one failing alert holds back only its own partition;</li>
 *   <li>between two alerts it polls (paused) whenever the last poll is a second old, so a rebalance waits at
 *       most one attempt for this member.</li>
 * </ul>
 * If a rebalance takes partitions mid-batch, the rest of the batch is sought back and read afresh; the new
 * owner reads the ledger to its end before it handles a record, and starts from the last committed position.
 * So no batch is ever announced again.
 *
 * <p>Where a duplicate is still possible: the process dies (or the ledger cannot be written) after the
 * channel accepted a message and before its mark is acknowledged — one message, the one in flight. A
 * channel that times out (or is cut at the attempt limit) but did deliver is another (the retry repeats it):
 * that is the channel's answer, not ours to know. A retry count is kept by the member that owns the partition,
 * so an alert whose partition moves starts its count again.
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
    private final LongSupplier nanos;
    private final Attempts attempts;
    private final long budgetNanos;
    private final Duration attemptLimit;
    private final TokenBucket bucket;
    private final Breaker breaker;
    private final CountDownLatch finished = new CountDownLatch(1);
    private final Set<TopicPartition> assigned = new HashSet<>();
    /** Offsets handled but not committed yet (alerts no rule wanted, or already sent). */
    private final Map<TopicPartition, OffsetAndMetadata> pending = new HashMap<>();
    /** What this member last committed per partition. */
    private final Map<TopicPartition, Long> committed = new HashMap<>();
    /** Partitions stopped at an alert that waits (a retry, a token, the breaker), paused until the nano time given. */
    private final Map<TopicPartition, Long> waitingUntil = new HashMap<>();
    /** The alert a partition stopped at after failed attempts, with its count. */
    private final Map<TopicPartition, Retry> retries = new HashMap<>();
    private final Counters counters = new Counters();
    private volatile boolean closing;
    private volatile boolean running;
    private boolean waiting;
    /** Whether a rebalance happened while the current batch was handled. */
    private boolean rebalanced;
    private long lastPoll;

    /** The alert at {@code offset} failed {@code attempts} times, the first at {@code since} (a nano time). */
    private record Retry(long offset, int attempts, long since) { }

    /**
     * @param pollInterval the consumer's {@code max.poll.interval.ms}: each batch may take half of it
     * @param nanos        a monotonic clock in nanoseconds ({@code System::nanoTime})
     * @param attempts     runs each attempt within its limit ({@link Attempts#onThreads})
     */
    ChannelDelivery(String channel, AlertDispatcher dispatcher, List<AlertRule> rules, DeliverySettings settings,
                    Consumer<String, byte[]> consumer, Producer<String, byte[]> producer, SentLedger ledger, Clock clock,
                    TopicNames topics, Duration pollInterval, LongSupplier nanos, Attempts attempts) {
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
        this.nanos = Objects.requireNonNull(nanos, "nanos");
        this.attempts = Objects.requireNonNull(attempts, "attempts");
        Duration budget = batchBudget(pollInterval);
        this.budgetNanos = budget.toNanos();
        this.attemptLimit = settings.attemptTimeout(budget);
        this.bucket = new TokenBucket(settings.rate(channel), nanos.getAsLong());
        this.breaker = new Breaker(settings);
        this.lastPoll = nanos.getAsLong();
    }

    /**
     * The time one batch may take: half of {@code max.poll.interval.ms}. The other half is the margin for what
     * follows the last attempt (the ledger mark, a dead letter, the commit, each bounded by Kafka's own timeouts).
     */
    static Duration batchBudget(Duration pollInterval) {
        if (pollInterval.isNegative() || pollInterval.isZero()) {
            throw new IllegalArgumentException("max.poll.interval.ms must be positive, was " + pollInterval);
        }
        return pollInterval.dividedBy(2);
    }

    String channel() {
        return channel;
    }

    AlertStats stats() {
        return counters.snapshot();
    }

    /** Partitions this member gave up or lost since it started (for tests: 0 = never put out of the group). */
    long revocations() {
        return counters.revocations.get();
    }

    @Override
    public void run() {
        running = true;
        try {
            if (closing) {
                return;
            }
            subscribe();
            while (!closing) {
                step();
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

    /** Subscribes to the alerts topic (what {@link #run()} does first). */
    void subscribe() {
        consumer.subscribe(List.of(alertsTopic), new Rebalance());
        LOG.info("alerts for channel {} read {} in group {} ({} rules; a batch may take {} s, an attempt {} s)", channel,
                alertsTopic, settings.group(channel), rules.size(), budgetNanos / 1_000_000_000.0,
                attemptLimit.toMillis() / 1000.0);
    }

    /** One poll and the batch it brought: what {@link #run()} repeats until closed. */
    void step() {
        resumeDue();
        ConsumerRecords<String, byte[]> batch;
        try {
            batch = poll(POLL);
        } catch (WakeupException e) {
            throw e;
        } catch (KafkaException e) {
            LOG.error("alerts for channel {}: poll failed; retrying in {}", channel, KAFKA_PAUSE, e);
            sleep(KAFKA_PAUSE);
            return;
        }
        process(batch);
        if (batch.isEmpty()) {
            commitPositions(assigned); // past the transaction markers that follow the last alerts
        }
    }

    /** Resumes the partitions whose wait is over. */
    private void resumeDue() {
        if (waitingUntil.isEmpty()) {
            return;
        }
        long now = nanos.getAsLong();
        List<TopicPartition> due = waitingUntil.entrySet().stream().filter(e -> now - e.getValue() >= 0)
                .map(Map.Entry::getKey).toList();
        due.forEach(waitingUntil::remove);
        List<TopicPartition> mine = due.stream().filter(assigned::contains).toList();
        if (!mine.isEmpty()) {
            consumer.resume(mine);
        }
    }

    /**
     * Handles a batch in order, within its budget. A partition stops at an alert that waits (a retry, a token,
     * the breaker), that is to be read again (Kafka unwritable, the budget spent) or dropped (its partition was
     * taken); after any rebalance the rest of the batch is sought back and read afresh.
     */
    private void process(ConsumerRecords<String, byte[]> batch) {
        rebalanced = false;
        long deadline = nanos.getAsLong() + budgetNanos;
        boolean spent = false;
        boolean attempted = false;
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
            if (rebalanced || spent) {
                consumer.seek(tp, record.offset());
                stopped.add(tp);
                continue;
            }
            Outcome outcome;
            try {
                outcome = handle(record, tp, attempted ? deadline : Long.MAX_VALUE);
            } catch (WakeupException e) {
                throw e; // close() while waiting: stop, leaving this alert unsent and uncommitted
            } catch (KafkaException e) {
                LOG.error("alerts for channel {}: cannot write to Kafka; reading {}@{} again in {}", channel, tp,
                        record.offset(), KAFKA_PAUSE, e);
                outcome = Outcome.AGAIN;
            }
            attempted |= outcome.attempted;
            switch (outcome) {
                case SKIPPED -> pending.put(tp, new OffsetAndMetadata(record.offset() + 1));
                case ACTED -> {
                    pending.put(tp, new OffsetAndMetadata(record.offset() + 1));
                    commitPending();
                }
                case LATER, AGAIN, OUT_OF_TIME, DROPPED -> {
                    stopped.add(tp);
                    if (assigned.contains(tp)) {
                        consumer.seek(tp, record.offset());
                    }
                    if (outcome == Outcome.LATER && assigned.contains(tp)) {
                        consumer.pause(List.of(tp));
                    } else {
                        waitingUntil.remove(tp);
                    }
                    if (outcome == Outcome.OUT_OF_TIME) {
                        spent = true;
                        LOG.debug("alerts for channel {}: the batch's {} s are spent; the rest waits for the next poll",
                                channel, budgetNanos / 1e9);
                    }
                    if (outcome == Outcome.AGAIN) {
                        sleep(KAFKA_PAUSE);
                    }
                }
            }
            if (!spent && attempted && deadline - nanos.getAsLong() <= 0) {
                spent = true;
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
     * commits the end offset and its lag reads 0 (as {@code DeadLetteringLoop} does). A partition stopped at
     * an alert stands at that alert.
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

    /** What became of one record; {@code attempted} = an attempt was made (the batch's first may ignore the budget). */
    private enum Outcome {
        /** Nothing to send (no rule, already sent): commit with the next. */
        SKIPPED(false),
        /** Sent, or dead-lettered: commit now. */
        ACTED(true),
        /** Tried or not, it waits (a retry, a token, the breaker): its partition is paused until then. */
        LATER(true),
        /** The batch's budget cannot hold another attempt: read again by the next poll. */
        OUT_OF_TIME(false),
        /** Kafka could not be written: read again after a pause. */
        AGAIN(false),
        /** Its partition was taken, or the loop is closing: left to whoever reads it next. */
        DROPPED(false);

        final boolean attempted;

        Outcome(boolean attempted) {
            this.attempted = attempted;
        }
    }

    /**
     * @param deadline the nano time by which an attempt must end, {@code Long.MAX_VALUE} for the batch's first
     */
    private Outcome handle(ConsumerRecord<String, byte[]> record, TopicPartition tp, long deadline) {
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
            retries.remove(tp);
            LOG.debug("channel {} already announced {}", channel, alert.getMeetingKey());
            return Outcome.SKIPPED;
        }
        return deliver(record, tp, alert, matched, keys, deadline);
    }

    private Outcome deliver(ConsumerRecord<String, byte[]> record, TopicPartition tp, MeetingAlert alert,
                            List<AlertRule> matched, List<String> keys, long deadline) {
        Retry retry = retries.get(tp);
        if (retry != null && retry.offset() != record.offset()) {
            retry = null;
        }
        long now = nanos.getAsLong();
        if (!breaker.allows(now)) {
            return later(tp, breaker.openUntil());
        }
        long token = bucket.waitNanos(now);
        if (token > 0) {
            return later(tp, now + token);
        }
        if (deadline != Long.MAX_VALUE && deadline - now < attemptLimit.toNanos()) {
            return Outcome.OUT_OF_TIME;
        }
        bucket.tryTake(now);
        long since = retry == null ? now : retry.since();
        int attempt = retry == null ? 1 : retry.attempts() + 1;
        String failure;
        Exception error = null;
        try {
            attempts.run(() -> dispatcher.dispatch(alert), attemptLimit);
            failure = null;
        } catch (TimeoutException e) {
            error = e;
            failure = "no answer within the attempt limit of " + attemptLimit.toMillis() + " ms";
        } catch (CancellationException | InterruptedException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
                closing = true;
            }
            return Outcome.DROPPED; // closing: left unsent and uncommitted for the next run
        } catch (RuntimeException e) {
            error = e;
            failure = String.valueOf(e.getMessage());
        }
        long ended = nanos.getAsLong();
        if (failure == null) {
            if (breaker.succeeded()) {
                LOG.info("channel {} answers again; delivering its alerts", channel);
            }
            retries.remove(tp);
            ledger.mark(keys, record.partition(), clock.instant());
            counters.sent.incrementAndGet();
            LOG.debug("channel {} announced {} (rules {})", channel, alert.getMeetingKey(), names(matched));
            return Outcome.ACTED;
        }
        counters.failedAttempts.incrementAndGet();
        String reason = yaowen.alerts.channel.Redactor.cutUrls(failure);
        LOG.info("channel {}: attempt {} of {} for {} failed: {}", channel, attempt, settings.maxAttempts(),
                alert.getMeetingKey(), reason);
        if (breaker.failed(ended)) {
            LOG.warn("channel {} failed {} attempts in a row: it counts as down, its alerts wait and it is tried at"
                    + " most once every {} until one goes through", channel, breaker.failures(), settings.maxRetryWait());
        }
        if (attempt >= settings.maxAttempts()) {
            retries.remove(tp);
            String why = "channel " + channel + ", rules " + names(matched) + ": gave up after " + settings.maxAttempts()
                    + " attempts in " + String.format(Locale.ROOT, "%.1f", (ended - since) / 1e9) + " s: " + failure;
            deadLetter(record, "DISPATCH_FAILED", why, error);
            return Outcome.ACTED;
        }
        retries.put(tp, new Retry(record.offset(), attempt, since));
        long next = ended + settings.retryWait(attempt).toNanos();
        return later(tp, breaker.allows(next) ? next : breaker.openUntil());
    }

    /** Stops {@code tp} at its alert until {@code until} (a nano time). */
    private Outcome later(TopicPartition tp, long until) {
        waitingUntil.put(tp, until);
        return Outcome.LATER;
    }

    private static List<String> names(List<AlertRule> rules) {
        return rules.stream().map(AlertRule::name).toList();
    }

    /**
     * Polls with every partition paused when the last poll is a second old: a batch of slow deliveries then
     * never keeps a rebalance waiting longer than one attempt.
     */
    private void keepAlive() {
        if (nanos.getAsLong() - lastPoll < KEEP_ALIVE_NANOS) {
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
            Set<TopicPartition> resume = new HashSet<>(assigned);
            resume.removeAll(waitingUntil.keySet());
            consumer.resume(resume);
        }
    }

    private ConsumerRecords<String, byte[]> poll(Duration timeout) {
        try {
            return consumer.poll(timeout);
        } finally {
            lastPoll = nanos.getAsLong();
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
            counters.revocations.addAndGet(partitions.size());
            assigned.removeAll(partitions);
            partitions.forEach(pending::remove);
            partitions.forEach(committed::remove);
            partitions.forEach(waitingUntil::remove);
            partitions.forEach(retries::remove);
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

    /** Stops the loop (waiting up to 30 s, cutting an attempt in flight) and closes the clients. Idempotent. */
    @Override
    public void close() {
        closing = true;
        if (running) {
            attempts.cancel();
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
        final AtomicLong revocations = new AtomicLong();

        AlertStats snapshot() {
            return new AlertStats(sent.get(), failedAttempts.get(), filtered.get(), duplicates.get(), deadLetters.get());
        }
    }
}
