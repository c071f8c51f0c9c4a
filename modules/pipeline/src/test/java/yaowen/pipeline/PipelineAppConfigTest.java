package yaowen.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Properties;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;

/** The Streams properties that decide throughput and the latency tail, as {@link PipelineApp#streamsConfig} sets them. */
class PipelineAppConfigTest {
    final Properties config = PipelineApp.streamsConfig(PipelineSettings.defaults("k:9092", Path.of("state")));

    @Test
    void staysExactlyOnce() {
        assertThat(config).containsEntry(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    }

    @Test
    void theProducerRetriesABusyTransactionSoonAndNeverWaitsLong() {
        // Kafka's defaults (100 ms doubling to 1 s) turned one CONCURRENT_TRANSACTIONS answer into seconds of delay.
        assertThat(config.get(StreamsConfig.producerPrefix(ProducerConfig.RETRY_BACKOFF_MS_CONFIG))).isEqualTo(20L);
        assertThat(config.get(StreamsConfig.producerPrefix(ProducerConfig.RETRY_BACKOFF_MAX_MS_CONFIG))).isEqualTo(200L);
        assertThat(config.get(StreamsConfig.producerPrefix(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG)))
                .as("the timeout the insight budget is held to").isEqualTo((int) PipelineKeys.TRANSACTION_TIMEOUT.toMillis());
    }

    @Test
    void theStreamsClientAcceptsTheProperties() {
        StreamsConfig streams = new StreamsConfig(config);

        assertThat(streams.getProducerConfigs("client").get(ProducerConfig.RETRY_BACKOFF_MAX_MS_CONFIG)).isEqualTo(200L);
        assertThat(streams.getLong(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG))
                .isEqualTo(PipelineKeys.COMMIT_INTERVAL.defaultValue().orElseThrow().toMillis());
    }
}
