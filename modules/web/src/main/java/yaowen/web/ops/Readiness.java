package yaowen.web.ops;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Whether the node is ready: every check UP. The one place readiness is composed. Immutable.
 *
 * @param checks each check's answer by name, in the order the checks were given
 */
public record Readiness(Map<String, Health> checks) {
    public Readiness {
        checks = Collections.unmodifiableMap(new LinkedHashMap<>(checks));
    }

    public boolean up() {
        return checks.values().stream().allMatch(Health::up);
    }

    /** Runs {@code checks} in order; one that throws is DOWN with its message, and the others still run. */
    public static Readiness of(List<HealthCheck> checks) {
        Map<String, Health> answers = new LinkedHashMap<>();
        for (HealthCheck c : checks) {
            Health h;
            try {
                h = c.check();
            } catch (RuntimeException e) {
                h = Health.down("check failed: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            }
            answers.put(c.name(), h);
        }
        return new Readiness(answers);
    }
}
