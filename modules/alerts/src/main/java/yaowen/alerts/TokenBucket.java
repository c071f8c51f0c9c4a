package yaowen.alerts;

/**
 * A token bucket: holds up to {@code capacity} tokens, refilled evenly at {@code perMinute} a minute; a
 * message takes one. Pure: time comes in as nanoseconds of a monotonic clock ({@link System#nanoTime()} in
 * production), so it is tested without waiting. It answers how long to wait rather than waiting itself, so
 * the delivery loop can keep polling Kafka while it waits. Not thread-safe (one per channel loop).
 */
final class TokenBucket {
    private static final long MINUTE_NANOS = 60_000_000_000L;
    private final long nanosPerToken;
    /** Tokens held, in nanoseconds of refill: one token = {@code nanosPerToken}. Whole numbers, no rounding drift. */
    private final long full;
    private long credit;
    private long at;

    /** A full bucket of {@code perMinute} tokens at {@code nowNanos}. */
    TokenBucket(int perMinute, long nowNanos) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("a rate must be at least 1 a minute, was " + perMinute);
        }
        this.nanosPerToken = MINUTE_NANOS / perMinute;
        this.full = nanosPerToken * perMinute;
        this.credit = full;
        this.at = nowNanos;
    }

    /** Nanoseconds until a token is there at {@code nowNanos}; 0 when one is. */
    long waitNanos(long nowNanos) {
        refill(nowNanos);
        return Math.max(0, nanosPerToken - credit);
    }

    /** Takes a token if one is there at {@code nowNanos}. */
    boolean tryTake(long nowNanos) {
        refill(nowNanos);
        if (credit < nanosPerToken) {
            return false;
        }
        credit -= nanosPerToken;
        return true;
    }

    private void refill(long nowNanos) {
        long elapsed = nowNanos - at;
        if (elapsed > 0) {
            credit = Math.min(full, credit + elapsed);
            at = nowNanos;
        }
    }
}
