package yaowen.consume;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import yaowen.records.DeadLetter;

/**
 * Builds {@link DeadLetter}s: the one place that decides how a failed record's coordinates, key, bytes
 * and reason are written, for the Streams pipeline and the plain consumers alike; and counts them per
 * stage and kind ({@link #counts()}), for the metrics.
 */
public final class DeadLetters {
    /** Dead letters built in this process per stage and kind (a Streams task that is retried counts again). */
    private static final Map<Count, LongAdder> BUILT = new ConcurrentHashMap<>();

    /** How many dead letters of one stage and kind this process has built since it started. */
    public record Count(String stage, String kind) {
        public Count {
            Objects.requireNonNull(stage, "stage");
            Objects.requireNonNull(kind, "kind");
        }
    }

    private DeadLetters() {
    }

    /**
     * A dead letter for a record read from {@code topic}-{@code partition}@{@code offset} (each may be
     * unknown), keeping its key and value bytes exactly.
     *
     * @param message the reason; the kind stands in when it is blank
     * @param error   the exception that stopped the record, if one did
     */
    public static DeadLetter of(String stage, String kind, String message, Optional<? extends Throwable> error,
                                String topic, Integer partition, Long offset, String key, byte[] value, Instant at) {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(kind, "kind");
        BUILT.computeIfAbsent(new Count(stage, kind), k -> new LongAdder()).increment();
        return DeadLetter.newBuilder()
                .setStage(stage)
                .setErrorKind(kind)
                .setMessage(message == null || message.isBlank() ? kind : message)
                .setExceptionClass(error.map(e -> e.getClass().getName()).orElse(null))
                .setSourceTopic(topic)
                .setSourcePartition(partition)
                .setSourceOffset(offset)
                .setKey(key == null ? null : ByteBuffer.wrap(key.getBytes(StandardCharsets.UTF_8)))
                .setValue(value == null ? null : ByteBuffer.wrap(value))
                .setFailedAt(Objects.requireNonNull(at, "at"))
                .build();
    }

    /** The stages and kinds of dead letters built so far, sorted. Thread-safe. */
    public static List<Count> counts() {
        return BUILT.keySet().stream().sorted(Comparator.comparing(Count::stage).thenComparing(Count::kind)).toList();
    }

    /** Dead letters of {@code count}'s stage and kind built so far. Thread-safe. */
    public static long built(Count count) {
        LongAdder n = BUILT.get(count);
        return n == null ? 0 : n.sum();
    }

    /** A dead letter for a consumed {@code record}. */
    public static DeadLetter of(String stage, String kind, String message, Optional<? extends Throwable> error,
                                ConsumerRecord<String, byte[]> record, Instant at) {
        return of(stage, kind, message, error, record.topic(), record.partition(), record.offset(), record.key(),
                record.value(), at);
    }
}
