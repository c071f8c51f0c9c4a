package yaowen.insight.metric;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What the grammar knows about the article around its figures.
 *
 * @param anchorYear  the year "今年" means (the meeting's plan year, else the publication year)
 * @param reviewYear  the year a meeting reviews (default year of results)
 * @param planYear    the year a meeting plans (default year of targets)
 * @param meeting     whether the article reports a meeting
 * @param title       the title, used for a release's period (一季度) when the text does not state one
 * @param ownNames    names of the article's own region (祥符区, 祥符): a figure prefixed by them has no scope
 * @param knownPlace  whether a string is a place or zone name (a figure prefixed by one gets it as scope)
 */
public record MetricContext(Optional<Integer> anchorYear, Optional<Integer> reviewYear, Optional<Integer> planYear,
                            boolean meeting, String title, Set<String> ownNames, Predicate<String> knownPlace) {
    public MetricContext {
        Objects.requireNonNull(anchorYear, "anchorYear");
        Objects.requireNonNull(reviewYear, "reviewYear");
        Objects.requireNonNull(planYear, "planYear");
        Objects.requireNonNull(title, "title");
        ownNames = Set.copyOf(ownNames);
        Objects.requireNonNull(knownPlace, "knownPlace");
    }

    /** A context with nothing known, for articles without dates or meetings. */
    public static MetricContext empty() {
        return new MetricContext(Optional.empty(), Optional.empty(), Optional.empty(), false, "", Set.of(), s -> false);
    }
}
