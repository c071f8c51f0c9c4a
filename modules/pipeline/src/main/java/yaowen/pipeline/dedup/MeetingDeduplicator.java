package yaowen.pipeline.dedup;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import yaowen.records.Meeting;
import yaowen.records.MeetingAlert;
import yaowen.records.MetricSummary;
import yaowen.records.RecordSerdes;

/**
 * Makes one meeting record of every report of a meeting (records arrive keyed by meeting key): the first
 * report becomes the record and a {@code NEW} alert; a later report of the same meeting
 * ({@link MeetingMerge#sameMeeting}) is merged in and re-emitted, with an {@code UPDATED} alert only when it
 * added figures; a report that changes nothing (a re-fetch, a replay) emits nothing. A report under a taken
 * key that is of another meeting takes the key's next free slot ({@code KEY#2}, up to {@link #SLOTS}).
 *
 * <p>The store holds one merged meeting per meeting (sources and figures capped by {@link MeetingMerge}), is
 * changelogged, and is written in the same exactly-once transaction as the outputs, so a crash neither loses
 * nor repeats an alert.
 */
public final class MeetingDeduplicator implements Processor<String, Meeting, String, MeetingDeduplicator.Merged> {
    /** Name of the store of merged meetings by meeting key. */
    public static final String STORE = "meetings-merged";
    /** Different meetings one key may hold (two 常务会议 of one region on one day): KEY, KEY#2, … KEY#SLOTS. */
    public static final int SLOTS = 4;
    private static final Logger LOG = LoggerFactory.getLogger(MeetingDeduplicator.class);

    /** The meeting record to publish and the alert to send, if any. */
    public record Merged(Meeting meeting, Optional<MeetingAlert> alert) {
    }

    private ProcessorContext<String, Merged> context;
    private KeyValueStore<String, Meeting> merged;

    /** The persistent store this processor needs, to add to the topology. */
    public static StoreBuilder<KeyValueStore<String, Meeting>> storeBuilder() {
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(STORE), Serdes.String(), RecordSerdes.MEETING);
    }

    @Override
    public void init(ProcessorContext<String, Merged> context) {
        this.context = context;
        this.merged = context.getStateStore(STORE);
    }

    @Override
    public void process(Record<String, Meeting> record) {
        if (record.key() == null || record.value() == null) {
            return;
        }
        Meeting report = record.value();
        Instant now = Instant.ofEpochMilli(context.currentSystemTimeMs());
        for (int slot = 1; slot <= SLOTS; slot++) {
            String key = slot == 1 ? record.key() : record.key() + "#" + slot;
            Meeting known = merged.get(key);
            if (known == null) {
                Meeting first = Meeting.newBuilder(report).setKey(key).build();
                emit(record, first, Optional.of(MeetingMerge.alert(first, List.of(), now)));
                return;
            }
            if (slot == SLOTS || MeetingMerge.sameMeeting(known, report)) {
                if (slot == SLOTS && !MeetingMerge.sameMeeting(known, report)) {
                    LOG.warn("Meeting key {} holds {} meetings already; merging {} into the last", record.key(), SLOTS,
                            report.getUrl());
                }
                Meeting next = MeetingMerge.merge(known, report);
                if (next.equals(known)) {
                    LOG.debug("Meeting {}: nothing new in {}", key, report.getUrl());
                    return;
                }
                List<MetricSummary> added = MeetingMerge.added(known, next);
                emit(record, next, added.isEmpty() ? Optional.empty() : Optional.of(MeetingMerge.alert(next, added, now)));
                return;
            }
        }
    }

    private void emit(Record<String, Meeting> record, Meeting meeting, Optional<MeetingAlert> alert) {
        merged.put(meeting.getKey(), meeting);
        context.forward(record.withKey(meeting.getKey()).withValue(new Merged(meeting, alert)));
    }
}
