package yaowen.web.ops;

import java.util.List;
import java.util.Objects;

/**
 * The answer of one {@link HealthCheck}: up or down, why it is down in words, and the sites that fail
 * when the check is about sites. Immutable.
 *
 * @param up      whether the check passes
 * @param reason  why it does not, in words; empty when up
 * @param failing the sites that fail the check (only the sites check lists any)
 */
public record Health(boolean up, String reason, List<SiteHealth> failing) {
    public Health {
        Objects.requireNonNull(reason, "reason");
        failing = List.copyOf(failing);
        if (!up && reason.isBlank()) {
            throw new IllegalArgumentException("a DOWN check must say why");
        }
    }

    public static Health ok() {
        return new Health(true, "", List.of());
    }

    public static Health down(String reason) {
        return new Health(false, reason, List.of());
    }
}
