package yaowen.pipeline.dedup;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import yaowen.records.MeetingAlert;

/**
 * Passes on the first alert candidate of each meeting key and drops later reports of the same meeting
 * (a repost on another site, a re-fetch, a replay). Its store is changelogged, so this holds across
 * restarts and, with exactly-once processing, across crashes.
 */
public final class MeetingDeduplicator implements Processor<String, MeetingAlert, String, MeetingAlert> {
    /** Name of the store of seen meeting keys (value: URL of the first report). */
    public static final String STORE = "meetings-seen";
    private static final Logger LOG = LoggerFactory.getLogger(MeetingDeduplicator.class);

    private ProcessorContext<String, MeetingAlert> context;
    private KeyValueStore<String, String> seen;

    /** The persistent store this processor needs, to add to the topology. */
    public static StoreBuilder<KeyValueStore<String, String>> storeBuilder() {
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(STORE), Serdes.String(), Serdes.String());
    }

    @Override
    public void init(ProcessorContext<String, MeetingAlert> context) {
        this.context = context;
        this.seen = context.getStateStore(STORE);
    }

    @Override
    public void process(Record<String, MeetingAlert> record) {
        if (record.key() == null || record.value() == null) {
            return;
        }
        String first = seen.get(record.key());
        if (first == null) {
            seen.put(record.key(), record.value().getUrls().isEmpty() ? "" : record.value().getUrls().get(0));
            context.forward(record);
        } else {
            LOG.debug("Meeting {} already announced (first report {})", record.key(), first);
        }
    }
}
