package yaowen.crawler.kafka;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import yaowen.crawler.InMemorySeenUrls;
import yaowen.crawler.SeenUrls;
import yaowen.crawler.discovery.ArticleIdentity;
import yaowen.records.TopicNames;
import yaowen.consume.ReadToEnd;

/**
 * Seen article URLs read from the keys of {@link Topics#PAGES_RAW} (and their CMS article ids): what
 * any crawler instance has published counts as seen. {@link #catchUp} reads what was added since
 * the last call, so an instance taking a host over knows what the previous owner fetched; pages
 * this instance publishes are marked at once. Thread-safe; closing closes the consumer.
 */
public final class RawTopicSeenUrls implements SeenUrls, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RawTopicSeenUrls.class);

    private final InMemorySeenUrls seen = new InMemorySeenUrls();
    private final Consumer<String, byte[]> consumer;
    private final String topic;
    private final Object reading = new Object();
    private List<TopicPartition> partitions;
    private boolean closed;

    /** A set over the raw topic of {@code bootstrapServers}; reads nothing until {@link #catchUp}. */
    public RawTopicSeenUrls(String bootstrapServers) {
        this(java.util.Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, Objects.requireNonNull(bootstrapServers, "bootstrapServers")),
                TopicNames.DEFAULT);
    }

    /**
     * A set over {@code topics}' raw-page topic; reads nothing until {@link #catchUp}.
     *
     * @param clientConfig the bootstrap servers and any client properties (security, SASL…) of the cluster
     */
    public RawTopicSeenUrls(java.util.Map<String, ?> clientConfig, TopicNames topics) {
        Properties p = new Properties();
        p.putAll(clientConfig);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "yaowen-crawler-seen-" + UUID.randomUUID());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, String.valueOf(64 * 1024 * 1024));
        this.consumer = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer());
        this.topic = topics.pagesRaw();
    }

    /**
     * Reads the topic from where the last call stopped (the beginning, the first time) to its current
     * end, or until {@code timeout}; returns how many URLs are known.
     */
    public int catchUp(Duration timeout) {
        synchronized (reading) {
            if (closed) {
                return seen.size();
            }
            if (partitions == null) {
                partitions = ReadToEnd.partitions(consumer, topic, timeout);
                consumer.assign(partitions);
                consumer.seekToBeginning(partitions);
            }
            boolean complete = ReadToEnd.read(consumer, partitions, timeout, r -> {
                if (r.key() != null) {
                    markSeen(r.key());
                    markIdentity(r.key());
                }
            });
            if (!complete) {
                LOG.warn("seen URLs: {} not read to its end within {}; some articles may be fetched again",
                        topic, timeout);
            }
            return seen.size();
        }
    }

    private void markIdentity(String url) {
        try {
            ArticleIdentity.key(URI.create(url)).ifPresent(seen::markSeen);
        } catch (IllegalArgumentException e) {
            // not a URL key: nothing more to mark
        }
    }

    @Override
    public boolean isSeen(String canonicalUrl) {
        return seen.isSeen(canonicalUrl);
    }

    @Override
    public void markSeen(String canonicalUrl) {
        seen.markSeen(canonicalUrl);
    }

    /** Closes the consumer; the URLs known stay readable. Idempotent. */
    @Override
    public void close() {
        synchronized (reading) {
            if (!closed) {
                closed = true;
                consumer.close();
            }
        }
    }
}
