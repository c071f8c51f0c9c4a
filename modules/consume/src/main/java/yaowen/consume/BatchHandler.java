package yaowen.consume;

import java.util.Collection;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;

/**
 * A {@link RecordHandler} whose effects are made durable per polled batch, together with where reading
 * resumes: a {@link DeadLetteringLoop} given one calls {@link #beginBatch()}, then {@link #handle} for each
 * record, and once the batch's dead letters are acknowledged {@link #commitBatch} with the next offset of
 * every partition in the batch; only then does it commit those offsets to Kafka (a convenience, for lag).
 * When the batch must be read again (dead letters could not be written, the commit failed) or the loop
 * stops mid-batch, it calls {@link #abortBatch()} instead. On partition assignment the loop seeks to the
 * positions the handler keeps ({@link #positions}), so a crash between the handler's commit and Kafka's
 * neither loses nor applies a batch twice.
 *
 * <p>Runs on the loop's thread only.
 */
public interface BatchHandler extends RecordHandler {

    /** A batch starts: the records handled until {@link #commitBatch} or {@link #abortBatch} belong to it. */
    void beginBatch();

    /**
     * Makes the batch's effects durable together with {@code nextOffsets} (per partition, the offset to
     * read next), atomically: after a crash either both are there or neither.
     *
     * @throws RuntimeException when that failed; the loop then aborts the batch and reads it again
     */
    void commitBatch(Map<TopicPartition, Long> nextOffsets);

    /** Discards the effects of the batch begun last, if any. Never throws. */
    void abortBatch();

    /**
     * Where to resume each of the {@code assigned} partitions (the next offset to read), as recorded by
     * {@link #commitBatch}; a partition missing from the answer resumes at Kafka's committed offset.
     */
    Map<TopicPartition, Long> positions(Collection<TopicPartition> assigned);
}
