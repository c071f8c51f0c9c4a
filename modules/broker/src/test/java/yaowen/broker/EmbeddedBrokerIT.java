package yaowen.broker;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Tag("integration")
@Timeout(120)
class EmbeddedBrokerIT {

    @TempDir
    Path dataDir;

    @Test
    void keepsTopicsAndRecordsAcrossARestartOnTheSameDirectory() throws Exception {
        try (EmbeddedBroker broker = EmbeddedBroker.start(dataDir, 0, Duration.ofSeconds(60))) {
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
                List<String> created = TopicSetup.ensure(admin,
                        List.of(new NewTopic("t", 2, (short) 1).configs(Map.of("cleanup.policy", "compact"))),
                        Duration.ofSeconds(30));
                assertThat(created).containsExactly("t");
            }
            try (var producer = new KafkaProducer<String, String>(producerProps(broker))) {
                producer.send(new ProducerRecord<>("t", "k", "v")).get();
            }
        }
        try (EmbeddedBroker again = EmbeddedBroker.start(dataDir, 0, Duration.ofSeconds(60))) {
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", again.bootstrapServers()))) {
                assertThat(TopicSetup.ensure(admin,
                        List.of(new NewTopic("t", 2, (short) 1)), Duration.ofSeconds(30)))
                        .as("topic survived the restart").isEmpty();
            }
            Properties c = new Properties();
            c.put("bootstrap.servers", again.bootstrapServers());
            c.put("group.id", "it");
            c.put("auto.offset.reset", "earliest");
            try (var consumer = new KafkaConsumer<>(c, new StringDeserializer(), new StringDeserializer())) {
                consumer.subscribe(List.of("t"));
                int seen = 0;
                long deadline = System.currentTimeMillis() + 30_000;
                while (seen == 0 && System.currentTimeMillis() < deadline) {
                    ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(500));
                    seen += records.count();
                }
                assertThat(seen).isEqualTo(1);
            }
        }
    }

    private static Properties producerProps(EmbeddedBroker broker) {
        Properties p = new Properties();
        p.put("bootstrap.servers", broker.bootstrapServers());
        p.put("key.serializer", StringSerializer.class.getName());
        p.put("value.serializer", StringSerializer.class.getName());
        return p;
    }
}
