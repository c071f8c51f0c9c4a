package yaowen.crawler.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.consumer.internals.AutoOffsetResetStrategy;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.Cluster;
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

    static final int PARTITIONS = 3;

    static PartitionInfo partition(int p) {
        return new PartitionInfo(Topics.CRAWLER_STATE, p, Node.noNode(), new Node[0], new Node[0]);
    }

    @Test
    void savesStateKeyedByUrlInItsHostsPartitionAndReadsBackTheLatestPerUrl() {
        Cluster cluster = new Cluster("c", List.of(), List.of(partition(0), partition(1), partition(2)), Set.of(), Set.of());
        MockProducer<String, byte[]> producer = new MockProducer<>(cluster, true, null, new StringSerializer(),
                new ByteArraySerializer());
        try (KafkaCrawlStateStore store = new KafkaCrawlStateStore(producer, Topics.CRAWLER_STATE)) {
            store.save(STATE);
            store.save(new ListPageState(STATE.url(), "longting", Optional.of("\"def\""), Optional.empty(),
                    Duration.ofMinutes(10), STATE.nextCheck(), 43L));
        }
        int hostPartition = HostPartitions.partition("www.kflt.gov.cn", PARTITIONS);
        assertThat(producer.history()).hasSize(2).allSatisfy(r -> {
            assertThat(r.key()).isEqualTo(STATE.url().toString());
            assertThat(r.partition()).isEqualTo(hostPartition);
        });

        List<ListPageState> read = read(producer, hostPartition, Set.of(hostPartition));
        assertThat(read).hasSize(1);
        assertThat(read.get(0).etag()).contains("\"def\"");
        assertThat(read.get(0).interval()).isEqualTo(Duration.ofMinutes(10));
        assertThat(read.get(0).linksHash()).isEqualTo(43L);
        assertThat(KafkaCrawlStateStore.fromRecord(KafkaCrawlStateStore.toRecord(STATE))).isEqualTo(STATE);
    }

    @Test
    void aRecordOutsideItsHostsPartitionIsNotRestored() {
        int wrong = (HostPartitions.partition("www.kflt.gov.cn", PARTITIONS) + 1) % PARTITIONS;
        byte[] value = encoded(STATE);
        assertThat(readRaw(wrong, value, Set.of(wrong))).isEmpty();
        int right = HostPartitions.partition("www.kflt.gov.cn", PARTITIONS);
        assertThat(readRaw(right, value, Set.of(right))).containsExactly(STATE);
    }

    /** Reads the two records {@code producer} sent back, as if they sat in {@code at}, through {@code wanted}. */
    private static List<ListPageState> read(MockProducer<String, byte[]> producer, int at, Set<Integer> wanted) {
        MockConsumer<String, byte[]> consumer = consumer(at, producer.history().size());
        consumer.schedulePollTask(() -> {
            for (int i = 0; i < producer.history().size(); i++) {
                var r = producer.history().get(i);
                consumer.addRecord(new ConsumerRecord<>(Topics.CRAWLER_STATE, at, i, r.key(), r.value()));
            }
        });
        return KafkaCrawlStateStore.read(consumer, Topics.CRAWLER_STATE, wanted, Duration.ofSeconds(5));
    }

    private static List<ListPageState> readRaw(int at, byte[] value, Set<Integer> wanted) {
        MockConsumer<String, byte[]> consumer = consumer(at, 1);
        consumer.schedulePollTask(() -> consumer.addRecord(
                new ConsumerRecord<>(Topics.CRAWLER_STATE, at, 0, STATE.url().toString(), value)));
        return KafkaCrawlStateStore.read(consumer, Topics.CRAWLER_STATE, wanted, Duration.ofSeconds(5));
    }

    private static MockConsumer<String, byte[]> consumer(int at, long records) {
        MockConsumer<String, byte[]> consumer = new MockConsumer<>(AutoOffsetResetStrategy.EARLIEST.name());
        consumer.updatePartitions(Topics.CRAWLER_STATE, List.of(partition(0), partition(1), partition(2)));
        Map<TopicPartition, Long> begin = new java.util.HashMap<>();
        Map<TopicPartition, Long> end = new java.util.HashMap<>();
        for (int p = 0; p < PARTITIONS; p++) {
            begin.put(new TopicPartition(Topics.CRAWLER_STATE, p), 0L);
            end.put(new TopicPartition(Topics.CRAWLER_STATE, p), p == at ? records : 0L);
        }
        consumer.updateBeginningOffsets(begin);
        consumer.updateEndOffsets(end);
        return consumer;
    }

    static byte[] encoded(ListPageState state) {
        return yaowen.records.AvroSerde.of(yaowen.records.CrawlState.class).encode(KafkaCrawlStateStore.toRecord(state));
    }
}
