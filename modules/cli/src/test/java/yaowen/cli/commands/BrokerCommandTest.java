package yaowen.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
    void aNodeMissingAtFirstStartIsWaitedForWithANoteEachTimeNotAFailure() {
        java.util.Deque<Integer> answers = new java.util.ArrayDeque<>(List.of(2, 2, 3));
        List<String> asked = new java.util.ArrayList<>();
        List<Integer> notes = new java.util.ArrayList<>();

        int brokers = BrokerCommand.awaitBrokers((expected, within) -> {
            asked.add(expected + " within " + within.toSeconds() + " s");
            return answers.pop();
        }, 3, 3, notes::add);

        assertThat(brokers).isEqualTo(3);
        assertThat(notes).containsExactly(2, 2);
        assertThat(asked).containsExactly("3 within 90 s", "3 within 60 s", "3 within 60 s");
    }

    @Test
    void allNodesAreAwaitedFirstButOnlyAsManyAsReplicasAreNeeded() {
        List<Integer> notes = new java.util.ArrayList<>();

        assertThat(BrokerCommand.awaitBrokers((expected, within) -> 3, 3, 3, notes::add)).isEqualTo(3);
        assertThat(BrokerCommand.awaitBrokers((expected, within) -> expected == 5 ? 4 : 9, 5, 3, notes::add))
                .as("four of five voters hold three replicas").isEqualTo(4);
        assertThat(notes).as("no note when enough answer").isEmpty();
    }

    @Test
    void aNodeWaitingForAMissingNodeSaysWhatWaitsAndWhatToDoInOneLine() {
        String line = BrokerCommand.waitingFor(2, 3, Replication.forBrokers(3));

        assertThat(line).startsWith("Waiting for the other nodes: 2 of 3 answer; topics get 3 replicas")
                .contains("Start the missing node(s)").doesNotContain("\n").doesNotContain("Exception");
    }

    private void expectUsageError(String message, String... args) {
        cli.clear();
        assertThat(cli.run(args)).as(String.join(" ", args)).isEqualTo(2);
        assertThat(cli.err()).contains(message);
        assertThat(cli.err().lines().count()).as("one line: " + cli.err()).isEqualTo(1);
    }
}
