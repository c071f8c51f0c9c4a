package yaowen.cli.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import yaowen.cli.config.ConfigLoader;
import yaowen.pipeline.PipelineSettings;

class NodeSettingsTest {

    @Test
    void thePipelineRunsWithTheConfiguredThreadsAndCommitInterval() {
        PipelineSettings settings = Node.pipelineSettings(ConfigLoader.parse("""
                dataDir: /tmp/y
                kafka: {replication: 3}
                pipeline: {streamThreads: 4, commitInterval: 250ms}
                """, "c.yaml"), "k:9092");
        assertThat(settings.streamThreads()).isEqualTo(4);
        assertThat(settings.commitInterval()).isEqualTo(Duration.ofMillis(250));
        assertThat(settings.replicationFactor()).isEqualTo(3);
        assertThat(settings.stateDir()).isEqualTo(Path.of("/tmp/y/streams"));
    }
}
