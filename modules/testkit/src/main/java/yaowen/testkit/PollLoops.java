package yaowen.testkit;

import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.consumer.MockConsumer;

/**
 * Runs a consumer loop to a condition on the test's own thread, with no waiting: the loop polls a
 * {@link MockConsumer}, and before each poll a task checks the condition and, once it holds, wakes the
 * consumer so the loop's next poll ends it. The bound is a number of polls, not a time, so a test that
 * cannot reach its condition fails at once and the same way on every machine.
 */
public final class PollLoops {
    /** Polls allowed before giving up; a loop that needs more is stuck. */
    public static final int MAX_POLLS = 1_000;

    private PollLoops() {
    }

    /**
     * Schedules, on {@code consumer}, a wake-up for the first poll at which {@code done} holds. Call it after
     * scheduling the tasks that feed records, then run the loop on the test thread: it returns once woken.
     * If {@code done} still fails after {@link #MAX_POLLS} polls, that poll throws an AssertionError naming
     * {@code what}, which leaves the loop's {@code run()}.
     */
    public static void stopWhen(MockConsumer<?, ?> consumer, String what, BooleanSupplier done) {
        schedule(consumer, what, done, MAX_POLLS);
    }

    private static void schedule(MockConsumer<?, ?> consumer, String what, BooleanSupplier done, int pollsLeft) {
        consumer.schedulePollTask(() -> {
            if (done.getAsBoolean()) {
                consumer.wakeup();
            } else if (pollsLeft == 0) {
                throw new AssertionError("the loop did not reach " + what + " within " + MAX_POLLS + " polls");
            } else {
                schedule(consumer, what, done, pollsLeft - 1);
            }
        });
    }
}
