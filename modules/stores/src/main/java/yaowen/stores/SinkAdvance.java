package yaowen.stores;

import java.util.Objects;

/**
 * How far one batch moved a sink on one partition: from the offset of its first record to the offset of the
 * next record to read. The store records {@code nextOffset} only while what it holds for the partition is not
 * beyond {@code firstOffset}: a sink that lost the partition to another (a rebalance it missed, a long pause)
 * can then never move the partition back nor overwrite the newer owner's rows. Immutable.
 */
public record SinkAdvance(String topic, int partition, long firstOffset, long nextOffset) {
    public SinkAdvance {
        Objects.requireNonNull(topic, "topic");
        if (partition < 0 || firstOffset < 0 || nextOffset <= firstOffset) {
            throw new IllegalArgumentException("a batch moves a partition forward from a record: " + topic + "-" + partition
                    + " " + firstOffset + " → " + nextOffset);
        }
    }
}
