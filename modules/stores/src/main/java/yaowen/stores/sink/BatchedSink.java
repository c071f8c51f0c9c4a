package yaowen.stores.sink;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import yaowen.consume.BatchHandler;
import yaowen.records.DeadLetter;
import yaowen.stores.ArticleStore;
import yaowen.stores.SinkBatch;
import yaowen.stores.SinkAdvance;
import yaowen.stores.SinkOffset;
import yaowen.stores.StoreException;

/**
 * The sink as a {@link BatchHandler}: each polled batch is written in one store transaction
 * ({@link ArticleStore#beginSinkBatch()}) that commits with the batch's next offsets in
 * {@code sink_offsets}, and assigned partitions resume at those offsets. A crash before the commit leaves
 * none of the batch; after it, the batch is never written again.
 *
 * <p>A record the store refuses becomes a {@code STORE_ERROR} dead letter as before; since a failed
 * statement spoils the transaction (PostgreSQL, DuckDB), the batch's transaction is then begun again and
 * the records before it written again. If that fails too (the database is gone), the batch is not
 * committed: {@link #commitBatch} throws and the loop reads the batch again after a pause.
 *
 * <p>Runs on the loop's thread only.
 */
final class BatchedSink implements BatchHandler {
    private static final Logger LOG = LoggerFactory.getLogger(BatchedSink.class);
    private static final String STORE_ERROR = "STORE_ERROR";

    private final RecordSink sink;
    private final ArticleStore store;
    private final String group;
    private final List<ConsumerRecord<String, byte[]>> written = new ArrayList<>();
    /** Per partition, the offset of the batch's first record: where the store must still stand to take it. */
    private final Map<TopicPartition, Long> firstOffsets = new java.util.HashMap<>();
    private SinkBatch open;
    private Optional<StoreException> broken = Optional.empty();

    /** Writes through {@code sink} into {@code store}, recording offsets under consumer group {@code group}. */
    BatchedSink(RecordSink sink, ArticleStore store, String group) {
        this.sink = Objects.requireNonNull(sink, "sink");
        this.store = Objects.requireNonNull(store, "store");
        this.group = Objects.requireNonNull(group, "group");
    }

    @Override
    public void beginBatch() {
        abortBatch();
        written.clear();
        firstOffsets.clear();
        broken = Optional.empty();
        try {
            open = store.beginSinkBatch();
        } catch (StoreException e) {
            broken = Optional.of(e);
        }
    }

    @Override
    public List<DeadLetter> handle(ConsumerRecord<String, byte[]> record) {
        firstOffsets.putIfAbsent(new TopicPartition(record.topic(), record.partition()), record.offset());
        if (broken.isPresent()) {
            return List.of();
        }
        Optional<DeadLetter> dead = sink.handle(record);
        if (dead.isEmpty()) {
            written.add(record);
        } else if (STORE_ERROR.equals(dead.get().getErrorKind())) {
            writeAgainWithout(record);
        }
        return dead.stream().toList();
    }

    @Override
    public void commitBatch(Map<TopicPartition, Long> nextOffsets) {
        if (broken.isPresent()) {
            abortBatch();
            throw new StoreException("write the batch", null, broken.get());
        }
        List<SinkAdvance> advances = nextOffsets.entrySet().stream()
                .filter(e -> firstOffsets.containsKey(e.getKey()))
                .map(e -> new SinkAdvance(e.getKey().topic(), e.getKey().partition(), firstOffsets.get(e.getKey()),
                        e.getValue())).toList();
        SinkBatch batch = open;
        open = null;
        batch.commit(group, advances);
    }

    @Override
    public void abortBatch() {
        if (open != null) {
            SinkBatch batch = open;
            open = null;
            batch.rollback();
        }
    }

    @Override
    public Map<TopicPartition, Long> positions(Collection<TopicPartition> assigned) {
        return store.sinkOffsets(group).stream()
                .map(o -> Map.entry(new TopicPartition(o.topic(), o.partition()), o.nextOffset()))
                .filter(e -> assigned.contains(e.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** The store refused {@code failed}, spoiling the transaction: begin it again with the records before. */
    private void writeAgainWithout(ConsumerRecord<String, byte[]> failed) {
        LOG.info("{}-{}@{} was refused by the store; writing the {} records before it again in a new transaction",
                failed.topic(), failed.partition(), failed.offset(), written.size());
        abortBatch();
        try {
            open = store.beginSinkBatch();
        } catch (StoreException e) {
            broken = Optional.of(e);
            return;
        }
        for (ConsumerRecord<String, byte[]> record : written) {
            Optional<DeadLetter> again = sink.handle(record);
            if (again.isPresent()) {
                broken = Optional.of(new StoreException("write again", record.key(),
                        new IllegalStateException(again.get().getMessage())));
                abortBatch();
                return;
            }
        }
    }
}
