package yaowen.cli.node;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.kafka.clients.admin.Admin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import yaowen.alerts.AlertDelivery;
import yaowen.alerts.AlertDispatcher;
import yaowen.alerts.DeliverySettings;
import yaowen.alerts.channel.ChannelSpec;
import yaowen.alerts.channel.Channels;
import yaowen.broker.EmbeddedBroker;
import yaowen.broker.TopicSetup;
import yaowen.cleaning.ArticleCleaner;
import yaowen.cli.config.YaowenConfig;
import yaowen.crawler.Crawler;
import yaowen.insight.InsightExtractor;
import yaowen.pipeline.PipelineApp;
import yaowen.pipeline.PipelineSettings;
import yaowen.records.TopicNames;
import yaowen.records.Topics.Replication;
import yaowen.stores.ArticleStore;
import yaowen.stores.duckdb.DuckDbStore;
import yaowen.stores.postgres.PostgresStore;
import yaowen.stores.sink.SinkConsumer;
import yaowen.web.SqlEndpoint;
import yaowen.web.WebServer;
import yaowen.web.ops.HealthCheck;
import yaowen.web.ops.OpsEndpoints;
import yaowen.web.ops.SiteHealth;
import yaowen.web.ops.SitesCheck;

/**
 * One running Yaowen process: the embedded broker (unless an external cluster is configured), the topics,
 * and the chosen roles, started in data-flow order and closed in reverse. {@link #close()} stops
 * everything; data stays on disk.
 *
 * <p>Every role's statistics are meters of one Prometheus registry ({@link NodeMeters}), and the web
 * port serves them with the readiness of the roles started here ({@link NodeHealth}).
 */
public final class Node implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Node.class);
    static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    /** How long an external cluster may take to answer before the node gives up with one plain line. */
    static final Duration REACH_TIMEOUT = Duration.ofSeconds(5);

    private final Deque<AutoCloseable> toClose = new ArrayDeque<>();
    private final List<Thread> loops = new ArrayList<>();
    private final YaowenConfig config;
    private String bootstrapServers;
    private KafkaClients kafka;
    private final TopicNames topics;
    private ArticleStore store;
    private SinkConsumer sink;
    private AlertDelivery alerts;
    private PipelineApp pipeline;
    private WebServer web;
    private volatile Crawler crawler;
    private final NodeMeters meters = new NodeMeters();
    private Admin opsAdmin;

    private Node(YaowenConfig config) {
        this.config = config;
        this.topics = config.kafka().topics();
    }

    /**
     * Starts {@code roles} of {@code config}. The crawler is created but not scheduled: call
     * {@link #crawler()}{@code .start()} to monitor, or {@code runOnce()} for one pass.
     */
    public static Node start(YaowenConfig config, Set<Role> roles, PrintStream console) {
        Node node = new Node(config);
        try {
            node.startRoles(roles, console);
            return node;
        } catch (RuntimeException | Error e) {
            node.close();
            throw e;
        }
    }

    private void startRoles(Set<Role> roles, PrintStream console) {
        toClose.push(meters);
        Optional<String> external = config.kafka().bootstrapServers();
        if (external.isPresent()) {
            bootstrapServers = external.get();
            kafka = KafkaClients.of(config.kafka(), bootstrapServers);
            LOG.info("Connecting to {}", kafka);
            kafka.requireReachable(REACH_TIMEOUT);
        } else {
            Path kafkaDir = config.dataDir().resolve("kafka");
            console.println("Starting embedded Kafka (data in " + kafkaDir + ") ...");
            EmbeddedBroker broker = EmbeddedBroker.start(kafkaDir, 0, START_TIMEOUT);
            toClose.push(broker);
            bootstrapServers = broker.bootstrapServers();
            kafka = KafkaClients.plain(bootstrapServers, config.kafka().sessionTimeout()); // plaintext on loopback
            if (!config.kafka().properties().isEmpty()) {
                console.println("Note: kafka.properties " + config.kafka().properties().keySet() + " are for an external"
                        + " cluster (kafka.bootstrapServers); the embedded broker takes none");
            }
        }
        Replication replication;
        try (Admin admin = Admin.create(kafka.config())) {
            replication = TopicSetup.replication(admin, config.kafka().replication(), START_TIMEOUT);
            TopicSetup.ensure(admin, topics.definitions(config.kafka().partitions(), replication), START_TIMEOUT);
        }
        opsAdmin = Admin.create(kafka.config(Map.of("default.api.timeout.ms", 5000, "request.timeout.ms", 3000)));
        toClose.push(opsAdmin);
        if (roles.contains(Role.SINK) || roles.contains(Role.WEB)) {
            store = openStore();
            toClose.push(store);
            meters.store(store);
        }
        if (roles.contains(Role.PIPELINE)) {
            ArticleCleaner cleaner = ArticleCleaner.create();
            InsightExtractor extractor = InsightExtractor.load();
            pipeline = PipelineApp.start(pipelineSettings(config, kafka, replication), cleaner::clean, extractor::extract);
            toClose.push(pipeline);
            meters.pipeline(pipeline);
        }
        if (roles.contains(Role.SINK)) {
            sink = new SinkConsumer(kafka.config(Map.of("group.id", config.kafka().sinkGroupId())), kafka.config(), store,
                    topics);
            toClose.push(sink);
            meters.sink(sink);
            loop("yaowen-sink", sink);
        }
        if (roles.contains(Role.ALERTS)) {
            alerts(console);
        }
        if (config.web().enabled()) { // every process can be scraped and probed; only the web role adds the dashboard
            java.net.InetSocketAddress address = new java.net.InetSocketAddress(config.web().bindAddress(), config.web().port());
            OpsEndpoints ops = new OpsEndpoints(meters.registry(), meters::refresh, readiness(roles), this::siteHealth);
            YaowenConfig.Sql sql = config.web().sql();
            web = !roles.contains(Role.WEB) ? WebServer.opsOnly(address, ops) : new WebServer(store.reader(), address, ops,
                    sql.enabled() ? Optional.of(new SqlEndpoint(store.sqlQueries(),
                            new SqlEndpoint.Settings(sql.timeout(), sql.maxRows(), sql.fromAnyHost()))) : Optional.empty());
            web.allowHosts(config.web().allowedHosts());
            try {
                web.start();
            } catch (java.io.UncheckedIOException e) {
                throw new IllegalArgumentException("cannot serve " + (roles.contains(Role.WEB) ? "the dashboard" : "/metrics and /health")
                        + " on port " + config.web().port() + " (" + e.getMessage() + "); choose a free one (web.port, or"
                        + " --port for the demo; 0 = any; each process on one machine needs its own, or web.enabled: false)");
            }
            toClose.push(web);
        }
        if (roles.contains(Role.CRAWL)) {
            CrawlerWiring.Wired wired = CrawlerWiring.create(config, kafka);
            toClose.push(wired);
            crawler = wired.crawler();
            meters.crawler(crawler);
        }
        meters.kafka(new KafkaMeters(opsAdmin, topics.all(), consumerGroups()));
    }

    /** Starts the alert delivery: the configured channels by name, the rules, a consumer group per channel. */
    private void alerts(PrintStream console) {
        alerts = AlertDelivery.start(alertChannels(config.alerts(), console), config.alerts().rules(),
                withVendorLimits(config.alerts().delivery(), config.alerts().channels()), kafka.config(), topics);
        toClose.push(alerts);
        meters.alerts(alerts);
    }

    /** The channels rules may name, built from {@code alerts.channels} and its shorthands. */
    static Map<String, AlertDispatcher> alertChannels(YaowenConfig.Alerts alerts, PrintStream console) {
        Map<String, AlertDispatcher> channels = new java.util.LinkedHashMap<>();
        alerts.channels().forEach(spec -> channels.put(spec.name(), Channels.create(spec, console)));
        return channels;
    }

    /**
     * {@code delivery} with each robot channel's rate lowered to its vendor's documented limit where the
     * configured rate is higher (WeCom and DingTalk robots accept 20 messages a minute).
     */
    static DeliverySettings withVendorLimits(DeliverySettings delivery, List<ChannelSpec> channels) {
        DeliverySettings limited = delivery;
        for (ChannelSpec spec : channels) {
            java.util.OptionalInt vendor = spec.type().documentedPerMinute();
            if (vendor.isPresent() && vendor.getAsInt() < limited.rate(spec.name())) {
                limited = limited.withChannelRate(spec.name(), vendor.getAsInt());
            }
        }
        return limited;
    }

    /** What readiness is made of here: the broker, and each started role that can fail. */
    private List<HealthCheck> readiness(Set<Role> roles) {
        List<HealthCheck> checks = new ArrayList<>();
        checks.add(NodeHealth.broker(opsAdmin, bootstrapServers));
        if (store != null) {
            checks.add(NodeHealth.store(WebServer.storeAnswers(store), Optional.ofNullable(sink)));
        }
        if (pipeline != null) {
            checks.add(NodeHealth.pipeline(pipeline));
        }
        if (roles.contains(Role.CRAWL)) { // the sites are known only where they are crawled
            Supplier<List<SiteHealth>> sites = this::siteHealth;
            checks.add(new SitesCheck(sites, java.time.Clock.systemUTC(), config.web().failingSiteIntervals()));
        }
        return checks;
    }

    /** The sites this node crawls, as the web and the console show them; empty without the crawl role. */
    private List<SiteHealth> siteHealth() {
        Crawler c = crawler;
        return c == null ? List.of() : NodeHealth.sites(c.siteStatuses());
    }

    /** The consumer groups of the roles started here, with the topics each reads. */
    private Map<String, List<String>> consumerGroups() {
        Map<String, List<String>> groups = new java.util.LinkedHashMap<>();
        if (pipeline != null) {
            groups.put(config.kafka().applicationId(), pipelineInputs());
        }
        if (sink != null) {
            groups.put(config.kafka().sinkGroupId(), SinkConsumer.topics(topics));
        }
        if (alerts != null) {
            alerts.groups().values().forEach(g -> groups.put(g, List.of(topics.alerts())));
        }
        return groups;
    }

    /** The topics the pipeline reads: raw pages, articles, and the sink topics it mirrors. */
    private List<String> pipelineInputs() {
        java.util.Set<String> inputs = new java.util.LinkedHashSet<>(List.of(topics.pagesRaw(), topics.articles()));
        topics.jsonMirror().forEach(t -> inputs.add(topics.of(t)));
        topics.registryMirror().forEach(t -> inputs.add(topics.of(t)));
        return List.copyOf(inputs);
    }

    /**
     * The pipeline's settings: its tuning from the config's {@code pipeline:} keys, its state under the data dir, its
     * internal topics replicated as the node's topics are.
     */
    static PipelineSettings pipelineSettings(YaowenConfig config, KafkaClients kafka, Replication replication) {
        return new PipelineSettings(kafka.bootstrapServers(), config.kafka().applicationId(),
                config.dataDir().resolve("streams"), config.pipeline().streamThreads(),
                config.pipeline().commitInterval(), replication.factor(), kafka.properties(),
                config.kafka().topics(), config.kafka().schemaRegistry(), config.pipeline().insightBudget());
    }

    private ArticleStore openStore() {
        return switch (config.store().type()) {
            case DUCKDB -> DuckDbStore.open(config.store().duckdbPath());
            case POSTGRES -> PostgresStore.connect(config.store().postgresUrl().orElseThrow());
        };
    }

    private void loop(String name, Runnable body) {
        Thread thread = new Thread(body, name);
        thread.setUncaughtExceptionHandler((t, e) -> LOG.error("{} stopped: {}", t.getName(), e.toString(), e));
        thread.start();
        loops.add(thread);
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** The names of the topics on this node's cluster. */
    public TopicNames topics() {
        return topics;
    }

    /** How this node's Kafka clients connect. */
    public KafkaClients kafka() {
        return kafka;
    }

    public Optional<ArticleStore> store() {
        return Optional.ofNullable(store);
    }

    /** The pipeline, when this node runs that role. */
    public Optional<PipelineApp> pipeline() {
        return Optional.ofNullable(pipeline);
    }

    public Optional<SinkConsumer> sink() {
        return Optional.ofNullable(sink);
    }

    public Optional<AlertDelivery> alerts() {
        return Optional.ofNullable(alerts);
    }

    public Optional<WebServer> web() {
        return Optional.ofNullable(web);
    }

    public Optional<Crawler> crawler() {
        return Optional.ofNullable(crawler);
    }

    /**
     * Whether every started consumer has committed every record in its input topics: the pipeline (raw
     * pages, articles, its repartition topics), the sink and each alert channel.
     */
    public boolean drained() {
        try (Admin admin = Admin.create(kafka.config())) {
            long lag = 0;
            if (pipeline != null) {
                String app = config.kafka().applicationId();
                List<String> inputs = new ArrayList<>(pipelineInputs());
                inputs.addAll(PipelineApp.repartitionTopics(app));
                lag += TopicProgress.lag(admin, kafka, app, inputs);
            }
            if (sink != null) {
                lag += TopicProgress.lag(admin, kafka, config.kafka().sinkGroupId(), SinkConsumer.topics(topics));
            }
            if (alerts != null) {
                for (String group : alerts.groups().values()) {
                    lag += TopicProgress.lag(admin, kafka, group, List.of(topics.alerts()));
                }
            }
            return lag == 0;
        } catch (Exception e) {
            LOG.debug("cannot read lag yet: {}", e.toString());
            return false;
        }
    }

    @Override
    public void close() {
        while (!toClose.isEmpty()) {
            AutoCloseable c = toClose.pop();
            try {
                c.close();
            } catch (Exception e) {
                LOG.warn("closing {}: {}", c.getClass().getSimpleName(), e.toString());
            }
        }
        for (Thread t : loops) {
            try {
                t.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
