package yaowen.cli.node;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;

/** Readiness of the pipeline: what an orchestrator should and should not pull an instance out for. */
class NodeHealthTest {

    @Test
    void aRebalancingPipelineStaysReadyAndAStoppedOneIsNot() {
        assertThat(NodeHealth.pipeline(KafkaStreams.State.RUNNING).up()).isTrue();
        assertThat(NodeHealth.pipeline(KafkaStreams.State.REBALANCING).up()).isTrue();
        assertThat(NodeHealth.pipeline(KafkaStreams.State.ERROR).up()).isFalse();
        assertThat(NodeHealth.pipeline(KafkaStreams.State.PENDING_SHUTDOWN).up()).isFalse();
        assertThat(NodeHealth.pipeline(KafkaStreams.State.CREATED).up()).isFalse();
    }
}
