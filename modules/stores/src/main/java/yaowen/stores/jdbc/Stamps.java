package yaowen.stores.jdbc;

/**
 * Write stamps that strictly increase: the clock's time, or one past the last stamp when the clock has not moved
 * on (two writes in one millisecond) or went back. A feed that reads "stamped after the last one I saw" then
 * misses nothing, provided stamps are taken in commit order (under the write lock). Not thread-safe: callers
 * hold the lock.
 */
final class Stamps {
    private long last;

    /** Starts after {@code last}, the highest stamp already stored. */
    Stamps(long last) {
        this.last = last;
    }

    /** The next stamp for a write at clock time {@code nowMs}. */
    long next(long nowMs) {
        last = Math.max(nowMs, last + 1);
        return last;
    }
}
