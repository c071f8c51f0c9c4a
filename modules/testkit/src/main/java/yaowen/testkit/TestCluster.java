package yaowen.testkit;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import yaowen.broker.EmbeddedBroker;
import yaowen.broker.TopicSetup;
import yaowen.records.Topics;

/**
 * A real one-node Kafka for integration tests, with Yaowen's topics created: one per test class
 * (start in {@code @BeforeAll}, close in {@code @AfterAll}); tests use fresh application and group ids.
 */
public final class TestCluster implements AutoCloseable {
    private final EmbeddedBroker broker;

    private TestCluster(EmbeddedBroker broker) {
        this.broker = broker;
    }

    /** Starts a node with its data in {@code dir} and creates every Yaowen topic. */
    public static TestCluster start(Path dir) {
        EmbeddedBroker broker = EmbeddedBroker.start(dir, 0, Duration.ofSeconds(60));
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
            TopicSetup.ensure(admin, Topics.definitions(Topics.DEFAULT_PARTITIONS, (short) 1), Duration.ofSeconds(30));
        } catch (RuntimeException e) {
            broker.close();
            throw e;
        }
        return new TestCluster(broker);
    }

    public String bootstrapServers() {
        return broker.bootstrapServers();
    }

    /** Sends one record and waits for the acknowledgement. */
    public void produce(String topic, String key, byte[] value) {
        Properties p = new Properties();
        p.put("bootstrap.servers", bootstrapServers());
        try (var producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (Exception e) {
            throw new IllegalStateException("cannot produce to " + topic, e);
        }
    }

    /**
     * Reads committed records of {@code topic} from the start until {@code done} holds for what was read,
     * or fails after {@code timeout} saying what was seen.
     */
    public <T> List<ConsumerRecord<String, T>> readUntil(String topic, Deserializer<T> values,
                                                         Predicate<List<ConsumerRecord<String, T>>> done, Duration timeout) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "testkit-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        List<ConsumerRecord<String, T>> read = new ArrayList<>();
        Instant deadline = Instant.now().plus(timeout);
        try (var consumer = new KafkaConsumer<>(p, new StringDeserializer(), values)) {
            consumer.subscribe(List.of(topic));
            while (!done.test(read)) {
                if (Instant.now().isAfter(deadline)) {
                    throw new AssertionError("after " + timeout + " " + topic + " holds " + read.size()
                            + " records, not what the test waits for: keys " + read.stream().map(ConsumerRecord::key).toList());
                }
                consumer.poll(Duration.ofMillis(200)).forEach(read::add);
            }
        }
        return read;
    }

    /** Reads until at least {@code count} records arrived, then a little longer to catch extras. */
    public <T> List<ConsumerRecord<String, T>> readAtLeast(String topic, Deserializer<T> values, int count, Duration timeout) {
        return readUntil(topic, values, r -> r.size() >= count, timeout);
    }

    @Override
    public void close() {
        broker.close();
    }
}
