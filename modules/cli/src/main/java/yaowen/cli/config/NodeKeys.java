package yaowen.cli.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import yaowen.settings.Rule;
import yaowen.settings.Setting;
import yaowen.settings.Types;

/**
 * The node's own settings, defined once: where data lives, the Kafka cluster, the store, the dashboard and
 * the alert channels. The crawler's, the sites' and the pipeline's keys are defined in their modules
 * ({@code CrawlerKeys}, {@code SiteKeys}, {@code PipelineKeys}); {@link ConfigLayout} places them all in the file.
 */
public final class NodeKeys {
    private static final Pattern HOST_PORT = Pattern.compile("[^:\\s,]+:\\d{1,5}");
    private static final Pattern HOST_OR_IP = Pattern.compile("[0-9A-Za-z.:\\-\\[\\]]+");

    private NodeKeys() {
    }

    public static final Setting<Path> DATA_DIR = Setting.of("dataDir", Types.PATH, Path.of("data"),
            "Where the embedded Kafka's log, the pipeline's state stores and the DuckDB file live. A restart on the"
                    + " same directory keeps topics, offsets and tables.");
    public static final Setting<Path> SITES_FILE = Setting.of("sitesFile", Types.PATH, null,
                    "More sites from a registry file holding only 'sites:' (check one with ./yaowen sites check FILE);"
                            + " ids must not repeat those under sites.")
            .withExample("deploy/sites/henan-example.yaml");

    public static final Setting<String> KAFKA_BOOTSTRAP_SERVERS = Setting.string("bootstrapServers", null,
                    "An external Kafka cluster. Not set: an embedded one-node KRaft broker starts in this JVM with its"
                            + " data under dataDir/kafka.")
            .withExample("kafka:9092")
            .withRule(Rule.of("HOST:PORT[,HOST:PORT…]",
                    s -> List.of(s.split(",")).stream().allMatch(h -> HOST_PORT.matcher(h.trim()).matches())));
    public static final Setting<Integer> KAFKA_PARTITIONS = Setting.integer("partitions", 3,
                    "Partitions per topic: the most pipeline instances, and the most crawler instances (sites are"
                            + " shared by host through the partitions of yaowen.crawler.state), that can share the work.")
            .withRule(Rule.between(1, 1000));
    public static final Setting<Integer> KAFKA_REPLICATION = Setting.integer("replication", 0,
                    "Replicas per partition of the topics a node creates, and of the pipeline's internal topics. 0: one"
                            + " per broker the cluster has at start, at most 3 (1 on the embedded broker). From 3 replicas"
                            + " on, topics take a write only when 2 have it (min.insync.replicas 2), so one broker may die.")
            .withRule(Rule.between(0, Short.MAX_VALUE));

    public static final Setting<java.util.Map<String, String>> KAFKA_PROPERTIES = Setting.of("properties", Types.TEXT_MAP,
            java.util.Map.of(), "Kafka client properties applied to every producer, consumer, admin and Streams client of"
                    + " every role, e.g. {security.protocol: SASL_SSL, sasl.mechanism: SCRAM-SHA-512, sasl.jaas.config:"
                    + " '…ScramLoginModule required username=\"yaowen\" password=\"…\";', ssl.truststore.location: …}."
                    + " Values of keys naming a password, secret, token, key or JAAS are never printed.");
    /**
     * Failure detection of every consumer group a node joins (crawler, sink, alert channels, the pipeline's
     * Streams; all use Kafka's classic group protocol, where the client sets it): {@code session.timeout.ms}, with
     * heartbeats every third of it. Kafka's 45 s default kept a killed instance's work stopped for about a minute.
     */
    public static final Setting<Duration> KAFKA_SESSION_TIMEOUT = Setting.duration("sessionTimeout", Duration.ofSeconds(10),
                    "How long a crashed or cut-off member of a consumer group (crawler, sink, alert channel, pipeline)"
                            + " keeps its partitions before the others take them over; members heartbeat every third of it."
                            + " Shorter takes over sooner, but a pause longer than it (GC, network) moves partitions for"
                            + " nothing. A clean stop hands over at once. properties session.timeout.ms and"
                            + " heartbeat.interval.ms win over it; with group.protocol: consumer the brokers'"
                            + " group.consumer.session.timeout.ms decides instead.")
            .withRule(Rule.of("between 6 seconds and 30 minutes (the brokers' default group.min/max.session.timeout.ms)",
                    d -> d.compareTo(Duration.ofSeconds(6)) >= 0 && d.compareTo(Duration.ofMinutes(30)) <= 0));
    public static final Setting<String> KAFKA_APPLICATION_ID = Setting.string("applicationId",
                    yaowen.pipeline.PipelineSettings.DEFAULT_APPLICATION_ID,
                    "The pipeline's Kafka Streams application id: its consumer group and the prefix of its internal"
                            + " topics. Two Yaowen installations on one cluster need different ones.")
            .withRule(Rule.kafkaName(false));
    public static final Setting<String> KAFKA_SINK_GROUP_ID = Setting.string("sinkGroupId",
                    yaowen.stores.sink.SinkConsumer.DEFAULT_GROUP_ID,
                    "The consumer group of the store sink. Sink processes sharing it share the work; a second store fed"
                            + " from the same topics needs a group of its own.")
            .withRule(Rule.kafkaName(false));

    public static final Setting<String> KAFKA_CRAWLER_GROUP_ID = Setting.string("crawlerGroupId",
                    yaowen.crawler.kafka.CrawlerGroup.GROUP_ID,
                    "The consumer group the crawler instances of one installation share the sites through.")
            .withRule(Rule.kafkaName(false));
    public static final Setting<String> KAFKA_TOPIC_PREFIX = Setting.string("topicPrefix", "",
                    "Put before the name of every Yaowen topic (e.g. 'acme.' gives acme.yaowen.meetings), for a"
                            + " shared cluster or a naming rule. Every role, ./yaowen tap and ./yaowen dlq -c use it; give"
                            + " the ids (applicationId, sinkGroupId, crawlerGroupId, alerts.delivery.groupPrefix) their own"
                            + " values too.")
            .withRule(Rule.kafkaName(true));

    public static final Setting<List<String>> KAFKA_JSON_MIRROR = Setting.of("jsonMirror", Types.listOf(Types.STRING), List.of(),
                    "Sink topics also written as plain JSON to <topic>.json (same key; a tombstone stays one), for"
                            + " kafka-console-consumer, Kafka Connect, Flink or ksqlDB without Avro; e.g. [yaowen.meetings,"
                            + " yaowen.alerts]. Names without kafka.topicPrefix.")
            .withRule(Rule.of("some of " + String.join(", ", yaowen.records.TopicNames.MIRRORABLE),
                    topics -> yaowen.records.TopicNames.MIRRORABLE.containsAll(topics)));

    public static final Setting<URI> KAFKA_SCHEMA_REGISTRY_URL = Setting.of("schemaRegistryUrl", Types.HTTP_URL, null,
                    "A Confluent-compatible Schema Registry the registryMirror topics register their schemas with, at"
                            + " every start (the node does not start when it refuses one). For Apicurio Registry give its"
                            + " compatibility API, e.g. http://registry:8080/apis/ccompat/v7.")
            .withExample("http://schema-registry:8081")
            .withRule(Rule.of("a URL without user:password@ (a registry that needs a login is not supported yet)",
                    url -> url.getRawUserInfo() == null));
    public static final Setting<List<String>> KAFKA_REGISTRY_MIRROR = Setting.of("registryMirror", Types.listOf(Types.STRING),
                    List.of(),
                    "Sink topics also written to <topic>.avro in the Schema Registry wire format (magic byte 0, the"
                            + " schema id, plain Avro; the same string key; a tombstone stays one), for Kafka Connect's"
                            + " AvroConverter, Flink's avro-confluent format or ksqlDB; e.g. [yaowen.meetings]. Needs"
                            + " schemaRegistryUrl. Names without kafka.topicPrefix.")
            .withRule(Rule.of("some of " + String.join(", ", yaowen.records.TopicNames.MIRRORABLE),
                    topics -> yaowen.records.TopicNames.MIRRORABLE.containsAll(topics)));

    public static final Setting<YaowenConfig.StoreType> STORE_TYPE = Setting.of("type",
            Types.oneOf(YaowenConfig.StoreType.class), YaowenConfig.StoreType.DUCKDB,
            "duckdb (embedded, one process) or postgres (shared by several sink and web instances).");
    public static final Setting<Path> STORE_DUCKDB_PATH = Setting.of("duckdbPath", Types.PATH, null,
                    "The DuckDB file. Not set: dataDir/yaowen.duckdb.")
            .withExample("data/yaowen.duckdb");
    public static final Setting<String> STORE_POSTGRES_URL = Setting.string("postgresUrl", null,
                    "A JDBC URL, needed when type is postgres.")
            .withExample("jdbc:postgresql://db:5432/yaowen?user=yaowen&password=…")
            .withRule(Rule.of("a jdbc:postgresql:… URL", s -> s.startsWith("jdbc:postgresql:")));

    public static final Setting<Boolean> WEB_ENABLED = Setting.bool("enabled", true,
            "Serve the dashboard and query API.");
    public static final Setting<Integer> WEB_PORT = Setting.integer("port", 8080,
                    "The dashboard's port; 0 picks any free port (printed at start).")
            .withRule(Rule.between(0, 65535));
    public static final Setting<String> WEB_BIND_ADDRESS = Setting.string("bindAddress", "127.0.0.1",
                    "The interface to listen on. Loopback by default: the dashboard has no login. Use 0.0.0.0 in a"
                            + " container or behind a reverse proxy that authenticates.")
            .withRule(Rule.of("a host name or IP address", s -> HOST_OR_IP.matcher(s.trim()).matches()));

    public static final Setting<Boolean> ALERTS_CONSOLE = Setting.bool("console", true,
            "Print each new meeting on the console: shorthand for a channel {name: console, type: console}.");
    /** Read as a channel's url is: ${ENV:NAME} allowed, and a bad value shown masked (it may hold a token). */
    public static final Setting<String> ALERTS_WEBHOOK_URL = webhookUrl();

    private static Setting<String> webhookUrl() {
        Setting<String> s = Setting.string("webhookUrl", null,
                        "POST each alert as JSON to this URL: shorthand for a channel {name: webhook, type: webhook, url: …}.")
                .withExample("https://hooks.example.com/yaowen");
        for (yaowen.settings.Rule<String> rule : yaowen.alerts.channel.ChannelKeys.URL.rules()) {
            s = s.withRule(rule);
        }
        return s;
    }

    public static final List<Setting<?>> KAFKA = List.of(KAFKA_BOOTSTRAP_SERVERS, KAFKA_PARTITIONS, KAFKA_REPLICATION,
            KAFKA_PROPERTIES, KAFKA_SESSION_TIMEOUT, KAFKA_APPLICATION_ID, KAFKA_SINK_GROUP_ID, KAFKA_CRAWLER_GROUP_ID, KAFKA_TOPIC_PREFIX, KAFKA_JSON_MIRROR,
            KAFKA_SCHEMA_REGISTRY_URL, KAFKA_REGISTRY_MIRROR);
    public static final List<Setting<?>> STORE = List.of(STORE_TYPE, STORE_DUCKDB_PATH, STORE_POSTGRES_URL);
    public static final Setting<Integer> WEB_FAILING_SITE_INTERVALS = Setting.integer("failingSiteIntervals", 3,
                    "How many of its check intervals a site may fail every check before /health/ready reports the"
                            + " node unready, naming the site and why (a blip or a server restart does not).")
            .withUnit("check intervals").withRule(Rule.atLeast(1));
    public static final Setting<Boolean> WEB_SQL_ENABLED = Setting.bool("sqlEnabled", true,
            "Answer analysts' SQL (yaowen sql, POST /api/sql): one reading statement at a time on the store.");
    public static final Setting<Boolean> WEB_SQL_FROM_ANY_HOST = Setting.bool("sqlFromAnyHost", false,
            "Answer SQL from clients on other machines too. Off: only loopback clients, whatever bindAddress is."
                    + " Turn on only behind a reverse proxy that authenticates: a statement may read every table.");
    public static final Setting<Duration> WEB_SQL_TIMEOUT = Setting.duration("sqlTimeout", Duration.ofSeconds(30),
                    "How long one SQL statement may run, reading its rows included, before it is cancelled.")
            .withRule(Rule.of("at least 1 second", d -> d.compareTo(Duration.ofSeconds(1)) >= 0));
    public static final Setting<Integer> WEB_SQL_MAX_ROWS = Setting.integer("sqlMaxRows", 10_000,
                    "The most rows one SQL answer holds; the answer says when it was cut short.")
            .withUnit("rows").withRule(Rule.between(1, 1_000_000));
    public static final Setting<List<String>> WEB_ALLOWED_HOSTS = Setting.of("allowedHosts", Types.listOf(Types.STRING), List.of(),
            "Host names the dashboard answers besides localhost, the machine's own name and any address written as"
                    + " such (e.g. the name a reverse proxy forwards); other names get a 421, so a page on another"
                    + " site cannot read the API through DNS rebinding. \"*\" answers any host: unsafe.");
    public static final List<Setting<?>> WEB = List.of(WEB_ENABLED, WEB_PORT, WEB_BIND_ADDRESS, WEB_ALLOWED_HOSTS, WEB_FAILING_SITE_INTERVALS,
            WEB_SQL_ENABLED, WEB_SQL_FROM_ANY_HOST, WEB_SQL_TIMEOUT, WEB_SQL_MAX_ROWS);
    public static final List<Setting<?>> ALERTS = List.of(ALERTS_CONSOLE, ALERTS_WEBHOOK_URL);
}
