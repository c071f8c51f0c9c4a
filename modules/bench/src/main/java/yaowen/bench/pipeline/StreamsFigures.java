package yaowen.bench.pipeline;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;

/**
 * Totals of the Streams client's own metrics at one moment: commits, the time a commit spends waiting for the
 * broker (flush, offsets, end of transaction), and the producer's retries and errors (CONCURRENT_TRANSACTIONS
 * and OUT_OF_ORDER_SEQUENCE_NUMBER are retried). Two snapshots give a phase's figures.
 */
record StreamsFigures(Map<String, Double> totals) {
    private static final Map<String, String> WANTED = Map.of(
            "commit-total", "stream-thread-metrics",
            "process-total", "stream-thread-metrics",
            "flush-time-ns-total", "producer-metrics",
            "txn-send-offsets-time-ns-total", "producer-metrics",
            "txn-commit-time-ns-total", "producer-metrics",
            "record-retry-total", "producer-metrics",
            "record-error-total", "producer-metrics",
            "record-send-total", "producer-metrics");

    static StreamsFigures of(Map<MetricName, ? extends Metric> metrics) {
        Map<String, Double> totals = new HashMap<>();
        metrics.forEach((name, metric) -> {
            if (name.group().equals(WANTED.get(name.name())) && metric.metricValue() instanceof Number n) {
                totals.merge(name.name(), n.doubleValue(), Double::sum);
            }
        });
        return new StreamsFigures(Map.copyOf(totals));
    }

    private double delta(StreamsFigures later, String name) {
        return later.totals.getOrDefault(name, 0.0) - totals.getOrDefault(name, 0.0);
    }

    /** What happened between this snapshot and {@code later}. */
    String since(StreamsFigures later) {
        double commits = Math.max(1, delta(later, "commit-total"));
        return String.format("%.0f commits; a commit waited %.1f ms on average (flush %.1f, offsets %.1f, end of"
                        + " transaction %.1f); producer: %.0f records sent, %.0f retried, %.0f failed",
                delta(later, "commit-total"),
                (delta(later, "flush-time-ns-total") + delta(later, "txn-send-offsets-time-ns-total")
                        + delta(later, "txn-commit-time-ns-total")) / 1e6 / commits,
                delta(later, "flush-time-ns-total") / 1e6 / commits,
                delta(later, "txn-send-offsets-time-ns-total") / 1e6 / commits,
                delta(later, "txn-commit-time-ns-total") / 1e6 / commits,
                delta(later, "record-send-total"), delta(later, "record-retry-total"), delta(later, "record-error-total"));
    }
}
