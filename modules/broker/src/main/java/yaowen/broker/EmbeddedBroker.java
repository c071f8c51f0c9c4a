package yaowen.broker;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.Feature;
import org.apache.kafka.server.common.MetadataVersion;
import yaowen.records.Topics.Replication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Kafka node (KRaft: broker and controller in one node) running in this JVM, alone or as one of the
 * voters of a cluster ({@link ClusterMember}), with its log directory on disk, so a restart on the same
 * directory keeps topics and committed offsets.
 * Built only from Apache Kafka's own server classes ({@code kafka_2.13}), as {@code kafka-storage
 * format} followed by {@code kafka-server-start} would do.
 *
 * <p>Listens on loopback only. Not thread-safe to start and close concurrently; clients may use it from
 * any thread.
 */
public final class EmbeddedBroker implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedBroker.class);
    private static final String HOST = "127.0.0.1";

    private final KafkaRaftServer server;
    private final String bootstrapServers;
    private final int nodeId;

    private EmbeddedBroker(KafkaRaftServer server, String bootstrapServers, int nodeId) {
        this.server = server;
        this.bootstrapServers = bootstrapServers;
        this.nodeId = nodeId;
    }

    /**
     * Formats {@code dataDir} if it holds no Kafka data yet, starts a one-node cluster and waits until it answers.
     *
     * @param dataDir where the log lives ({@code dataDir} itself is created if missing)
     * @param port    client port on 127.0.0.1, or 0 for any free port
     * @param timeout how long to wait for the node to answer
     * @throws BrokerStartException when the node cannot start (port taken, unreadable directory, …)
     */
    public static EmbeddedBroker start(Path dataDir, int port, Duration timeout) {
        int brokerPort = port == 0 ? freePort() : port;
        return start(dataDir, new ClusterMember(1, brokerPort, KraftQuorum.single(1, freePort()), Uuid.randomUuid().toString()),
                timeout);
    }

    /**
     * Formats {@code dataDir} for {@code member}'s cluster if it holds no Kafka data yet, starts the node and waits
     * until it answers. A node of a cluster of several answers only once a majority of the voters runs: start the
     * others within {@code timeout} (in this JVM: from other threads).
     *
     * @throws BrokerStartException when the node cannot start (port taken, unreadable directory, no quorum in time,
     *                              a directory formatted for another node or cluster, …)
     */
    public static EmbeddedBroker start(Path dataDir, ClusterMember member, Duration timeout) {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(member, "member");
        Instant started = Instant.now();
        Path logDir = dataDir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(logDir);
        } catch (IOException e) {
            throw new BrokerStartException("cannot create Kafka data directory " + logDir + ": " + e.getMessage(), e);
        }
        Properties props = serverProperties(logDir, member, timeout);
        KafkaConfig config = KafkaConfig.fromProps(props, false);
        format(config, logDir, member.clusterId());
        KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
        try {
            server.startup();
        } catch (RuntimeException e) {
            safeShutdown(server);
            throw new BrokerStartException("Kafka node " + member.nodeId() + " did not start on port " + member.port() + ": "
                    + e.getMessage(), e);
        }
        String bootstrap = HOST + ":" + member.port();
        EmbeddedBroker broker = new EmbeddedBroker(server, bootstrap, member.nodeId());
        broker.awaitReady(timeout);
        LOG.info("Embedded Kafka node {} ready at {} (data in {}, {} voter(s)) after {} ms", member.nodeId(), bootstrap, logDir,
                member.quorum().size(), Duration.between(started, Instant.now()).toMillis());
        return broker;
    }

    /**
     * One node of a KRaft cluster where every node is broker and controller.
     *
     * @param nodeId    this node's id, one of the quorum's voters
     * @param port      client port on 127.0.0.1
     * @param quorum    the cluster's voters; this node's entry says where its controller listens
     * @param clusterId the id every node of the cluster is formatted with (22 characters of base64)
     */
    public record ClusterMember(int nodeId, int port, KraftQuorum quorum, String clusterId) {
        public ClusterMember {
            Objects.requireNonNull(quorum, "quorum");
            KraftQuorum.checkClusterId(clusterId);
            if (nodeId < 0) {
                throw new IllegalArgumentException("node id must be 0 or more, was " + nodeId);
            }
            KraftQuorum.Voter self = quorum.voter(nodeId).orElseThrow(() -> new IllegalArgumentException("node id " + nodeId
                    + " is not a voter of the controller quorum " + quorum + "; every node is broker and controller"));
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("client port must be between 1 and 65535, was " + port);
            }
            if (port == self.port()) {
                throw new IllegalArgumentException("client port " + port + " is node " + nodeId
                        + "'s controller port in the quorum; give it another");
            }
        }

        /** Where this node's controller listens, as the quorum says. */
        public KraftQuorum.Voter voter() {
            return quorum.voter(nodeId).orElseThrow();
        }

        /** The replication of the cluster's topics: one per voter, at most three. */
        public Replication replication() {
            return Replication.forBrokers(quorum.size());
        }
    }

    /** {@code host:port} for clients' {@code bootstrap.servers}. */
    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** This node's id in its cluster (1 for a one-node cluster). */
    public int nodeId() {
        return nodeId;
    }

    /** Stops the node and waits for it; data stays on disk. */
    @Override
    public void close() {
        safeShutdown(server);
        LOG.info("Embedded Kafka node {} at {} stopped", nodeId, bootstrapServers);
    }

    static Properties serverProperties(Path logDir, ClusterMember member, Duration startTimeout) {
        KraftQuorum.Voter self = member.voter();
        Replication replication = member.replication();
        String factor = String.valueOf(replication.factor());
        String minIsr = String.valueOf(replication.minInsyncReplicas());
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", String.valueOf(member.nodeId()));
        p.put("controller.quorum.voters", member.quorum().toString());
        p.put("listeners", "PLAINTEXT://" + HOST + ":" + member.port() + ",CONTROLLER://" + self.host() + ":" + self.port());
        p.put("advertised.listeners", "PLAINTEXT://" + HOST + ":" + member.port());
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("log.dirs", logDir.toString());
        // Every voter is a broker: internal topics get a replica per broker (at most 3), and from 3 on a write
        // needs 2 in sync, so one node may die without losing a committed offset or transaction.
        p.put("offsets.topic.replication.factor", factor);
        p.put("offsets.topic.num.partitions", "5");
        p.put("transaction.state.log.replication.factor", factor);
        p.put("transaction.state.log.min.isr", minIsr);
        p.put("transaction.state.log.num.partitions", "5");
        p.put("share.coordinator.state.topic.replication.factor", factor);
        p.put("share.coordinator.state.topic.min.isr", minIsr);
        p.put("default.replication.factor", factor);
        p.put("min.insync.replicas", minIsr);
        p.put("group.initial.rebalance.delay.ms", "0");
        // A node whose quorum does not form gives up with the caller's timeout instead of waiting forever.
        p.put("server.max.startup.time.ms", String.valueOf(Math.max(1, startTimeout.toMillis())));
        // Topics are created by Yaowen with chosen partitions and cleanup policies.
        p.put("auto.create.topics.enable", "false");
        p.put("num.partitions", "3");
        p.put("log.cleaner.dedupe.buffer.size", String.valueOf(8 * 1024 * 1024));
        return p;
    }

    private static void format(KafkaConfig config, Path logDir, String clusterId) {
        if (Files.exists(logDir.resolve("meta.properties"))) {
            LOG.debug("Kafka storage in {} is already formatted", logDir);
            return;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8)) {
            new Formatter()
                    .setPrintStream(print)
                    .setNodeId(config.nodeId())
                    .setClusterId(clusterId)
                    .setControllerListenerName("CONTROLLER")
                    .setMetadataLogDirectory(config.metadataLogDir())
                    .setDirectories(List.of(logDir.toString()))
                    .setReleaseVersion(MetadataVersion.latestProduction())
                    .setSupportedFeatures(Feature.PRODUCTION_FEATURES)
                    .setUnstableFeatureVersionsEnabled(false)
                    .run();
        } catch (Exception e) {
            throw new BrokerStartException("cannot format Kafka storage in " + logDir + ": " + e.getMessage(), e);
        }
        LOG.debug("storage format: {}", out.toString(StandardCharsets.UTF_8).trim());
    }

    private void awaitReady(Duration timeout) {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
        Instant deadline = Instant.now().plus(timeout);
        try (Admin admin = Admin.create(props)) {
            while (true) {
                try {
                    if (!admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (Exception e) {
                    if (e instanceof InterruptedException) {
                        Thread.currentThread().interrupt();
                        throw new BrokerStartException("interrupted while waiting for Kafka", e);
                    }
                    LOG.debug("Kafka not ready yet: {}", e.toString());
                }
                if (Instant.now().isAfter(deadline)) {
                    close();
                    throw new BrokerStartException("Kafka at " + bootstrapServers + " did not answer within " + timeout, null);
                }
                sleep(Duration.ofMillis(100));
            }
        }
    }

    private static void safeShutdown(KafkaRaftServer server) {
        try {
            server.shutdown();
            server.awaitShutdown();
        } catch (RuntimeException e) {
            LOG.warn("Kafka shutdown: {}", e.toString());
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(HOST, 0));
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on " + HOST, e);
        }
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BrokerStartException("interrupted while waiting for Kafka", e);
        }
    }
}
