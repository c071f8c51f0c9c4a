package yaowen.crawler.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.CooperativeStickyAssignor;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import yaowen.crawler.Crawler;
import yaowen.crawler.ListPageState;
import yaowen.crawler.SiteConfig;
import yaowen.records.TopicNames;

/**
 * Shares the sites among crawler instances: every instance joins the consumer group
 * ({@value #GROUP_ID} by default) on the crawler-state topic, and crawls exactly the sites whose host falls
 * into the partitions Kafka assigned to it ({@link HostPartitions}). One instance alone gets every
 * partition; a second one takes half of them over; when one stops or dies its partitions move to
 * the others. A host is therefore crawled by one instance at a time, and per-host politeness holds
 * across instances.
 *
 * <p>Handing a partition over loses and repeats nothing: the instance giving it up stops its sites'
 * rounds after the request in flight and waits for its saved state to be acknowledged before Kafka
 * may assign the partition elsewhere (cooperative rebalancing); the instance taking it over first
 * reads the raw-page topic up to its end (so what the other instance published counts as seen) and
 * the partition's list-page state (validators, schedules), then starts the sites. An instance that
 * dies without leaving is replaced after the group's session timeout ({@code session.timeout.ms} of the client
 * configuration; Kafka's default is 45 s, a Yaowen node sets {@code kafka.sessionTimeout}, 10 s by default).
 *
 * <p>The group consumer reads no records (its partitions stay paused): the partitions only decide
 * ownership. Every instance must be configured with the same sites: a site known only to some
 * instances is crawled only while one of them owns its partition. The partition count of the state
 * topic bounds the number of instances that get work.
 */
public final class CrawlerGroup implements AutoCloseable {
    /** The consumer group every crawler instance joins. */
    public static final String GROUP_ID = "yaowen-crawler";

    private static final Logger LOG = LoggerFactory.getLogger(CrawlerGroup.class);
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(30);

    private final Crawler crawler;
    private final RawTopicSeenUrls seen;
    private final KafkaCrawlStateStore state;
    private final Consumer<byte[], byte[]> consumer;
    private final String topic;
    private final String groupId;
    private final Thread thread;
    private final CountDownLatch firstAssignment = new CountDownLatch(1);
    private final Set<Integer> owned = ConcurrentHashMap.newKeySet();
    private volatile boolean closing;
    /** Partitions of the state topic when this instance last took some: the basis of its shares. */
    private volatile int partitionCount;

    private CrawlerGroup(Membership membership, Crawler crawler, RawTopicSeenUrls seen, KafkaCrawlStateStore state) {
        this.crawler = Objects.requireNonNull(crawler, "crawler");
        this.seen = Objects.requireNonNull(seen, "seen");
        this.state = Objects.requireNonNull(state, "state");
        this.topic = membership.topics().crawlerState();
        this.groupId = membership.groupId();
        Properties p = new Properties();
        p.putAll(membership.clientConfig());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        // an operator's client.id (kafka.properties) names this instance among the group's members
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, String.valueOf(membership.clientConfig().containsKey(ConsumerConfig.CLIENT_ID_CONFIG)
                ? membership.clientConfig().get(ConsumerConfig.CLIENT_ID_CONFIG) : "yaowen-crawler") + "-group");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        p.put(ConsumerConfig.PARTITION_ASSIGNMENT_STRATEGY_CONFIG, CooperativeStickyAssignor.class.getName());
        this.consumer = new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        this.thread = new Thread(this::loop, "crawler-group");
        thread.setDaemon(true);
    }

    /**
     * Joins the group and waits up to {@code timeout} until this instance has been given its share
     * (perhaps none, when there are more instances than partitions). A crawler built with
     * {@link Crawler#inactive} then crawls that share; its schedule is the caller's to start.
     */
    public static CrawlerGroup join(String bootstrapServers, Crawler crawler, RawTopicSeenUrls seen,
                                    KafkaCrawlStateStore state, Duration timeout) {
        return join(new Membership(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers), TopicNames.DEFAULT,
                GROUP_ID), crawler, seen, state, timeout);
    }

    /**
     * Where an instance joins: the cluster, the topic names and the group.
     *
     * @param clientConfig the bootstrap servers and any client properties (security, SASL…) of the cluster
     * @param groupId      the consumer group all instances of one installation share ({@value #GROUP_ID} by default)
     */
    public record Membership(Map<String, ?> clientConfig, TopicNames topics, String groupId) {
        public Membership {
            clientConfig = Map.copyOf(clientConfig);
            Objects.requireNonNull(clientConfig.get(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG), "bootstrap.servers");
            Objects.requireNonNull(topics, "topics");
            Objects.requireNonNull(groupId, "groupId");
        }
    }

    /** {@link #join(String, Crawler, RawTopicSeenUrls, KafkaCrawlStateStore, Duration)} as a {@code membership}. */
    public static CrawlerGroup join(Membership membership, Crawler crawler, RawTopicSeenUrls seen,
                                    KafkaCrawlStateStore state, Duration timeout) {
        CrawlerGroup group = new CrawlerGroup(membership, crawler, seen, state);
        group.thread.start();
        try {
            if (!group.firstAssignment.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("no share of the sites from consumer group {} after {} s; sites start when it comes",
                        group.groupId, timeout.toSeconds());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return group;
    }

    /** The partitions of {@link Topics#CRAWLER_STATE} this instance owns now. */
    public Set<Integer> partitions() {
        return Set.copyOf(owned);
    }

    private void loop() {
        try {
            consumer.subscribe(List.of(topic), new Listener());
            while (!closing) {
                try {
                    consumer.poll(Duration.ofMillis(500));
                } catch (WakeupException e) {
                    // closing
                } catch (KafkaException e) {
                    LOG.error("crawler group: {}; still trying", e.toString());
                    pause();
                }
            }
        } finally {
            consumer.close(); // revokes this instance's partitions: hands its sites over
            firstAssignment.countDown();
        }
    }

    private final class Listener implements ConsumerRebalanceListener {
        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            try {
                if (!partitions.isEmpty()) {
                    take(partitions);
                }
            } finally {
                consumer.pause(partitions);
                firstAssignment.countDown();
            }
        }

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            if (!partitions.isEmpty()) {
                handOver(partitions, true);
            }
        }

        @Override
        public void onPartitionsLost(Collection<TopicPartition> partitions) {
            if (!partitions.isEmpty()) {
                handOver(partitions, false);
            }
        }
    }

    /** Starts the sites of newly assigned partitions, knowing what was fetched and their saved state. */
    private void take(Collection<TopicPartition> partitions) {
        Set<Integer> taken = numbers(partitions);
        int count = consumer.partitionsFor(topic).size();
        partitionCount = count;
        List<SiteConfig> sites = sitesIn(taken, count);
        Map<String, List<ListPageState>> saved = new HashMap<>();
        try {
            int known = seen.catchUp(READ_TIMEOUT);
            state.load(taken).forEach(s -> saved.computeIfAbsent(s.siteId(), k -> new ArrayList<>()).add(s));
            LOG.debug("taking partitions {}: {} seen URLs, state of {} sites", taken, known, saved.size());
        } catch (KafkaException e) {
            LOG.warn("taking partitions {}: cannot read what was crawled ({}); their sites start afresh", taken,
                    e.toString());
        }
        sites.forEach(site -> crawler.activate(site.id(), saved.getOrDefault(site.id(), List.of())));
        owned.addAll(taken);
        LOG.info("crawler instance took partitions {} of {}: {} sites; crawls {} of {} sites now", taken, topic,
                sites.size(), crawler.activeSites().size(), crawler.sites().size());
    }

    /** Stops the sites of revoked partitions; returns once their rounds ended and their state is stored. */
    private void handOver(Collection<TopicPartition> partitions, boolean orderly) {
        Set<Integer> given = numbers(partitions);
        int count = partitionCount;
        List<String> ids = sitesIn(given, count).stream().map(SiteConfig::id).toList();
        crawler.deactivate(ids);
        if (orderly) {
            state.flush();
        }
        owned.removeAll(given);
        LOG.info("crawler instance {} partitions {} of {}: {} sites handed over; crawls {} sites now",
                orderly ? "gave up" : "lost", given, topic, ids.size(), crawler.activeSites().size());
    }

    private List<SiteConfig> sitesIn(Set<Integer> partitions, int count) {
        return crawler.sites().stream().filter(s -> partitions.contains(HostPartitions.partition(s, count))).toList();
    }

    private static Set<Integer> numbers(Collection<TopicPartition> partitions) {
        Set<Integer> out = new TreeSet<>();
        partitions.forEach(tp -> out.add(tp.partition()));
        return out;
    }

    private void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            closing = true; // only close() has reason to interrupt this thread
        }
    }

    /**
     * Leaves the group: this instance's sites stop after their request in flight, their state is
     * stored, and the other instances take them over. Idempotent.
     */
    @Override
    public synchronized void close() {
        if (closing) {
            return;
        }
        closing = true;
        consumer.wakeup();
        try {
            thread.join(Duration.ofMinutes(2).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
