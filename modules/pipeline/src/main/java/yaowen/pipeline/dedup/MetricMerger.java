package yaowen.pipeline.dedup;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import yaowen.records.MetricObservation;
import yaowen.records.RecordSerdes;

/**
 * Makes one metric of every report of one figure (records arrive keyed by metric key) by
 * {@link MetricMerge#merge}, and passes it on whenever a report changed it; a report that changes nothing
 * (a re-fetch, a replay) passes nothing. The store holds one metric per figure (reports capped by
 * {@link MetricMerge#MAX_REPORTS}), changelogged and written in the outputs' exactly-once transaction.
 *
 * <p>A figure many articles state (a province's GDP) is read back for every report, and decoding its merged
 * record with up to {@link MetricMerge#MAX_REPORTS} reports cost a quarter of a stream thread's time in the
 * pipeline benchmark. So the processor keeps the last {@link #RECENT} merged metrics it wrote, decoded, and
 * reads the store only for the others. Only this processor writes the store, so a kept metric is the store's
 * value; Streams calls {@link #init} again whenever it wipes or restores the store (a task revived after an
 * aborted transaction, or moved), and {@code init} forgets what was kept.
 */
public final class MetricMerger implements Processor<String, MetricObservation, String, MetricObservation> {
    /** Name of the store of merged metrics by metric key. */
    public static final String STORE = "metrics-merged";
    /** Merged metrics kept decoded per task, most recently written first out last. */
    static final int RECENT = 256;

    private ProcessorContext<String, MetricObservation> context;
    private KeyValueStore<String, MetricObservation> merged;
    private Map<String, MetricObservation> recent;

    /** The persistent store this processor needs, to add to the topology. */
    public static StoreBuilder<KeyValueStore<String, MetricObservation>> storeBuilder() {
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(STORE), Serdes.String(), RecordSerdes.METRIC);
    }

    @Override
    public void init(ProcessorContext<String, MetricObservation> context) {
        this.context = context;
        this.merged = context.getStateStore(STORE);
        this.recent = new LinkedHashMap<>(RECENT * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, MetricObservation> eldest) {
                return size() > RECENT;
            }
        };
    }

    @Override
    public void process(Record<String, MetricObservation> record) {
        if (record.key() == null || record.value() == null) {
            return;
        }
        MetricObservation known = recent.get(record.key());
        if (known == null) {
            known = merged.get(record.key());
        }
        MetricObservation next = known == null ? record.value() : MetricMerge.merge(known, record.value());
        if (next.equals(known)) {
            return;
        }
        merged.put(record.key(), next);
        recent.put(record.key(), next);
        context.forward(record.withValue(next));
    }
}
