package yaowen.alerts;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import yaowen.records.TopicNames;
import yaowen.consume.DeadLetteringLoop;
import yaowen.records.Topics;

/**
 * Announces {@link Topics#ALERTS} on named channels by rules: one {@link ChannelDelivery} per channel, each
 * on its own thread and in its own consumer group ({@link DeliverySettings#group}), so a channel that is
 * down holds back only its own alerts. At most one message per meeting, rule and channel, also across
 * restarts and rebalances ({@link Topics#ALERTS_SENT}); see {@link ChannelDelivery} for the one message a
 * crash can still repeat. A channel's batch never outlives its poll: it may take half the consumer's
 * {@code max.poll.interval.ms} ({@link #pollInterval}), one attempt at most {@link DeliverySettings#attemptTimeout}.
 *
 * <p>The seam to the channels is a map of names to {@link AlertDispatcher}s; a rule names channels by those
 * names. No rule configured = {@link AlertRule#everything()}.
 *
 * <p>Threading: {@link #start} starts the threads; {@link #stats()} may be read from any thread;
 * {@link #close()} stops every channel and waits for it.
 */
public final class AlertDelivery implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AlertDelivery.class);
    /**
     * Polled records per batch: each alert's position is committed once it is sent anyway, and what a batch's
     * budget (half of {@code max.poll.interval.ms}) cannot hold is sought back and polled again.
     */
    static final int MAX_POLL_RECORDS = 50;

    private final Map<String, ChannelDelivery> channels;
    private final DeliverySettings settings;
    private final List<Thread> threads = new ArrayList<>();

    private AlertDelivery(Map<String, ChannelDelivery> channels, DeliverySettings settings) {
        this.channels = channels;
        this.settings = settings;
    }

    /**
     * Checks the channels and rules, creates the Kafka clients and starts one thread per channel.
     *
     * @param channels         the channels by name (letters, digits, {@code . _ -})
     * @param rules            the rules; empty = {@link AlertRule#everything()}
     * @param clientProperties {@code bootstrap.servers} and any client settings; the group is set per channel
     * @throws IllegalArgumentException naming a bad channel name, a repeated rule name or a rule's unknown channel
     */
    public static AlertDelivery start(Map<String, AlertDispatcher> channels, List<AlertRule> rules,
                                      DeliverySettings settings, Properties clientProperties) {
        return start(channels, rules, settings, clientProperties, TopicNames.DEFAULT);
    }

    /** As {@link #start(Map, List, DeliverySettings, Properties)}, on the topics named by {@code topics} (a prefix). */
    public static AlertDelivery start(Map<String, AlertDispatcher> channels, List<AlertRule> rules,
                                      DeliverySettings settings, Properties clientProperties, TopicNames topics) {
        List<AlertRule> effective = check(channels, rules);
        Map<String, ChannelDelivery> loops = new LinkedHashMap<>();
        AlertDelivery delivery = new AlertDelivery(loops, settings);
        try {
            channels.forEach((name, dispatcher) -> {
                Properties config = consumerConfig(clientProperties, settings.group(name));
                KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config);
                KafkaProducer<String, byte[]> producer = new KafkaProducer<>(DeadLetteringLoop.producerConfig(clientProperties));
                KafkaConsumer<String, byte[]> reader = new KafkaConsumer<>(ledgerReaderConfig(clientProperties));
                loops.put(name, new ChannelDelivery(name, dispatcher, effective, settings, consumer, producer,
                        new SentLedger(name, reader, producer, topics), Clock.systemUTC(), topics, pollInterval(config),
                        System::nanoTime, Attempts.onThreads("yaowen-alerts-" + name + "-send")));
            });
        } catch (RuntimeException e) {
            delivery.close();
            throw e;
        }
        loops.forEach((name, loop) -> {
            Thread t = new Thread(loop, "yaowen-alerts-" + name);
            t.setUncaughtExceptionHandler((th, e) -> LOG.error("{} stopped: {}", th.getName(), e.toString(), e));
            t.start();
            delivery.threads.add(t);
        });
        return delivery;
    }

    /** The rules to run: {@code rules}, or the default rule; fails on names that do not fit together. */
    static List<AlertRule> check(Map<String, AlertDispatcher> channels, List<AlertRule> rules) {
        Objects.requireNonNull(channels, "channels");
        for (String name : channels.keySet()) {
            if (!RuleKeys.NAME_PATTERN.matcher(name).matches()) {
                throw new IllegalArgumentException("alert channel name '" + name
                        + "' must be letters, digits, '.', '_' or '-' (at most 64)");
            }
        }
        Set<String> names = new HashSet<>();
        for (AlertRule rule : rules) {
            if (!names.add(rule.name())) {
                throw new IllegalArgumentException("alert rule name '" + rule.name() + "' is used twice");
            }
            for (String c : rule.channels()) {
                if (!channels.containsKey(c)) {
                    throw new IllegalArgumentException("alert rule '" + rule.name() + "' names channel '" + c
                            + "', which is not configured (channels: " + String.join(", ", new TreeSet<>(channels.keySet())) + ")");
                }
            }
        }
        List<AlertRule> effective = rules.isEmpty() ? List.of(AlertRule.everything()) : List.copyOf(rules);
        for (String name : channels.keySet()) {
            if (effective.stream().noneMatch(r -> r.announcesOn(name))) {
                LOG.warn("no alert rule announces on channel {}: it will stay silent", name);
            }
        }
        return effective;
    }

    /**
     * A channel's consumer configuration: {@link DeadLetteringLoop#consumerConfig}'s (read_committed, manual
     * commits, earliest) with the channel's group forced and at most {@value #MAX_POLL_RECORDS} records a poll.
     */
    static Properties consumerConfig(Properties base, String group) {
        Properties p = DeadLetteringLoop.consumerConfig(base, group);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        p.putIfAbsent(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, String.valueOf(MAX_POLL_RECORDS));
        return p;
    }

    /** The consumer's {@code max.poll.interval.ms}, Kafka's default when not set: each batch may take half of it. */
    static Duration pollInterval(Properties consumerConfig) {
        Object set = consumerConfig.get(ConsumerConfig.MAX_POLL_INTERVAL_MS_CONFIG);
        if (set == null) {
            return Duration.ofMillis((Integer) ConsumerConfig.configDef().defaultValues()
                    .get(ConsumerConfig.MAX_POLL_INTERVAL_MS_CONFIG));
        }
        return Duration.ofMillis(Long.parseLong(set.toString().trim()));
    }

    private static Properties ledgerReaderConfig(Properties base) {
        Properties p = DeadLetteringLoop.consumerConfig(base, "unused");
        p.remove(ConsumerConfig.GROUP_ID_CONFIG);
        return p;
    }

    /** The consumer group of each channel, by channel name. */
    public Map<String, String> groups() {
        Map<String, String> groups = new LinkedHashMap<>();
        channels.keySet().forEach(c -> groups.put(c, settings.group(c)));
        return groups;
    }

    /** Progress of each channel, by name. */
    public Map<String, AlertStats> stats() {
        Map<String, AlertStats> stats = new LinkedHashMap<>();
        channels.forEach((name, loop) -> stats.put(name, loop.stats()));
        return stats;
    }

    /** Partitions each channel's member gave up or lost, by channel name (0 = never put out of its group). */
    Map<String, Long> revocations() {
        Map<String, Long> revoked = new LinkedHashMap<>();
        channels.forEach((name, loop) -> revoked.put(name, loop.revocations()));
        return revoked;
    }

    /** Progress of every channel together. */
    public AlertStats total() {
        return stats().values().stream().reduce(new AlertStats(0, 0, 0, 0, 0), AlertStats::plus);
    }

    /**
     * Stops every channel (an attempt in flight is interrupted and its alert left for the next run; each waits up to
     * 30 s) and closes the clients. Idempotent.
     */
    @Override
    public void close() {
        channels.values().forEach(ChannelDelivery::close);
        for (Thread t : threads) {
            try {
                t.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
