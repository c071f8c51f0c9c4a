package yaowen.alerts;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import yaowen.records.DeadLetter;
import yaowen.records.MeetingAlert;
import yaowen.records.RecordSerdes;
import yaowen.consume.DeadLetters;

/**
 * The alert consumer's per-record step, without a broker: decodes a {@code yaowen.alerts} record and
 * hands the alert to every dispatcher in order.
 *
 * <p>Never throws for a bad record: an undecodable value gives one {@code UNDECODABLE_RECORD} dead
 * letter; each dispatcher that fails gives one {@code DISPATCH_FAILED} dead letter (the others still
 * run). Dead letters are logged at WARN. Tombstones are skipped.
 *
 * <p>Thread-safe if the dispatchers are; counters are atomic.
 */
public final class AlertHandler {
    /** Stage named in dead letters. */
    public static final String STAGE = "alert";
    private static final Logger LOG = LoggerFactory.getLogger(AlertHandler.class);

    private final List<AlertDispatcher> dispatchers;
    private final Clock clock;
    private final AtomicLong dispatched = new AtomicLong();
    private final AtomicLong deadLetters = new AtomicLong();
    private final AtomicLong tombstones = new AtomicLong();

    public AlertHandler(List<AlertDispatcher> dispatchers, Clock clock) {
        this.dispatchers = List.copyOf(dispatchers);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public AlertHandler(List<AlertDispatcher> dispatchers) {
        this(dispatchers, Clock.systemUTC());
    }

    /**
     * Decodes and dispatches one record.
     *
     * @return the dead letters to publish; empty when every dispatcher delivered (or for a tombstone)
     */
    public List<DeadLetter> handle(ConsumerRecord<String, byte[]> record) {
        Objects.requireNonNull(record, "record");
        if (record.value() == null) {
            tombstones.incrementAndGet();
            return List.of();
        }
        MeetingAlert alert;
        try {
            alert = RecordSerdes.ALERT.decode(record.value());
        } catch (SerializationException e) {
            return List.of(deadLetter(record, "UNDECODABLE_RECORD", e.getMessage(), e));
        }
        List<DeadLetter> dead = new ArrayList<>();
        for (AlertDispatcher dispatcher : dispatchers) {
            try {
                dispatcher.dispatch(alert);
            } catch (RuntimeException e) {
                dead.add(deadLetter(record, "DISPATCH_FAILED", "dispatcher " + dispatcher.name() + ": " + e.getMessage(), e));
            }
        }
        if (dead.isEmpty()) {
            dispatched.incrementAndGet();
            LOG.debug("dispatched alert {} to {} dispatchers", alert.getMeetingKey(), dispatchers.size());
        }
        return dead;
    }

    /** A snapshot of the counters. */
    public AlertStats stats() {
        return new AlertStats(dispatched.get(), deadLetters.get(), tombstones.get());
    }

    private DeadLetter deadLetter(ConsumerRecord<String, byte[]> record, String kind, String message, Exception e) {
        deadLetters.incrementAndGet();
        String text = message == null ? e.getClass().getSimpleName() : message;
        LOG.warn("dead letter {} for {}-{}@{} key {}: {}", kind, record.topic(), record.partition(), record.offset(),
                record.key(), text);
        return DeadLetters.of(STAGE, kind, text, Optional.of(e), record, clock.instant());
    }
}
