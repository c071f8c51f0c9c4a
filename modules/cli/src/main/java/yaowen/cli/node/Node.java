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
import java.util.Properties;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.kafka.clients.admin.Admin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import yaowen.alerts.AlertConsumer;
import yaowen.alerts.AlertDispatcher;
import yaowen.alerts.ConsoleDispatcher;
import yaowen.alerts.WebhookDispatcher;
import yaowen.broker.EmbeddedBroker;
import yaowen.broker.TopicSetup;
import yaowen.cleaning.ArticleCleaner;
import yaowen.cli.config.YaowenConfig;
import yaowen.crawler.Crawler;
import yaowen.insight.InsightExtractor;
import yaowen.pipeline.PipelineApp;
import yaowen.pipeline.PipelineSettings;
import yaowen.records.Topics;
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

    private final Deque<AutoCloseable> toClose = new ArrayDeque<>();
    private final List<Thread> loops = new ArrayList<>();
    private final YaowenConfig config;
    private String bootstrapServers;
    private ArticleStore store;
    private SinkConsumer sink;
    private AlertConsumer alerts;
    private PipelineApp pipeline;
    private WebServer web;
    private volatile Crawler crawler;
    private final NodeMeters meters = new NodeMeters();
    private Admin opsAdmin;

    private Node(YaowenConfig config) {
        this.config = config;
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
        } else {
            Path kafkaDir = config.dataDir().resolve("kafka");
            console.println("Starting embedded Kafka (data in " + kafkaDir + ") ...");
            EmbeddedBroker broker = EmbeddedBroker.start(kafkaDir, 0, START_TIMEOUT);
            toClose.push(broker);
            bootstrapServers = broker.bootstrapServers();
        }
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers))) {
            TopicSetup.ensure(admin, Topics.definitions(config.kafka().partitions(), config.kafka().replication()), START_TIMEOUT);
        }
        opsAdmin = Admin.create(Map.of("bootstrap.servers", bootstrapServers, "default.api.timeout.ms", 5000,
                "request.timeout.ms", 3000));
        toClose.push(opsAdmin);
        if (roles.contains(Role.SINK) || roles.contains(Role.WEB)) {
            store = openStore();
            toClose.push(store);
            meters.store(store);
        }
        if (roles.contains(Role.PIPELINE)) {
            ArticleCleaner cleaner = ArticleCleaner.create();
            InsightExtractor extractor = InsightExtractor.load();
            pipeline = PipelineApp.start(pipelineSettings(config, bootstrapServers), cleaner::clean, extractor::extract);
            toClose.push(pipeline);
            meters.pipeline(pipeline);
        }
        if (roles.contains(Role.SINK)) {
            sink = new SinkConsumer(clientProperties(), clientProperties(), store);
            toClose.push(sink);
            meters.sink(sink);
            loop("yaowen-sink", sink);
        }
        if (roles.contains(Role.ALERTS)) {
            List<AlertDispatcher> dispatchers = new ArrayList<>();
            if (config.alerts().console()) {
                dispatchers.add(new ConsoleDispatcher(console));
            }
            config.alerts().webhookUrl().ifPresent(url -> dispatchers.add(new WebhookDispatcher(url)));
            alerts = new AlertConsumer(clientProperties(), clientProperties(),
                    dispatchers.stream().<AlertDispatcher>map(meters::counting).toList());
            toClose.push(alerts);
            meters.alerts(alerts);
            loop("yaowen-alerts", alerts);
        }
        if (roles.contains(Role.WEB) && config.web().enabled()) {
            YaowenConfig.Sql sql = config.web().sql();
            web = new WebServer(store.reader(), new java.net.InetSocketAddress(config.web().bindAddress(), config.web().port()),
                    new OpsEndpoints(meters.registry(), meters::refresh, readiness(), this::siteHealth),
                    sql.enabled() ? Optional.of(new SqlEndpoint(store.sqlQueries(),
                            new SqlEndpoint.Settings(sql.timeout(), sql.maxRows(), sql.fromAnyHost()))) : Optional.empty());
            try {
                web.start();
            } catch (java.io.UncheckedIOException e) {
                throw new IllegalArgumentException("cannot serve the dashboard on port " + config.web().port()
                        + " (" + e.getMessage() + "); choose a free one (web.port, or --port for the demo; 0 = any)");
            }
            toClose.push(web);
        }
        if (roles.contains(Role.CRAWL)) {
            CrawlerWiring.Wired wired = CrawlerWiring.create(config, bootstrapServers);
            toClose.push(wired);
            crawler = wired.crawler();
            meters.crawler(crawler);
        }
        meters.kafka(new KafkaMeters(opsAdmin, List.copyOf(Topics.ALL), consumerGroups()));
    }

    /** What readiness is made of here: the broker, and each started role that can fail. */
    private List<HealthCheck> readiness() {
        List<HealthCheck> checks = new ArrayList<>();
        checks.add(NodeHealth.broker(opsAdmin, bootstrapServers));
        if (store != null) {
            checks.add(NodeHealth.store(WebServer.storeAnswers(store), Optional.ofNullable(sink)));
        }
        if (pipeline != null) {
            checks.add(NodeHealth.pipeline(pipeline));
        }
        Supplier<List<SiteHealth>> sites = this::siteHealth;
        checks.add(new SitesCheck(sites, java.time.Clock.systemUTC(), config.web().failingSiteIntervals()));
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
            groups.put(PipelineSettings.DEFAULT_APPLICATION_ID, List.of(Topics.PAGES_RAW, Topics.ARTICLES));
        }
        if (sink != null) {
            groups.put(SinkConsumer.DEFAULT_GROUP_ID, SinkConsumer.TOPICS);
        }
        if (alerts != null) {
            groups.put(AlertConsumer.DEFAULT_GROUP_ID, List.of(Topics.ALERTS));
        }
        return groups;
    }

    /** The pipeline's settings: its tuning from the config's {@code pipeline:} keys, its state under the data dir. */
    static PipelineSettings pipelineSettings(YaowenConfig config, String bootstrapServers) {
        return new PipelineSettings(bootstrapServers, PipelineSettings.DEFAULT_APPLICATION_ID,
                config.dataDir().resolve("streams"), config.pipeline().streamThreads(),
                config.pipeline().commitInterval(), config.kafka().replication());
    }

    private ArticleStore openStore() {
        return switch (config.store().type()) {
            case DUCKDB -> DuckDbStore.open(config.store().duckdbPath());
            case POSTGRES -> PostgresStore.connect(config.store().postgresUrl().orElseThrow());
        };
    }

    private Properties clientProperties() {
        Properties p = new Properties();
        p.put("bootstrap.servers", bootstrapServers);
        return p;
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

    public Optional<ArticleStore> store() {
        return Optional.ofNullable(store);
    }

    public Optional<SinkConsumer> sink() {
        return Optional.ofNullable(sink);
    }

    public Optional<AlertConsumer> alerts() {
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
     * pages, articles, its repartition topic), the sink and the alert consumer.
     */
    public boolean drained() {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers))) {
            long lag = 0;
            if (pipeline != null) {
                String app = PipelineSettings.DEFAULT_APPLICATION_ID;
                lag += TopicProgress.lag(admin, bootstrapServers, app, List.of(Topics.PAGES_RAW, Topics.ARTICLES,
                        app + "-alert-candidates-repartition"));
            }
            if (sink != null) {
                lag += TopicProgress.lag(admin, bootstrapServers, SinkConsumer.DEFAULT_GROUP_ID, SinkConsumer.TOPICS);
            }
            if (alerts != null) {
                lag += TopicProgress.lag(admin, bootstrapServers, AlertConsumer.DEFAULT_GROUP_ID, List.of(Topics.ALERTS));
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
