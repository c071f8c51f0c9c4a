package yaowen.stores.sink;

/**
 * Progress of a sink: records stored per topic, records sent to dead letters, tombstones skipped.
 * An immutable snapshot.
 */
public record SinkStats(long articles, long meetings, long metrics, long deadLetters, long tombstones) {

    /** Every record handled. */
    public long total() {
        return articles + meetings + metrics + deadLetters + tombstones;
    }
}
