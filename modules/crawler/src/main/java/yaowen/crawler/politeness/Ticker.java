package yaowen.crawler.politeness;

import java.util.concurrent.TimeUnit;

/**
 * The monotonic time politeness waits are measured in, and the way to wait. The crawler uses
 * {@link #SYSTEM}; tests pass a manual one whose {@link #sleep} moves time on at once, so delays,
 * backoff and Retry-After are checked without sleeping.
 */
public interface Ticker {
    /** {@link System#nanoTime()} and {@link TimeUnit#sleep}. */
    Ticker SYSTEM = new Ticker() {
        @Override
        public long nanoTime() {
            return System.nanoTime();
        }

        @Override
        public void sleep(long nanos) throws InterruptedException {
            TimeUnit.NANOSECONDS.sleep(nanos);
        }
    };

    /** Now, in nanoseconds from an arbitrary origin, as {@link System#nanoTime()}. */
    long nanoTime();

    /**
     * Waits {@code nanos} nanoseconds.
     *
     * @throws InterruptedException when the thread is interrupted while waiting
     */
    void sleep(long nanos) throws InterruptedException;
}
