package yaowen.bench.sink;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import yaowen.broker.EmbeddedBroker;
import yaowen.broker.TopicSetup;
import yaowen.records.Article;
import yaowen.records.Meeting;
import yaowen.records.MetricObservation;
import yaowen.records.Person;
import yaowen.records.RecordSerdes;
import yaowen.records.Region;
import yaowen.records.Topics;
import yaowen.stores.ArticleStore;
import yaowen.stores.SinkOffset;
import yaowen.stores.duckdb.DuckDbStore;
import yaowen.stores.postgres.PostgresStore;
import yaowen.stores.sink.SinkConsumer;

/**
 * {@code yaowen bench sink}: how fast the sink writes into DuckDB and PostgreSQL. N generated records (a third
 * each articles, meetings with three people, metrics) are produced to an embedded broker first; then a
 * {@link SinkConsumer} (the product's, batch and offsets in one transaction) reads them into a fresh store, and
 * the time from its start, and from its first committed batch, until every offset is stored is measured.
 */
@Command(name = "sink", mixinStandardHelpOptions = true,
        description = {"Sink throughput: N generated articles, meetings and metrics through SinkConsumer",
                "(embedded broker, batch + offsets per transaction) into DuckDB and PostgreSQL."})
public final class SinkBenchCommand implements Callable<Integer> {
    private static final Duration LIMIT = Duration.ofMinutes(30);
    private static final Region REGION = Region.newBuilder().setCode("410202").setName("龙亭区")
            .setPath(List.of("河南省", "开封市", "龙亭区")).build();

    @Option(names = "--records", defaultValue = "30000", description = "Records produced (default ${DEFAULT-VALUE}).")
    int records;

    @Option(names = "--max-poll-records", defaultValue = "500",
            description = "Records per polled batch = per store transaction (Kafka's default ${DEFAULT-VALUE}).")
    int maxPollRecords;

    @Option(names = "--postgres-url", description = "A scratch PostgreSQL database (its Yaowen tables are emptied);"
            + " default $YAOWEN_TEST_PG_URL; none: DuckDB only.")
    String postgresUrl = System.getenv("YAOWEN_TEST_PG_URL");

    @Override
    public Integer call() throws Exception {
        Path dir = Files.createTempDirectory("yaowen-bench-sink");
        try (EmbeddedBroker broker = EmbeddedBroker.start(dir.resolve("kafka"), 0, Duration.ofSeconds(60))) {
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
                TopicSetup.ensure(admin, Topics.definitions(Topics.DEFAULT_PARTITIONS, (short) 1), Duration.ofSeconds(60));
            }
            produce(broker.bootstrapServers());
            System.out.printf("%d records (%d articles, %d meetings with 3 people each, %d metrics), %d partitions per topic,"
                    + " max.poll.records %d%n", records, count(0), count(1), count(2), Topics.DEFAULT_PARTITIONS, maxPollRecords);
            System.out.println("| store | records/s from start | records/s from first batch | rows/s from first batch | total |");
            System.out.println("|---|---:|---:|---:|---:|");
            try (DuckDbStore duck = DuckDbStore.open(dir.resolve("bench.duckdb"))) {
                measure("DuckDB (file)", duck, broker.bootstrapServers());
            }
            if (postgresUrl != null && !postgresUrl.isBlank()) {
                try (PostgresStore pg = PostgresStore.connect(postgresUrl)) {
                    try (var c = java.sql.DriverManager.getConnection(postgresUrl); var st = c.createStatement()) {
                        st.execute("TRUNCATE article, meeting, meeting_person, metric, sink_offsets");
                    }
                    measure("PostgreSQL (local)", pg, broker.bootstrapServers());
                }
            } else {
                System.out.println("(PostgreSQL skipped: give --postgres-url or set YAOWEN_TEST_PG_URL)");
            }
        }
        return 0;
    }

    private int count(int kind) {
        return records / 3 + (records % 3 > kind ? 1 : 0);
    }

    private void measure(String name, ArticleStore store, String bootstrapServers) throws InterruptedException {
        String group = "yaowen-bench-sink-" + UUID.randomUUID();
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, Integer.toString(maxPollRecords));
        Properties dlq = new Properties();
        dlq.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        SinkConsumer sink = new SinkConsumer(new KafkaConsumer<>(SinkConsumer.consumerConfig(p)),
                new KafkaProducer<>(SinkConsumer.producerConfig(dlq)), store);
        Thread thread = new Thread(sink, "bench-sink");
        long start = System.nanoTime();
        thread.start();
        long firstBatch = 0;
        long stored = 0;
        Instant deadline = Instant.now().plus(LIMIT);
        try {
            while (stored < records) {
                if (Instant.now().isAfter(deadline) || !thread.isAlive()) {
                    throw new IllegalStateException(name + ": the sink stored " + stored + " of " + records + " records");
                }
                Thread.sleep(20);
                stored = store.sinkOffsets(group).stream().mapToLong(SinkOffset::nextOffset).sum();
                if (firstBatch == 0 && stored > 0) {
                    firstBatch = System.nanoTime();
                }
            }
        } finally {
            sink.close();
            thread.join();
        }
        long end = System.nanoTime();
        long rows = store.rowCounts().values().stream().mapToLong(Long::longValue).sum();
        double fromStart = (end - start) / 1e9;
        double fromFirst = (end - firstBatch) / 1e9;
        System.out.printf("| %s | %.0f | %.0f | %.0f | %.1f s, %d rows |%n", name, records / fromStart,
                records / fromFirst, rows / fromFirst, fromStart, rows);
    }

    private void produce(String bootstrapServers) throws Exception {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ProducerConfig.LINGER_MS_CONFIG, "20");
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer())) {
            List<java.util.concurrent.Future<?>> sent = new ArrayList<>();
            for (int i = 0; i < records; i++) {
                sent.add(producer.send(record(i)));
            }
            for (java.util.concurrent.Future<?> f : sent) {
                f.get();
            }
        }
    }

    /** Record {@code i}: an article, a meeting reported by it, or a figure of that meeting, in turn. */
    static ProducerRecord<String, byte[]> record(int i) {
        String article = "a" + (i / 3);
        String meeting = "m" + (i / 3);
        String url = "http://www.longting.gov.cn/news/" + article + ".html";
        return switch (i % 3) {
            case 0 -> new ProducerRecord<>(Topics.ARTICLES, article, RecordSerdes.ARTICLE.encode(Article.newBuilder()
                    .setId(article).setUrl(url).setSiteId("longting").setTitle("区委十届九次全会暨区委经济工作会议召开")
                    .setPublishedAt("2021-01-28").setSource("开封市龙亭区人民政府").setAuthors(List.of("王晓宇"))
                    .setText("1月27日，中国共产党开封市龙亭区第十届委员会召开全体会议。全区生产总值增长5.7%。".repeat(20))
                    .setScript("zh-Hans").setCharset("UTF-8").setCharsetSource("HEADER").setSimhash("0123456789abcdef")
                    .setContentHash("ab".repeat(32)).setFetchedAt(Instant.parse("2021-01-28T03:00:00Z"))
                    .setSiteRegionCode("410202").build()));
            case 1 -> new ProducerRecord<>(Topics.MEETINGS, meeting, RecordSerdes.MEETING.encode(Meeting.newBuilder()
                    .setKey(meeting).setArticleId(article).setUrl(url).setTitle("区委十届九次全会召开")
                    .setTypes(List.of("PLENARY_SESSION")).setName("中国共产党开封市龙亭区第十届委员会第九次全体会议")
                    .setDate(LocalDate.of(2021, 1, 1).plusDays(i % 1000)).setRegion(REGION).setCongress(10).setPlenary(9)
                    .setPeople(List.of(person("张正濠", "区委书记"), person("刘玉杰", "区长"), person("王明", "区委副书记")))
                    .setPublishedAt("2021-01-28").build()));
            default -> new ProducerRecord<>(Topics.METRICS, "x" + (i / 3), RecordSerdes.METRIC.encode(MetricObservation
                    .newBuilder().setKey("x" + (i / 3)).setArticleId(article).setUrl(url).setMeetingKey(meeting)
                    .setRegion(REGION).setIndicator("GDP").setLabel("生产总值").setKind("ACTUAL").setYear(2020)
                    .setMeasure("GROWTH").setValue(5.7).setUnit("PERCENT").setPreliminary(true)
                    .setRaw("全区生产总值增长5.7%").setEvidence("预计全区生产总值增长5.7%。").build()));
        };
    }

    private static Person person(String name, String role) {
        return Person.newBuilder().setName(name).setRole(role).setRoles(List.of(role)).build();
    }
}
