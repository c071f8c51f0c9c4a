package yaowen.analytics;

import java.util.List;
import java.util.Objects;

/**
 * A node of the region tree. Counts include every region below. Immutable.
 *
 * @param code  the GB/T 2260 code (province {@code 410000}, city {@code 410200}, county {@code 410202}); null
 *              for the group of regions without a code
 * @param level PROVINCE, CITY, COUNTY or OTHER
 */
public record RegionNode(String code, String name, String level, long meetings, long metrics,
                         List<RegionNode> children) {
    public RegionNode {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(level, "level");
        children = List.copyOf(children);
    }
}
