package yaowen.bench.cleaning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Pages per second on one thread, once the JIT has compiled the code. Every contestant first warms up alone:
 * at least {@code warmup} untimed passes over the pages and at least {@value #MIN_WARMUP_MILLIS} ms of them (a few
 * passes over five seeds take milliseconds and would measure compilation, not cleaning); {@code warmup} 0 skips
 * warming up. Then come {@code repeat} timed passes, interleaved round-robin so that load from other processes on a
 * shared machine falls on all contestants alike. The figure is the median pass. Failures count as pages done
 * (their time is spent).
 */
final class SpeedComparison {
    /** The name of the baseline contestant: jsoup's parse of the decoded page alone. */
    static final String JSOUP = "jsoup parse only";
    /** Each contestant warms up for at least this long on each set (unless no warm-up is asked for). */
    static final long MIN_WARMUP_MILLIS = 2000;

    /**
     * One contestant's speed.
     *
     * @param pagesPerSecond the median timed pass, in pages per second on one thread
     * @param failures       pages the contestant threw on, per pass
     */
    record Speed(String contestant, int pages, double pagesPerSecond, int failures) {
        Speed {
            Objects.requireNonNull(contestant, "contestant");
        }
    }

    private interface Work {
        void run(BenchPage page) throws Exception;
    }

    private record Contestant(String name, Work work) {
    }

    private SpeedComparison() {
    }

    /** The speed of jsoup's parse, then of each extractor, on {@code pages}. */
    static List<Speed> measure(List<BenchPage> pages, List<Extractor> extractors, int warmup, int repeat) {
        if (repeat < 1 || warmup < 0) {
            throw new IllegalArgumentException("repeat must be at least 1 and warmup at least 0");
        }
        List<Contestant> contestants = new ArrayList<>();
        contestants.add(new Contestant(JSOUP, p -> sink(Jsoup.parse(p.decoded(), p.url().orElse("")))));
        for (Extractor x : extractors) {
            contestants.add(new Contestant(x.name(), p -> sink(x.extract(p))));
        }
        int n = contestants.size();
        long[][] nanos = new long[n][repeat];
        int[] failures = new int[n];
        for (Contestant c : contestants) {
            long start = System.nanoTime();
            for (int pass = 0; !warmedUp(pass, System.nanoTime() - start, warmup); pass++) {
                runPass(c, pages);
            }
        }
        for (int pass = 0; pass < repeat; pass++) {
            for (int c = 0; c < n; c++) {
                long start = System.nanoTime();
                failures[c] = runPass(contestants.get(c), pages);
                nanos[c][pass] = System.nanoTime() - start;
            }
        }
        List<Speed> out = new ArrayList<>();
        for (int c = 0; c < n; c++) {
            long[] t = nanos[c].clone();
            Arrays.sort(t);
            long median = t[t.length / 2];
            out.add(new Speed(contestants.get(c).name(), pages.size(),
                    median == 0 ? Double.NaN : pages.size() * 1e9 / median, failures[c]));
        }
        return out;
    }

    /**
     * Whether a contestant that made {@code passes} warm-up passes in {@code elapsedNanos} is warm: at least
     * {@code warmup} passes and {@value #MIN_WARMUP_MILLIS} ms; at once when {@code warmup} is 0.
     */
    static boolean warmedUp(int passes, long elapsedNanos, int warmup) {
        return warmup == 0 || passes >= warmup && elapsedNanos >= MIN_WARMUP_MILLIS * 1_000_000L;
    }

    /** One pass over the pages; returns how many pages threw. */
    private static int runPass(Contestant c, List<BenchPage> pages) {
        int failed = 0;
        for (BenchPage p : pages) {
            try {
                c.work().run(p);
            } catch (Exception | StackOverflowError e) {
                failed++;
            }
        }
        return failed;
    }

    private static volatile int blackhole;

    private static void sink(Object o) {
        if (o instanceof Document d) {
            blackhole += d.childNodeSize();
        } else if (o instanceof Extractor.Extracted x) {
            blackhole += x.text().length();
        }
    }
}
