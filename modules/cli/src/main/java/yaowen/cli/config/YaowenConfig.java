package yaowen.cli.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The whole configuration of a Yaowen node, validated and with defaults applied. Read by
 * {@link ConfigLoader}; every key, its default and its reason are listed in {@code deploy/yaowen.reference.yaml}.
 */
public record YaowenConfig(Path dataDir, Kafka kafka, Crawler crawler, List<Site> sites, Store store, Web web,
                           Alerts alerts) {
    public YaowenConfig {
        sites = List.copyOf(sites);
    }

    /** @param bootstrapServers an external cluster; empty = start the embedded broker under {@code dataDir/kafka} */
    public record Kafka(Optional<String> bootstrapServers, int partitions, short replication) { }

    public record Crawler(String userAgent, Duration minDelayPerHost, Duration recheckInterval, int maxListPages,
                          boolean allowPrivateAddresses) { }

    public record Site(String id, String name, Optional<String> regionCode, List<URI> listUrls) {
        public Site {
            listUrls = List.copyOf(listUrls);
        }
    }

    public enum StoreType { DUCKDB, POSTGRES }

    /** @param duckdbPath the DuckDB file; @param postgresUrl a JDBC URL, when type is POSTGRES */
    public record Store(StoreType type, Path duckdbPath, Optional<String> postgresUrl) { }

    /** @param port 0 = any free port */
    public record Web(boolean enabled, int port) { }

    public record Alerts(boolean console, Optional<URI> webhookUrl) { }
}
