package yaowen.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SettingTest {
    static final Setting<Integer> PARALLELISM = Setting.integer("parallelism", 4, "Hosts fetched at once.")
            .withUnit("hosts").withRule(Rule.between(1, 256));
    static final Setting<Duration> TIMEOUT = Setting.duration("timeout", Duration.ofSeconds(20), "Response limit.")
            .withRule(Rule.positive());

    @Test
    void listsEveryBrokenRuleInPlainWordsWithTheValueAsWritten() {
        assertThat(PARALLELISM.problems(4)).isEmpty();
        assertThat(PARALLELISM.problems(1000)).containsExactly("must be between 1 and 256, was 1000");
        assertThat(TIMEOUT.problems(Duration.ZERO)).containsExactly("must be longer than zero, was 0s");
        assertThat(PARALLELISM.problems(null)).containsExactly("is missing (a whole number)");
    }

    @Test
    void describesTypeUnitAndRulesForTheReference() {
        assertThat(PARALLELISM.describe()).isEqualTo("a whole number, in hosts, between 1 and 256");
        assertThat(TIMEOUT.describe()).isEqualTo("a duration like 500ms, 1s, 5m or 1h, longer than zero");
    }

    @Test
    void anOverrideKeepsTheRulesButNotTheDefault() {
        Setting<Integer> perSite = PARALLELISM.asOverride("overrides.parallelism", "This site's hosts at once.");
        assertThat(perSite.defaultValue()).isEmpty();
        assertThat(perSite.problems(0)).containsExactly("must be between 1 and 256, was 0");
    }

    @Test
    void valuesReadAsDefaultsUntilGiven() {
        Values values = Values.none().with(TIMEOUT, Duration.ofSeconds(3));
        assertThat(values.get(TIMEOUT)).isEqualTo(Duration.ofSeconds(3));
        assertThat(values.get(PARALLELISM)).isEqualTo(4);
        assertThat(values.given(PARALLELISM)).isEmpty();
        assertThat(Values.none().given(TIMEOUT)).as("the map is not shared").isEmpty();
    }

    @Test
    void aSettingNeedsANameAndAReason() {
        assertThatThrownBy(() -> Setting.integer("x", 1, " ")).hasMessage("setting x needs a reason (doc)");
    }

    @Test
    void theCollectorThrowsEveryProblemByKeyAtOnce() {
        assertThatThrownBy(() -> new InvalidSettingsException.Collector().check(PARALLELISM, 0).check(TIMEOUT, Duration.ZERO)
                .add("timeout", "is longer than everything").throwIfAny("invalid things"))
                .isInstanceOfSatisfying(InvalidSettingsException.class, e -> {
                    assertThat(e.problems()).extracting(InvalidSettingsException.Problem::key)
                            .containsExactly("parallelism", "timeout", "timeout");
                    assertThat(e).hasMessage("invalid things: parallelism must be between 1 and 256, was 0;"
                            + " timeout must be longer than zero, was 0s; timeout is longer than everything");
                });
    }

    @Test
    void aKafkaNameIsWhatKafkaAcceptsAndAPrefixMayBeEmpty() {
        assertThat(Rule.kafkaName(false).valid().test("acme-sink.v2_1")).isTrue();
        assertThat(Rule.kafkaName(false).valid().test("")).isFalse();
        assertThat(Rule.kafkaName(true).valid().test("")).isTrue();
        assertThat(Rule.kafkaName(true).valid().test("acme sink")).isFalse();
        assertThat(Rule.kafkaName(false).valid().test("要闻")).isFalse();
        assertThat(Rule.kafkaName(false).valid().test("a".repeat(201))).isFalse();
    }
}
