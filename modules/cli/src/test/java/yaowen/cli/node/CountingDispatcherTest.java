package yaowen.cli.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import yaowen.alerts.AlertDispatcher;
import yaowen.alerts.DispatchException;
import yaowen.records.MeetingAlert;

class CountingDispatcherTest {

    @Test
    void countsSentAndFailedPerChannelAndStillThrowsTheFailure() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        boolean[] fail = {false};
        AlertDispatcher webhook = new AlertDispatcher() {
            @Override
            public void dispatch(MeetingAlert alert) {
                if (fail[0]) {
                    throw new DispatchException("webhook", "m1", "HTTP 502 from the webhook", null);
                }
            }

            @Override
            public String name() {
                return "webhook";
            }
        };
        CountingDispatcher counting = new CountingDispatcher(webhook, registry);

        counting.dispatch(null);
        counting.dispatch(null);
        fail[0] = true;
        assertThatThrownBy(() -> counting.dispatch(null)).hasMessageContaining("HTTP 502");

        assertThat(registry.get("yaowen.alerts.sent").tag("channel", "webhook").counter().count()).isEqualTo(2);
        assertThat(registry.get("yaowen.alerts.failed").tag("channel", "webhook").counter().count()).isEqualTo(1);
        assertThat(counting.name()).isEqualTo("webhook");
    }
}
