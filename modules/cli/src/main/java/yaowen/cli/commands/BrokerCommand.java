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
                "so the cluster keeps going, with nothing acknowledged lost, when one node dies. A node that has not",
                "started within 90 s of the others: topics get one replica per node that answers (with a warning).",
                "Clients use",
                "--bootstrap-servers 127.0.0.1:19092,127.0.0.1:29092,127.0.0.1:39092."})
public final class BrokerCommand implements Callable<Integer> {
    static final Duration START_TIMEOUT = Duration.ofSeconds(90);

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
                int brokers = TopicSetup.awaitBrokers(admin, voters, START_TIMEOUT);
                Replication possible = possible(replication, brokers);
                if (!possible.equals(replication)) {
                    System.out.println(fewerReplicas(brokers, voters, replication, possible));
                    replication = possible;
                }
                TopicSetup.ensure(admin, Topics.definitions(Topics.DEFAULT_PARTITIONS, replication), Duration.ofSeconds(60));
            }
            System.out.println("Kafka node " + member.nodeId() + " ready at " + broker.bootstrapServers() + " (cluster of "
                    + voters + ", replication " + replication.factor() + ", min.insync.replicas "
                    + replication.minInsyncReplicas() + "; Ctrl-C to stop)");
            awaitStop();
        }
    }

    /**
     * The replication topics can have with {@code live} brokers answering: {@code wanted} when enough do, else one
     * replica per live broker, with the in-sync minimum kept as high as they allow (a node lost at first start must not
     * leave the cluster without topics; with one voter of three gone, one more gone stops the controllers anyway, so
     * requiring both replicas costs no availability and keeps acknowledged writes on two nodes).
     */
    static Replication possible(Replication wanted, int live) {
        if (live >= wanted.factor()) {
            return wanted;
        }
        short factor = (short) Math.max(1, live);
        return new Replication(factor, Math.min(wanted.minInsyncReplicas(), factor));
    }

    /** The warning when topics get fewer replicas than the cluster's size asks for. */
    static String fewerReplicas(int live, int voters, Replication wanted, Replication possible) {
        return "Warning: only " + live + " of " + voters + " nodes answered within " + START_TIMEOUT.toSeconds()
                + " s; topics not created yet get " + possible.factor() + " replicas (min.insync.replicas "
                + possible.minInsyncReplicas() + ") instead of " + wanted.factor() + ", and keep them when the other"
                + " nodes join (add replicas with kafka-reassign-partitions, or start all nodes on empty data dirs)";
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
