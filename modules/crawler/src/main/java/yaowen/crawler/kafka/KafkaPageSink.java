package yaowen.crawler.kafka;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import yaowen.crawler.PageSink;
import yaowen.crawler.PageSinkException;
import yaowen.records.RawPage;
import yaowen.records.RecordSerdes;
import yaowen.records.TopicNames;
import yaowen.records.Topics;

/**
 * Publishes pages to {@link Topics#PAGES_RAW}, key = the page's canonical URL, value =
 * {@code RecordSerdes.RAW_PAGE} bytes, with an idempotent producer ({@code acks=all}, linger 20 ms,
 * 256 KiB batches, lz4). {@link #publish} waits for the broker's acknowledgement (up to 60 s), so a
 * normal return means the page is stored. Thread-safe; closing closes the producer.
 */
public final class KafkaPageSink implements PageSink, AutoCloseable {
    private static final long ACK_TIMEOUT_SECONDS = 60;

    private final Producer<String, byte[]> producer;
    private final String topic;

    /** A sink with its own producer to {@code bootstrapServers}, configured by {@link #producerConfig(Map)}. */
    public KafkaPageSink(String bootstrapServers) {
        this(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers), TopicNames.DEFAULT);
    }

    /**
     * A sink with its own producer, configured by {@link #producerConfig(Map)}, publishing to
     * {@code topics}' raw-page topic.
     *
     * @param clientConfig the bootstrap servers and any client properties (security, SASL…) of the cluster
     */
    public KafkaPageSink(Map<String, ?> clientConfig, TopicNames topics) {
        this(new KafkaProducer<>(producerConfig(clientConfig), new StringSerializer(), new ByteArraySerializer()),
                topics.pagesRaw());
    }

    /** A sink over a given producer (e.g. a {@code MockProducer}) and topic. Takes ownership of the producer. */
    public KafkaPageSink(Producer<String, byte[]> producer, String topic) {
        this.producer = Objects.requireNonNull(producer, "producer");
        this.topic = Objects.requireNonNull(topic, "topic");
    }

    /** The producer configuration the sink uses; callers may add to it for their own producer. */
    public static Map<String, Object> producerConfig(String bootstrapServers) {
        return producerConfig(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, Objects.requireNonNull(bootstrapServers, "bootstrapServers")));
    }

    /** The producer configuration the sink uses on top of {@code clientConfig} (bootstrap servers, security…). */
    public static Map<String, Object> producerConfig(Map<String, ?> clientConfig) {
        Map<String, Object> config = new HashMap<>(clientConfig);
        Objects.requireNonNull(config.get(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG), "bootstrap.servers");
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "yaowen-crawler");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, 262144);
        config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        config.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Topics.MAX_MESSAGE_BYTES);
        return config;
    }

    @Override
    public void publish(RawPage page) {
        String key = page.getUrl();
        try {
            producer.send(new ProducerRecord<>(topic, key, RecordSerdes.RAW_PAGE.encode(page)))
                    .get(ACK_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PageSinkException(key, "interrupted while publishing to " + topic, e);
        } catch (ExecutionException e) {
            throw new PageSinkException(key, "cannot publish to " + topic + ": " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            throw new PageSinkException(key, "no acknowledgement from " + topic + " in " + ACK_TIMEOUT_SECONDS + " s", e);
        } catch (RuntimeException e) {
            throw new PageSinkException(key, "cannot publish to " + topic + ": " + e, e);
        }
    }

    /** The sink's producer, shared by {@link KafkaCrawlStateStore#sharing}. */
    Producer<String, byte[]> producer() {
        return producer;
    }

    @Override
    public void close() {
        producer.close();
    }
}
