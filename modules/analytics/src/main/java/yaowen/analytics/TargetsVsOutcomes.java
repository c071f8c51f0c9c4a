package yaowen.analytics;

import java.util.Collection;
import java.util.List;

/**
 * Pairs each TARGET figure with the ACTUAL figure of the same region, indicator, year, period, measure and scope,
 * and says whether it was met. Stateless.
 */
public final class TargetsVsOutcomes {
    private TargetsVsOutcomes() {
    }

    /**
     * One {@link TargetOutcome} per TARGET among {@code figures} (ACTUALs without a target are not listed), ordered
     * by region, indicator, year, measure.
     */
    public static List<TargetOutcome> pair(Collection<Figure> figures) {
        throw new UnsupportedOperationException("ISSUE-12-STUB: written on branch i12-analytics");
    }
}
