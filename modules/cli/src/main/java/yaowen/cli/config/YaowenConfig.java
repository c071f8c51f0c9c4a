package yaowen.cli.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import yaowen.alerts.channel.ChannelSpec;
import yaowen.alerts.AlertRule;
import yaowen.alerts.DeliverySettings;
import yaowen.crawler.CrawlerSettings;
import yaowen.crawler.SiteConfig;
import yaowen.records.TopicNames;

/**
 * The whole configuration of a Yaowen node, validated and with defaults applied. Read by
 * {@link ConfigLoader}; every key is defined once ({@link NodeKeys}, {@code CrawlerKeys}, {@code SiteKeys},
 * {@code PipelineKeys}), and {@code deploy/yaowen.reference.yaml} is written from those definitions.
 */
public record YaowenConfig(Path dataDir, Kafka kafka, CrawlerSettings crawler, Pipeline pipeline, List<SiteConfig> sites,
                           Store store, Web web, Alerts alerts) {
    public YaowenConfig {
        sites = List.copyOf(sites);
    }

    /**
     * @param bootstrapServers an external cluster; empty = start the embedded broker under {@code dataDir/kafka}
     * @param properties       client properties for every Kafka client (may hold secrets: print only
     *                         {@code KafkaClients.redacted})
     * @param applicationId    the pipeline's Streams application id
     * @param sinkGroupId      the store sink's consumer group
     * @param crawlerGroupId   the consumer group the crawler instances share the sites through
     * @param topics           the topic names on this cluster ({@code kafka.topicPrefix}, the mirrors)
     * @param schemaRegistry   the Schema Registry of the registry mirrors ({@code kafka.schemaRegistryUrl})
     * @param sessionTimeout   how long a dead member keeps its partitions in every consumer group ({@code kafka.sessionTimeout})
     */
    public record Kafka(Optional<String> bootstrapServers, int partitions, short replication, Map<String, String> properties,
                        String applicationId, String sinkGroupId, String crawlerGroupId, TopicNames topics,
                        Optional<URI> schemaRegistry, Duration sessionTimeout) {
        public Kafka {
            properties = Map.copyOf(properties);
            java.util.Objects.requireNonNull(schemaRegistry, "schemaRegistry");
            java.util.Objects.requireNonNull(sessionTimeout, "sessionTimeout");
        }

        /** Settings with the default session timeout. */
        public Kafka(Optional<String> bootstrapServers, int partitions, short replication, Map<String, String> properties,
                     String applicationId, String sinkGroupId, String crawlerGroupId, TopicNames topics,
                     Optional<URI> schemaRegistry) {
            this(bootstrapServers, partitions, replication, properties, applicationId, sinkGroupId, crawlerGroupId, topics,
                    schemaRegistry, NodeKeys.KAFKA_SESSION_TIMEOUT.defaultValue().orElseThrow());
        }

        /** Settings without a schema registry. */
        public Kafka(Optional<String> bootstrapServers, int partitions, short replication, Map<String, String> properties,
                     String applicationId, String sinkGroupId, String crawlerGroupId, TopicNames topics) {
            this(bootstrapServers, partitions, replication, properties, applicationId, sinkGroupId, crawlerGroupId, topics,
                    Optional.empty());
        }

        /** A copy of client {@code properties} fit to print: values of keys naming a password, secret, token, key or JAAS are hidden. */
        public static Map<String, String> redacted(Map<String, String> properties) {
            Map<String, String> shown = new java.util.TreeMap<>();
            properties.forEach((k, v) -> shown.put(k, secret(k) ? "[hidden]" : v));
            return shown;
        }

        /** Whether a client property named {@code key} holds a secret. */
        public static boolean secret(String key) {
            String k = key.toLowerCase(java.util.Locale.ROOT);
            return k.contains("password") || k.contains("jaas") || k.contains("secret") || k.contains("token")
                    || k.endsWith(".key");
        }

        /** The same settings with another cluster. */
        public Kafka withBootstrapServers(Optional<String> servers) {
            return new Kafka(servers, partitions, replication, properties, applicationId, sinkGroupId, crawlerGroupId, topics,
                    schemaRegistry, sessionTimeout);
        }

        @Override
        public String toString() {
            return "Kafka[bootstrapServers=" + bootstrapServers + ", partitions=" + partitions + ", replication=" + replication
                    + ", properties=" + redacted(properties) + ", applicationId=" + applicationId
                    + ", sinkGroupId=" + sinkGroupId + ", crawlerGroupId=" + crawlerGroupId + ", topics=" + topics
                    + ", schemaRegistry=" + schemaRegistry + ", sessionTimeout=" + sessionTimeout + "]";
        }
    }

    /** The pipeline's tuning ({@code PipelineKeys}); the rest of {@code PipelineSettings} comes from the node. */
    public record Pipeline(int streamThreads, Duration commitInterval, Duration insightBudget) { }

    public enum StoreType { DUCKDB, POSTGRES }

    /** @param duckdbPath the DuckDB file; @param postgresUrl a JDBC URL, when type is POSTGRES */
    public record Store(StoreType type, Path duckdbPath, Optional<String> postgresUrl) { }

    /**
     * @param port                 0 = any free port
     * @param bindAddress          the interface to listen on; loopback by default, as the dashboard has no login
     * @param failingSiteIntervals check intervals a site may fail before the node is unready
     */
    public record Web(boolean enabled, int port, String bindAddress, List<String> allowedHosts, int failingSiteIntervals, Sql sql) { }

    /** Analysts' SQL through the web port ({@code web.sql*}); {@code enabled} false serves none. */
    public record Sql(boolean enabled, boolean fromAnyHost, Duration timeout, int maxRows) { }

    /**
     * @param channels every channel alerts go to, in order: {@code alerts.channels}, then the shorthands
     *                 {@code alerts.console} (a console channel named {@code console}, unless the list names one
     *                 so) and {@code alerts.webhookUrl} (a webhook channel named {@code webhook})
     * @param rules    which alerts each channel announces (empty = the default rule)
     * @param delivery how they are delivered: consumer groups, retries, rate limit
     */
    public record Alerts(List<ChannelSpec> channels, List<AlertRule> rules, DeliverySettings delivery) {
        public Alerts {
            channels = List.copyOf(channels);
            rules = List.copyOf(rules);
        }

        /** The names rules use for the channels configured. */
        public java.util.Set<String> channelNames() {
            java.util.Set<String> names = new java.util.LinkedHashSet<>();
            channels.forEach(c -> names.add(c.name()));
            return names;
        }
    }
}
