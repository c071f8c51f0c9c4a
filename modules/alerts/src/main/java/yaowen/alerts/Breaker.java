package yaowen.alerts;

import java.util.Objects;

/**
 * Whether a channel counts as down. After {@link DeliverySettings#breakerAfter()} failed attempts in a row,
 * whatever the alerts, it is open: the next attempt (with any alert) waits {@link DeliverySettings#retryWait}
 * of the failures past the threshold — doubling from {@code firstRetry} up to {@code maxRetryWait} — so a channel
 * that is down is tried at most once every {@code maxRetryWait}, instead of each alert starting its retries
 * afresh. One attempt that goes through closes it. Pure: time comes in as nanoseconds of a monotonic clock.
 * Not thread-safe (one per channel loop).
 */
final class Breaker {
    private final DeliverySettings settings;
    private int failures;
    private long openUntil;
    private boolean open;

    Breaker(DeliverySettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** Whether an attempt may start at {@code nowNanos}. */
    boolean allows(long nowNanos) {
        return !open || nowNanos - openUntil >= 0;
    }

    /** When the next attempt may start; only meaningful when {@link #allows} is false. */
    long openUntil() {
        return openUntil;
    }

    boolean isOpen() {
        return open;
    }

    /** Failed attempts in a row. */
    int failures() {
        return failures;
    }

    /**
     * Counts a failed attempt that ended at {@code nowNanos}.
     *
     * @return true when this failure opened the breaker (it was closed)
     */
    boolean failed(long nowNanos) {
        failures++;
        if (failures < settings.breakerAfter()) {
            return false;
        }
        boolean opened = !open;
        open = true;
        openUntil = nowNanos + settings.retryWait(failures - settings.breakerAfter() + 1).toNanos();
        return opened;
    }

    /**
     * Counts an attempt that went through.
     *
     * @return true when this closed the breaker (it was open)
     */
    boolean succeeded() {
        boolean wasOpen = open;
        failures = 0;
        open = false;
        return wasOpen;
    }
}
