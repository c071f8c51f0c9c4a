package yaowen.cli.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import yaowen.crawler.CrawlerSettings;
import yaowen.crawler.SiteConfig;

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

    /** @param bootstrapServers an external cluster; empty = start the embedded broker under {@code dataDir/kafka} */
    public record Kafka(Optional<String> bootstrapServers, int partitions, short replication) { }

    /** The pipeline's tuning ({@code PipelineKeys}); the rest of {@code PipelineSettings} comes from the node. */
    public record Pipeline(int streamThreads, Duration commitInterval) { }

    public enum StoreType { DUCKDB, POSTGRES }

    /** @param duckdbPath the DuckDB file; @param postgresUrl a JDBC URL, when type is POSTGRES */
    public record Store(StoreType type, Path duckdbPath, Optional<String> postgresUrl) { }

    /**
     * @param port                 0 = any free port
     * @param bindAddress          the interface to listen on; loopback by default, as the dashboard has no login
     * @param failingSiteIntervals check intervals a site may fail before the node is unready
     */
    public record Web(boolean enabled, int port, String bindAddress, int failingSiteIntervals, Sql sql) { }

    /** Analysts' SQL through the web port ({@code web.sql*}); {@code enabled} false serves none. */
    public record Sql(boolean enabled, boolean fromAnyHost, Duration timeout, int maxRows) { }

    public record Alerts(boolean console, Optional<URI> webhookUrl) { }
}
