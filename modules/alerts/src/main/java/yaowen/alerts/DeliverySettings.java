package yaowen.alerts;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import yaowen.settings.InvalidSettingsException;
import yaowen.settings.Values;

/**
 * How alerts are delivered ({@link DeliveryKeys}). Immutable.
 *
 * @param groupPrefix   consumer group of a channel = prefix + channel name
 * @param maxAttempts   attempts per alert and channel before a dead letter
 * @param firstRetry    wait before the second attempt; doubles each time
 * @param maxRetryWait  cap on one wait
 * @param ratePerMinute default messages per minute to a channel
 * @param channelRates  per-channel overrides of {@code ratePerMinute}, by channel name
 * @param attemptTimeout longest one attempt may take before it is abandoned (held under half the poll interval)
 * @param breakerAfter  failed attempts in a row after which the channel counts as down
 */
public record DeliverySettings(String groupPrefix, int maxAttempts, Duration firstRetry, Duration maxRetryWait,
                               int ratePerMinute, Map<String, Integer> channelRates, Duration attemptTimeout,
                               int breakerAfter) {
    public DeliverySettings {
        Objects.requireNonNull(groupPrefix, "groupPrefix");
        Objects.requireNonNull(firstRetry, "firstRetry");
        Objects.requireNonNull(maxRetryWait, "maxRetryWait");
        Objects.requireNonNull(attemptTimeout, "attemptTimeout");
        channelRates = Map.copyOf(channelRates);
        InvalidSettingsException.Collector c = new InvalidSettingsException.Collector()
                .check(DeliveryKeys.GROUP_PREFIX, groupPrefix).check(DeliveryKeys.MAX_ATTEMPTS, maxAttempts)
                .check(DeliveryKeys.FIRST_RETRY, firstRetry).check(DeliveryKeys.MAX_RETRY_WAIT, maxRetryWait)
                .check(DeliveryKeys.RATE_PER_MINUTE, ratePerMinute).check(DeliveryKeys.ATTEMPT_TIMEOUT, attemptTimeout)
                .check(DeliveryKeys.BREAKER_AFTER, breakerAfter);
        channelRates.values().forEach(r -> c.check(DeliveryKeys.RATE_PER_MINUTE, r));
        if (maxRetryWait.compareTo(firstRetry) < 0) {
            c.add(DeliveryKeys.MAX_RETRY_WAIT.name(), "must be at least firstRetry (" + firstRetry + ")",
                    DeliveryKeys.FIRST_RETRY.name());
        }
        c.throwIfAny("alert delivery settings");
    }

    /** The settings {@code values} give, defaults for the rest. */
    public static DeliverySettings from(Values values) {
        return new DeliverySettings(values.get(DeliveryKeys.GROUP_PREFIX), values.get(DeliveryKeys.MAX_ATTEMPTS),
                values.get(DeliveryKeys.FIRST_RETRY), values.get(DeliveryKeys.MAX_RETRY_WAIT),
                values.get(DeliveryKeys.RATE_PER_MINUTE), Map.of(), values.get(DeliveryKeys.ATTEMPT_TIMEOUT),
                values.get(DeliveryKeys.BREAKER_AFTER));
    }

    /** The defaults. */
    public static DeliverySettings defaults() {
        return from(Values.none());
    }

    /** A copy where {@code channel} may send {@code perMinute} messages a minute. */
    public DeliverySettings withChannelRate(String channel, int perMinute) {
        Map<String, Integer> rates = new java.util.HashMap<>(channelRates);
        rates.put(channel, perMinute);
        return new DeliverySettings(groupPrefix, maxAttempts, firstRetry, maxRetryWait, ratePerMinute, rates,
                attemptTimeout, breakerAfter);
    }

    /** The consumer group of {@code channel}. */
    public String group(String channel) {
        return groupPrefix + channel;
    }

    /** Messages per minute allowed to {@code channel}. */
    public int rate(String channel) {
        return channelRates.getOrDefault(channel, ratePerMinute);
    }

    /**
     * How long one attempt may take when a batch may take {@code batchBudget}: {@link #attemptTimeout}, but never
     * more than the budget, so that one attempt always fits in a batch.
     */
    public Duration attemptTimeout(Duration batchBudget) {
        return attemptTimeout.compareTo(batchBudget) <= 0 ? attemptTimeout : batchBudget;
    }

    /** The wait after failed attempt number {@code attempt} (1 = the first): firstRetry × 2^(attempt−1), capped. */
    public Duration retryWait(int attempt) {
        if (attempt < 1) {
            throw new IllegalArgumentException("attempts count from 1, was " + attempt);
        }
        int doublings = Math.min(attempt - 1, 40);
        long millis = firstRetry.toMillis();
        for (int i = 0; i < doublings && millis < maxRetryWait.toMillis(); i++) {
            millis *= 2;
        }
        return Duration.ofMillis(Math.min(millis, maxRetryWait.toMillis()));
    }
}
