package yaowen.pipeline.deadletter;

import java.time.Instant;
import java.util.Optional;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import yaowen.records.DeadLetter;

/** Dead letters of the Streams steps: the shared factory, fed from Streams' record metadata. */
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
        return yaowen.consume.DeadLetters.of(stage, kind.name(), message, error,
                source.map(RecordMetadata::topic).orElse(null), source.map(RecordMetadata::partition).orElse(null),
                source.map(RecordMetadata::offset).orElse(null), key, value, at);
    }
}
