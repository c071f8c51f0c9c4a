package yaowen.analytics;

import java.util.Objects;
import java.util.Optional;

/**
 * A target beside the outcome reported for the same region, indicator, year, period, measure, unit and scope.
 * Immutable.
 *
 * @param actual  null while {@link Verdict#PENDING}
 * @param ceiling true when the target is a ceiling (不超过, 控制在…以内, a fall to reach): met means at or below it
 * @param gap     actual minus target (percentage points for a growth rate or a percentage), null while pending
 */
public record TargetOutcome(Figure target, Figure actual, Verdict verdict, boolean ceiling, Double gap) {
    public TargetOutcome {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(verdict, "verdict");
    }

    public Optional<Figure> actualOpt() {
        return Optional.ofNullable(actual);
    }
}
