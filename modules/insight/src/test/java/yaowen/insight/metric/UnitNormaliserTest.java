package yaowen.insight.metric;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class UnitNormaliserTest {

    @ParameterizedTest(name = "{0} → {1} ×{2}")
    @CsvSource({
            "亿元, CNY, 1e8",
            "万元, CNY, 1e4",
            "元, CNY, 1",
            "万亿元, CNY, 1e12",
            "%, PERCENT, 1",
            "个百分点, PP, 1",
            "家, COUNT, 1",
            "万人, COUNT, 1e4",
            "人次, COUNT, 1",
            "个, COUNT, 1",
            "万吨, TON, 1e4"
    })
    void normalisesMoneyPercentAndCounts(String unit, String code, double factor) {
        assertThat(UnitNormaliser.normalise(unit)).hasValueSatisfying(n -> {
            assertThat(n.unit()).isEqualTo(code);
            assertThat(n.factor()).isEqualTo(factor);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "年", "倍", "月"})
    void unknownUnitsAreEmpty(String unit) {
        assertThat(UnitNormaliser.normalise(unit)).isEmpty();
    }
}
