package yaowen.stores.sink;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import yaowen.records.Article;
import yaowen.records.Meeting;
import yaowen.records.MetricObservation;
import yaowen.records.RecordSerdes;
import yaowen.records.Topics;
import yaowen.stores.ArticleStore;
import yaowen.stores.Fixtures;
import yaowen.stores.SinkOffset;
import yaowen.stores.duckdb.DuckDbStore;
import yaowen.stores.jdbc.JdbcArticleStore;
import yaowen.testkit.Await;
import yaowen.testkit.TestCluster;

/**
 * The sink killed and restarted over a real broker and a DuckDB file: the tables end identical to an
 * uninterrupted run on the same input, no batch is written twice, and none is left half written.
 */
class SinkCrashIT {
    private static final int RECORDS = 36;
    private static final Duration WAIT = Duration.ofSeconds(60);
    @TempDir
    static Path dir;
    private static TestCluster cluster;
    private static Map<String, List<String>> uninterrupted;

    /** What a killed JVM does not get to do: nothing catches it on the way out. */
    static final class SimulatedCrash extends Error {
        private static final long serialVersionUID = 1L;

        SimulatedCrash(String where) {
            super("simulated crash " + where);
        }
    }

    @BeforeAll
    static void produceTheInputAndSinkItOnceWithoutInterruption() throws Exception {
        cluster = TestCluster.start(dir.resolve("kafka"));
        Properties p = new Properties();
        p.put("bootstrap.servers", cluster.bootstrapServers());
        try (var producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer())) {
            for (int i = 0; i < RECORDS; i++) {
                producer.send(record(i)).get();
            }
        }
        Path file = dir.resolve("uninterrupted.duckdb");
        try (DuckDbStore store = DuckDbStore.open(file)) {
            runUntilAllStored(new SinkConsumer(new KafkaConsumer<>(consumerConfig("uninterrupted")), producer(), store),
                    store, "uninterrupted");
        }
        uninterrupted = tables(file, false);
        assertThat(uninterrupted.get("article")).hasSize(RECORDS / 3);
    }

    @AfterAll
    static void stopBroker() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void killedBetweenBatchesAfterTheStoreCommittedButBeforeKafkaDidItResumesAtTheStoredOffsets() throws Exception {
        Path file = dir.resolve("between.duckdb");
        String group = "between-batches";
        try (DuckDbStore store = DuckDbStore.open(file)) {
            AtomicInteger commits = new AtomicInteger();
            KafkaConsumer<String, byte[]> dying = new KafkaConsumer<>(consumerConfig(group)) {
                @Override
                public void commitSync(Map<TopicPartition, OffsetAndMetadata> offsets) {
                    if (commits.incrementAndGet() == 3) {
                        throw new SimulatedCrash("after the third batch's store commit");
                    }
                    super.commitSync(offsets);
                }
            };
            assertThat(runUntilCrash(new SinkConsumer(dying, producer(), store))).isInstanceOf(SimulatedCrash.class);
        }
        Map<String, List<String>> atCrash = tables(file, true);
        assertThat(atCrash.get("sink_offsets")).as("three batches were committed to the store").isNotEmpty();

        try (DuckDbStore store = DuckDbStore.open(file)) {
            runUntilAllStored(new SinkConsumer(new KafkaConsumer<>(consumerConfig(group)), producer(), store), store, group);
        }

        assertThat(withoutOffsets(tables(file, false))).isEqualTo(withoutOffsets(uninterrupted));
        Map<String, List<String>> after = tables(file, true);
        for (String table : List.of("article", "meeting", "metric")) {
            assertThat(after.get(table)).as("rows of %s stored before the crash were not written again (same stored_at_ms)",
                    table).containsAll(atCrash.get(table));
        }
    }

    @Test
    void killedInTheMiddleOfABatchLeavesNothingOfItAndTheRestartCompletesIt() throws Exception {
        Path file = dir.resolve("mid-batch.duckdb");
        String group = "mid-batch";
        try (DuckDbStore store = DuckDbStore.open(file)) {
            ArticleStore dyingOnTheSeventhWrite = new CrashingStore(store, 7);
            assertThat(runUntilCrash(new SinkConsumer(new KafkaConsumer<>(consumerConfig(group)), producer(),
                    dyingOnTheSeventhWrite))).isInstanceOf(SimulatedCrash.class);
            long keysStored = store.rowCounts().get("article") + store.rowCounts().get("meeting")
                    + store.rowCounts().get("metric");
            long recordsCommitted = store.sinkOffsets(group).stream().mapToLong(SinkOffset::nextOffset).sum();
            assertThat(keysStored).as("rows stored are exactly the records of the committed batches (6 writes before the crash)")
                    .isEqualTo(recordsCommitted).isLessThan(7);
        }

        try (DuckDbStore store = DuckDbStore.open(file)) {
            runUntilAllStored(new SinkConsumer(new KafkaConsumer<>(consumerConfig(group)), producer(), store), store, group);
        }

        assertThat(withoutOffsets(tables(file, false))).isEqualTo(withoutOffsets(uninterrupted));
    }

    private static void runUntilAllStored(SinkConsumer sink, ArticleStore store, String group) throws InterruptedException {
        runUntilAllStored(sink, store, group, RECORDS);
    }

    /** Runs {@code sink} until the offsets it stored for {@code group} add up to {@code records}, then closes it. */
    static void runUntilAllStored(SinkConsumer sink, ArticleStore store, String group, int records)
            throws InterruptedException {
        Thread thread = new Thread(sink, "sink-" + group);
        thread.start();
        try {
            Await.until("every record stored by " + group, WAIT,
                    () -> store.sinkOffsets(group).stream().mapToLong(SinkOffset::nextOffset).sum() == records,
                    () -> "offsets " + store.sinkOffsets(group));
        } finally {
            sink.close();
            thread.join(WAIT.toMillis());
        }
    }

    private static Throwable runUntilCrash(SinkConsumer sink) throws InterruptedException {
        AtomicReference<Throwable> died = new AtomicReference<>();
        Thread thread = new Thread(sink, "sink-crashing");
        thread.setUncaughtExceptionHandler((t, e) -> died.set(e));
        thread.start();
        thread.join(WAIT.toMillis());
        assertThat(thread.isAlive()).as("the sink crashed within " + WAIT).isFalse();
        return died.get();
    }

    /** Every table's rows as text, sorted; {@code stored_at_ms} (the wall clock of the write) only when asked. */
    private static Map<String, List<String>> tables(Path file, boolean withStoredAt) throws Exception {
        List<String> names = new ArrayList<>(JdbcArticleStore.TABLES);
        names.add("sink_offsets");
        Properties readOnly = new Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file, readOnly)) {
            return TableRows.read(c, names, withStoredAt);
        }
    }

    /** The data tables only: each run has its own consumer group, so the offsets table differs by name. */
    private static Map<String, List<String>> withoutOffsets(Map<String, List<String>> tables) {
        Map<String, List<String>> data = new TreeMap<>(tables);
        data.remove("sink_offsets");
        return data;
    }

    static ProducerRecord<String, byte[]> record(int i) {
        String article = "a" + i;
        return switch (i % 3) {
            case 0 -> new ProducerRecord<>(Topics.ARTICLES, article, RecordSerdes.ARTICLE.encode(Fixtures.article(article)));
            case 1 -> new ProducerRecord<>(Topics.MEETINGS, "m" + i,
                    RecordSerdes.MEETING.encode(Fixtures.meeting("m" + i, article, LocalDate.of(2021, 1, 1).plusDays(i))));
            default -> new ProducerRecord<>(Topics.METRICS, "x" + i,
                    RecordSerdes.METRIC.encode(Fixtures.metric("x" + i, article, "m" + (i - 1))));
        };
    }

    private static Properties consumerConfig(String group) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "4");
        return SinkConsumer.consumerConfig(p);
    }

    private static KafkaProducer<String, byte[]> producer() {
        Properties p = new Properties();
        p.put("bootstrap.servers", cluster.bootstrapServers());
        return new KafkaProducer<>(SinkConsumer.producerConfig(p));
    }

    /** A store that dies (as a killed process would) on its {@code n}-th write; otherwise the store it wraps. */
    private static final class CrashingStore extends DelegatingStore {
        private final int n;
        private int writes;

        CrashingStore(ArticleStore store, int n) {
            super(store);
            this.n = n;
        }

        private void write() {
            if (++writes == n) {
                throw new SimulatedCrash("on write " + n);
            }
        }

        @Override
        public void upsertArticle(Article article) {
            write();
            super.upsertArticle(article);
        }

        @Override
        public void upsertMeeting(Meeting meeting) {
            write();
            super.upsertMeeting(meeting);
        }

        @Override
        public void upsertMetric(MetricObservation metric) {
            write();
            super.upsertMetric(metric);
        }
    }
}
