package yaowen.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.kafka.clients.admin.NewTopic;
import yaowen.records.Topics.Replication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class ReplicationTest {

    @Test
    void aClusterGetsAsManyReplicasAsBrokersUpToThreeAndTwoInSyncFromThreeOn() {
        assertThat(Replication.forBrokers(1)).isEqualTo(new Replication((short) 1, 1));
        assertThat(Replication.forBrokers(2)).isEqualTo(new Replication((short) 2, 1));
        assertThat(Replication.forBrokers(3)).isEqualTo(new Replication((short) 3, 2));
        assertThat(Replication.forBrokers(7)).isEqualTo(new Replication((short) 3, 2));
        assertThat(Replication.of((short) 5)).isEqualTo(new Replication((short) 5, 2));
    }

    @Test
    void refusesWhatNoClusterCanHave() {
        assertThatThrownBy(() -> Replication.forBrokers(0)).hasMessageContaining("at least one broker");
        assertThatThrownBy(() -> new Replication((short) 0, 1)).hasMessageContaining("at least 1");
        assertThatThrownBy(() -> new Replication((short) 2, 3)).hasMessageContaining("between 1 and the factor 2");
    }

    @Test
    void topicsNameTheirInSyncMinimumOnlyWhenItIsAboveOne() {
        NewTopic replicated = Topics.definitions(3, Replication.forBrokers(3)).get(0);
        assertThat(replicated.replicationFactor()).isEqualTo((short) 3);
        assertThat(replicated.configs()).containsEntry("min.insync.replicas", "2")
                .containsEntry("cleanup.policy", "delete");
        NewTopic single = Topics.definitions(3, (short) 1).get(0);
        assertThat(single.replicationFactor()).isEqualTo((short) 1);
        assertThat(single.configs()).doesNotContainKey("min.insync.replicas");
    }
}
