package yaowen.analytics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pairs each TARGET figure with the ACTUAL figure of the same region, indicator, year, period, measure, unit and
 * scope, and says whether it was met. Stateless. The unit is part of the pairing so that a LEVEL target in 亿元
 * ({@code CNY}) is never held against an outcome in US dollars ({@code USD}).
 *
 * <p>A target is a <em>ceiling</em> when its qualifier is {@code AT_MOST} or its indicator is one where lower is
 * better ({@link #LOWER_IS_BETTER}: a 失业率 控制在5.5%以内, a CPI 涨幅3%左右, a 单位GDP能耗下降3% stored as −3 and met
 * by a fall of 3% or more), else a <em>floor</em>. A floor is met at or above the target, a ceiling at or below it,
 * within {@link #TOLERANCE}. A range target (7%—8%) is met by a floor at its lower end, by a ceiling at its upper
 * end, and its gap is measured from that end. A fall stated as a range (单位GDP能耗下降3%—4%) is stored by the
 * extractor with its value negated but its ends as written (value −3, rangeMin 3, rangeMax 4): when the value is
 * negative and an end is positive, the ends are read negated, here [−4, −3], so the ceiling's bound is −3 (a fall
 * of at least 3%). {@code APPROX} (左右) targets are compared as if exact: 6.9 against
 * "7%左右" is MISSED, and the gap (−0.1) shows the analyst how near it came. A preliminary (预计) actual still gives
 * a verdict; the figure carries {@code preliminary} for the reader to see.
 */
public final class TargetsVsOutcomes {
    /** Indicators where a lower outcome is the better one, so their targets are ceilings. */
    public static final Set<String> LOWER_IS_BETTER = Set.of("UNEMPLOYMENT_RATE", "CPI", "ENERGY_INTENSITY");
    /** Slack in comparing doubles, so 6.000000000001 against 6 is met. */
    public static final double TOLERANCE = 1e-9;

    private static final String TARGET = "TARGET";
    private static final String ACTUAL = "ACTUAL";
    private static final Comparator<String> TEXT = Comparator.nullsFirst(Comparator.naturalOrder());
    private static final Comparator<Integer> YEAR = Comparator.nullsFirst(Comparator.naturalOrder());
    /** Which of several figures for one fact stands: a final one before a preliminary one, then the smallest key. */
    private static final Comparator<Figure> STANDING = Comparator.comparing(Figure::preliminary)
            .thenComparing(Figure::key);
    private static final Comparator<Figure> ORDER = Comparator.comparing(Figure::regionCode, TEXT)
            .thenComparing(Figure::regionName, TEXT)
            .thenComparing(Figure::indicator)
            .thenComparing(Figure::year, YEAR)
            .thenComparing(Figure::measure)
            .thenComparing(Figure::period, TEXT)
            .thenComparing(Figure::scope, TEXT)
            .thenComparing(Figure::key);

    private TargetsVsOutcomes() {
    }

    /**
     * One {@link TargetOutcome} per TARGET among {@code figures} (ACTUALs without a target are not listed), ordered
     * by region, indicator, year, measure, period (whole year first) and scope (the region itself first). Should
     * several TARGETs or ACTUALs share one pairing (the store merges one figure per fact, so they should not), the
     * final one before a preliminary one stands, then the one with the smallest key; one row per pairing.
     */
    public static List<TargetOutcome> pair(Collection<Figure> figures) {
        Map<Pairing, Figure> targets = new LinkedHashMap<>();
        Map<Pairing, Figure> actuals = new LinkedHashMap<>();
        for (Figure f : figures) {
            Map<Pairing, Figure> side = switch (f.kind()) {
                case TARGET -> targets;
                case ACTUAL -> actuals;
                default -> null;
            };
            if (side != null) {
                side.merge(Pairing.of(f), f, (a, b) -> STANDING.compare(a, b) <= 0 ? a : b);
            }
        }
        List<Figure> ordered = new ArrayList<>(targets.values());
        ordered.sort(ORDER);
        List<TargetOutcome> out = new ArrayList<>(ordered.size());
        for (Figure target : ordered) {
            out.add(judge(target, actuals.get(Pairing.of(target))));
        }
        return out;
    }

    /** Whether {@code target} is a ceiling: met at or below it. */
    public static boolean isCeiling(Figure target) {
        return "AT_MOST".equals(target.qualifier()) || LOWER_IS_BETTER.contains(target.indicator());
    }

    private static TargetOutcome judge(Figure target, Figure actual) {
        boolean ceiling = isCeiling(target);
        if (actual == null) {
            return new TargetOutcome(target, null, Verdict.PENDING, ceiling, null);
        }
        double bound = bound(target, ceiling);
        boolean met = ceiling ? actual.value() <= bound + TOLERANCE : actual.value() >= bound - TOLERANCE;
        return new TargetOutcome(target, actual, met ? Verdict.MET : Verdict.MISSED, ceiling, actual.value() - bound);
    }

    /**
     * The value the outcome is held to: the target, or for a range its lower end (floor) or upper end (ceiling). The
     * ends of a fall's range (negative value) are read negated when written positive: 下降3%—4% is [−4, −3].
     */
    private static double bound(Figure target, boolean ceiling) {
        Double lo = signed(target.rangeMin(), target.value());
        Double hi = signed(target.rangeMax(), target.value());
        if (lo == null && hi == null) {
            return target.value();
        }
        if (lo == null || hi == null) {
            return lo != null ? lo : hi;
        }
        return ceiling ? Math.max(lo, hi) : Math.min(lo, hi);
    }

    /** A range end with the sign of the target's value: negated when the value is a fall and the end is not. */
    private static Double signed(Double end, double value) {
        if (end != null && value < 0 && end > 0) {
            return -end;
        }
        return end;
    }

    /** What a target and its outcome share: region (code, else name), indicator, year, period, measure, unit, scope. */
    private record Pairing(String region, String indicator, Integer year, String period, String measure, String unit,
                           String scope) {
        static Pairing of(Figure f) {
            String region = f.regionCode() != null ? "code:" + f.regionCode() : "name:" + f.regionName();
            return new Pairing(region, f.indicator(), f.year(), f.period(), f.measure(), f.unit(), f.scope());
        }
    }
}
