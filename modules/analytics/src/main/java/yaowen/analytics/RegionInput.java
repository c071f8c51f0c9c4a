package yaowen.analytics;

import java.util.List;
import java.util.Objects;

/**
 * A stored region with its own counts: what {@link RegionTree} builds the tree from. Immutable.
 *
 * @param code null for a region without a code (a functional zone)
 * @param path names from province down to the region, empty when not known
 */
public record RegionInput(String code, String name, List<String> path, long meetings, long metrics) {
    public RegionInput {
        Objects.requireNonNull(name, "name");
        path = List.copyOf(path);
    }
}
