package yaowen.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class TargetsVsOutcomesTest {
    private static Figure figure(String key, String kind, String indicator, String measure, double value) {
        return new Figure(key, "410202", "龙亭区", indicator, kind, 2024, null, measure, value, "PERCENT", null, null,
                null, null, false);
    }

    private static Figure target(String indicator, String measure, double value, String qualifier) {
        return new Figure("t-" + indicator + measure, "410202", "龙亭区", indicator, "TARGET", 2024, null, measure,
                value, "PERCENT", qualifier, null, null, null, false);
    }

    private static Figure actual(String indicator, String measure, double value) {
        return figure("a-" + indicator + measure, "ACTUAL", indicator, measure, value);
    }

    private static TargetOutcome only(List<TargetOutcome> outcomes) {
        assertThat(outcomes).hasSize(1);
        return outcomes.get(0);
    }

    @Test
    void aFloorIsMetAtOrAboveTheTarget() {
        TargetOutcome above = only(TargetsVsOutcomes.pair(List.of(target("GDP", "GROWTH", 6.5, null),
                actual("GDP", "GROWTH", 6.8))));
        assertThat(above.verdict()).isEqualTo(Verdict.MET);
        assertThat(above.ceiling()).isFalse();
        assertThat(above.gap()).isCloseTo(0.3, within(1e-12));

        TargetOutcome equal = only(TargetsVsOutcomes.pair(List.of(target("GDP", "GROWTH", 0.1 + 0.2, null),
                actual("GDP", "GROWTH", 0.3))));
        assertThat(equal.verdict()).as("0.3 against 0.1 + 0.2, within the tolerance").isEqualTo(Verdict.MET);

        TargetOutcome below = only(TargetsVsOutcomes.pair(List.of(target("GDP", "GROWTH", 6.5, "AT_LEAST"),
                actual("GDP", "GROWTH", 6.1))));
        assertThat(below.verdict()).isEqualTo(Verdict.MISSED);
        assertThat(below.gap()).isCloseTo(-0.4, within(1e-12));
    }

    @Test
    void anApproximateTargetIsComparedAsIfExact() {
        TargetOutcome near = only(TargetsVsOutcomes.pair(List.of(target("RETAIL_SALES", "GROWTH", 7, "APPROX"),
                actual("RETAIL_SALES", "GROWTH", 6.9))));
        assertThat(near.verdict()).isEqualTo(Verdict.MISSED);
        assertThat(near.gap()).isCloseTo(-0.1, within(1e-12));
    }

    @Test
    void anAtMostTargetIsACeiling() {
        TargetOutcome within = only(TargetsVsOutcomes.pair(List.of(target("TAX_SHARE", "LEVEL", 80, "AT_MOST"),
                actual("TAX_SHARE", "LEVEL", 78))));
        assertThat(within.ceiling()).isTrue();
        assertThat(within.verdict()).isEqualTo(Verdict.MET);

        TargetOutcome over = only(TargetsVsOutcomes.pair(List.of(target("TAX_SHARE", "LEVEL", 80, "AT_MOST"),
                actual("TAX_SHARE", "LEVEL", 81))));
        assertThat(over.verdict()).isEqualTo(Verdict.MISSED);
        assertThat(over.gap()).isCloseTo(1, within(1e-12));
    }

    @Test
    void lowerIsBetterIndicatorsHaveCeilings() {
        TargetOutcome jobless = only(TargetsVsOutcomes.pair(List.of(target("UNEMPLOYMENT_RATE", "LEVEL", 5.5, null),
                actual("UNEMPLOYMENT_RATE", "LEVEL", 4.9))));
        assertThat(jobless.ceiling()).isTrue();
        assertThat(jobless.verdict()).isEqualTo(Verdict.MET);

        TargetOutcome prices = only(TargetsVsOutcomes.pair(List.of(target("CPI", "GROWTH", 3, "APPROX"),
                actual("CPI", "GROWTH", 3.2))));
        assertThat(prices.ceiling()).isTrue();
        assertThat(prices.verdict()).isEqualTo(Verdict.MISSED);
    }

    @Test
    void aFallToReachIsMetByAFallAtLeastAsDeep() {
        // 单位GDP能耗下降3%: stored as −3
        TargetOutcome deeper = only(TargetsVsOutcomes.pair(List.of(target("ENERGY_INTENSITY", "GROWTH", -3, null),
                actual("ENERGY_INTENSITY", "GROWTH", -3.4))));
        assertThat(deeper.ceiling()).isTrue();
        assertThat(deeper.verdict()).isEqualTo(Verdict.MET);
        assertThat(deeper.gap()).isCloseTo(-0.4, within(1e-12));

        TargetOutcome shallower = only(TargetsVsOutcomes.pair(List.of(target("ENERGY_INTENSITY", "GROWTH", -3, null),
                actual("ENERGY_INTENSITY", "GROWTH", -2.1))));
        assertThat(shallower.verdict()).isEqualTo(Verdict.MISSED);
    }

    @Test
    void aRangeFloorIsMetAtItsLowerEndAndARangeCeilingAtItsUpperEnd() {
        Figure floor = new Figure("t-gdp", "410202", "龙亭区", "GDP", "TARGET", 2024, null, "GROWTH", 7, "PERCENT",
                null, 7.0, 8.0, null, false);
        TargetOutcome met = only(TargetsVsOutcomes.pair(List.of(floor, actual("GDP", "GROWTH", 7.2))));
        assertThat(met.verdict()).isEqualTo(Verdict.MET);
        assertThat(met.gap()).isCloseTo(0.2, within(1e-12));
        assertThat(only(TargetsVsOutcomes.pair(List.of(floor, actual("GDP", "GROWTH", 6.9)))).verdict())
                .isEqualTo(Verdict.MISSED);

        Figure ceiling = new Figure("t-cpi", "410202", "龙亭区", "CPI", "TARGET", 2024, null, "GROWTH", 2, "PERCENT",
                null, 2.0, 3.0, null, false);
        TargetOutcome under = only(TargetsVsOutcomes.pair(List.of(ceiling, actual("CPI", "GROWTH", 2.8))));
        assertThat(under.verdict()).isEqualTo(Verdict.MET);
        assertThat(under.gap()).isCloseTo(-0.2, within(1e-12));
        assertThat(only(TargetsVsOutcomes.pair(List.of(ceiling, actual("CPI", "GROWTH", 3.1)))).verdict())
                .isEqualTo(Verdict.MISSED);
    }

    @Test
    void aFallStatedAsARangeIsHeldToItsShallowerEndAsTheExtractorStoresIt() {
        // 单位GDP能耗下降3%—4%: the extractor negates the value but keeps the ends as written
        Figure fall = new Figure("t-energy", "410202", "龙亭区", "ENERGY_INTENSITY", "TARGET", 2024, null, "GROWTH",
                -3, "PERCENT", "AT_LEAST", 3.0, 4.0, null, false);
        TargetOutcome deeper = only(TargetsVsOutcomes.pair(List.of(fall, actual("ENERGY_INTENSITY", "GROWTH", -3.5))));
        assertThat(deeper.ceiling()).isTrue();
        assertThat(deeper.verdict()).isEqualTo(Verdict.MET);
        assertThat(deeper.gap()).isCloseTo(-0.5, within(1e-12));

        TargetOutcome shallower = only(TargetsVsOutcomes.pair(List.of(fall,
                actual("ENERGY_INTENSITY", "GROWTH", -2.5))));
        assertThat(shallower.verdict()).isEqualTo(Verdict.MISSED);
        assertThat(shallower.gap()).isCloseTo(0.5, within(1e-12));

        TargetOutcome rise = only(TargetsVsOutcomes.pair(List.of(fall, actual("ENERGY_INTENSITY", "GROWTH", 1))));
        assertThat(rise.verdict()).isEqualTo(Verdict.MISSED);

        // ends already negative are read as they are
        Figure signed = new Figure("t-energy", "410202", "龙亭区", "ENERGY_INTENSITY", "TARGET", 2024, null, "GROWTH",
                -3, "PERCENT", "AT_LEAST", -4.0, -3.0, null, false);
        assertThat(only(TargetsVsOutcomes.pair(List.of(signed, actual("ENERGY_INTENSITY", "GROWTH", -2.5))))
                .verdict()).isEqualTo(Verdict.MISSED);
    }

    @Test
    void aLevelTargetIsPairedOnlyWithAnOutcomeInTheSameUnit() {
        Figure target = new Figure("t-export", "410202", "龙亭区", "EXPORT", "TARGET", 2024, null, "LEVEL", 5e9,
                "CNY", null, null, null, null, false);
        Figure dollars = new Figure("a-usd", "410202", "龙亭区", "EXPORT", "ACTUAL", 2024, null, "LEVEL", 8e8, "USD",
                null, null, null, null, false);
        assertThat(only(TargetsVsOutcomes.pair(List.of(target, dollars))).verdict()).isEqualTo(Verdict.PENDING);

        Figure yuan = new Figure("a-cny", "410202", "龙亭区", "EXPORT", "ACTUAL", 2024, null, "LEVEL", 5.2e9, "CNY",
                null, null, null, null, false);
        TargetOutcome o = only(TargetsVsOutcomes.pair(List.of(dollars, target, yuan)));
        assertThat(o.actual()).isSameAs(yuan);
        assertThat(o.verdict()).isEqualTo(Verdict.MET);
    }

    @Test
    void aTargetWithoutAnOutcomeIsPendingAndAnOutcomeWithoutATargetIsNotListed() {
        List<TargetOutcome> outcomes = TargetsVsOutcomes.pair(List.of(target("GDP", "GROWTH", 6, null),
                actual("RETAIL_SALES", "GROWTH", 5)));
        TargetOutcome pending = only(outcomes);
        assertThat(pending.verdict()).isEqualTo(Verdict.PENDING);
        assertThat(pending.actual()).isNull();
        assertThat(pending.actualOpt()).isEmpty();
        assertThat(pending.gap()).isNull();
    }

    @Test
    void aPreliminaryOutcomeStillGivesAVerdict() {
        Figure estimate = new Figure("a-gdp", "410202", "龙亭区", "GDP", "ACTUAL", 2024, null, "GROWTH", 6.2,
                "PERCENT", null, null, null, null, true);
        TargetOutcome o = only(TargetsVsOutcomes.pair(List.of(target("GDP", "GROWTH", 6, null), estimate)));
        assertThat(o.verdict()).isEqualTo(Verdict.MET);
        assertThat(o.actual().preliminary()).isTrue();
    }

    @Test
    void pairsOnlyTheSameYearPeriodMeasureAndScope() {
        Figure target = target("GDP", "GROWTH", 6, null);
        Figure otherYear = new Figure("a1", "410202", "龙亭区", "GDP", "ACTUAL", 2023, null, "GROWTH", 7, "PERCENT",
                null, null, null, null, false);
        Figure halfYear = new Figure("a2", "410202", "龙亭区", "GDP", "ACTUAL", 2024, "H1", "GROWTH", 7, "PERCENT",
                null, null, null, null, false);
        Figure level = new Figure("a3", "410202", "龙亭区", "GDP", "ACTUAL", 2024, null, "LEVEL", 7e10, "CNY",
                null, null, null, null, false);
        Figure zone = new Figure("a4", "410202", "龙亭区", "GDP", "ACTUAL", 2024, null, "GROWTH", 7, "PERCENT",
                null, null, null, "高新区", false);
        Figure otherRegion = new Figure("a5", "410203", "顺河回族区", "GDP", "ACTUAL", 2024, null, "GROWTH", 7,
                "PERCENT", null, null, null, null, false);
        assertThat(only(TargetsVsOutcomes.pair(List.of(target, otherYear, halfYear, level, zone, otherRegion)))
                .verdict()).isEqualTo(Verdict.PENDING);
    }

    @Test
    void pairsARegionWithoutACodeByName() {
        Figure target = new Figure("t", null, "官庄工区", "GDP", "TARGET", 2024, null, "GROWTH", 6, "PERCENT", null,
                null, null, null, false);
        Figure actual = new Figure("a", null, "官庄工区", "GDP", "ACTUAL", 2024, null, "GROWTH", 6.3, "PERCENT", null,
                null, null, null, false);
        Figure namesake = new Figure("b", null, "另一工区", "GDP", "ACTUAL", 2024, null, "GROWTH", 1, "PERCENT", null,
                null, null, null, false);
        TargetOutcome o = only(TargetsVsOutcomes.pair(List.of(namesake, target, actual)));
        assertThat(o.actual()).isSameAs(actual);
        assertThat(o.verdict()).isEqualTo(Verdict.MET);
    }

    @Test
    void ofSeveralOutcomesForOnePairingAFinalOneStandsThenTheSmallestKey() {
        Figure target = target("GDP", "GROWTH", 6, null);
        Figure estimate = new Figure("a0", "410202", "龙亭区", "GDP", "ACTUAL", 2024, null, "GROWTH", 7, "PERCENT",
                null, null, null, null, true);
        Figure finalB = figure("a2", "ACTUAL", "GDP", "GROWTH", 5.5);
        Figure finalA = figure("a1", "ACTUAL", "GDP", "GROWTH", 5.8);
        assertThat(only(TargetsVsOutcomes.pair(List.of(target, estimate, finalB, finalA))).actual()).isSameAs(finalA);
        assertThat(only(TargetsVsOutcomes.pair(List.of(finalA, finalB, estimate, target))).actual()).isSameAs(finalA);
        Figure target2 = new Figure("t-0", "410202", "龙亭区", "GDP", "TARGET", 2024, null, "GROWTH", 5, "PERCENT",
                null, null, null, null, false);
        assertThat(only(TargetsVsOutcomes.pair(List.of(target, target2, finalA))).target()).isSameAs(target2);
    }

    @Test
    void ordersByRegionIndicatorYearMeasurePeriodAndScope() {
        List<Figure> targets = List.of(
                new Figure("1", "410203", "顺河回族区", "GDP", "TARGET", 2024, null, "GROWTH", 6, "PERCENT", null, null,
                        null, null, false),
                new Figure("2", "410202", "龙亭区", "RETAIL_SALES", "TARGET", 2024, null, "GROWTH", 6, "PERCENT", null,
                        null, null, null, false),
                new Figure("3", "410202", "龙亭区", "GDP", "TARGET", 2025, null, "GROWTH", 6, "PERCENT", null, null,
                        null, null, false),
                new Figure("4", "410202", "龙亭区", "GDP", "TARGET", 2024, "H1", "GROWTH", 6, "PERCENT", null, null,
                        null, null, false),
                new Figure("5", "410202", "龙亭区", "GDP", "TARGET", 2024, null, "LEVEL", 6e10, "CNY", null, null,
                        null, null, false),
                new Figure("6", "410202", "龙亭区", "GDP", "TARGET", 2024, null, "GROWTH", 6, "PERCENT", null, null,
                        null, "高新区", false),
                new Figure("7", "410202", "龙亭区", "GDP", "TARGET", 2024, null, "GROWTH", 6, "PERCENT", null, null,
                        null, null, false));
        List<Figure> shuffled = new ArrayList<>(targets);
        Collections.reverse(shuffled);
        List<String> keys = TargetsVsOutcomes.pair(shuffled).stream().map(o -> o.target().key()).toList();
        assertThat(keys).containsExactly("7", "6", "4", "5", "3", "2", "1");
    }
}
