package yaowen.bench.cleaning;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpeedComparisonTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void aContestantIsWarmAfterTheRequestedPassesAndTwoSeconds() {
        assertThat(SpeedComparison.warmedUp(3, 2 * SECOND, 3)).isTrue();
        assertThat(SpeedComparison.warmedUp(500, 3 * SECOND, 3)).isTrue();
    }

    @Test
    void aFewQuickPassesOverASmallSetAreNotEnoughWarmUp() {
        assertThat(SpeedComparison.warmedUp(3, SECOND / 100, 3)).isFalse();
    }

    @Test
    void aSlowContestantStillMakesTheRequestedPasses() {
        assertThat(SpeedComparison.warmedUp(1, 5 * SECOND, 3)).isFalse();
    }

    @Test
    void aWarmUpOfZeroPassesIsKeptWhenAskedFor() {
        assertThat(SpeedComparison.warmedUp(0, 0, 0)).isTrue();
    }
}
