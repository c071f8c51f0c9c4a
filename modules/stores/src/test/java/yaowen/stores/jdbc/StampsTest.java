package yaowen.stores.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StampsTest {
    @Test
    void followsTheClockWhileItMovesOn() {
        Stamps stamps = new Stamps(0);
        assertThat(stamps.next(1_000)).isEqualTo(1_000);
        assertThat(stamps.next(1_005)).isEqualTo(1_005);
    }

    @Test
    void writesInOneMillisecondGetDistinctIncreasingStamps() {
        Stamps stamps = new Stamps(0);
        assertThat(new long[] {stamps.next(2_000), stamps.next(2_000), stamps.next(2_000)}).containsExactly(2_000, 2_001, 2_002);
        assertThat(stamps.next(2_001)).as("the clock catching up does not reuse a stamp").isEqualTo(2_003);
    }

    @Test
    void neitherAClockGoingBackNorARestartReusesAStamp() {
        Stamps stamps = new Stamps(5_000);
        assertThat(stamps.next(4_000)).isEqualTo(5_001);
        assertThat(stamps.next(1_000)).isEqualTo(5_002);
    }
}
