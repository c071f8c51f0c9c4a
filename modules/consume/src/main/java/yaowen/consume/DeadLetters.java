package yaowen.consume;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import yaowen.records.DeadLetter;

/**
 * Builds {@link DeadLetter}s: the one place that decides how a failed record's coordinates, key, bytes
 * and reason are written, for the Streams pipeline and the plain consumers alike.
 */
public final class DeadLetters {
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

    /** A dead letter for a consumed {@code record}. */
    public static DeadLetter of(String stage, String kind, String message, Optional<? extends Throwable> error,
                                ConsumerRecord<String, byte[]> record, Instant at) {
        return of(stage, kind, message, error, record.topic(), record.partition(), record.offset(), record.key(),
                record.value(), at);
    }
}
