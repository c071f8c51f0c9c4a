package yaowen.consume;

import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import yaowen.records.DeadLetter;

/**
 * The per-record step of a {@link DeadLetteringLoop}: does the work for one record and reports each
 * failure as a dead letter instead of throwing.
 *
 * <p>A handler runs on the loop's thread only. It may see a record more than once (delivery is at
 * least once), so its effects should be idempotent or tolerate repeats.
 */
@FunctionalInterface
public interface RecordHandler {
    /**
     * Handles one record (its value may be {@code null}: a tombstone).
     *
     * @return the dead letters to publish to {@code yaowen.dlq}, keyed like the record; empty when the
     *         record was handled or deliberately skipped. Never {@code null}.
     * @throws RuntimeException only for a bug: the loop stops and closes its clients (see
     *         {@link DeadLetteringLoop#run()})
     */
    List<DeadLetter> handle(ConsumerRecord<String, byte[]> record);
}
