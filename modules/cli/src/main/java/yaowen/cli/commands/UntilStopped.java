package yaowen.cli.commands;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Keeps a command running until Ctrl-C (SIGINT/SIGTERM), then lets it close everything before the JVM
 * exits: the shutdown hook signals, then waits (up to 60 s) for {@link #closed()}.
 */
final class UntilStopped {
    private final CountDownLatch signal = new CountDownLatch(1);
    private final CountDownLatch closed = new CountDownLatch(1);

    UntilStopped() {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            signal.countDown();
            try {
                closed.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "yaowen-shutdown"));
    }

    /** Blocks until a stop signal, or for at most {@code millis} (then returns false). */
    boolean await(long millis) throws InterruptedException {
        return signal.await(millis, TimeUnit.MILLISECONDS);
    }

    boolean stopping() {
        return signal.getCount() == 0;
    }

    /** Everything is closed; the JVM may exit. */
    void closed() {
        closed.countDown();
    }
}
