package yaowen.crawler;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;
import yaowen.crawler.politeness.Ticker;

/**
 * Time that moves only when told: a {@link Ticker} whose {@link #sleep} returns at once having moved
 * time on by the wait, and a {@link Clock} reading the same time. Politeness delays, backoff,
 * Retry-After, breaker cool-downs and schedules are then checked without sleeping, and a test's
 * outcome does not depend on how fast the machine is.
 */
public final class ManualTime implements Ticker {
    private static final Instant ORIGIN = Instant.parse("2026-12-05T08:00:00Z");
    private final AtomicLong nanos = new AtomicLong();

    @Override
    public long nanoTime() {
        return nanos.get();
    }

    @Override
    public void sleep(long waitNanos) throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        nanos.addAndGet(Math.max(0, waitNanos));
    }

    /** Moves time on. */
    public void advance(Duration d) {
        nanos.addAndGet(d.toNanos());
    }

    /** Time since this clock started. */
    public Duration elapsed() {
        return Duration.ofNanos(nanos.get());
    }

    /** The wall clock reading the same time. */
    public Clock clock() {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Instant instant() {
                return ORIGIN.plusNanos(nanos.get());
            }
        };
    }
}
