package yaowen.stores;

import java.util.List;
import java.util.Objects;

/**
 * A region as stored on meetings and metrics, with how many of each carry it (its own, not its sub-regions':
 * the tree is built from these). Immutable.
 *
 * @param code null for a region stored without a code (a functional zone)
 * @param path names from province down to the region; empty when not stored
 */
public record RegionCount(String code, String name, List<String> path, long meetings, long metrics) {
    public RegionCount {
        Objects.requireNonNull(name, "name");
        path = List.copyOf(path);
    }
}
