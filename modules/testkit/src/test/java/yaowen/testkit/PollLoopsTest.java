package yaowen.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.junit.jupiter.api.Test;

class PollLoopsTest {
    private final MockConsumer<String, byte[]> consumer = new MockConsumer<>("earliest");

    @Test
    void wakesTheConsumerAtTheFirstPollWhereTheConditionHolds() {
        AtomicInteger checks = new AtomicInteger();
        PollLoops.stopWhen(consumer, "three checks", () -> checks.incrementAndGet() == 3);
        consumer.subscribe(java.util.List.of("t"));

        consumer.poll(Duration.ZERO);
        consumer.poll(Duration.ZERO);
        assertThatThrownBy(() -> consumer.poll(Duration.ZERO)).isInstanceOf(WakeupException.class);
        assertThat(checks).hasValue(3);
    }

    @Test
    void failsNamingTheConditionAfterABoundedNumberOfPolls() {
        PollLoops.stopWhen(consumer, "the impossible", () -> false);
        consumer.subscribe(java.util.List.of("t"));

        for (int i = 0; i < PollLoops.MAX_POLLS; i++) {
            consumer.poll(Duration.ZERO);
        }
        assertThatThrownBy(() -> consumer.poll(Duration.ZERO)).isInstanceOf(AssertionError.class)
                .hasMessage("the loop did not reach the impossible within 1000 polls");
    }
}
