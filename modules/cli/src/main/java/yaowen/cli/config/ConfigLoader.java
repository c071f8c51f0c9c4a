package yaowen.cli.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import yaowen.alerts.channel.ChannelSpec;
import yaowen.alerts.AlertRule;
import yaowen.alerts.DeliverySettings;
import yaowen.crawler.CrawlerSettings;
import yaowen.crawler.SiteConfig;
import yaowen.pipeline.PipelineKeys;
import yaowen.records.TopicNames;
import yaowen.settings.Types;
import yaowen.settings.Values;

/**
 * Reads a YAML configuration file into a {@link YaowenConfig} by the setting definitions
 * ({@link ConfigLayout}): every unknown key, malformed value and broken rule is reported together, one line
 * each, naming the file and the key.
 */
public final class ConfigLoader {
    private ConfigLoader() {
    }

    /** Loads and validates {@code file}. */
    public static YaowenConfig load(Path file) {
        return parse(read(file, "config"), file.toString());
    }

    /** Parses and validates YAML {@code text}; {@code name} appears in messages. */
    public static YaowenConfig parse(String text, String name) {
        ConfigReading r = new ConfigReading(name);
        JsonNode root = r.tree(text);
        Set<String> top = new LinkedHashSet<>();
        for (ConfigLayout.Section s : ConfigLayout.ALL) {
            if (s.kind() == ConfigLayout.Kind.LIST) { // its elements are checked as they are read
                top.add(s.name());
            } else {
                s.settings().forEach(x -> top.add(s.key(x)));
            }
        }
        r.unknownKeys(root, "", top);

        Values data = r.section(root, ConfigLayout.DATA);
        Path dataDir = data.get(NodeKeys.DATA_DIR);
        Values kafka = r.section(root, ConfigLayout.KAFKA);
        Values pipeline = r.section(root, ConfigLayout.PIPELINE);
        Optional<CrawlerSettings> crawler = r.crawler(root);
        List<SiteConfig> sites = r.sites(root.path(ConfigLayout.SITES.name()));
        r.section(root, ConfigLayout.SITES_FILE).given(NodeKeys.SITES_FILE).ifPresent(file -> r.sitesFile(file, sites));
        Values store = r.section(root, ConfigLayout.STORE);
        YaowenConfig.StoreType type = store.get(NodeKeys.STORE_TYPE);
        if (type == YaowenConfig.StoreType.POSTGRES && store.given(NodeKeys.STORE_POSTGRES_URL).isEmpty()) {
            r.problem(ConfigLayout.STORE.key(NodeKeys.STORE_POSTGRES_URL), "is needed when store.type is postgres");
        }
        if (!kafka.get(NodeKeys.KAFKA_REGISTRY_MIRROR).isEmpty() && kafka.given(NodeKeys.KAFKA_SCHEMA_REGISTRY_URL).isEmpty()) {
            r.problem(ConfigLayout.KAFKA.key(NodeKeys.KAFKA_REGISTRY_MIRROR), "needs kafka."
                    + NodeKeys.KAFKA_SCHEMA_REGISTRY_URL.name() + ", the registry its schemas are registered with");
        }
        Values web = r.section(root, ConfigLayout.WEB);
        Values alerts = r.section(root, ConfigLayout.ALERTS);
        List<ChannelSpec> channels = r.channels(root.path("alerts").path("channels"), alerts);
        Set<String> channelNames = new LinkedHashSet<>();
        channels.forEach(c -> channelNames.add(c.name()));
        List<AlertRule> rules = r.rules(root, channelNames);
        Optional<DeliverySettings> delivery = r.delivery(root);
        r.throwIfAny();
        // Secret client properties (SASL JAAS, SSL passwords) are masked by value in every later log line and message,
        // and so is the password inside a JAAS line (password="…"), which an error may quote on its own.
        Map<String, String> clientProperties = kafka.get(NodeKeys.KAFKA_PROPERTIES);
        clientProperties.forEach((k, v) -> {
            if (YaowenConfig.Kafka.secret(k)) {
                yaowen.settings.Redaction.remember(v);
                yaowen.settings.Redaction.remember(yaowen.settings.Redaction.secretsIn(v).toArray(String[]::new));
            }
        });
        return new YaowenConfig(dataDir,
                new YaowenConfig.Kafka(kafka.given(NodeKeys.KAFKA_BOOTSTRAP_SERVERS), kafka.get(NodeKeys.KAFKA_PARTITIONS),
                        kafka.get(NodeKeys.KAFKA_REPLICATION).shortValue(), kafka.get(NodeKeys.KAFKA_PROPERTIES),
                        kafka.get(NodeKeys.KAFKA_APPLICATION_ID), kafka.get(NodeKeys.KAFKA_SINK_GROUP_ID),
                        kafka.get(NodeKeys.KAFKA_CRAWLER_GROUP_ID), new TopicNames(kafka.get(NodeKeys.KAFKA_TOPIC_PREFIX),
                                java.util.Set.copyOf(kafka.get(NodeKeys.KAFKA_JSON_MIRROR)),
                                java.util.Set.copyOf(kafka.get(NodeKeys.KAFKA_REGISTRY_MIRROR))),
                        kafka.given(NodeKeys.KAFKA_SCHEMA_REGISTRY_URL), kafka.get(NodeKeys.KAFKA_SESSION_TIMEOUT)),
                crawler.orElseThrow(),
                new YaowenConfig.Pipeline(pipeline.get(PipelineKeys.STREAM_THREADS), pipeline.get(PipelineKeys.COMMIT_INTERVAL),
                        pipeline.get(PipelineKeys.INSIGHT_BUDGET)),
                sites,
                new YaowenConfig.Store(type,
                        store.given(NodeKeys.STORE_DUCKDB_PATH).orElse(dataDir.resolve("yaowen.duckdb")),
                        store.given(NodeKeys.STORE_POSTGRES_URL)),
                new YaowenConfig.Web(web.get(NodeKeys.WEB_ENABLED), web.get(NodeKeys.WEB_PORT),
                        web.get(NodeKeys.WEB_BIND_ADDRESS).trim(), web.get(NodeKeys.WEB_ALLOWED_HOSTS), web.get(NodeKeys.WEB_FAILING_SITE_INTERVALS),
                        new YaowenConfig.Sql(web.get(NodeKeys.WEB_SQL_ENABLED), web.get(NodeKeys.WEB_SQL_FROM_ANY_HOST),
                                web.get(NodeKeys.WEB_SQL_TIMEOUT), web.get(NodeKeys.WEB_SQL_MAX_ROWS))),
                new YaowenConfig.Alerts(channels, rules, delivery.orElseThrow()));
    }

    /**
     * Loads and validates a site registry ({@code sites.yaml}: a top-level {@code sites:} list), every
     * problem reported on its own line.
     */
    public static List<SiteConfig> loadSites(Path file) {
        return parseSites(read(file, "sites"), file.toString());
    }

    /** Parses and validates a site registry's YAML {@code text}; {@code name} appears in messages. */
    public static List<SiteConfig> parseSites(String text, String name) {
        ConfigReading r = new ConfigReading(name);
        JsonNode root = r.tree(text);
        r.unknownKeys(root, "", Set.of(ConfigLayout.SITES.name()));
        List<SiteConfig> sites = r.sites(root.path(ConfigLayout.SITES.name()));
        if (sites.isEmpty() && r.problems.isEmpty()) {
            r.problem(ConfigLayout.SITES.name(), "no site listed");
        }
        r.throwIfAny();
        return sites;
    }

    /**
     * Parses a duration option like {@code 500ms}, {@code 1s}, {@code 5m}, {@code 1h}.
     *
     * @throws ConfigException naming {@code key} when it is not one
     */
    public static Duration parseDuration(String text, String key) {
        try {
            return Types.parseDuration(text);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(key + ": " + e.getMessage());
        }
    }

    private static String read(Path file, String what) {
        try {
            return Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new ConfigException(what + " file not found: " + file);
        } catch (IOException e) {
            throw new ConfigException("cannot read " + what + " file " + file + ": " + e.getMessage());
        }
    }
}
