package yaowen.stores;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of a query's results. Immutable.
 *
 * @param nextCursor where the next page starts (pass it in {@link Paging#cursor()}); null when this is the last
 */
public record Page<T>(List<T> items, String nextCursor) {
    public Page {
        items = List.copyOf(Objects.requireNonNull(items, "items"));
    }

    /** The next page's cursor, empty at the end. */
    public Optional<String> next() {
        return Optional.ofNullable(nextCursor);
    }
}
