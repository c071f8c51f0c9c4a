package yaowen.analytics;

import java.util.Collection;
import java.util.List;

/** Province → city → county, with counts rolled up, from the regions stored on meetings and metrics. Stateless. */
public final class RegionTree {
    private RegionTree() {
    }

    /**
     * The roots (provinces, then a group for regions without a code), children by code. A parent nothing was
     * stored for is made from the child's code and path.
     */
    public static List<RegionNode> build(Collection<RegionInput> regions) {
        throw new UnsupportedOperationException("ISSUE-12-STUB: written on branch i12-analytics");
    }
}
