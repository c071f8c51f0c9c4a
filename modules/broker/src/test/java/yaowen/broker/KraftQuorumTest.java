package yaowen.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class KraftQuorumTest {
    static final String THREE = "1@127.0.0.1:19093,2@127.0.0.1:29093,3@127.0.0.1:39093";
    /** The id THREE derived before the voters were sorted (data dirs formatted then must keep starting). */
    static final String ID_OF_THREE = "tLbc1QynObGlzOUKmtYO3g";

    @Test
    void readsKafkasVoterListAndWritesItBackTheSame() {
        KraftQuorum q = KraftQuorum.parse(" 1@127.0.0.1:19093, 2@127.0.0.1:29093,3@127.0.0.1:39093");
        assertThat(q.size()).isEqualTo(3);
        assertThat(q.voter(2)).contains(new KraftQuorum.Voter(2, "127.0.0.1", 29093));
        assertThat(q.voter(4)).isEmpty();
        assertThat(q).hasToString(THREE);
    }

    @Test
    void saysWhichPartIsWrong() {
        assertThatThrownBy(() -> KraftQuorum.parse("")).hasMessageContaining("ID@HOST:PORT");
        assertThatThrownBy(() -> KraftQuorum.parse("1@127.0.0.1:19093,two@127.0.0.1:29093"))
                .hasMessageContaining("'two@127.0.0.1:29093'").hasMessageContaining("not ID@HOST:PORT");
        assertThatThrownBy(() -> KraftQuorum.parse("1@127.0.0.1:19093,")).hasMessageContaining("''");
        assertThatThrownBy(() -> KraftQuorum.parse("1@127.0.0.1:70000")).hasMessageContaining("not between 1 and 65535");
        assertThatThrownBy(() -> KraftQuorum.parse("1@127.0.0.1:19093,1@127.0.0.1:29093")).hasMessageContaining("node id 1 appears twice");
        assertThatThrownBy(() -> KraftQuorum.parse("1@127.0.0.1:19093,2@127.0.0.1:19093")).hasMessageContaining("appears twice");
    }

    @Test
    void everyNodeGivenTheSameQuorumDerivesTheSameValidClusterIdAndAnotherQuorumAnother() {
        String id = KraftQuorum.parse(THREE).derivedClusterId();
        assertThat(KraftQuorum.parse(THREE).derivedClusterId()).isEqualTo(id);
        assertThat(KraftQuorum.checkClusterId(id)).isEqualTo(id).hasSize(22).doesNotStartWith("-");
        assertThat(KraftQuorum.parse("1@127.0.0.1:19093").derivedClusterId()).isNotEqualTo(id);
        assertThatThrownBy(() -> KraftQuorum.checkClusterId("my-cluster")).hasMessageContaining("not a Kafka cluster id");
    }

    @Test
    void theVotersOrderAndHostCaseDoNotChangeTheDerivedClusterId() {
        String id = KraftQuorum.parse("1@node-a:19093,2@node-b:29093,3@node-c:39093").derivedClusterId();

        assertThat(KraftQuorum.parse("3@node-c:39093,1@node-a:19093,2@node-b:29093").derivedClusterId()).isEqualTo(id);
        assertThat(KraftQuorum.parse("2@NODE-B:29093, 1@Node-A:19093,3@node-c:39093").derivedClusterId()).isEqualTo(id);
        assertThat(KraftQuorum.parse("1@node-a:19093,2@node-b:29093,3@node-c:39094").derivedClusterId())
                .as("another port is another quorum").isNotEqualTo(id);
        // a quorum in id order, as the help writes it, keeps the id its data dirs were formatted with
        assertThat(KraftQuorum.parse(THREE).derivedClusterId()).isEqualTo(ID_OF_THREE);
    }

    @Test
    void aMemberMustBeAVoterWithAClientPortOfItsOwnAndAClusterId() {
        KraftQuorum q = KraftQuorum.parse(THREE);
        String id = q.derivedClusterId();
        EmbeddedBroker.ClusterMember two = new EmbeddedBroker.ClusterMember(2, 29092, q, id);
        assertThat(two.voter().port()).isEqualTo(29093);
        assertThat(two.replication().factor()).isEqualTo((short) 3);
        assertThat(two.replication().minInsyncReplicas()).isEqualTo(2);
        assertThatThrownBy(() -> new EmbeddedBroker.ClusterMember(4, 49092, q, id)).hasMessageContaining("node id 4 is not a voter");
        assertThatThrownBy(() -> new EmbeddedBroker.ClusterMember(2, 29093, q, id)).hasMessageContaining("controller port");
        assertThatThrownBy(() -> new EmbeddedBroker.ClusterMember(2, 0, q, id)).hasMessageContaining("between 1 and 65535");
        assertThatThrownBy(() -> new EmbeddedBroker.ClusterMember(2, 29092, q, "x")).hasMessageContaining("cluster id");
    }

    @Test
    void threeVotersReplicateTheInternalTopicsThriceWithTwoInSyncOneVoterOnce() {
        KraftQuorum q = KraftQuorum.parse(THREE);
        var props = EmbeddedBroker.serverProperties(Path.of("/tmp/k"), new EmbeddedBroker.ClusterMember(3, 39092, q,
                q.derivedClusterId()), Duration.ofSeconds(30));
        assertThat(props).containsEntry("node.id", "3").containsEntry("controller.quorum.voters", THREE)
                .containsEntry("listeners", "PLAINTEXT://127.0.0.1:39092,CONTROLLER://127.0.0.1:39093")
                .containsEntry("offsets.topic.replication.factor", "3").containsEntry("transaction.state.log.min.isr", "2")
                .containsEntry("default.replication.factor", "3").containsEntry("min.insync.replicas", "2")
                .containsEntry("server.max.startup.time.ms", "30000");
        KraftQuorum one = KraftQuorum.single(1, 19093);
        var single = EmbeddedBroker.serverProperties(Path.of("/tmp/k"), new EmbeddedBroker.ClusterMember(1, 9092, one,
                one.derivedClusterId()), Duration.ofSeconds(30));
        assertThat(single).containsEntry("offsets.topic.replication.factor", "1").containsEntry("min.insync.replicas", "1");
    }
}
