package yaowen.alerts;

import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one delivery attempt with a hard time limit: the seam between the channel loop and the dispatcher, so
 * that no dispatcher — whatever its own timeouts — can hold the loop (and with it the consumer's poll) longer
 * than the limit. {@link #onThreads} is the real one; tests give one that runs on injected time.
 */
interface Attempts {
    /**
     * Runs {@code attempt}, waiting at most {@code limit} for it.
     *
     * @throws TimeoutException     it was still running after {@code limit}; it is interrupted and abandoned
     * @throws CancellationException {@link #cancel()} stopped it
     * @throws InterruptedException the calling thread was interrupted; the attempt is interrupted too
     * @throws RuntimeException     whatever the attempt threw
     */
    void run(Runnable attempt, Duration limit) throws TimeoutException, InterruptedException;

    /** Interrupts the attempt running now, if any (from any thread: the loop is closing). */
    void cancel();

    /** Each attempt on a daemon thread of its own named {@code name}, abandoned (interrupted) at its limit. */
    static Attempts onThreads(String name) {
        return new Attempts() {
            private volatile FutureTask<Void> current;

            @Override
            public void run(Runnable attempt, Duration limit) throws TimeoutException, InterruptedException {
                FutureTask<Void> task = new FutureTask<>(attempt, null);
                Thread t = new Thread(task, name);
                t.setDaemon(true);
                current = task;
                t.start();
                try {
                    task.get(limit.toNanos(), TimeUnit.NANOSECONDS);
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException r) {
                        throw r;
                    }
                    if (e.getCause() instanceof Error err) {
                        throw err;
                    }
                    throw new IllegalStateException(e.getCause());
                } catch (TimeoutException | InterruptedException e) {
                    task.cancel(true);
                    throw e;
                } finally {
                    current = null;
                }
            }

            @Override
            public void cancel() {
                FutureTask<Void> task = current;
                if (task != null) {
                    task.cancel(true);
                }
            }
        };
    }
}
