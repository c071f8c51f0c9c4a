package yaowen.bench.pipeline;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CPU time of the whole process and of its threads by role, and wall time, at one moment; the difference of
 * two says what a phase cost, which, unlike its wall time, hardly depends on what else the machine runs.
 * Roles: the Streams threads (and their clients' network threads), the bench's own producer and consumer,
 * the broker (every other Java thread), and the JVM itself (JIT compilers and GC: the process's CPU that no
 * Java thread accounts for).
 */
record Usage(long wallNanos, long processCpuNanos, Map<String, Long> byRole) {
    static final String STREAMS = "Streams";
    static final String BENCH = "bench";
    static final String BROKER = "broker";

    static Usage now() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<String, Long> roles = new LinkedHashMap<>(Map.of(STREAMS, 0L, BROKER, 0L, BENCH, 0L));
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null) {
                roles.merge(role(info.getThreadName()), Math.max(0, threads.getThreadCpuTime(info.getThreadId())), Long::sum);
            }
        }
        long process = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
        return new Usage(System.nanoTime(), process, Map.copyOf(roles));
    }

    static String role(String thread) {
        if (thread.contains("StreamThread") || thread.contains("yaowen-bench-")) {
            return STREAMS;
        }
        if (thread.equals("main") || thread.contains("| producer-") || thread.contains("| bench-")) {
            return BENCH;
        }
        return BROKER;
    }

    Usage minus(Usage earlier) {
        Map<String, Long> roles = new LinkedHashMap<>();
        byRole.forEach((role, nanos) -> roles.put(role, nanos - earlier.byRole.getOrDefault(role, 0L)));
        return new Usage(wallNanos - earlier.wallNanos, processCpuNanos - earlier.processCpuNanos, roles);
    }

    /** This span's cost per article, in milliseconds. */
    String perArticle(int articles) {
        double n = Math.max(1, articles);
        long threads = byRole.values().stream().mapToLong(Long::longValue).sum();
        return String.format("CPU per article %.2f ms (Streams threads %.2f, broker %.2f, bench client %.2f, JIT and GC %.2f),"
                        + " wall %.2f ms; the JVM had %.2f cores", processCpuNanos / 1e6 / n,
                byRole.get(STREAMS) / 1e6 / n, byRole.get(BROKER) / 1e6 / n, byRole.get(BENCH) / 1e6 / n,
                (processCpuNanos - threads) / 1e6 / n, wallNanos / 1e6 / n, (double) processCpuNanos / Math.max(1, wallNanos));
    }
}
