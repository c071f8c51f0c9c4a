package yaowen.crawler.kafka;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import yaowen.crawler.CrawlStateStore;
import yaowen.crawler.ListPageState;
import yaowen.crawler.politeness.HostGate;
import yaowen.records.AvroSerde;
import yaowen.records.CrawlState;
import yaowen.records.TopicNames;
import yaowen.consume.ReadToEnd;

/**
 * List-page state in the compacted topic {@link Topics#CRAWLER_STATE}, key = the list page's URL,
 * value = {@code CrawlState}, written to the partition of the page's host
 * ({@link HostPartitions}): the partitions are what crawler instances share out in
 * {@link CrawlerGroup}, and an instance restores exactly the state of the hosts it was given.
 * {@link #load} reads the topic from the beginning to its end (latest value per key);
 * {@link #save} sends without waiting (a lost save costs one extra check). Thread-safe; closing
 * closes the producer it owns.
 */
public final class KafkaCrawlStateStore implements CrawlStateStore, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(KafkaCrawlStateStore.class);
    private static final AvroSerde<CrawlState> SERDE = AvroSerde.of(CrawlState.class);

    private final Map<String, ?> clientConfig;
    private final Producer<String, byte[]> producer;
    private final String topic;
    private final boolean ownsProducer;
    private volatile int partitionCount;

    /**
     * A store that sends through the producer of {@code sink} (closed with the sink, not with this
     * store) and loads from {@code bootstrapServers}.
     */
    public static KafkaCrawlStateStore sharing(KafkaPageSink sink, String bootstrapServers) {
        return sharing(sink, Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers), TopicNames.DEFAULT);
    }

    /**
     * A store that sends through the producer of {@code sink} (closed with the sink, not with this
     * store) to {@code topics}' crawler-state topic and loads from it.
     *
     * @param clientConfig the bootstrap servers and any client properties (security, SASL…) of the cluster
     */
    public static KafkaCrawlStateStore sharing(KafkaPageSink sink, Map<String, ?> clientConfig, TopicNames topics) {
        return new KafkaCrawlStateStore(Map.copyOf(clientConfig), sink.producer(), topics.crawlerState(), false);
    }

    private KafkaCrawlStateStore(Map<String, ?> clientConfig, Producer<String, byte[]> producer, String topic,
                                 boolean ownsProducer) {
        this.clientConfig = clientConfig;
        this.producer = producer;
        this.topic = topic;
        this.ownsProducer = ownsProducer;
    }

    /** A store over a given producer (e.g. a {@code MockProducer}); {@link #load} then reads nothing. */
    public KafkaCrawlStateStore(Producer<String, byte[]> producer, String topic) {
        this.clientConfig = null;
        this.producer = Objects.requireNonNull(producer, "producer");
        this.topic = Objects.requireNonNull(topic, "topic");
        this.ownsProducer = true;
    }

    @Override
    public List<ListPageState> load() {
        return load(null);
    }

    /**
     * The saved states of the hosts in some partitions of the topic ({@code null}: all of them),
     * read from their beginning to their current end.
     */
    public List<ListPageState> load(java.util.Set<Integer> partitions) {
        if (clientConfig == null) {
            return List.of();
        }
        Properties p = new Properties();
        p.putAll(clientConfig);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "yaowen-crawler-state-load-" + UUID.randomUUID());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        try (Consumer<String, byte[]> consumer = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer())) {
            return read(consumer, topic, partitions, Duration.ofSeconds(30));
        }
    }

    /**
     * Reads partitions of {@code topic} ({@code null}: all) from their beginning to their current end;
     * the latest state per URL. A record outside its host's partition (written before state was
     * partitioned by host, or before partitions were added) is skipped: it may be stale.
     */
    static List<ListPageState> read(Consumer<String, byte[]> consumer, String topic, java.util.Set<Integer> wanted,
                                    Duration timeout) {
        Map<String, ListPageState> latest = new LinkedHashMap<>();
        List<TopicPartition> all = ReadToEnd.partitions(consumer, topic, timeout);
        int count = all.size();
        List<TopicPartition> partitions = all.stream()
                .filter(tp -> wanted == null || wanted.contains(tp.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        boolean complete = ReadToEnd.read(consumer, partitions, timeout, r -> {
            if (r.key() == null) {
                return;
            }
            if (r.value() == null) {
                latest.remove(r.key());
                return;
            }
            try {
                ListPageState state = fromRecord(SERDE.decode(r.value()));
                if (HostPartitions.partition(state.url(), count) == r.partition()) {
                    latest.put(r.key(), state);
                }
            } catch (RuntimeException e) {
                LOG.info("unreadable crawler state for {} skipped: {}", r.key(), e.toString());
            }
        });
        if (!complete) {
            LOG.warn("{} not read to its end within {}; the rest of its list pages start afresh", topic, timeout);
        }
        LOG.info("read the state of {} list pages from {}", latest.size(), topic);
        return new ArrayList<>(latest.values());
    }

    @Override
    public void save(ListPageState state) {
        try {
            int partition = HostPartitions.partition(state.url(), partitionCount());
            producer.send(new ProducerRecord<>(topic, partition, state.url().toString(), SERDE.encode(toRecord(state))),
                    (m, e) -> {
                        if (e != null) {
                            LOG.info("crawler state of {} not saved: {}", state.url(), e.toString());
                        }
                    });
        } catch (RuntimeException e) { // no metadata for the topic, producer closed: the page is checked again
            LOG.info("crawler state of {} not saved: {}", state.url(), e.toString());
        }
    }

    static CrawlState toRecord(ListPageState s) {
        return CrawlState.newBuilder().setUrl(s.url().toString()).setSiteId(s.siteId())
                .setHost(HostGate.hostKey(s.url())).setEtag(s.etag().orElse(null))
                .setLastModified(s.lastModified().orElse(null)).setIntervalMillis(s.interval().toMillis())
                .setNextCheck(s.nextCheck()).setLinksHash(s.linksHash()).build();
    }

    static ListPageState fromRecord(CrawlState r) {
        return new ListPageState(URI.create(r.getUrl()), r.getSiteId(), Optional.ofNullable(r.getEtag()),
                Optional.ofNullable(r.getLastModified()), Duration.ofMillis(r.getIntervalMillis()), r.getNextCheck(),
                r.getLinksHash());
    }

    /** Waits until every state sent so far is acknowledged (or has failed). */
    public void flush() {
        producer.flush();
    }

    private int partitionCount() {
        int n = partitionCount;
        if (n == 0) {
            n = producer.partitionsFor(topic).size();
            partitionCount = n;
        }
        return n;
    }

    @Override
    public void close() {
        if (ownsProducer) {
            producer.close(Duration.ofSeconds(5));
        }
    }
}
