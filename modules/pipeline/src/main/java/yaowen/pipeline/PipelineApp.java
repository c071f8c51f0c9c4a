package yaowen.pipeline;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.LongSupplier;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import yaowen.pipeline.clean.CleanTopology;
import yaowen.pipeline.insight.InsightTopology;
import yaowen.pipeline.mirror.JsonMirrorTopology;
import yaowen.pipeline.mirror.RegistryMirrorTopology;
import yaowen.pipeline.mirror.SchemaRegistryClient;
import yaowen.records.TopicNames;
import yaowen.records.Topics;
import yaowen.records.Topics.Replication;

/**
 * The Kafka Streams application: raw pages → articles → meetings, metrics, alerts (and their JSON and Schema
 * Registry mirrors when asked for), with exactly-once
 * processing ({@code exactly_once_v2}). {@link #topology} only wires, {@link #streamsConfig} only builds
 * properties, {@link #start} starts; tests run the first two in a {@code TopologyTestDriver}.
 */
public final class PipelineApp implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PipelineApp.class);
    /** The producer's first wait before retrying a write (see {@link #streamsConfig}). */
    static final Duration RETRY_BACKOFF = Duration.ofMillis(20);
    /** The producer's longest wait before retrying a write. */
    static final Duration RETRY_BACKOFF_MAX = Duration.ofMillis(200);
    /** How long registering one schema may take at start. */
    static final Duration REGISTRY_TIMEOUT = Duration.ofSeconds(10);

    private final KafkaStreams streams;

    private PipelineApp(KafkaStreams streams) {
        this.streams = streams;
    }

    /** The whole topology, on today's topic names. */
    public static Topology topology(PageCleaner cleaner, ArticleAnalyser analyser) {
        return topology(cleaner, analyser, TopicNames.DEFAULT);
    }

    /** The whole topology, on the topics as {@code topics} names them. */
    public static Topology topology(PageCleaner cleaner, ArticleAnalyser analyser, TopicNames topics) {
        return topology(cleaner, analyser, topics, Map.of());
    }

    /**
     * The whole topology, on the topics as {@code topics} names them, its registry mirrors writing under the
     * schema ids {@code registryIds} ({@link RegistryMirrorTopology#register}), one per mirrored topic.
     */
    public static Topology topology(PageCleaner cleaner, ArticleAnalyser analyser, TopicNames topics,
                                    Map<String, Integer> registryIds) {
        return topology(cleaner, analyser, topics, registryIds, PipelineKeys.INSIGHT_BUDGET.defaultValue().orElseThrow(),
                System::nanoTime);
    }

    /**
     * As above, insight stopped after {@code insightBudget} per article as {@code nanoClock} (a monotonic clock in
     * nanoseconds, {@code System::nanoTime} in production) counts it.
     */
    public static Topology topology(PageCleaner cleaner, ArticleAnalyser analyser, TopicNames topics,
                                    Map<String, Integer> registryIds, Duration insightBudget, LongSupplier nanoClock) {
        StreamsBuilder builder = new StreamsBuilder();
        CleanTopology.addTo(builder, cleaner, topics);
        InsightTopology.addTo(builder, analyser, topics, insightBudget, nanoClock);
        JsonMirrorTopology.addTo(builder, topics);
        RegistryMirrorTopology.addTo(builder, topics, registryIds);
        return builder.build();
    }

    /**
     * The topics the pipeline writes and reads back itself (its repartition topics), whose lag counts as
     * the pipeline's as much as that of its input topics.
     */
    public static List<String> repartitionTopics(String applicationId) {
        return InsightTopology.REPARTITIONS.stream().map(name -> applicationId + "-" + name + "-repartition").toList();
    }

    /** Streams properties for {@code settings}. */
    public static Properties streamsConfig(PipelineSettings settings) {
        Properties p = new Properties();
        p.putAll(settings.clientProperties());
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, settings.applicationId());
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers());
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        p.put(StreamsConfig.STATE_DIR_CONFIG, settings.stateDir().toAbsolutePath().toString());
        p.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, settings.streamThreads());
        p.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, settings.commitInterval().toMillis());
        p.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, settings.replicationFactor());
        if (settings.replicationFactor() > 0 && Replication.of((short) settings.replicationFactor()).setsMinInsync()) {
            // internal topics follow the rule of Yaowen's own: from 3 replicas on, a write needs 2 in sync
            p.put(StreamsConfig.topicPrefix(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG),
                    Replication.of((short) settings.replicationFactor()).minInsyncReplicas());
        }
        p.put(StreamsConfig.producerPrefix(ProducerConfig.BATCH_SIZE_CONFIG), 256 * 1024);
        p.put(StreamsConfig.producerPrefix(ProducerConfig.LINGER_MS_CONFIG), 5);
        p.put(StreamsConfig.producerPrefix(ProducerConfig.MAX_REQUEST_SIZE_CONFIG), Topics.MAX_MESSAGE_BYTES);
        // A transaction's first write to a partition is answered CONCURRENT_TRANSACTIONS while the broker still
        // writes the previous commit's markers (for longer than its own 100 ms of retries when the machine is
        // busy), and the batches in flight behind it OUT_OF_ORDER_SEQUENCE_NUMBER. The producer then waits
        // retry.backoff.ms, doubling up to retry.backoff.max.ms: with the defaults (100 ms, 1 s) one such
        // answer holds the commit, and every record of it, for up to seconds. Markers take milliseconds, so
        // retry soon and never wait long (the client does the same for its own AddPartitions retries).
        p.put(StreamsConfig.producerPrefix(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG),
                (int) PipelineKeys.TRANSACTION_TIMEOUT.toMillis());
        p.put(StreamsConfig.producerPrefix(ProducerConfig.RETRY_BACKOFF_MS_CONFIG), RETRY_BACKOFF.toMillis());
        p.put(StreamsConfig.producerPrefix(ProducerConfig.RETRY_BACKOFF_MAX_MS_CONFIG), RETRY_BACKOFF_MAX.toMillis());
        p.put(StreamsConfig.consumerPrefix(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG), Topics.MAX_MESSAGE_BYTES);
        p.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
        // Each step catches its own failures and routes them as DeadLetter records (with the Avro envelope
        // consumers of yaowen.dlq decode), so Streams' built-in dead-letter setting stays off; the handler
        // flag only opts in to Kafka 5.0's default now.
        p.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, true);
        return p;
    }

    /**
     * Starts the pipeline; a failed stream thread is replaced, so one bad moment does not stop the process.
     * Registers the registry mirrors' schemas first, and throws, before starting anything, when the registry
     * refuses one.
     */
    public static PipelineApp start(PipelineSettings settings, PageCleaner cleaner, ArticleAnalyser analyser) {
        Map<String, Integer> ids = settings.schemaRegistry()
                .map(url -> RegistryMirrorTopology.register(new SchemaRegistryClient(url, REGISTRY_TIMEOUT), settings.topics()))
                .orElse(Map.of());
        KafkaStreams streams = new KafkaStreams(topology(cleaner, analyser, settings.topics(), ids,
                settings.insightBudget(), System::nanoTime), streamsConfig(settings));
        streams.setUncaughtExceptionHandler(e -> {
            LOG.error("Pipeline thread failed; replacing it", e);
            return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        streams.setStateListener((now, before) -> LOG.info("Pipeline {} -> {}", before, now));
        streams.start();
        return new PipelineApp(streams);
    }

    /**
     * The Streams client's metrics and those of its consumers and producers (commit latency, process and commit
     * ratios, producer retries, transaction times), for benchmarks and monitoring; read-only.
     */
    public Map<org.apache.kafka.common.MetricName, ? extends org.apache.kafka.common.Metric> metrics() {
        return streams.metrics();
    }

    /** The Streams client's state (RUNNING once partitions are assigned). */
    public KafkaStreams.State state() {
        return streams.state();
    }

    /**
     * Stops processing and leaves the consumer group, so a restarted pipeline gets its partitions at once
     * instead of waiting out this member's session timeout (Streams stays in the group by default).
     */
    @Override
    public void close() {
        streams.close(CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
                .withTimeout(Duration.ofSeconds(30)));
    }
}
