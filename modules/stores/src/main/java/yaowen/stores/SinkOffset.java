package yaowen.stores;

import java.util.Objects;

/**
 * Where a sink resumes one partition: the offset of the next record to read, as stored with the rows of
 * the batch that ended there (table {@code sink_offsets}). Immutable.
 */
public record SinkOffset(String topic, int partition, long nextOffset) {
    public SinkOffset {
        Objects.requireNonNull(topic, "topic");
        if (partition < 0 || nextOffset < 0) {
            throw new IllegalArgumentException("partition and offset must not be negative: " + topic + "-" + partition
                    + "@" + nextOffset);
        }
    }
}
