package yaowen.bench.quality;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Metric matching of {@code docs/analysis.md}: a predicted metric matches a gold one when indicator, kind,
 * year, period, measure and scope are equal (folded strings; absent equals absent) and the value is within
 * 0.01 % of the gold value. Matching is greedy and one-to-one: each required gold metric, in gold order,
 * takes the first unmatched prediction that matches, preferring one whose qualifier also agrees; then each
 * optional gold metric takes one of the remaining predictions, which is then neither a hit nor a false alarm.
 */
final class MetricTuples {
    /** Relative value tolerance: 0.01 %. */
    static final double RELATIVE_TOLERANCE = 1e-4;

    private MetricTuples() {
    }

    /** The comparable part of one metric. */
    record Tuple(String indicator, String kind, Optional<Integer> year, Optional<String> period, String measure,
                 Optional<String> scope, double value, Optional<String> qualifier, String raw) {

        static Tuple of(JsonNode m) {
            return new Tuple(
                    Folding.text(m, "indicator").orElse(""),
                    Folding.text(m, "kind").orElse(""),
                    Folding.integer(m, "year"),
                    Folding.text(m, "period"),
                    Folding.text(m, "measure").orElse(""),
                    Folding.text(m, "scope"),
                    Folding.number(m, "value"),
                    Folding.text(m, "qualifier"),
                    m.hasNonNull("raw") ? m.get("raw").asText() : "");
        }

        boolean matches(Tuple gold) {
            return indicator.equals(gold.indicator) && kind.equals(gold.kind) && year.equals(gold.year)
                    && period.equals(gold.period) && measure.equals(gold.measure) && scope.equals(gold.scope)
                    && closeEnough(value, gold.value);
        }

        /** {@code GDP ACTUAL 2021 LEVEL 41400000000 scope=高新区 qualifier=APPROX «raw»}. */
        String describe() {
            StringBuilder s = new StringBuilder()
                    .append(indicator).append(' ').append(kind).append(' ')
                    .append(year.map(String::valueOf).orElse("year?"));
            period.ifPresent(p -> s.append(' ').append(p));
            s.append(' ').append(measure).append(' ').append(formatValue(value));
            scope.ifPresent(sc -> s.append(" scope=").append(sc));
            qualifier.ifPresent(q -> s.append(" qualifier=").append(q));
            if (!raw.isEmpty()) {
                s.append(" «").append(raw).append('»');
            }
            return s.toString();
        }
    }

    /** A required gold metric and the prediction it was matched with. */
    record Pair(Tuple gold, Tuple predicted) {
        boolean sameQualifier() {
            return gold.qualifier().equals(predicted.qualifier());
        }
    }

    /** The outcome of matching one document's metrics. */
    record Matching(List<Pair> matched, List<Tuple> missed, List<Tuple> falseAlarms) {
        Matching {
            matched = List.copyOf(matched);
            missed = List.copyOf(missed);
            falseAlarms = List.copyOf(falseAlarms);
        }

        /** Counted predictions exclude those absorbed by optional gold metrics. */
        QualityReport.Prf prf() {
            return new QualityReport.Prf(matched.size(), matched.size() + falseAlarms.size(),
                    matched.size() + missed.size());
        }
    }

    static Matching match(List<Tuple> required, List<Tuple> optional, List<Tuple> predicted) {
        Objects.requireNonNull(required, "required");
        List<Tuple> open = new ArrayList<>(predicted);
        List<Pair> matched = new ArrayList<>();
        List<Tuple> missed = new ArrayList<>();
        for (Tuple gold : required) {
            int at = pick(gold, open);
            if (at < 0) {
                missed.add(gold);
            } else {
                matched.add(new Pair(gold, open.remove(at)));
            }
        }
        for (Tuple gold : optional) {
            int at = pick(gold, open);
            if (at >= 0) {
                open.remove(at);
            }
        }
        return new Matching(matched, missed, open);
    }

    static boolean closeEnough(double predicted, double gold) {
        if (Double.isNaN(predicted) || Double.isNaN(gold)) {
            return false;
        }
        return Math.abs(predicted - gold) <= RELATIVE_TOLERANCE * Math.abs(gold);
    }

    /** The index of the first open prediction that matches, preferring one with the same qualifier; -1 if none. */
    private static int pick(Tuple gold, List<Tuple> open) {
        int first = -1;
        for (int i = 0; i < open.size(); i++) {
            Tuple candidate = open.get(i);
            if (candidate.matches(gold)) {
                if (candidate.qualifier().equals(gold.qualifier())) {
                    return i;
                }
                if (first < 0) {
                    first = i;
                }
            }
        }
        return first;
    }

    static String formatValue(double value) {
        if (Double.isNaN(value)) {
            return "value?";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
