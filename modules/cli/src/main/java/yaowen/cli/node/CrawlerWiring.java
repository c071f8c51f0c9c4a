package yaowen.cli.node;

import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import yaowen.cli.config.YaowenConfig;
import yaowen.crawler.Crawler;
import yaowen.crawler.CrawlerSettings;
import yaowen.crawler.InMemorySeenUrls;
import yaowen.crawler.SeenUrls;
import yaowen.crawler.SiteConfig;
import yaowen.crawler.discovery.ArticleIdentity;
import yaowen.crawler.kafka.KafkaCrawlStateStore;
import yaowen.crawler.kafka.KafkaPageSink;
import yaowen.records.Topics;

/**
 * Builds the crawler of a node: settings and sites from the config, Kafka as sink, seen URLs primed
 * from the raw topic's keys, list-page validators and schedules restored from {@code yaowen.crawler.state}.
 */
final class CrawlerWiring {
    private static final Logger LOG = LoggerFactory.getLogger(CrawlerWiring.class);

    private CrawlerWiring() {
    }

    /** The crawler and its sink; the caller closes both (crawler first). */
    record Wired(Crawler crawler, KafkaPageSink sink) { }

    static Wired create(YaowenConfig config, String bootstrapServers) {
        YaowenConfig.Crawler c = config.crawler();
        CrawlerSettings settings = settings(c);
        List<SiteConfig> sites = config.sites().stream().map(CrawlerWiring::site).toList();
        KafkaPageSink sink = new KafkaPageSink(bootstrapServers);
        try {
            KafkaCrawlStateStore state = KafkaCrawlStateStore.sharing(sink, bootstrapServers);
            return new Wired(new Crawler(settings, sites, sink, primedSeenUrls(bootstrapServers), state), sink);
        } catch (RuntimeException e) {
            sink.close();
            throw e;
        }
    }

    /** The crawler settings of a config: its keys, the rest at the crawler's defaults. */
    static CrawlerSettings settings(YaowenConfig.Crawler c) {
        return CrawlerSettings.builder().userAgent(c.userAgent()).minDelayPerHost(c.minDelayPerHost())
                .maxListPages(c.maxListPages()).allowPrivateAddresses(c.allowPrivateAddresses())
                .maxPageBytes(c.maxPageBytes()).timeout(c.timeout()).connectTimeout(c.connectTimeout())
                .parallelism(c.parallelism()).robotsCacheTtl(c.robotsCacheTtl())
                .minRecheckInterval(c.minRecheckInterval()).maxRecheckInterval(c.maxRecheckInterval())
                .recheckInterval(c.recheckInterval()).build();
    }

    static SiteConfig site(YaowenConfig.Site s) {
        return new SiteConfig(s.id(), s.name(), s.regionCode(), s.listUrls(), new SiteConfig.Overrides(
                s.minRecheckInterval(), s.maxRecheckInterval(), s.minDelayPerHost(), s.maxListPages()));
    }

    /**
     * Seen article URLs: the keys already on the raw-page topic (and their CMS article ids), so a
     * restart does not fetch them again.
     */
    static SeenUrls primedSeenUrls(String bootstrapServers) {
        InMemorySeenUrls seen = new InMemorySeenUrls();
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "yaowen-crawler-prime-" + UUID.randomUUID());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, String.valueOf(64 * 1024 * 1024));
        Duration timeout = Duration.ofSeconds(30);
        try (var consumer = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.PAGES_RAW, timeout).stream()
                    .map(i -> new TopicPartition(i.topic(), i.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            var ends = consumer.endOffsets(partitions, timeout);
            long deadline = System.nanoTime() + timeout.toNanos();
            while (partitions.stream().anyMatch(tp -> consumer.position(tp, timeout) < ends.get(tp)) && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (r.key() != null) {
                        seen.markSeen(r.key());
                        markIdentity(seen, r.key());
                    }
                });
            }
        }
        LOG.info("Crawler starts knowing {} fetched URLs", seen.size());
        return seen;
    }

    private static void markIdentity(SeenUrls seen, String url) {
        try {
            ArticleIdentity.key(java.net.URI.create(url)).ifPresent(seen::markSeen);
        } catch (IllegalArgumentException e) {
            // not a URL key: nothing more to mark
        }
    }
}
