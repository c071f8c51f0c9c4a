package yaowen.crawler.politeness;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A circuit breaker per host. After {@code threshold} consecutive failures the host is "open": its
 * URLs are skipped until the cool-down ends, then one request is let through (half-open); a success
 * closes the breaker, a failure re-opens it with twice the cool-down (at most one hour). A host
 * flagged for a WAF challenge is skipped the same way. Thread-safe.
 */
public final class CircuitBreaker {
    private static final Logger LOG = LoggerFactory.getLogger(CircuitBreaker.class);
    private static final Duration MAX_COOLDOWN = Duration.ofHours(1);

    private final int threshold;
    private final Duration cooldown;
    private final Clock clock;
    private final Map<String, State> states = new ConcurrentHashMap<>();

    private static final class State {
        int consecutiveFailures;
        int opens;
        Instant openUntil = Instant.MIN;
        String reason = "";
    }

    public CircuitBreaker(int threshold, Duration cooldown, Clock clock) {
        this.threshold = threshold;
        this.cooldown = cooldown;
        this.clock = clock;
    }

    /** Whether requests to the host are refused now. */
    public boolean isOpen(String hostKey) {
        State s = states.get(hostKey);
        if (s == null) {
            return false;
        }
        synchronized (s) {
            return clock.instant().isBefore(s.openUntil);
        }
    }

    /** Why the host's breaker is open, e.g. "5 consecutive failures". */
    public String reason(String hostKey) {
        State s = states.get(hostKey);
        return s == null ? "" : s.reason;
    }

    public void success(String hostKey) {
        State s = states.get(hostKey);
        if (s != null) {
            synchronized (s) {
                s.consecutiveFailures = 0;
                s.opens = 0;
            }
        }
    }

    /** Counts a failure; returns true when this failure opened the breaker. */
    public boolean failure(String hostKey, String what) {
        State s = states.computeIfAbsent(hostKey, k -> new State());
        synchronized (s) {
            s.consecutiveFailures++;
            if (s.consecutiveFailures < threshold) {
                return false;
            }
            return open(hostKey, s, backoff(s.opens++), s.consecutiveFailures + " consecutive failures, last: " + what);
        }
    }

    /** Opens the breaker now for at least {@code duration} (e.g. a WAF challenge or a long Retry-After). */
    public void openFor(String hostKey, Duration duration, String why) {
        State s = states.computeIfAbsent(hostKey, k -> new State());
        synchronized (s) {
            open(hostKey, s, duration, why);
        }
    }

    /** The first cool-down, for callers that leave a host alone for "a while". */
    public Duration cooldown() {
        return cooldown;
    }

    private boolean open(String hostKey, State s, Duration duration, String why) {
        Instant until = clock.instant().plus(duration);
        if (until.isAfter(s.openUntil)) {
            s.openUntil = until;
        }
        s.reason = why;
        LOG.info("host {} left alone for {} s: {}", hostKey, duration.toSeconds(), why);
        return true;
    }

    private Duration backoff(int opens) {
        Duration d = cooldown.multipliedBy(1L << Math.min(opens, 20));
        return d.compareTo(MAX_COOLDOWN) > 0 ? MAX_COOLDOWN : d;
    }
}
