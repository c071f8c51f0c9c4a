package yaowen.crawler.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.consumer.internals.AutoOffsetResetStrategy;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import yaowen.crawler.ListPageState;
import yaowen.records.Topics;

class KafkaCrawlStateStoreTest {
    static final ListPageState STATE = new ListPageState(URI.create("http://www.kflt.gov.cn/zwdt/gzdt/index.html"),
            "longting", Optional.of("\"abc\""), Optional.empty(), Duration.ofMinutes(5),
            Instant.parse("2024-01-05T08:00:00Z"), 42L);

    @Test
    void savesStateKeyedByUrlAndReadsBackTheLatestPerUrl() {
        MockProducer<String, byte[]> producer = new MockProducer<>(true, null, new StringSerializer(), new ByteArraySerializer());
        try (KafkaCrawlStateStore store = new KafkaCrawlStateStore(producer, Topics.CRAWLER_STATE)) {
            store.save(STATE);
            store.save(new ListPageState(STATE.url(), "longting", Optional.of("\"def\""), Optional.empty(),
                    Duration.ofMinutes(10), STATE.nextCheck(), 43L));
        }
        assertThat(producer.history()).hasSize(2).allSatisfy(r -> assertThat(r.key()).isEqualTo(STATE.url().toString()));

        MockConsumer<String, byte[]> consumer = new MockConsumer<>(AutoOffsetResetStrategy.EARLIEST.name());
        TopicPartition tp = new TopicPartition(Topics.CRAWLER_STATE, 0);
        consumer.updatePartitions(Topics.CRAWLER_STATE, List.of(new PartitionInfo(Topics.CRAWLER_STATE, 0, Node.noNode(),
                new Node[0], new Node[0])));
        consumer.updateBeginningOffsets(Map.of(tp, 0L));
        consumer.updateEndOffsets(Map.of(tp, 2L));
        consumer.schedulePollTask(() -> {
            for (int i = 0; i < 2; i++) {
                var r = producer.history().get(i);
                consumer.addRecord(new ConsumerRecord<>(Topics.CRAWLER_STATE, 0, i, r.key(), r.value()));
            }
        });
        List<ListPageState> read = KafkaCrawlStateStore.read(consumer, Topics.CRAWLER_STATE, Duration.ofSeconds(5));
        assertThat(read).hasSize(1);
        assertThat(read.get(0).etag()).contains("\"def\"");
        assertThat(read.get(0).interval()).isEqualTo(Duration.ofMinutes(10));
        assertThat(read.get(0).linksHash()).isEqualTo(43L);
        assertThat(KafkaCrawlStateStore.fromRecord(KafkaCrawlStateStore.toRecord(STATE))).isEqualTo(STATE);
    }
}
