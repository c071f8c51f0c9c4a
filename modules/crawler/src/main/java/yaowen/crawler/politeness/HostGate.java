package yaowen.crawler.politeness;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Lets one request at a time through per host, and keeps at least the host's delay between the end
 * of one request and the start of the next. Different hosts never wait for each other. Time and
 * waiting come from a {@link Ticker}. Thread-safe.
 */
public final class HostGate {
    private final Duration minDelay;
    private final Ticker ticker;
    private final Map<String, Slot> slots = new ConcurrentHashMap<>();

    private static final class Slot {
        final ReentrantLock lock = new ReentrantLock(true);
        volatile long delayNanos;
        volatile long minNanos;
        volatile long crawlDelayNanos;
        long nextStartNanos = Long.MIN_VALUE;
        long pausedUntilNanos = Long.MIN_VALUE;

        Slot(long delayNanos) {
            this.delayNanos = delayNanos;
            this.minNanos = delayNanos;
        }
    }

    public HostGate(Duration minDelay) {
        this(minDelay, Ticker.SYSTEM);
    }

    public HostGate(Duration minDelay, Ticker ticker) {
        this.minDelay = minDelay;
        this.ticker = Objects.requireNonNull(ticker, "ticker");
    }

    /** The politeness key of a URL: {@code scheme://host:port}, lower case, default port made explicit. */
    public static String hostKey(URI url) {
        String scheme = url.getScheme() == null ? "http" : url.getScheme().toLowerCase(Locale.ROOT);
        int port = url.getPort() != -1 ? url.getPort() : scheme.equals("https") ? 443 : 80;
        String host = url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT);
        return scheme + "://" + host + ":" + port;
    }

    /** Raises (never lowers below the minimum) the delay of one host, e.g. for a robots.txt Crawl-delay. */
    public void setDelay(String hostKey, Duration delay) {
        Slot slot = slot(hostKey);
        slot.crawlDelayNanos = delay.toNanos();
        slot.delayNanos = Math.max(slot.minNanos, slot.crawlDelayNanos);
    }

    /** Replaces the minimum delay of one host (a per-site override); a Crawl-delay still raises it. */
    public void setMinimum(String hostKey, Duration minimum) {
        Slot slot = slot(hostKey);
        slot.minNanos = minimum.toNanos();
        slot.delayNanos = Math.max(slot.minNanos, slot.crawlDelayNanos);
    }

    /** The delay currently applied to a host. */
    public Duration delay(String hostKey) {
        return Duration.ofNanos(slot(hostKey).delayNanos);
    }

    /**
     * Keeps the host's next request from starting before {@code pause} from now, e.g. after a
     * Retry-After or a backoff. Never brings the next start earlier.
     */
    public void pauseFor(String hostKey, Duration pause) {
        Slot slot = slot(hostKey);
        long until = ticker.nanoTime() + pause.toNanos();
        synchronized (slot) {
            slot.pausedUntilNanos = Math.max(slot.pausedUntilNanos, until);
        }
    }

    /** How much of a {@link #pauseFor} pause remains (zero when the host is not paused). */
    public Duration pauseRemaining(String hostKey) {
        Slot slot = slot(hostKey);
        long next;
        synchronized (slot) {
            next = slot.pausedUntilNanos;
        }
        long wait = next == Long.MIN_VALUE ? 0 : next - ticker.nanoTime();
        return Duration.ofNanos(Math.max(0, wait));
    }

    /**
     * Runs {@code request} when the host is free and its delay has passed since its last request.
     *
     * @throws InterruptedException when interrupted while waiting
     */
    public <T> T call(String hostKey, Callable<T> request) throws Exception {
        Slot slot = slot(hostKey);
        slot.lock.lockInterruptibly();
        try {
            long next;
            synchronized (slot) {
                next = Math.max(slot.nextStartNanos, slot.pausedUntilNanos);
            }
            if (next != Long.MIN_VALUE) {
                long wait = next - ticker.nanoTime();
                if (wait > 0) {
                    ticker.sleep(wait);
                }
            }
            return request.call();
        } finally {
            synchronized (slot) {
                slot.nextStartNanos = ticker.nanoTime() + slot.delayNanos;
            }
            slot.lock.unlock();
        }
    }

    /** How many threads wait for the host's slot now (tests). */
    int queued(String hostKey) {
        return slot(hostKey).lock.getQueueLength();
    }

    private Slot slot(String hostKey) {
        return slots.computeIfAbsent(hostKey, k -> new Slot(minDelay.toNanos()));
    }
}
