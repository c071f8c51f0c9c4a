package yaowen.crawler.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import yaowen.crawler.PageSinkException;
import yaowen.records.RawPage;
import yaowen.records.RecordSerdes;
import yaowen.records.Topics;
import yaowen.testkit.Await;

class KafkaPageSinkTest {

    static RawPage page() {
        return RawPage.newBuilder().setUrl("http://www.longting.gov.cn/xwzx/lyyw/202101/t20210128_123456.html")
                .setRequestedUrl(null).setSiteId("longting").setSiteRegionCode("410202")
                .setFetchedAt(Instant.parse("2024-01-05T08:00:00Z")).setStatus(200)
                .setContentType("text/html; charset=GBK").setDeclaredCharset("GBK").setHeaders(Map.of("etag", "\"1\""))
                .setBody(ByteBuffer.wrap("<p>\u7965\u7b26</p>".getBytes(java.nio.charset.Charset.forName("GBK"))))
                .setTruncated(false).build();
    }

    @Test
    void publishesToPagesRawKeyedByCanonicalUrlWithRawPageBytes() {
        MockProducer<String, byte[]> producer = new MockProducer<>(true, null, new StringSerializer(), new ByteArraySerializer());
        try (KafkaPageSink sink = new KafkaPageSink(producer, Topics.PAGES_RAW)) {
            sink.publish(page());
        }
        assertThat(producer.history()).hasSize(1);
        ProducerRecord<String, byte[]> record = producer.history().get(0);
        assertThat(record.topic()).isEqualTo("yaowen.pages.raw");
        assertThat(record.key()).isEqualTo(page().getUrl());
        RawPage decoded = RecordSerdes.RAW_PAGE.decode(record.value());
        assertThat(decoded).isEqualTo(page());
        assertThat(producer.closed()).isTrue();
    }

    @Test
    void reportsABrokerFailureAsPageSinkException() {
        MockProducer<String, byte[]> producer = new MockProducer<>(false, null, new StringSerializer(), new ByteArraySerializer());
        KafkaPageSink sink = new KafkaPageSink(producer, Topics.PAGES_RAW);
        CompletableFuture<Void> publish = CompletableFuture.runAsync(() -> sink.publish(page()));
        Await.until("the record reaches the producer", Duration.ofSeconds(10), () -> !producer.history().isEmpty());
        producer.errorNext(new org.apache.kafka.common.errors.TimeoutException("broker down"));
        assertThatThrownBy(publish::join).hasCauseInstanceOf(PageSinkException.class)
                .hasMessageContaining("broker down");
    }

    @Test
    void configuresAnIdempotentBatchingProducer() {
        Map<String, Object> config = KafkaPageSink.producerConfig("localhost:9092");
        assertThat(config).containsEntry(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true)
                .containsEntry(ProducerConfig.ACKS_CONFIG, "all")
                .containsEntry(ProducerConfig.LINGER_MS_CONFIG, 20)
                .containsEntry(ProducerConfig.BATCH_SIZE_CONFIG, 262144)
                .containsEntry(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        assertThat(new String(new byte[0], StandardCharsets.UTF_8)).isEmpty();
    }
}
