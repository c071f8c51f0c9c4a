package yaowen.cli.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import yaowen.cli.config.ConfigLoader;
import yaowen.cli.config.YaowenConfig;
import yaowen.pipeline.PipelineApp;
import yaowen.records.Topics.Replication;
import yaowen.stores.sink.SinkConsumer;

/** Every consumer group of a node detects a dead member after {@code kafka.sessionTimeout}, unless kafka.properties say otherwise. */
@Timeout(30)
class KafkaClientsTest {
    private static final String SESSION = "session.timeout.ms";
    private static final String HEARTBEAT = "heartbeat.interval.ms";

    private static KafkaClients clients(String kafkaSection) {
        YaowenConfig config = ConfigLoader.parse("dataDir: /tmp/y\nkafka: " + kafkaSection + "\n", "c.yaml");
        return KafkaClients.of(config.kafka(), "127.0.0.1:9");
    }

    @Test
    void aDeadMemberIsDetectedAfterTenSecondsByDefaultOnEitherKindOfCluster() {
        YaowenConfig config = ConfigLoader.parse("dataDir: /tmp/y\n", "c.yaml");
        assertThat(config.kafka().sessionTimeout()).isEqualTo(Duration.ofSeconds(10));

        assertThat(KafkaClients.of(config.kafka(), "k:9092").config())
                .containsEntry(SESSION, "10000").containsEntry(HEARTBEAT, "3333");
        assertThat(KafkaClients.plain("127.0.0.1:9092", config.kafka().sessionTimeout()).config())
                .as("the embedded broker's clients too").containsEntry(SESSION, "10000").containsEntry(HEARTBEAT, "3333");
    }

    @Test
    void everyGroupClientCarriesTheConfiguredSessionTimeout() {
        YaowenConfig config = ConfigLoader.parse("dataDir: /tmp/y\nkafka: {bootstrapServers: 'k:9092', sessionTimeout: 12s}\n",
                "c.yaml");
        KafkaClients kafka = KafkaClients.of(config.kafka(), "k:9092");

        // the sink and the alert channels start from config(), the crawler group from configMap()
        assertThat(SinkConsumer.consumerConfig(kafka.config(Map.of("group.id", "s"))))
                .containsEntry(SESSION, "12000").containsEntry(HEARTBEAT, "4000");
        assertThat(kafka.configMap()).containsEntry(SESSION, "12000").containsEntry(HEARTBEAT, "4000");
        // the pipeline: Streams hands them on to the consumer that is its group member
        Properties streams = PipelineApp.streamsConfig(Node.pipelineSettings(config, kafka, Replication.of((short) 1)));
        Map<String, Object> member = new StreamsConfig(streams).getMainConsumerConfigs("yaowen-pipeline", "c", 0);
        assertThat(member).containsEntry(SESSION, "12000").containsEntry(HEARTBEAT, "4000");
    }

    @Test
    void kafkaPropertiesWinAndTheHeartbeatFollowsTheirSession() {
        assertThat(clients("{sessionTimeout: 12s, properties: {session.timeout.ms: '30000'}}").config())
                .containsEntry(SESSION, "30000").containsEntry(HEARTBEAT, "10000");
        assertThat(clients("{properties: {heartbeat.interval.ms: '1000'}}").config())
                .containsEntry(SESSION, "10000").containsEntry(HEARTBEAT, "1000");
    }

    @Test
    void underTheConsumerProtocolTheBrokersDecideAndTheClientAcceptsItsConfiguration() {
        KafkaClients kafka = clients("{properties: {group.protocol: consumer}}");

        assertThat(kafka.config()).doesNotContainKeys(SESSION, HEARTBEAT).containsEntry("group.protocol", "consumer");
        // the consumer refuses session.timeout.ms under this protocol: it must build
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(SinkConsumer.consumerConfig(kafka.config()))) {
            assertThat(consumer.groupMetadata().groupId()).isEqualTo(SinkConsumer.DEFAULT_GROUP_ID);
        }
    }

    @Test
    void theClassicConsumerAcceptsTheSettings() {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(
                SinkConsumer.consumerConfig(clients("{sessionTimeout: 6s}").config()))) {
            assertThat(consumer.groupMetadata().groupId()).isEqualTo(SinkConsumer.DEFAULT_GROUP_ID);
        }
    }
}
