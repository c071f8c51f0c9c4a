package yaowen.pipeline.insight;

import java.time.Duration;
import java.util.function.LongSupplier;
import yaowen.insight.Budget;

/**
 * The insight budget of one article: runs out {@code budget} after it was started, on a monotonic nanosecond clock
 * ({@code System::nanoTime} in production, a counter in tests). Insight asks it between sentences; it reads the
 * clock, insight does not.
 */
final class Deadline implements Budget {
    private final LongSupplier nanoClock;
    private final long startNanos;
    private final long endNanos;

    private Deadline(LongSupplier nanoClock, long startNanos, long budgetNanos) {
        this.nanoClock = nanoClock;
        this.startNanos = startNanos;
        this.endNanos = startNanos + budgetNanos;
    }

    /** A deadline {@code budget} from now on {@code nanoClock}. */
    static Deadline after(Duration budget, LongSupplier nanoClock) {
        return new Deadline(nanoClock, nanoClock.getAsLong(), budget.toNanos());
    }

    @Override
    public boolean exhausted() {
        return nanoClock.getAsLong() - endNanos >= 0; // overflow-safe, as System.nanoTime asks
    }

    /** The time since it started. */
    Duration elapsed() {
        return Duration.ofNanos(nanoClock.getAsLong() - startNanos);
    }

    /** {@code d} as people read it: "3 s", "1.5 s", "250 ms". */
    static String words(Duration d) {
        long ms = d.toMillis();
        if (ms < 1000) {
            return ms + " ms";
        }
        return ms % 1000 == 0 ? ms / 1000 + " s" : String.format(java.util.Locale.ROOT, "%.1f s", ms / 1000.0);
    }
}
