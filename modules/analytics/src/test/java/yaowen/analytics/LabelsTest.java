package yaowen.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class LabelsTest {
    @Test
    void verdictsAreInSentenceCase() {
        assertThat(Arrays.stream(Verdict.values()).map(Verdict::english)).containsExactly("Met", "Missed", "Pending");
    }

    @Test
    void everyEnglishLabelStartsWithACapitalAndTheChineseOneIsThere() {
        Stream.concat(Arrays.stream(Verdict.values()).map(v -> new String[] {v.chinese(), v.english()}),
                Arrays.stream(Office.values()).map(o -> new String[] {o.chinese(), o.english()})).forEach(l -> {
                    assertThat(l[0]).isNotBlank();
                    assertThat(Character.isUpperCase(l[1].charAt(0))).as(l[1]).isTrue();
                });
    }
}
