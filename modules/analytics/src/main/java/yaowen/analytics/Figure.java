package yaowen.analytics;

import java.util.Objects;

/**
 * One merged figure, as stored (see the {@code MetricObservation} schema for the meaning of each component):
 * what {@link TargetsVsOutcomes} pairs. Immutable.
 *
 * @param regionCode null when the region has no code (then {@code regionName} identifies it)
 * @param period     null for a whole year
 * @param scope      null for the region itself
 */
public record Figure(String key, String regionCode, String regionName, String indicator, String kind, Integer year,
                     String period, String measure, double value, String unit, String qualifier, Double rangeMin,
                     Double rangeMax, String scope, boolean preliminary) {
    public Figure {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(unit, "unit");
    }
}
