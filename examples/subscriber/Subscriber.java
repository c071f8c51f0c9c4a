// A subscriber to a Yaowen topic, in one file: run it with kafka-clients (and slf4j-api) on the class path,
//   java -cp 'lib/*' Subscriber.java localhost:9092 yaowen.meetings.json my-team-meetings
// It reads the JSON mirror of a sink topic (kafka.jsonMirror), so it needs no Avro. See docs/subscribers.md.
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;

public class Subscriber {
    public static void main(String[] args) {
        String servers = args.length > 0 ? args[0] : "localhost:9092";
        String topic = args.length > 1 ? args[1] : "yaowen.meetings.json";
        String group = args.length > 2 ? args[2] : "my-team-meetings";
        long max = args.length > 3 ? Long.parseLong(args[3]) : Long.MAX_VALUE; // stop after this many records

        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, servers);
        // Your own group: Kafka remembers how far it read, and several copies of this program share the partitions.
        p.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        // Yaowen writes in transactions (exactly-once): read only what was committed, never an aborted write.
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        // A new group starts at the oldest record still kept (compacted topics keep the latest of every key).
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        // Commit only after a batch is processed: a crash re-reads it instead of skipping it (at-least-once).
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        // Add security.protocol, sasl.* and ssl.* here for a secured cluster, as in Yaowen's kafka.properties.

        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer())) {
            Thread main = Thread.currentThread();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                consumer.wakeup(); // Ctrl-C: leave poll() and close cleanly
                try {
                    main.join(10_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            consumer.subscribe(List.of(topic));
            long seen = 0;
            while (seen < max) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofSeconds(1))) {
                    process(r);
                    seen++;
                }
                consumer.commitSync(); // the batch is processed: remember the position
            }
        } catch (WakeupException stopping) {
            // Ctrl-C
        }
    }

    /** Your work per record: here, print it. The value is one JSON object (null for a deleted key). */
    static void process(ConsumerRecord<String, String> r) {
        System.out.println(r.topic() + "-" + r.partition() + "@" + r.offset() + " " + r.key() + " " + r.value());
    }
}
