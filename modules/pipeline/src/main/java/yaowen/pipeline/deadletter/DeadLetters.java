package yaowen.pipeline.deadletter;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import yaowen.records.DeadLetter;

/** Builds {@link DeadLetter}s: stage, kind, reason, source coordinates and the original bytes. */
public final class DeadLetters {
    private DeadLetters() {
    }

    /**
     * A dead letter for the record at {@code source} with key {@code key} and value bytes {@code value}.
     *
     * @param error the exception that stopped it, if one did
     */
    public static DeadLetter of(String stage, FailureKind kind, String message, Optional<Throwable> error,
                                Optional<RecordMetadata> source, String key, byte[] value, Instant at) {
        return DeadLetter.newBuilder()
                .setStage(stage)
                .setErrorKind(kind.name())
                .setMessage(message == null || message.isBlank() ? kind.name() : message)
                .setExceptionClass(error.map(e -> e.getClass().getName()).orElse(null))
                .setSourceTopic(source.map(RecordMetadata::topic).orElse(null))
                .setSourcePartition(source.map(RecordMetadata::partition).orElse(null))
                .setSourceOffset(source.map(RecordMetadata::offset).orElse(null))
                .setKey(key == null ? null : ByteBuffer.wrap(key.getBytes(StandardCharsets.UTF_8)))
                .setValue(value == null ? null : ByteBuffer.wrap(value))
                .setFailedAt(at)
                .build();
    }
}
