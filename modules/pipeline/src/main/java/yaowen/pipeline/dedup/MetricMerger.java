package yaowen.pipeline.dedup;

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
 */
public final class MetricMerger implements Processor<String, MetricObservation, String, MetricObservation> {
    /** Name of the store of merged metrics by metric key. */
    public static final String STORE = "metrics-merged";

    private ProcessorContext<String, MetricObservation> context;
    private KeyValueStore<String, MetricObservation> merged;

    /** The persistent store this processor needs, to add to the topology. */
    public static StoreBuilder<KeyValueStore<String, MetricObservation>> storeBuilder() {
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(STORE), Serdes.String(), RecordSerdes.METRIC);
    }

    @Override
    public void init(ProcessorContext<String, MetricObservation> context) {
        this.context = context;
        this.merged = context.getStateStore(STORE);
    }

    @Override
    public void process(Record<String, MetricObservation> record) {
        if (record.key() == null || record.value() == null) {
            return;
        }
        MetricObservation known = merged.get(record.key());
        MetricObservation next = known == null ? record.value() : MetricMerge.merge(known, record.value());
        if (next.equals(known)) {
            return;
        }
        merged.put(record.key(), next);
        context.forward(record.withValue(next));
    }
}
