package yaowen.stores.sink;

import java.util.Objects;
import java.util.Optional;

/**
 * The sink's writes to the store since it started: how many, how long they took in total, and why the
 * last one failed when it did (empty once a later write succeeded). An immutable snapshot.
 *
 * @param writes      upserts attempted
 * @param totalNanos  time spent in them, in nanoseconds
 * @param lastFailure why the most recent upsert failed, when it did
 */
public record StoreWrites(long writes, long totalNanos, Optional<String> lastFailure) {
    public StoreWrites {
        Objects.requireNonNull(lastFailure, "lastFailure");
    }
}
