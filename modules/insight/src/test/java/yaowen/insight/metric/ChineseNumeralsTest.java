package yaowen.insight.metric;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ChineseNumeralsTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
            "414.9|414.9",
            "4565|4565",
            "'4,565'|4565",
            "４５６５|4565",
            "１．５|1.5",
            "三|3",
            "十|10",
            "十二|12",
            "二十|20",
            "一百二十|120",
            "三千零五|3005",
            "两千|2000",
            "三千二百|3200",
            "四万五千|45000",
            "一亿二千万|120000000",
            "七点五|7.5",
            "六点五|6.5",
            "二〇二三|2023",
            "百分之十五|15",
            "百分之七点五|7.5",
            "1.4万|14000",
            "三千万|30000000",
            "1.3万亿|1300000000000",
            "-2.1|-2.1",
            "负3|-3"
    })
    void parsesArabicChineseAndFullWidthNumerals(String text, double expected) {
        assertThat(ChineseNumerals.parse(text)).hasValueCloseTo(expected, within(1e-6));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "三大", "1.2.3", "万", "一批", "%"})
    void garbledTextIsNotANumber(String text) {
        assertThat(ChineseNumerals.parse(text)).isEmpty();
    }

    @Test
    void nullIsNotANumber() {
        assertThat(ChineseNumerals.parse(null)).isEmpty();
    }

    @Test
    void foldsFullWidthDigitsAndPercentSign() {
        assertThat(ChineseNumerals.fold("增长７．５％")).isEqualTo("增长7.5%");
    }
}
