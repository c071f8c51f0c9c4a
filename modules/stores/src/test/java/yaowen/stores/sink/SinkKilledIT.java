package yaowen.stores.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import yaowen.stores.postgres.PostgresStore;
import yaowen.testkit.Await;
import yaowen.testkit.TestCluster;

/**
 * The sink in a child JVM killed with {@code destroyForcibly} (SIGKILL) while it writes into PostgreSQL, then
 * restarted: every table ends as one uninterrupted run leaves it, and no row committed before the kill is
 * written again. Needs {@code YAOWEN_TEST_PG_URL} (skipped without), which it empties.
 */
class SinkKilledIT {
    private static final int RECORDS = 2000;
    private static final Duration WAIT = Duration.ofSeconds(90);
    @TempDir
    static Path dir;
    private static TestCluster cluster;
    private static String url;

    /** The child: sinks from {@code args[0]} into PostgreSQL {@code args[1]} as group {@code args[2]} until killed. */
    public static void main(String[] args) {
        PostgresStore store = PostgresStore.connect(args[1]);
        new SinkConsumer(new KafkaConsumer<>(SinkConsumer.consumerConfig(consumer(args[0], args[2]))),
                new KafkaProducer<>(SinkConsumer.producerConfig(dlq(args[0]))), store).run();
    }

    private static Properties consumer(String bootstrapServers, String group) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "7");
        // A static member: the restarted child takes the killed one's place at once instead of waiting for
        // its session to time out.
        p.put(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG, "sink-" + group);
        return p;
    }

    private static Properties consumer(String group) {
        return consumer(cluster.bootstrapServers(), group);
    }

    private static Properties dlq(String bootstrapServers) {
        Properties p = new Properties();
        p.put("bootstrap.servers", bootstrapServers);
        return p;
    }

    private static Properties dlq() {
        return dlq(cluster.bootstrapServers());
    }

    @BeforeAll
    static void produce() throws Exception {
        url = System.getenv("YAOWEN_TEST_PG_URL");
        assumeTrue(url != null && !url.isBlank(), "YAOWEN_TEST_PG_URL is not set: skipping the killed-sink test on PostgreSQL");
        cluster = TestCluster.start(dir.resolve("kafka"));
        Properties p = new Properties();
        p.put("bootstrap.servers", cluster.bootstrapServers());
        try (var producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer())) {
            for (int i = 0; i < RECORDS; i++) {
                producer.send(SinkCrashIT.record(i));
            }
            producer.flush();
        }
    }

    @AfterAll
    static void stopBroker() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void killedWhileWritingAndRestartedEndsAsAnUninterruptedRun() throws Exception {
        try (PostgresStore ignored = PostgresStore.connect(url); Connection c = DriverManager.getConnection(url);
             Statement st = c.createStatement()) {
            st.execute("TRUNCATE article, meeting, meeting_person, metric, sink_offsets");
        }
        Process first = child("killed");
        Await.until("a few batches committed", WAIT, () -> committed("killed") >= 100);
        first.destroyForcibly();
        assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
        Map<String, List<String>> atKill = tables(true);
        assertThat(committed("killed")).as("killed before the end").isLessThan(RECORDS);

        Process second = child("killed");
        try {
            Await.until("every record committed after the restart", WAIT, () -> committed("killed") == RECORDS);
        } finally {
            second.destroyForcibly();
            second.waitFor(30, TimeUnit.SECONDS);
        }
        Map<String, List<String>> afterRestart = tables(true);
        for (String table : List.of("article", "meeting", "metric")) {
            assertThat(afterRestart.get(table)).as("rows of %s committed before the kill are not written again", table)
                    .containsAll(atKill.get(table));
        }

        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            st.execute("TRUNCATE article, meeting, meeting_person, metric");
        }
        try (PostgresStore store = PostgresStore.connect(url)) {
            SinkCrashIT.runUntilAllStored(new SinkConsumer(new KafkaConsumer<>(SinkConsumer.consumerConfig(consumer("uninterrupted"))),
                    new KafkaProducer<>(SinkConsumer.producerConfig(dlq())), store), store, "uninterrupted", RECORDS);
        }
        assertThat(tables(false)).isEqualTo(withoutStoredAt(afterRestart));
    }

    private static Process child(String group) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), SinkKilledIT.class.getName(),
                cluster.bootstrapServers(), url, group)
                .redirectErrorStream(true).redirectOutput(dir.resolve(group + "-" + System.nanoTime() + ".log").toFile())
                .start();
    }

    private static long committed(String group) {
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COALESCE(SUM(next_offset), 0) FROM sink_offsets WHERE consumer_group = '"
                     + group + "'")) {
            rs.next();
            return rs.getLong(1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The data tables' rows as sorted text, with {@code stored_at_ms} when asked. */
    private static Map<String, List<String>> tables(boolean withStoredAt) throws Exception {
        try (Connection c = DriverManager.getConnection(url)) {
            return TableRows.read(c, List.of("article", "meeting", "meeting_person", "metric"), withStoredAt);
        }
    }

    private static Map<String, List<String>> withoutStoredAt(Map<String, List<String>> tables) {
        Map<String, List<String>> out = new TreeMap<>();
        tables.forEach((t, rows) -> out.put(t, rows.stream().map(r -> r.replaceAll(TableRows.STORED_AT + "=\\S+ ", "")).sorted().toList()));
        return out;
    }
}
