package yaowen.cli.audit;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What an audit counts: the committed records of Yaowen's topics reduced to keys, coordinates and
 * fingerprints (no payloads), and, when asked, the keys a store holds.
 *
 * @param raw         every record of {@code yaowen.pages.raw}, in any order
 * @param articles    every non-tombstone record of {@code yaowen.articles}
 * @param deadLetters every record of {@code yaowen.dlq} that decodes as a dead letter
 * @param meetings    every non-tombstone record of {@code yaowen.meetings}
 * @param metrics     every non-tombstone record of {@code yaowen.metrics}
 * @param alerts      every record of {@code yaowen.alerts}
 * @param store       the store's keys, empty when the store is not audited
 */
public record AuditInput(List<Raw> raw, List<ArticleRef> articles, List<DeadLetterRef> deadLetters,
                         List<Keyed> meetings, List<Keyed> metrics, List<AlertRef> alerts, Optional<Stored> store) {
    public AuditInput {
        raw = List.copyOf(raw);
        articles = List.copyOf(articles);
        deadLetters = List.copyOf(deadLetters);
        meetings = List.copyOf(meetings);
        metrics = List.copyOf(metrics);
        alerts = List.copyOf(alerts);
        Objects.requireNonNull(store, "store");
    }

    /**
     * A raw page record at {@code partition:offset}; {@code url} is its decoded page's URL, null when the
     * value does not decode (a poisoned record, which only a dead letter can account for).
     */
    public record Raw(int partition, long offset, String key, String url) {
    }

    /** An article record: its id (the key) and the URL of the page it came from. */
    public record ArticleRef(String id, String url) {
    }

    /**
     * A dead letter: the stage that wrote it and the coordinates of the record it stands for
     * ({@code sourceTopic} without the installation's prefix is compared by the caller's names).
     */
    public record DeadLetterRef(String stage, String sourceTopic, int sourcePartition, long sourceOffset) {
    }

    /** A record of a compacted merge topic: its key and a fingerprint of its value (equal values, equal prints). */
    public record Keyed(String key, String fingerprint) {
    }

    /**
     * An alert: its meeting key, NEW or UPDATED, and a fingerprint of what it announces (without the time it
     * was detected, which a repeat would change).
     */
    public record AlertRef(String meetingKey, String change, String fingerprint) {
    }

    /** The keys of a store's tables: article ids, meeting keys, metric keys. */
    public record Stored(Set<String> articles, Set<String> meetings, Set<String> metrics) {
        public Stored {
            articles = Set.copyOf(articles);
            meetings = Set.copyOf(meetings);
            metrics = Set.copyOf(metrics);
        }
    }
}
