package yaowen.crawler.politeness;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Predicate;
import yaowen.crawler.HostReport;

/** Per-host counters of requests and failures, kept since the crawler started. Thread-safe. */
public final class HostStats {
    /** What can be counted. */
    public enum Counter {
        REQUESTS, OK, NOT_MODIFIED, REDIRECTS, CLIENT_ERRORS, SERVER_ERRORS, THROTTLED, NETWORK_ERRORS, TIMEOUTS,
        RETRIES, ROBOTS_DENIED, ROBOTS_DEFERRED, BLOCKED, WAF_CHALLENGES, BREAKER_REJECTED, BREAKER_OPENS, TRAPS,
        TRUNCATED, BYTES
    }

    private final Map<String, LongAdder[]> hosts = new ConcurrentHashMap<>();

    public void add(String hostKey, Counter counter, long n) {
        hosts.computeIfAbsent(hostKey, k -> newCounters())[counter.ordinal()].add(n);
    }

    public void inc(String hostKey, Counter counter) {
        add(hostKey, counter, 1);
    }

    public long get(String hostKey, Counter counter) {
        LongAdder[] c = hosts.get(hostKey);
        return c == null ? 0 : c[counter.ordinal()].sum();
    }

    /** A snapshot per host, sorted by host. */
    public List<HostReport> snapshot(Predicate<String> circuitOpen) {
        return hosts.keySet().stream().sorted(Comparator.naturalOrder()).map(h -> report(h, circuitOpen.test(h))).toList();
    }

    HostReport report(String h, boolean open) {
        return new HostReport(h, get(h, Counter.REQUESTS), get(h, Counter.OK), get(h, Counter.NOT_MODIFIED),
                get(h, Counter.REDIRECTS), get(h, Counter.CLIENT_ERRORS), get(h, Counter.SERVER_ERRORS),
                get(h, Counter.THROTTLED), get(h, Counter.NETWORK_ERRORS), get(h, Counter.TIMEOUTS),
                get(h, Counter.RETRIES), get(h, Counter.ROBOTS_DENIED), get(h, Counter.ROBOTS_DEFERRED),
                get(h, Counter.BLOCKED), get(h, Counter.WAF_CHALLENGES), get(h, Counter.BREAKER_REJECTED),
                get(h, Counter.BREAKER_OPENS), get(h, Counter.TRAPS), get(h, Counter.TRUNCATED), get(h, Counter.BYTES),
                open);
    }

    private static LongAdder[] newCounters() {
        LongAdder[] c = new LongAdder[Counter.values().length];
        for (int i = 0; i < c.length; i++) {
            c[i] = new LongAdder();
        }
        return c;
    }
}
