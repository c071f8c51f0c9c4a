package yaowen.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import yaowen.cli.CommandRun;
import yaowen.records.Topics.Replication;

@Timeout(30)
class BrokerCommandTest {
    static final String QUORUM = "1@127.0.0.1:19093,2@127.0.0.1:29093,3@127.0.0.1:39093";

    @TempDir
    Path dir;

    final CommandRun cli = new CommandRun();

    @Test
    void helpShowsHowToStartAClusterOfThree() {
        assertThat(cli.run("broker", "--help")).isZero();
        assertThat(cli.out()).contains("--node-id", "--controller-quorum", "--cluster-id", "min.insync.replicas 2",
                "--bootstrap-servers 127.0.0.1:19092,127.0.0.1:29092,127.0.0.1:39092");
    }

    @Test
    void wrongClusterOptionsAreOneLineAndTouchNoDataDir() {
        Path data = dir.resolve("d");
        expectUsageError("'x@127.0.0.1:1' in the controller quorum is not ID@HOST:PORT",
                "broker", "--data-dir", data.toString(), "--controller-quorum", "x@127.0.0.1:1");
        expectUsageError("node id 4 is not a voter", "broker", "--data-dir", data.toString(), "--controller-quorum", QUORUM,
                "--node-id", "4", "--port", "49092");
        expectUsageError("controller port", "broker", "--data-dir", data.toString(), "--controller-quorum", QUORUM,
                "--node-id", "2", "--port", "29093");
        expectUsageError("not a Kafka cluster id", "broker", "--data-dir", data.toString(), "--controller-quorum", QUORUM,
                "--cluster-id", "demo");
        expectUsageError("give --controller-quorum too", "broker", "--data-dir", data.toString(), "--node-id", "2");
        expectUsageError("--port must be between 0", "broker", "--data-dir", data.toString(), "--port", "70000");
        expectUsageError("client port must be between 1 and 65535", "broker", "--data-dir", data.toString(),
                "--controller-quorum", QUORUM, "--port", "0");
        assertThat(Files.exists(data)).as("nothing was created for options that do not fit").isFalse();
    }

    @Test
    void everyNodeOfOneQuorumGetsTheSameClusterIdUnlessOneIsGiven() {
        BrokerCommand one = new BrokerCommand();
        one.controllerQuorum = QUORUM;
        one.port = 19092;
        BrokerCommand two = new BrokerCommand();
        two.controllerQuorum = QUORUM;
        two.nodeId = 2;
        two.port = 29092;
        assertThat(one.member().clusterId()).isEqualTo(two.member().clusterId());
        assertThat(two.member().voter().port()).isEqualTo(29093);
        two.clusterId = "MkU3OEVBNTcwNTJENDM2Qk";
        assertThat(two.member().clusterId()).isEqualTo("MkU3OEVBNTcwNTJENDM2Qk");
        BrokerCommand alone = new BrokerCommand();
        alone.port = 9092;
        assertThat(alone.member()).as("no quorum: a one-node cluster").isNull();
    }

    @Test
    void aClusterMissingANodeAtFirstStartGetsTopicsWithTheReplicasItHas() {
        Replication three = Replication.forBrokers(3);

        assertThat(BrokerCommand.possible(three, 3)).isEqualTo(three);
        assertThat(BrokerCommand.possible(three, 2)).as("both replicas in sync, as a write needed before")
                .isEqualTo(new Replication((short) 2, 2));
        assertThat(BrokerCommand.possible(three, 0)).isEqualTo(new Replication((short) 1, 1));
        assertThat(BrokerCommand.possible(Replication.forBrokers(3), 5)).isEqualTo(three);
        assertThat(BrokerCommand.possible(Replication.forBrokers(2), 1)).isEqualTo(new Replication((short) 1, 1));
        String warning = BrokerCommand.fewerReplicas(2, 3, three, BrokerCommand.possible(three, 2));
        assertThat(warning).startsWith("Warning: only 2 of 3 nodes answered within 90 s;")
                .contains("get 2 replicas (min.insync.replicas 2) instead of 3").doesNotContain("\n");
    }

    private void expectUsageError(String message, String... args) {
        cli.clear();
        assertThat(cli.run(args)).as(String.join(" ", args)).isEqualTo(2);
        assertThat(cli.err()).contains(message);
        assertThat(cli.err().lines().count()).as("one line: " + cli.err()).isEqualTo(1);
    }
}
