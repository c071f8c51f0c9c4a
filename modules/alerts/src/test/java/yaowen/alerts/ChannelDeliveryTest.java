package yaowen.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static yaowen.alerts.FakeChannelLoop.SECOND;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import yaowen.alerts.FakeChannelLoop.LogConsumer;
import yaowen.alerts.FakeChannelLoop.SlowChannel;
import yaowen.alerts.FakeChannelLoop.Time;
import yaowen.settings.Values;

/**
 * The channel loop's promise on injected time: a batch never outlives its share of {@code max.poll.interval.ms},
 * what it sent is never sent again (after a cut batch, a rebalance or a restart), and a channel that is down
 * holds neither the poll nor the other partitions' alerts for long.
 */
@Timeout(30)
class ChannelDeliveryTest {
    /** max.poll.interval.ms of 20 s: each batch may take 10 s. */
    private static final Duration POLL_INTERVAL = Duration.ofSeconds(20);
    private static final long BUDGET = 10 * SECOND;

    private static DeliverySettings settings(int maxAttempts, int breakerAfter) {
        return DeliverySettings.from(Values.none().with(DeliveryKeys.MAX_ATTEMPTS, maxAttempts)
                .with(DeliveryKeys.FIRST_RETRY, Duration.ofSeconds(1)).with(DeliveryKeys.MAX_RETRY_WAIT, Duration.ofSeconds(8))
                .with(DeliveryKeys.RATE_PER_MINUTE, 60_000).with(DeliveryKeys.ATTEMPT_TIMEOUT, Duration.ofSeconds(5))
                .with(DeliveryKeys.BREAKER_AFTER, breakerAfter));
    }

    private record Loop(ChannelDelivery delivery, LogConsumer consumer, MockProducer<String, byte[]> producer) { }

    private static Loop loop(Map<TopicPartition, List<ConsumerRecord<String, byte[]>>> log, Time time, SlowChannel channel,
                             DeliverySettings settings, MockProducer<String, byte[]> earlierLedger) {
        LogConsumer consumer = new LogConsumer(log, time);
        MockProducer<String, byte[]> producer = FakeChannelLoop.producer();
        ChannelDelivery delivery = new ChannelDelivery("slow", channel, List.of(AlertRule.everything()), settings, consumer,
                producer, FakeChannelLoop.ledger("slow", earlierLedger, producer), FakeChannelLoop.WALL,
                FakeChannelLoop.TOPICS, POLL_INTERVAL, time::now, FakeChannelLoop.attempts(time, channel));
        delivery.subscribe();
        consumer.rebalance(log.keySet());
        return new Loop(delivery, consumer, producer);
    }

    private static void stepUntil(Loop loop, BooleanSupplier done, int maxSteps) {
        for (int i = 0; i < maxSteps && !done.getAsBoolean(); i++) {
            loop.delivery().step();
        }
        assertThat(done.getAsBoolean()).as("done within " + maxSteps + " polls").isTrue();
    }

    @Test
    void aBatchWhoseSendsWouldOutliveItsPollStopsInTimeCommitsWhatItSentAndTheRestFollowsOnce() {
        Time time = new Time();
        SlowChannel channel = new SlowChannel(time, n -> 3 * SECOND); // 10 × 3 s = 30 s, a batch may take 10 s
        Loop loop = loop(FakeChannelLoop.alerts(1, 10), time, channel, settings(3, 5), null);

        stepUntil(loop, () -> channel.accepted.size() == 10, 50);
        loop.delivery().step(); // the last commit is there

        assertThat(channel.accepted).doesNotHaveDuplicates().hasSize(10)
                .containsExactlyElementsOf(FakeChannelLoop.alerts(1, 10).values().iterator().next().stream()
                        .map(ConsumerRecord::key).toList());
        assertThat(channel.requestTimes).hasSize(10);
        List<Long> fetches = loop.consumer().fetches;
        assertThat(fetches.size()).as("batches").isGreaterThanOrEqualTo(5);
        for (int i = 1; i < fetches.size(); i++) {
            assertThat(fetches.get(i) - fetches.get(i - 1)).as("batch %d's time", i).isLessThanOrEqualTo(BUDGET);
        }
        // an attempt starts only if its 5 s limit ends within the batch: two sends of 3 s, then the next poll
        assertThat(loop.consumer().committedAtFetch.subList(0, 3)).containsExactly(0L, 2L, 4L);
        assertThat(loop.delivery().stats()).isEqualTo(new AlertStats(10, 0, 0, 0, 0));
        assertThat(loop.consumer().committed(java.util.Set.of(new TopicPartition(FakeChannelLoop.TOPICS.alerts(), 0))))
                .extractingByKey(new TopicPartition(FakeChannelLoop.TOPICS.alerts(), 0)).extracting(o -> o.offset())
                .isEqualTo(10L);
    }

    @Test
    void theIssuesCaseThirtyThreePendingAlertsOfNineSecondsEachUnderTheDefaultFiveMinutePollInterval() {
        Time time = new Time();
        SlowChannel channel = new SlowChannel(time, n -> 9 * SECOND); // 31 × 9 s = 279 s, near the 300 s interval
        LogConsumer consumer = new LogConsumer(FakeChannelLoop.alerts(3, 11), time);
        MockProducer<String, byte[]> producer = FakeChannelLoop.producer();
        ChannelDelivery delivery = new ChannelDelivery("slow", channel, List.of(AlertRule.everything()),
                DeliverySettings.defaults(), consumer, producer, FakeChannelLoop.ledger("slow", null, producer),
                FakeChannelLoop.WALL, FakeChannelLoop.TOPICS, Duration.ofMinutes(5), time::now,
                FakeChannelLoop.attempts(time, channel));
        delivery.subscribe();
        consumer.rebalance(consumer.log.keySet());
        long start = time.now();
        Loop loop = new Loop(delivery, consumer, producer);
        stepUntil(loop, () -> channel.accepted.size() == 33, 100);

        long longest = 0;
        for (int i = 1; i < consumer.fetches.size(); i++) {
            longest = Math.max(longest, consumer.fetches.get(i) - consumer.fetches.get(i - 1));
        }
        System.out.printf("33 alerts of 9 s: %d requests, %d batches, longest batch %d s (budget 150 s), all in %d s%n",
                channel.requestTimes.size(), consumer.fetches.size(), longest / SECOND, (time.now() - start) / SECOND);
        assertThat(channel.accepted).hasSize(33).doesNotHaveDuplicates();
        assertThat(channel.requestTimes).hasSize(33);
        assertThat(longest).isLessThanOrEqualTo(150 * SECOND);
        assertThat(consumer.fetches.size()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void whatWasSentIsNotSentAgainAfterARebalanceWithFailedCommitsNorAfterARestart() {
        Time time = new Time();
        SlowChannel channel = new SlowChannel(time, n -> 3 * SECOND);
        Map<TopicPartition, List<ConsumerRecord<String, byte[]>>> log = FakeChannelLoop.alerts(1, 10);
        Loop first = loop(log, time, channel, settings(3, 5), null);
        first.consumer().failCommits = true; // as when the group moved on: nothing this member commits counts

        stepUntil(first, () -> channel.accepted.size() == 2, 10);
        // the group rebalances and gives the same partition back: it is read again from offset 0
        first.consumer().schedulePollTask(() -> {
            first.consumer().rebalance(List.of());
            first.consumer().rebalance(log.keySet());
        });
        stepUntil(first, () -> channel.accepted.size() == 4, 20);
        assertThat(first.delivery().stats().duplicates()).as("alerts skipped as already sent").isEqualTo(2);
        assertThat(first.delivery().revocations()).isEqualTo(1);
        first.delivery().close(); // nothing committed: the restart reads everything again

        Loop restarted = loop(log, time, channel, settings(3, 5), first.producer());
        stepUntil(restarted, () -> channel.accepted.size() == 10, 30);
        restarted.delivery().step();

        assertThat(channel.accepted).hasSize(10).doesNotHaveDuplicates();
        assertThat(channel.requestTimes).as("one request per alert").hasSize(10);
        assertThat(restarted.delivery().stats()).isEqualTo(new AlertStats(6, 0, 0, 4, 0));
    }

    @Test
    void aChannelThatIsDownHoldsNeitherThePollNorMoreThanOneAttemptPerRetryWait() {
        Time time = new Time();
        SlowChannel channel = new SlowChannel(time, n -> 60 * SECOND); // every request hangs for a minute
        channel.up = false;
        Loop loop = loop(FakeChannelLoop.alerts(2, 5), time, channel, settings(8, 3), null);

        long start = time.now();
        while (time.now() - start < 300 * SECOND) {
            loop.delivery().step();
        }
        List<Long> polls = loop.consumer().polls;
        for (int i = 1; i < polls.size(); i++) {
            assertThat(polls.get(i) - polls.get(i - 1)).as("time between polls").isLessThanOrEqualTo(5 * SECOND);
        }
        List<Long> requests = channel.requestTimes;
        // three failures in a row open the breaker; from then on its wait doubles from 1 s to 8 s, channel-wide
        List<Long> late = requests.stream().filter(t -> t - start > 60 * SECOND).toList();
        assertThat(late).isNotEmpty();
        for (int i = 1; i < late.size(); i++) {
            assertThat(late.get(i) - late.get(i - 1)).as("between two attempts on a channel that is down")
                    .isGreaterThanOrEqualTo(8 * SECOND);
        }
        assertThat(requests.size()).as("attempts in 5 minutes").isLessThanOrEqualTo(3 + 300 / 8 + 4);
        long dead = loop.delivery().stats().deadLetters();
        System.out.printf("channel down 5 min: %d attempts, %d polls, longest between polls %d s, %d dead letters%n",
                requests.size(), polls.size(), java.util.stream.IntStream.range(1, polls.size())
                        .mapToLong(i -> polls.get(i) - polls.get(i - 1)).max().orElse(0) / SECOND, dead);

        channel.up = true; // the channel answers again, fast: what was not dead-lettered goes out, once
        channel.took = n -> SECOND / 10;
        stepUntil(loop, () -> channel.accepted.size() + loop.delivery().stats().deadLetters() == 10, 200);
        assertThat(channel.accepted).doesNotHaveDuplicates();
        assertThat(loop.delivery().stats().deadLetters()).as("alerts that used their 8 attempts")
                .isLessThanOrEqualTo(requests.size() / 8);
        assertThat(loop.delivery().stats().sent()).isEqualTo(channel.accepted.size()).isPositive();
    }

    @Test
    void anAttemptStillRunningAtItsLimitIsCutAndInterrupted() throws Exception {
        Attempts attempts = Attempts.onThreads("test-send");
        CountDownLatch never = new CountDownLatch(1);
        CountDownLatch interrupted = new CountDownLatch(1);
        long started = System.nanoTime();
        try {
            attempts.run(() -> {
                try {
                    never.await();
                } catch (InterruptedException e) {
                    interrupted.countDown();
                }
            }, Duration.ofMillis(100));
            throw new AssertionError("not cut");
        } catch (TimeoutException expected) {
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        }
        assertThat(interrupted.await(5, TimeUnit.SECONDS)).as("the abandoned attempt interrupted").isTrue();

        CountDownLatch cancelled = new CountDownLatch(1);
        CountDownLatch running = new CountDownLatch(1);
        Thread closer = new Thread(() -> {
            try {
                running.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                return;
            }
            attempts.cancel();
        });
        closer.start();
        try {
            attempts.run(() -> {
                running.countDown();
                try {
                    never.await();
                } catch (InterruptedException e) {
                    cancelled.countDown();
                }
            }, Duration.ofSeconds(20));
            throw new AssertionError("not cancelled");
        } catch (CancellationException expected) {
            closer.join(5_000);
        }
        assertThat(cancelled.await(5, TimeUnit.SECONDS)).as("the cancelled attempt interrupted").isTrue();
        attempts.run(() -> { }, Duration.ofSeconds(5)); // a quick one goes through
    }
}
