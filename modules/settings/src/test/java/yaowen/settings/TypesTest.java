package yaowen.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TypesTest {

    @ParameterizedTest
    @CsvSource({"500ms, 500ms", "1s, 1s", "90s, 90s", "60s, 1m", "5m, 5m", "120m, 2h", "1h, 1h", "0s, 0s", "1500ms, 1500ms", "3d, 72h"})
    void writesADurationInTheLargestUnitThatIsExact(String text, String written) {
        Duration d = Types.parseDuration(text);
        assertThat(Types.formatDuration(d)).isEqualTo(written);
        assertThat(Types.parseDuration(written)).isEqualTo(d);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            soon        | 'soon' is not a duration like 500ms, 1s, 5m or 1h
            10          | '10' is not a duration like 500ms, 1s, 5m or 1h
            -1s         | '-1s' is not a duration like 500ms, 1s, 5m or 1h
            """)
    void namesWhatADurationLooksLike(String text, String message) {
        assertThatThrownBy(() -> Types.parseDuration(text)).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    enum Colour { RED, DARK_BLUE }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            INTEGER  | 1.5      | '1.5' is not a whole number
            INTEGER  | 99999999999 | '99999999999' is not a whole number of at most 2147483647
            BOOLEAN  | yes      | 'yes' is not true or false
            URL      | ftp://a/ | 'ftp://a/' is not an absolute http(s) URL
            URL      | http:x   | 'http:x' is not an absolute http(s) URL
            ENUM     | green    | 'green' is not one of red, dark_blue
            """)
    void saysInPlainWordsWhyTextIsNotAValue(String type, String text, String message) {
        Type<?> t = switch (type) {
            case "INTEGER" -> Types.INTEGER;
            case "BOOLEAN" -> Types.BOOLEAN;
            case "URL" -> Types.HTTP_URL;
            default -> Types.oneOf(Colour.class);
        };
        assertThatThrownBy(() -> t.parse(text)).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    @ParameterizedTest
    @CsvSource({"dark_blue, DARK_BLUE", "Red, RED"})
    void readsEnumConstantsInAnyCase(String text, Colour expected) {
        assertThat(Types.oneOf(Colour.class).parse(text)).isEqualTo(expected);
        assertThat(Types.oneOf(Colour.class).format(expected)).isEqualTo(expected.name().toLowerCase());
    }
}
