package yaowen.cli.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import yaowen.records.Topics.Replication;
import yaowen.cli.config.ConfigLoader;
import yaowen.cli.config.YaowenConfig;
import yaowen.pipeline.PipelineApp;
import yaowen.pipeline.PipelineSettings;

class NodeSettingsTest {
    private static final String SASL = """
            dataDir: /tmp/y
            kafka:
              bootstrapServers: 'kafka.example:9093'
              applicationId: acme-pipeline
              sinkGroupId: acme-sink
              properties:
                security.protocol: SASL_SSL
                sasl.mechanism: SCRAM-SHA-512
                sasl.jaas.config: 'org.apache.kafka.common.security.scram.ScramLoginModule required username="y" password="s3cret";'
                ssl.truststore.password: s3cret-too
            """;

    @Test
    void thePipelineRunsWithTheConfiguredThreadsCommitIntervalAndInsightBudget() {
        PipelineSettings settings = Node.pipelineSettings(ConfigLoader.parse("""
                dataDir: /tmp/y
                kafka: {replication: 3}
                pipeline: {streamThreads: 4, commitInterval: 250ms, insightBudget: 2s}
                """, "c.yaml"), KafkaClients.plain("k:9092"), Replication.of((short) 3));
        assertThat(settings.streamThreads()).isEqualTo(4);
        assertThat(settings.commitInterval()).isEqualTo(Duration.ofMillis(250));
        assertThat(settings.insightBudget()).isEqualTo(Duration.ofSeconds(2));
        assertThat(settings.replicationFactor()).isEqualTo(3);
        assertThat(PipelineApp.streamsConfig(settings)).as("internal topics: 3 replicas, 2 in sync")
                .containsEntry("replication.factor", 3).containsEntry("topic.min.insync.replicas", 2);
        assertThat(settings.stateDir()).isEqualTo(Path.of("/tmp/y/streams"));
        assertThat(settings.applicationId()).isEqualTo(PipelineSettings.DEFAULT_APPLICATION_ID);
    }

    @Test
    void clientPropertiesAndTheApplicationIdReachTheStreamsClient() {
        YaowenConfig config = ConfigLoader.parse(SASL, "c.yaml");
        Properties streams = PipelineApp.streamsConfig(Node.pipelineSettings(config,
                KafkaClients.of(config.kafka(), config.kafka().bootstrapServers().orElseThrow()), Replication.of((short) 1)));

        assertThat(streams).containsEntry("security.protocol", "SASL_SSL").containsEntry("sasl.mechanism", "SCRAM-SHA-512")
                .containsEntry("application.id", "acme-pipeline").containsEntry("bootstrap.servers", "kafka.example:9093");
        assertThat(streams.getProperty("sasl.jaas.config")).contains("password=\"s3cret\"");
    }

    @Test
    void everyClientStartsFromTheSameProperties() {
        YaowenConfig config = ConfigLoader.parse(SASL, "c.yaml");
        KafkaClients kafka = KafkaClients.of(config.kafka(), config.kafka().bootstrapServers().orElseThrow());

        assertThat(kafka.config(java.util.Map.of("group.id", config.kafka().sinkGroupId())))
                .containsEntry("security.protocol", "SASL_SSL").containsEntry("group.id", "acme-sink")
                .containsEntry("bootstrap.servers", "kafka.example:9093");
    }

    @Test
    void secretsNeverShowWhenTheConfigIsPrinted() {
        YaowenConfig config = ConfigLoader.parse(SASL, "c.yaml");

        assertThat(config.toString()).doesNotContain("s3cret").contains("sasl.jaas.config=[hidden]")
                .contains("ssl.truststore.password=[hidden]").contains("security.protocol=SASL_SSL");
        assertThat(Node.pipelineSettings(config, KafkaClients.of(config.kafka(), "k:1"), Replication.of((short) 1)).toString()).doesNotContain("s3cret");
    }
}
