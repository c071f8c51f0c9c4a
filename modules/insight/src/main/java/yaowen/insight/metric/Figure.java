package yaowen.insight.metric;

import yaowen.insight.Metric;

import java.util.Optional;

/**
 * A number with its unit as stated in a clause: "约1.3%" → 1.3 PERCENT APPROX; "7%-8%" → 7 with range 7..8.
 *
 * @param start     offset in the clause where the figure (with a leading qualifier) starts
 * @param end       offset after the figure (with a trailing qualifier)
 * @param numberStart offset where the number itself starts
 * @param value     normalised value (yuan, percent, plain count)
 * @param unit      unit code of {@link UnitNormaliser}
 */
record Figure(int start, int end, int numberStart, double value, String unit, Optional<Metric.Qualifier> qualifier,
              Optional<Metric.Range> range, boolean milestone) {
}
