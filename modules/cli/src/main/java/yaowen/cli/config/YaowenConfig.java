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

    /**
     * @param minRecheckInterval shortest adaptive re-check interval of a list page
     * @param maxRecheckInterval longest adaptive re-check interval of a list page
     * @param timeout            read timeout of one response
     * @param connectTimeout     TCP connect timeout
     * @param maxPageBytes       body cap (at most 20 MiB)
     * @param parallelism        sites crawled at once
     * @param robotsCacheTtl     how long robots.txt is cached
     */
    public record Crawler(String userAgent, Duration minDelayPerHost, Duration recheckInterval, int maxListPages,
                          boolean allowPrivateAddresses, Duration minRecheckInterval, Duration maxRecheckInterval,
                          Duration timeout, Duration connectTimeout, int maxPageBytes, int parallelism,
                          Duration robotsCacheTtl) {
        /** The crawler settings of the first release, the rest at their defaults. */
        public Crawler(String userAgent, Duration minDelayPerHost, Duration recheckInterval, int maxListPages,
                       boolean allowPrivateAddresses) {
            this(userAgent, minDelayPerHost, recheckInterval, maxListPages, allowPrivateAddresses,
                    recheckInterval.compareTo(Duration.ofSeconds(30)) < 0 ? recheckInterval : Duration.ofSeconds(30),
                    recheckInterval.compareTo(Duration.ofMinutes(30)) > 0 ? recheckInterval : Duration.ofMinutes(30),
                    Duration.ofSeconds(20), Duration.ofSeconds(5), 10 * 1024 * 1024, 4, Duration.ofHours(24));
        }
    }

    /**
     * A watched site. The optional values override the crawler's for this site.
     *
     * @param minRecheckInterval {@code schedule.minInterval}
     * @param maxRecheckInterval {@code schedule.maxInterval}
     * @param minDelayPerHost    {@code overrides.minDelayPerHost}
     * @param maxListPages       {@code overrides.maxListPages}
     */
    public record Site(String id, String name, Optional<String> regionCode, List<URI> listUrls,
                       Optional<Duration> minRecheckInterval, Optional<Duration> maxRecheckInterval,
                       Optional<Duration> minDelayPerHost, Optional<Integer> maxListPages) {
        public Site {
            listUrls = List.copyOf(listUrls);
        }

        public Site(String id, String name, Optional<String> regionCode, List<URI> listUrls) {
            this(id, name, regionCode, listUrls, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        }
    }

    public enum StoreType { DUCKDB, POSTGRES }

    /** @param duckdbPath the DuckDB file; @param postgresUrl a JDBC URL, when type is POSTGRES */
    public record Store(StoreType type, Path duckdbPath, Optional<String> postgresUrl) { }

    /**
     * @param port        0 = any free port
     * @param bindAddress the interface to listen on; loopback by default, as the dashboard has no login
     */
    public record Web(boolean enabled, int port, String bindAddress) { }

    public record Alerts(boolean console, Optional<URI> webhookUrl) { }
}
