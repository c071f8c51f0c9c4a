package yaowen.testkit;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import java.util.LinkedHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import yaowen.broker.EmbeddedBroker;
import yaowen.broker.KraftQuorum;
import yaowen.broker.TopicSetup;
import yaowen.records.Topics;
import yaowen.records.Topics.Replication;

/**
 * A real Kafka for integration tests, with Yaowen's topics created: one per test class (start in
 * {@code @BeforeAll}, close in {@code @AfterAll}); tests use fresh application and group ids. One node by
 * default; {@link #start(Path, int)} starts a KRaft cluster of several nodes in this JVM (every node broker and
 * controller, on free loopback ports, each with its own directory), whose nodes a test can stop and start again
 * ({@link #stopBroker}, {@link #restartBroker}) to see the flow survive a broker's loss.
 */
public final class TestCluster implements AutoCloseable {
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final Path dir;
    private final KraftQuorum quorum;
    private final String clusterId;
    private final Map<Integer, Integer> clientPorts;
    private final Map<Integer, EmbeddedBroker> running = new ConcurrentHashMap<>();
    private final String bootstrapServers;

    private TestCluster(Path dir, KraftQuorum quorum, String clusterId, Map<Integer, Integer> clientPorts,
                        Map<Integer, EmbeddedBroker> started, String bootstrapServers) {
        this.dir = dir;
        this.quorum = quorum;
        this.clusterId = clusterId;
        this.clientPorts = Map.copyOf(clientPorts);
        this.running.putAll(started);
        this.bootstrapServers = bootstrapServers;
    }

    /** Starts a node with its data in {@code dir} and creates every Yaowen topic. */
    public static TestCluster start(Path dir) {
        EmbeddedBroker broker = EmbeddedBroker.start(dir, 0, START_TIMEOUT);
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
            TopicSetup.ensure(admin, Topics.definitions(Topics.DEFAULT_PARTITIONS, (short) 1), Duration.ofSeconds(30));
        } catch (RuntimeException e) {
            broker.close();
            throw e;
        }
        return new TestCluster(dir, null, null, Map.of(), Map.of(broker.nodeId(), broker), broker.bootstrapServers());
    }

    /**
     * Starts a cluster of {@code brokers} nodes (ids 1…n, node {@code i}'s data in {@code dir/node-i}) and creates
     * every Yaowen topic replicated as {@link Replication#forBrokers} says: on three nodes, three replicas with two
     * in sync.
     */
    public static TestCluster start(Path dir, int brokers) {
        if (brokers < 1) {
            throw new IllegalArgumentException("a cluster has at least one broker, was " + brokers);
        }
        List<KraftQuorum.Voter> voters = new ArrayList<>();
        Map<Integer, Integer> clientPorts = new LinkedHashMap<>();
        List<Integer> ports = Ports.free(2 * brokers);
        for (int id = 1; id <= brokers; id++) {
            voters.add(new KraftQuorum.Voter(id, "127.0.0.1", ports.get(2 * (id - 1))));
            clientPorts.put(id, ports.get(2 * (id - 1) + 1));
        }
        KraftQuorum quorum = new KraftQuorum(voters);
        String clusterId = quorum.derivedClusterId();
        String bootstrap = String.join(",", clientPorts.values().stream().map(p -> "127.0.0.1:" + p).toList());
        TestCluster cluster = new TestCluster(dir, quorum, clusterId, clientPorts, Map.of(), bootstrap);
        try {
            cluster.startInParallel(clientPorts.keySet());
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
                TopicSetup.awaitBrokers(admin, brokers, START_TIMEOUT);
                TopicSetup.ensure(admin, Topics.definitions(Topics.DEFAULT_PARTITIONS, Replication.forBrokers(brokers)),
                        Duration.ofSeconds(30));
            }
        } catch (RuntimeException e) {
            cluster.close();
            throw e;
        }
        return cluster;
    }

    /** A voter of a cluster this JVM starts needs every other voter up to answer: start them side by side. */
    private void startInParallel(java.util.Collection<Integer> ids) {
        ExecutorService pool = Executors.newFixedThreadPool(ids.size());
        try {
            List<Future<EmbeddedBroker>> starting = new ArrayList<>();
            for (int id : ids) {
                starting.add(pool.submit(() -> startNode(id)));
            }
            // every node that did start is kept in running, even after another failed, so close() stops it
            RuntimeException failed = null;
            for (Future<EmbeddedBroker> f : starting) {
                try {
                    EmbeddedBroker b = f.get();
                    running.put(b.nodeId(), b);
                } catch (ExecutionException e) {
                    RuntimeException cause = e.getCause() instanceof RuntimeException r ? r
                            : new IllegalStateException(e.getCause());
                    if (failed == null) {
                        failed = cause;
                    } else {
                        failed.addSuppressed(cause);
                    }
                }
            }
            if (failed != null) {
                throw failed;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            pool.shutdownNow();
            throw new IllegalStateException("interrupted while starting the cluster", e);
        } finally {
            pool.shutdown();
        }
    }

    private EmbeddedBroker startNode(int nodeId) {
        return EmbeddedBroker.start(dir.resolve("node-" + nodeId),
                new EmbeddedBroker.ClusterMember(nodeId, clientPorts.get(nodeId), quorum, clusterId), START_TIMEOUT);
    }

    /** Every node's client address, comma-separated: clients find the cluster while any one of them runs. */
    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** The ids of the nodes running now. */
    public java.util.Set<Integer> runningBrokers() {
        return new java.util.TreeSet<>(running.keySet());
    }

    /**
     * Stops node {@code nodeId} as a shutdown of its process would (it hands its leaderships over first); its data
     * stays for {@link #restartBroker}.
     */
    public void stopBroker(int nodeId) {
        requireCluster();
        EmbeddedBroker b = running.remove(nodeId);
        if (b == null) {
            throw new IllegalStateException("node " + nodeId + " is not running; running: " + runningBrokers());
        }
        b.close();
    }

    /** Starts node {@code nodeId} again on its directory and ports, and waits until it answers. */
    public void restartBroker(int nodeId) {
        requireCluster();
        if (running.containsKey(nodeId) || !clientPorts.containsKey(nodeId)) {
            throw new IllegalStateException("node " + nodeId + " is running or not of this cluster");
        }
        running.put(nodeId, startNode(nodeId));
    }

    /** The node leading {@code partition} of {@code topic} now, or -1 while it has none. */
    public int leaderOf(String topic, int partition) {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers, "default.api.timeout.ms", 10_000,
                "request.timeout.ms", 5_000))) {
            var d = admin.describeTopics(List.of(topic)).allTopicNames().get(10, java.util.concurrent.TimeUnit.SECONDS)
                    .get(topic).partitions().get(partition);
            return d.leader() == null || d.leader().isEmpty() ? -1 : d.leader().id();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("cannot describe " + topic + ": " + e.getMessage(), e);
        }
    }

    private void requireCluster() {
        if (quorum == null) {
            throw new IllegalStateException("a one-node TestCluster cannot stop its broker; start one with start(dir, n)");
        }
    }

    /** Sends one record and waits for the acknowledgement. */
    public void produce(String topic, String key, byte[] value) {
        Properties p = new Properties();
        p.put("bootstrap.servers", bootstrapServers());
        try (var producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (Exception e) {
            throw new IllegalStateException("cannot produce to " + topic, e);
        }
    }

    /**
     * Reads committed records of {@code topic} from the start until {@code done} holds for what was read,
     * or fails after {@code timeout} saying what was seen.
     */
    public <T> List<ConsumerRecord<String, T>> readUntil(String topic, Deserializer<T> values,
                                                         Predicate<List<ConsumerRecord<String, T>>> done, Duration timeout) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "testkit-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        List<ConsumerRecord<String, T>> read = new ArrayList<>();
        Instant deadline = Instant.now().plus(timeout);
        try (var consumer = new KafkaConsumer<>(p, new StringDeserializer(), values)) {
            consumer.subscribe(List.of(topic));
            while (!done.test(read)) {
                if (Instant.now().isAfter(deadline)) {
                    throw new AssertionError("after " + timeout + " " + topic + " holds " + read.size()
                            + " records, not what the test waits for: keys " + read.stream().map(ConsumerRecord::key).toList());
                }
                consumer.poll(Duration.ofMillis(200)).forEach(read::add);
            }
        }
        return read;
    }

    /** Reads until at least {@code count} records arrived, then a little longer to catch extras. */
    public <T> List<ConsumerRecord<String, T>> readAtLeast(String topic, Deserializer<T> values, int count, Duration timeout) {
        return readUntil(topic, values, r -> r.size() >= count, timeout);
    }

    @Override
    public void close() {
        // stopped side by side: a voter shutting down alone waits for a quorum that the others' shutdown takes away
        List<EmbeddedBroker> all = new ArrayList<>(running.values());
        running.clear();
        List<Thread> stopping = all.stream().map(b -> new Thread(b::close, "stop-kafka-" + b.nodeId())).toList();
        stopping.forEach(Thread::start);
        for (Thread t : stopping) {
            try {
                t.join(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
