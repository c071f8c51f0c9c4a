package yaowen.cli.node;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Objects;
import yaowen.alerts.AlertDispatcher;
import yaowen.records.MeetingAlert;

/**
 * An {@link AlertDispatcher} that counts what the one it wraps delivers and fails, per channel:
 * {@code yaowen.alerts.sent{channel}} and {@code yaowen.alerts.failed{channel}}. Failures still throw,
 * so the alert consumer routes them to dead letters as before. Thread-safe if the wrapped one is.
 */
final class CountingDispatcher implements AlertDispatcher {
    private final AlertDispatcher delegate;
    private final Counter sent;
    private final Counter failed;

    CountingDispatcher(AlertDispatcher delegate, MeterRegistry registry) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.sent = Counter.builder("yaowen.alerts.sent").tag("channel", delegate.name())
                .description("alerts delivered per channel").register(registry);
        this.failed = Counter.builder("yaowen.alerts.failed").tag("channel", delegate.name())
                .description("alerts a channel could not deliver (sent to dead letters)").register(registry);
    }

    @Override
    public void dispatch(MeetingAlert alert) {
        try {
            delegate.dispatch(alert);
        } catch (RuntimeException e) {
            failed.increment();
            throw e;
        }
        sent.increment();
    }

    @Override
    public String name() {
        return delegate.name();
    }
}
