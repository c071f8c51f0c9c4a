package yaowen.cli.commands;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.clients.admin.Admin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import yaowen.broker.EmbeddedBroker;
import yaowen.broker.KraftQuorum;
import yaowen.broker.TopicSetup;
import yaowen.cli.logging.LogOptions;
import yaowen.cli.logging.Logs;
import yaowen.records.Topics;
import yaowen.records.Topics.Replication;

/**
 * {@code yaowen broker}: the embedded Kafka on its own, so several processes can share it; alone, or as one node of
 * a KRaft cluster of several ({@code --controller-quorum}), each node broker and controller.
 */
@Command(name = "broker", mixinStandardHelpOptions = true,
        description = {"Runs a Kafka node (KRaft) with Yaowen's topics until Ctrl-C, for nodes started with --bootstrap-servers.",
                "Alone by default. For a cluster, start one process per node, each with its own --data-dir, --port and",
                "--node-id, all with the same --controller-quorum, e.g. three on one machine:",
                "  yaowen broker --data-dir d1 --port 19092 --node-id 1 --controller-quorum 1@127.0.0.1:19093,2@127.0.0.1:29093,3@127.0.0.1:39093",
                "  yaowen broker --data-dir d2 --port 29092 --node-id 2 --controller-quorum …   (and node 3 likewise)",
                "Topics then get one replica per node, at most 3, and from 3 on a write needs 2 in sync (min.insync.replicas 2),",
                "so the cluster keeps going, with nothing acknowledged lost, when one node dies. At the first start every node",
                "waits (saying so every minute) until as many nodes run as topics have replicas. Clients use",
                "--bootstrap-servers 127.0.0.1:19092,127.0.0.1:29092,127.0.0.1:39092."})
public final class BrokerCommand implements Callable<Integer> {
    static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    /** How often a node waiting for the other nodes says so. */
    static final Duration WAIT_NOTE_EVERY = Duration.ofSeconds(60);

    @Option(names = "--data-dir", defaultValue = "data", description = "Kafka data goes to DIR/kafka, logs to DIR/logs (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @Mixin
    LogOptions logging;

    @Option(names = "--port", defaultValue = "9092",
            description = "Client port on 127.0.0.1; 0 = any free port, for a node alone (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--node-id", paramLabel = "N",
            description = "This node's id, one of the ids in --controller-quorum (default: 1).")
    Integer nodeId;

    @Option(names = "--controller-quorum", paramLabel = "ID@HOST:PORT,…",
            description = {"Every node of the cluster with its controller address (Kafka's controller.quorum.voters);",
                    "this node's controller listens at its own entry. Not given: a one-node cluster."})
    String controllerQuorum;

    @Option(names = "--cluster-id", paramLabel = "ID",
            description = {"The id the data dir is formatted with, the same on every node (22 characters of base64, as",
                    "kafka-storage random-uuid prints). Not given: derived from --controller-quorum, alike on every node."})
    String clusterId;

    @Override
    public Integer call() throws Exception {
        EmbeddedBroker.ClusterMember member = member(); // wrong options: one line, exit 2, nothing touched
        DataDirLock lock = DataDirLock.take(dataDir, "broker"); // first: a second process must touch nothing
        try (lock;
             Logs logs = logging.start(dataDir, System.out)) {
            if (member == null) {
                runAlone();
            } else {
                runInCluster(member);
            }
        }
        return 0;
    }

    private void runAlone() throws InterruptedException {
        try (EmbeddedBroker broker = EmbeddedBroker.start(dataDir.resolve("kafka"), port, START_TIMEOUT)) {
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
                TopicSetup.ensure(admin, Topics.definitions(Topics.DEFAULT_PARTITIONS, (short) 1), Duration.ofSeconds(60));
            }
            System.out.println("Kafka ready at " + broker.bootstrapServers() + " (Ctrl-C to stop)");
            awaitStop();
        }
    }

    private void runInCluster(EmbeddedBroker.ClusterMember member) throws InterruptedException {
        int voters = member.quorum().size();
        System.out.println("Starting Kafka node " + member.nodeId() + " of " + voters + " (controller "
                + member.voter().host() + ":" + member.voter().port() + ", cluster " + member.clusterId()
                + "); it answers once a majority of the nodes runs ...");
        try (EmbeddedBroker broker = EmbeddedBroker.start(dataDir.resolve("kafka"), member, START_TIMEOUT)) {
            Replication replication = member.replication();
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
                awaitBrokers((expected, within) -> TopicSetup.awaitBrokers(admin, expected, within), voters,
                        replication.factor(), live -> System.out.println(waitingFor(live, voters, replication)));
                TopicSetup.ensure(admin, Topics.definitions(Topics.DEFAULT_PARTITIONS, replication), Duration.ofSeconds(60));
            }
            System.out.println("Kafka node " + member.nodeId() + " ready at " + broker.bootstrapServers() + " (cluster of "
                    + voters + ", replication " + replication.factor() + ", min.insync.replicas "
                    + replication.minInsyncReplicas() + "; Ctrl-C to stop)");
            awaitStop();
        }
    }

    /** How many brokers have registered after waiting at most {@code within} for {@code expected} of them. */
    interface BrokerCount {
        int within(int expected, Duration within);
    }

    /**
     * Waits for the brokers topics need: for every voter up to {@link #START_TIMEOUT} (so partitions spread over all
     * nodes), then, while fewer than {@code needed} (the replication factor) answer, again every
     * {@link #WAIT_NOTE_EVERY}, telling {@code waiting} how many answer each time. A node missing at the first
     * start is waited for, not a failure.
     */
    static int awaitBrokers(BrokerCount brokers, int voters, int needed, java.util.function.IntConsumer waiting) {
        int live = brokers.within(voters, START_TIMEOUT);
        while (live < needed) {
            waiting.accept(live);
            live = brokers.within(needed, WAIT_NOTE_EVERY);
        }
        return live;
    }

    /**
     * The line a node prints while fewer brokers than replicas have registered. It waits instead of creating topics
     * with fewer replicas: Kafka's own offsets and transaction topics are set to the full factor when the node
     * starts, so consumer groups and transactions work only once every node is there anyway, and Yaowen's topics
     * created with fewer replicas would keep them after the missing node joins.
     */
    static String waitingFor(int live, int voters, Replication replication) {
        return "Waiting for the other nodes: " + live + " of " + voters + " answer; topics get " + replication.factor()
                + " replicas, so they (and consumer groups, transactions) wait until " + replication.factor()
                + " nodes run. Start the missing node(s), or Ctrl-C to stop.";
    }

    /** The cluster node the options describe, or null for a node alone; throws on options that do not fit. */
    EmbeddedBroker.ClusterMember member() {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("--port must be between 0 (any free port, alone only) and 65535, was " + port);
        }
        if (controllerQuorum == null) {
            if (nodeId != null || clusterId != null) {
                throw new IllegalArgumentException("--node-id and --cluster-id are for a node of a cluster; give"
                        + " --controller-quorum too (e.g. 1@127.0.0.1:19093,2@127.0.0.1:29093,3@127.0.0.1:39093)");
            }
            return null;
        }
        KraftQuorum quorum = parseQuorum(controllerQuorum);
        int id = nodeId == null ? 1 : nodeId;
        try {
            return new EmbeddedBroker.ClusterMember(id, port, quorum, clusterId == null ? quorum.derivedClusterId() : clusterId);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("broker: " + e.getMessage());
        }
    }

    private static KraftQuorum parseQuorum(String text) {
        try {
            return KraftQuorum.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--controller-quorum: " + e.getMessage());
        }
    }

    private static void awaitStop() throws InterruptedException {
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
        stop.await();
    }
}
