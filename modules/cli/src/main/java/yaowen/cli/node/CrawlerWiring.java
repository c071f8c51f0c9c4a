package yaowen.cli.node;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import yaowen.cli.config.YaowenConfig;
import yaowen.crawler.Crawler;
import yaowen.crawler.CrawlerSettings;
import yaowen.crawler.SiteConfig;
import yaowen.crawler.kafka.CrawlerGroup;
import yaowen.crawler.kafka.KafkaCrawlStateStore;
import yaowen.crawler.kafka.KafkaPageSink;
import yaowen.crawler.kafka.RawTopicSeenUrls;
import yaowen.records.TopicNames;

/**
 * Builds the crawler of a node: settings and sites from the config, Kafka as sink, and a share of
 * the sites from the consumer group of every crawler instance on the cluster ({@link CrawlerGroup}):
 * seen URLs from the raw topic's keys, list-page validators and schedules from
 * {@code yaowen.crawler.state}. Alone, the node crawls every site.
 */
final class CrawlerWiring {
    /** How long a node waits for its share of the sites at start. */
    private static final Duration JOIN_TIMEOUT = Duration.ofSeconds(30);

    private CrawlerWiring() {
    }

    /** The crawler and what it needs; {@link #close} closes them in order. */
    record Wired(Crawler crawler, CrawlerGroup group, RawTopicSeenUrls seen, KafkaPageSink sink)
            implements AutoCloseable {
        /** Hands the sites over (the group), then stops the crawler, then its Kafka clients. */
        @Override
        public void close() {
            try (sink; seen; crawler; group) {
                // closed in reverse order: group, crawler, seen, sink
            }
        }
    }

    static Wired create(YaowenConfig config, KafkaClients kafka) {
        CrawlerSettings settings = config.crawler();
        List<SiteConfig> sites = config.sites();
        Map<String, Object> client = kafka.configMap();
        TopicNames topics = config.kafka().topics();
        KafkaPageSink sink = new KafkaPageSink(client, topics);
        RawTopicSeenUrls seen = null;
        Crawler crawler = null;
        try {
            seen = new RawTopicSeenUrls(client, topics);
            KafkaCrawlStateStore state = KafkaCrawlStateStore.sharing(sink, client, topics);
            crawler = Crawler.inactive(settings, sites, sink, seen, state);
            CrawlerGroup group = CrawlerGroup.join(new CrawlerGroup.Membership(client, topics, config.kafka().crawlerGroupId()),
                    crawler, seen, state, JOIN_TIMEOUT);
            return new Wired(crawler, group, seen, sink);
        } catch (RuntimeException e) {
            if (crawler != null) {
                crawler.close();
            }
            if (seen != null) {
                seen.close();
            }
            sink.close();
            throw e;
        }
    }
}
