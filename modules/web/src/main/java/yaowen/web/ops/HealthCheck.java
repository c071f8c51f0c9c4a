package yaowen.web.ops;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * One thing readiness depends on (the broker, the store, the pipeline, the sites). Implementations
 * answer quickly (a bounded wait at most) and may throw: a check that throws counts as DOWN with the
 * exception's message as reason. Called from the web's request threads: must be thread-safe.
 */
public interface HealthCheck {
    /** Short name, the key in the readiness body, e.g. {@code broker}. */
    String name();

    /** The state now. */
    Health check();

    /** A check named {@code name} that answers {@code check}. */
    static HealthCheck of(String name, Supplier<Health> check) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(check, "check");
        return new HealthCheck() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Health check() {
                return check.get();
            }
        };
    }
}
