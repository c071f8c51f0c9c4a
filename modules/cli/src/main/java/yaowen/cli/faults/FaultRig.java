package yaowen.cli.faults;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import yaowen.cli.audit.Audit;
import yaowen.cli.audit.AuditInput;
import yaowen.cli.audit.AuditReport;
import yaowen.cli.audit.StoreKeys;
import yaowen.cli.audit.TopicReader;
import yaowen.cli.node.KafkaClients;
import yaowen.cli.node.TopicProgress;
import yaowen.farm.FarmArticle;
import yaowen.farm.FarmOptions;
import yaowen.farm.SiteFarm;
import yaowen.pipeline.PipelineApp;
import yaowen.records.RawPage;
import yaowen.records.RecordSerdes;
import yaowen.records.TopicNames;
import yaowen.records.Topics;
import yaowen.stores.sink.SinkConsumer;

/**
 * What a scenario works with: a work dir, the site farm on loopback (its newest articles held back and
 * published one by one, so the crawl goes on while a scenario injures something), a webhook receiver, a
 * {@code yaowen broker} process (or, {@link #openCluster}, one per node of a KRaft cluster), and
 * {@code yaowen run --roles …} nodes started on demand. It counts the
 * topics and the consumer groups' lag while a scenario waits, and audits at the end. Closing stops every
 * process it started.
 */
public final class FaultRig implements AutoCloseable {
    static final Duration START_TIMEOUT = Duration.ofSeconds(180);
    static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);
    static final String BROKER_HEAP = "512m";
    static final String NODE_HEAP = "768m";
    /** The webhook channel every scenario's nodes announce on. */
    public static final String HOOK = "hook";

    private final Path dir;
    private final Progress progress;
    private final SiteFarm farm;
    private final WebhookReceiver hooks;
    private final KafkaClients kafka;
    private final TopicNames topics = TopicNames.DEFAULT;
    private final List<NodeYaml.Site> extraSites;
    private final List<ChildProcess> processes = java.util.Collections.synchronizedList(new ArrayList<>());
    private final AtomicBoolean publishing = new AtomicBoolean();
    private final AtomicInteger extraPages = new AtomicInteger();
    private final int farmTotal;
    private final AtomicBoolean feeding = new AtomicBoolean();
    private final List<Thread> threads = new ArrayList<>();
    private ChildProcess broker;
    /** The nodes of a cluster rig by node id (empty for a one-broker rig). */
    private final Map<Integer, ChildProcess> clusterNodes = new java.util.TreeMap<>();
    private Admin admin;

    private FaultRig(Path dir, Progress progress, SiteFarm farm, WebhookReceiver hooks, String bootstrapServers,
                     List<NodeYaml.Site> extraSites) {
        this.dir = dir;
        this.progress = progress;
        this.farm = farm;
        this.hooks = hooks;
        this.kafka = KafkaClients.plain(bootstrapServers);
        this.extraSites = extraSites;
        this.farmTotal = farm.articles().size() + farm.heldBack();
        Runtime.getRuntime().addShutdownHook(reaper);
    }

    /** Kills every child when the suite itself is stopped (Ctrl-C), so no broker or node outlives it. */
    private final Thread reaper = new Thread(() -> {
        synchronized (processes) {
            processes.forEach(p -> {
                if (p.alive()) {
                    try {
                        p.kill9();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            });
        }
    }, "faults-reaper");

    /**
     * Starts the farm (history published, the newest {@code heldBack} articles held back), the webhook receiver
     * and a broker in {@code dir}; {@code extraSites} are monitored besides the farm's.
     */
    public static FaultRig open(Path dir, Progress progress, int heldBack, List<NodeYaml.Site> extraSites) throws Exception {
        int port = freePorts(1).get(0);
        return open(dir, progress, heldBack, extraSites, "127.0.0.1:" + port, FaultRig::startBroker);
    }

    /**
     * As {@link #open}, with a KRaft cluster of {@code brokers} {@code yaowen broker} processes on loopback (each
     * broker and controller, data dir {@code broker-N}) instead of one broker; topics are replicated as the
     * cluster's size says (3 nodes: replication 3, min.insync.replicas 2).
     */
    public static FaultRig openCluster(Path dir, Progress progress, int heldBack, List<NodeYaml.Site> extraSites, int brokers)
            throws Exception {
        if (brokers < 2) {
            throw new IllegalArgumentException("a cluster rig has at least 2 brokers, was " + brokers);
        }
        List<Integer> ports = freePorts(2 * brokers);
        List<String> voters = new ArrayList<>();
        List<String> bootstrap = new ArrayList<>();
        for (int id = 1; id <= brokers; id++) {
            bootstrap.add("127.0.0.1:" + ports.get(2 * (id - 1)));
            voters.add(id + "@127.0.0.1:" + ports.get(2 * (id - 1) + 1));
        }
        String quorum = String.join(",", voters);
        return open(dir, progress, heldBack, extraSites, String.join(",", bootstrap), rig -> rig.startCluster(quorum, ports));
    }

    private interface BrokerStart {
        void start(FaultRig rig) throws Exception;
    }

    private static FaultRig open(Path dir, Progress progress, int heldBack, List<NodeYaml.Site> extraSites,
                                 String bootstrapServers, BrokerStart brokers) throws Exception {
        Files.createDirectories(dir);
        SiteFarm farm = SiteFarm.start(new FarmOptions(0, heldBack, false, 20240101L, false).withHistory(true));
        WebhookReceiver hooks;
        try {
            hooks = WebhookReceiver.start();
        } catch (IOException | RuntimeException e) {
            farm.close();
            throw e;
        }
        FaultRig rig = new FaultRig(dir, progress, farm, hooks, bootstrapServers, extraSites);
        try {
            brokers.start(rig);
        } catch (Exception e) {
            rig.close();
            throw e;
        }
        progress.say("farm " + farm.baseUri() + " (" + rig.farmTotal + " articles, " + farm.heldBack()
                + " held back), broker" + (rig.clusterNodes.isEmpty() ? " " : "s ") + rig.bootstrapServers()
                + ", work dir " + dir);
        return rig;
    }

    /** {@code n} distinct free ports (all held open while chosen, so none is picked twice). */
    private static List<Integer> freePorts(int n) throws IOException {
        List<ServerSocket> held = new ArrayList<>();
        try {
            for (int i = 0; i < n; i++) {
                held.add(new ServerSocket(0));
            }
            return held.stream().map(ServerSocket::getLocalPort).toList();
        } finally {
            for (ServerSocket s : held) {
                s.close();
            }
        }
    }

    public String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    public KafkaClients kafka() {
        return kafka;
    }

    public TopicNames topics() {
        return topics;
    }

    public WebhookReceiver hooks() {
        return hooks;
    }

    public Path dir() {
        return dir;
    }

    /** The DuckDB file the sink writes. */
    public Path store() {
        return dir.resolve("store").resolve("yaowen.duckdb");
    }

    private void startBroker() throws InterruptedException {
        String port = bootstrapServers().substring(bootstrapServers().lastIndexOf(':') + 1);
        broker = ChildProcess.start("broker", BROKER_HEAP, List.of("broker", "--data-dir", dir.resolve("broker").toString(),
                "--port", port), dir.resolve("logs").resolve("broker.log"));
        processes.add(broker);
        broker.awaitLine("Kafka ready at", START_TIMEOUT);
    }

    /** Starts every node of the cluster at once (a node answers only once a majority runs), waits for all. */
    private void startCluster(String quorum, List<Integer> ports) throws InterruptedException {
        for (int id = 1; id <= ports.size() / 2; id++) {
            String name = "broker-" + id;
            ChildProcess p = ChildProcess.start(name, BROKER_HEAP, List.of("broker", "--data-dir", dir.resolve(name).toString(),
                    "--port", Integer.toString(ports.get(2 * (id - 1))), "--node-id", Integer.toString(id),
                    "--controller-quorum", quorum), dir.resolve("logs").resolve(name + ".log"));
            processes.add(p);
            clusterNodes.put(id, p);
        }
        for (Map.Entry<Integer, ChildProcess> e : clusterNodes.entrySet()) {
            e.getValue().awaitLine("Kafka node " + e.getKey() + " ready at", START_TIMEOUT);
        }
    }

    /** SIGKILL node {@code nodeId} of a cluster rig; the others go on. */
    public void killClusterNode(int nodeId) throws InterruptedException {
        ChildProcess node = clusterNode(nodeId);
        node.kill9();
        progress.say("kill -9 broker " + nodeId + " (pid " + node.pid() + ")");
    }

    /** Starts the killed node {@code nodeId} of a cluster rig again on its data and ports, and waits until it answers. */
    public void restartClusterNode(int nodeId) throws InterruptedException {
        long started = System.nanoTime();
        ChildProcess again = clusterNode(nodeId).restart();
        processes.add(again);
        clusterNodes.put(nodeId, again);
        again.awaitLine("Kafka node " + nodeId + " ready at", START_TIMEOUT);
        progress.say("broker " + nodeId + " back after " + seconds(System.nanoTime() - started));
    }

    private ChildProcess clusterNode(int nodeId) {
        ChildProcess node = clusterNodes.get(nodeId);
        if (node == null) {
            throw new IllegalArgumentException("no cluster node " + nodeId + " in this rig; nodes: " + clusterNodes.keySet());
        }
        return node;
    }

    /** The leader's node id of every partition of {@code topicNames} that has one now. */
    public List<Integer> partitionLeaders(List<String> topicNames) throws Exception {
        return admin().describeTopics(topicNames).allTopicNames().get(30, java.util.concurrent.TimeUnit.SECONDS).values()
                .stream().flatMap(d -> d.partitions().stream())
                .filter(p -> p.leader() != null && p.leader().id() >= 0)
                .map(p -> p.leader().id()).toList();
    }

    /** Partitions of every topic (internal ones too) whose in-sync replicas are fewer than their replicas. */
    public long underReplicatedPartitions() throws Exception {
        var names = admin().listTopics(new org.apache.kafka.clients.admin.ListTopicsOptions().listInternal(true)).names()
                .get(30, java.util.concurrent.TimeUnit.SECONDS);
        return admin().describeTopics(names).allTopicNames().get(30, java.util.concurrent.TimeUnit.SECONDS).values()
                .stream().flatMap(d -> d.partitions().stream())
                .filter(p -> p.isr().size() < p.replicas().size()).count();
    }

    /** SIGKILL the broker (or SIGTERM when {@code kill9} is false), and start it again on the same data and port. */
    public void restartBroker(boolean kill9) throws InterruptedException {
        if (broker == null) {
            throw new IllegalStateException("restartBroker is for a one-broker rig; a cluster rig has killClusterNode"
                    + " and restartClusterNode");
        }
        if (kill9) {
            broker.kill9();
        } else {
            broker.stop(STOP_TIMEOUT);
        }
        progress.say((kill9 ? "kill -9" : "stopped") + " the broker (pid " + broker.pid() + "); starting it again");
        long started = System.nanoTime();
        ChildProcess again = broker.restart();
        processes.add(again);
        broker = again;
        broker.awaitLine("Kafka ready at", START_TIMEOUT);
        progress.say("broker back after " + seconds(System.nanoTime() - started));
    }

    /** Starts {@code yaowen run --roles roles} with a config of its own and waits until it runs. */
    public ChildProcess node(String name, String roles) throws Exception {
        return node(name, roles, defaultChannels());
    }

    /** As {@link #node(String, String)}, announcing on {@code channels}. */
    public ChildProcess node(String name, String roles, List<NodeYaml.Channel> channels) throws Exception {
        return nodes(Map.of(name, roles), channels).get(name);
    }

    /**
     * Starts one node per entry of {@code rolesByName} (name → roles) at once, and waits until all run:
     * JVMs start in parallel, which saves a scenario tens of seconds.
     */
    public Map<String, ChildProcess> nodes(Map<String, String> rolesByName) throws Exception {
        return nodes(rolesByName, defaultChannels());
    }

    private Map<String, ChildProcess> nodes(Map<String, String> rolesByName, List<NodeYaml.Channel> channels) throws Exception {
        Map<String, ChildProcess> started = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : rolesByName.entrySet()) {
            started.put(e.getKey(), launch(e.getKey(), e.getValue(), channels));
        }
        for (Map.Entry<String, ChildProcess> e : started.entrySet()) {
            e.setValue(awaitRunning(e.getValue()));
            progress.say("started " + e.getKey() + " (" + rolesByName.get(e.getKey()) + ", pid " + e.getValue().pid() + ")");
        }
        return started;
    }

    /**
     * Waits until {@code node} runs. A node gives up when the cluster does not answer within its first few
     * seconds; on a busy machine, with several JVMs starting at once, that happens, so it is started again
     * (up to {@link #START_ATTEMPTS} times), as a supervisor would.
     */
    private ChildProcess awaitRunning(ChildProcess node) throws InterruptedException {
        ChildProcess current = node;
        for (int attempt = 1; ; attempt++) {
            try {
                current.awaitLine("Yaowen running", START_TIMEOUT);
                return current;
            } catch (IllegalStateException e) {
                if (current.alive() || attempt == START_ATTEMPTS) {
                    throw e;
                }
                progress.say(node.name() + " stopped while starting (" + e.getMessage() + "); starting it again");
                Thread.sleep(RESTART_PAUSE.toMillis());
                current = current.restart();
                processes.add(current);
            }
        }
    }

    /** Starts of a node before a scenario gives up. */
    static final int START_ATTEMPTS = 5;
    /** Wait before such a new start: a busy machine gets a moment. */
    static final Duration RESTART_PAUSE = Duration.ofSeconds(3);

    private List<NodeYaml.Channel> defaultChannels() {
        return List.of(new NodeYaml.Channel(HOOK, hooks.url(HOOK), Duration.ofSeconds(10)));
    }

    private ChildProcess launch(String name, String roles, List<NodeYaml.Channel> channels) throws IOException {
        Path config = dir.resolve(name + ".yaml");
        List<NodeYaml.Site> sites = new ArrayList<>();
        farm.sites().forEach(s -> sites.add(new NodeYaml.Site(s.id(), s.name(), s.regionCode(), s.listUrls())));
        sites.addAll(extraSites);
        Files.writeString(config, NodeYaml.render(dir.resolve(name), bootstrapServers(), store(), channels, sites),
                StandardCharsets.UTF_8);
        ChildProcess p = ChildProcess.start(name, NODE_HEAP, List.of("run", "--roles", roles, "--config", config.toString(),
                "--bootstrap-servers", bootstrapServers()), dir.resolve("logs").resolve(name + ".log"));
        processes.add(p);
        return p;
    }

    /** SIGKILL {@code node} and start it again; returns the new process once it runs. */
    public ChildProcess killAndRestart(ChildProcess node) throws InterruptedException {
        node.kill9();
        progress.say("kill -9 " + node.name() + " (pid " + node.pid() + "); starting it again");
        long started = System.nanoTime();
        ChildProcess again = node.restart();
        processes.add(again);
        again = awaitRunning(again);
        progress.say(node.name() + " running again after " + seconds(System.nanoTime() - started));
        return again;
    }

    /** Publishes the farm's held-back articles, one every {@code every}, on a thread of its own. */
    public void startPublishing(Duration every) {
        publishing.set(true);
        Thread t = new Thread(() -> {
            try {
                while (farm.heldBack() > 0) {
                    Thread.sleep(every.toMillis());
                    farm.publishNext();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                publishing.set(false);
            }
        }, "faults-publisher");
        t.setDaemon(true);
        threads.add(t);
        t.start();
    }

    /**
     * Sends {@code pages} raw pages straight to the raw topic, {@code perSecond} a second, on a thread of its own,
     * as a crawler would: copies of the farm's article pages under URLs of their own, so the pipeline, the sink
     * and the alerts have work in flight whenever a scenario strikes.
     */
    public void feed(int pages, int perSecond) throws Exception {
        List<FarmArticle> sources = farm.articles();
        List<byte[]> bodies = new ArrayList<>();
        HttpClient http = HttpClient.newHttpClient();
        for (FarmArticle a : sources) {
            bodies.add(http.send(HttpRequest.newBuilder(a.url()).build(), HttpResponse.BodyHandlers.ofByteArray()).body());
        }
        extraPages.addAndGet(pages);
        feeding.set(true);
        Thread t = new Thread(() -> {
            try (KafkaProducer<String, byte[]> producer = producer()) {
                long interval = 1_000_000_000L / perSecond;
                long next = System.nanoTime();
                for (int i = 0; i < pages; i++) {
                    FarmArticle source = sources.get(i % sources.size());
                    String url = source.url() + "?copy=" + i;
                    RawPage page = RawPage.newBuilder().setUrl(url).setRequestedUrl(url).setSiteId(source.siteId())
                            .setFetchedAt(Instant.now()).setStatus(200).setContentType("text/html")
                            .setBody(java.nio.ByteBuffer.wrap(bodies.get(i % bodies.size()))).build();
                    producer.send(new ProducerRecord<>(topics.pagesRaw(), url, RecordSerdes.RAW_PAGE.encode(page)));
                    next += interval;
                    long wait = next - System.nanoTime();
                    if (wait > 0) {
                        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                    }
                }
                producer.flush();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                progress.say("feeding failed: " + e);
            } finally {
                feeding.set(false);
            }
        }, "faults-feeder");
        t.setDaemon(true);
        threads.add(t);
        t.start();
    }

    /**
     * Sends {@code value} under {@code key} to the raw topic now; returns where it landed. Counted among the
     * raw pages the audit expects an outcome for.
     */
    public RecordMetadata inject(String key, byte[] value) throws Exception {
        try (KafkaProducer<String, byte[]> producer = producer()) {
            RecordMetadata m = producer.send(new ProducerRecord<>(topics.pagesRaw(), key, value)).get();
            extraPages.incrementAndGet();
            return m;
        }
    }

    private KafkaProducer<String, byte[]> producer() {
        Properties p = kafka.config();
        p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Topics.MAX_MESSAGE_BYTES);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        return new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
    }

    /** Held-back articles still to publish. */
    public int heldBack() {
        return farm.heldBack();
    }

    /** Whether held-back articles are still being published. */
    public boolean publishing() {
        return publishing.get();
    }

    /** Counts {@code pages} more raw pages as expected (pages of a site besides the farm, once they are in). */
    public void addExpected(int pages) {
        extraPages.addAndGet(pages);
    }

    /** The keys (canonical URLs) on the raw topic now. */
    public List<String> rawKeys() {
        try {
            return new TopicReader(kafka, topics, Duration.ofSeconds(30)).raw().stream().map(AuditInput.Raw::key).toList();
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    /** Raw pages the run should end with: every farm article, plus what was fed and injected. */
    public long expectedRawPages() {
        return farmTotal + extraPages.get();
    }

    /** Farm articles alone (what a crawler must find). */
    public int farmArticles() {
        return farmTotal;
    }

    /** Committed records per topic now. */
    public Map<String, Long> counts() {
        return TopicProgress.count(kafka, List.of(topics.pagesRaw(), topics.articles(), topics.dlq(), topics.meetings(),
                topics.metrics(), topics.alerts()));
    }

    /** Records the pipeline, the sink and the given alert channels have still to process. */
    public Map<String, Long> lag(List<String> channels) throws Exception {
        Map<String, Long> lag = new LinkedHashMap<>();
        String app = "yaowen-pipeline";
        List<String> inputs = new ArrayList<>(List.of(topics.pagesRaw(), topics.articles()));
        inputs.addAll(PipelineApp.repartitionTopics(app));
        lag.put("pipeline", TopicProgress.lag(admin(), kafka, app, inputs));
        lag.put("sink", TopicProgress.lag(admin(), kafka, SinkConsumer.DEFAULT_GROUP_ID, SinkConsumer.topics(topics)));
        for (String c : channels) {
            lag.put("alerts " + c, TopicProgress.lag(admin(), kafka, "yaowen-alerts-" + c, List.of(topics.alerts())));
        }
        return lag;
    }

    private Admin admin() {
        if (admin == null) {
            admin = Admin.create(kafka.config(Map.of("default.api.timeout.ms", 10000, "request.timeout.ms", 5000)));
        }
        return admin;
    }

    /** Waits until {@code condition} holds, saying what is counted every few seconds. */
    public void await(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long nextSay = 0;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("timed out after " + timeout.toSeconds() + " s waiting for " + what
                        + " (" + describe() + ")");
            }
            if (System.nanoTime() > nextSay) {
                progress.say("waiting for " + what + ": " + describe());
                nextSay = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            }
            Thread.sleep(500);
        }
    }

    /** As {@link #await}, but returns false instead of throwing when {@code timeout} passes. */
    public boolean within(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
        try {
            await(what, timeout, condition);
            return true;
        } catch (IllegalStateException e) {
            progress.say(e.getMessage());
            return false;
        }
    }

    /** Waits until the raw topic holds at least {@code pages} records. */
    public void awaitRaw(long pages, Duration timeout) throws InterruptedException {
        await(pages + " raw pages", timeout, () -> count(topics.pagesRaw()) >= pages);
    }

    long count(String topic) {
        try {
            return counts().getOrDefault(topic, 0L);
        } catch (RuntimeException e) {
            return -1;
        }
    }

    private String describe() {
        try {
            Map<String, Long> c = counts();
            StringBuilder behind = new StringBuilder();
            try {
                lag(List.of(HOOK)).forEach((who, n) -> behind.append(n > 0 ? " · " + who + " behind " + n : ""));
            } catch (Exception e) {
                behind.append(" · lag unknown");
            }
            return String.format("raw %d/%d · articles %d · dead letters %d · meetings %d · metrics %d · alerts %d · webhook %d%s",
                    c.get(topics.pagesRaw()), expectedRawPages(), c.get(topics.articles()), c.get(topics.dlq()),
                    c.get(topics.meetings()), c.get(topics.metrics()), c.get(topics.alerts()),
                    hooks.received(HOOK).values().stream().mapToLong(Long::longValue).sum(), behind);
        } catch (RuntimeException e) {
            return "cluster not answering (" + e.getClass().getSimpleName() + ")";
        }
    }

    /**
     * Waits until every page is in (publishing and feeding done, the raw topic at {@link #expectedRawPages})
     * and the pipeline, the sink and {@code channels} have processed everything, twice in a row.
     */
    public void awaitSettled(Duration timeout, List<String> channels) throws InterruptedException {
        int[] calm = {0};
        await("everything processed", timeout, () -> {
            try {
                boolean done = !publishing.get() && !feeding.get() && count(topics.pagesRaw()) >= expectedRawPages()
                        && lag(channels).values().stream().allMatch(n -> n == 0);
                calm[0] = done ? calm[0] + 1 : 0;
                return calm[0] >= 2;
            } catch (Exception e) {
                calm[0] = 0;
                return false;
            }
        });
    }

    /** What the topics (and, when asked, the store: stop the sink first) hold, and the audit of it. */
    public Audited audit(boolean withStore) {
        AuditInput input = new TopicReader(kafka, topics, Duration.ofMinutes(2))
                .read(withStore ? Optional.of(StoreKeys.read(store().toString())) : Optional.empty());
        return new Audited(input, Audit.of(input, topics.pagesRaw(), topics.articles()));
    }

    /** An audit's input and its report. */
    public record Audited(AuditInput input, AuditReport report) {
    }

    private static boolean isBroker(ChildProcess p) {
        return p.name().equals("broker") || p.name().startsWith("broker-");
    }

    static String seconds(long nanos) {
        return String.format("%.1f s", nanos / 1e9);
    }

    /** Stops every process this rig started (SIGTERM, then SIGKILL), the farm and the receiver. */
    @Override
    public void close() {
        threads.forEach(Thread::interrupt);
        if (admin != null) {
            admin.close(Duration.ofSeconds(5));
        }
        // nodes first, while the broker still answers their goodbyes; then the broker
        List<ChildProcess> order = new ArrayList<>(processes.stream().filter(p -> !isBroker(p)).toList());
        java.util.Collections.reverse(order);
        order.addAll(processes.stream().filter(FaultRig::isBroker).toList());
        for (ChildProcess p : order) {
            try {
                p.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        hooks.close();
        farm.close();
        try {
            Runtime.getRuntime().removeShutdownHook(reaper);
        } catch (IllegalStateException e) {
            // shutting down already: the reaper runs
        }
    }
}
