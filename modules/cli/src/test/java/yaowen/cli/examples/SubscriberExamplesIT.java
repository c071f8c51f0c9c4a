package yaowen.cli.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import yaowen.broker.TopicSetup;
import yaowen.records.TopicNames;
import yaowen.records.Topics;
import yaowen.testkit.TestCluster;

/**
 * The subscriber examples of docs/subscribers.md run as a user runs them, against a real broker holding
 * a JSON mirror with three committed meetings and one aborted write: each prints the three, not the
 * aborted one (read_committed), and leaves its group's position committed after them.
 */
@Tag("integration")
@Timeout(180)
class SubscriberExamplesIT {
    static final Path EXAMPLES = Path.of("../../examples/subscriber");
    static final TopicNames NAMES = new TopicNames("", Set.of(Topics.MEETINGS));
    static final String MIRROR = NAMES.json(Topics.MEETINGS);
    /** What both examples print per record: topic-partition@offset key value. */
    static final Pattern PRINTED = Pattern.compile("^(\\S+)-(\\d+)@(\\d+) m\\d ", Pattern.MULTILINE);

    @TempDir
    static Path dir;
    static TestCluster cluster;

    @BeforeAll
    static void start() throws Exception {
        cluster = TestCluster.start(dir.resolve("kafka"));
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", cluster.bootstrapServers()))) {
            TopicSetup.ensure(admin, NAMES.definitions(Topics.DEFAULT_PARTITIONS, (short) 1), Duration.ofSeconds(30));
        }
        Properties p = new Properties();
        p.put("bootstrap.servers", cluster.bootstrapServers());
        p.put("transactional.id", "examples-it");
        try (var producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer())) {
            producer.initTransactions();
            producer.beginTransaction();
            for (int i = 1; i <= 3; i++) {
                producer.send(new ProducerRecord<>(MIRROR, "m" + i, "{\"key\":\"m" + i + "\",\"name\":\"第" + i + "次常务会议\"}"));
            }
            producer.commitTransaction();
            producer.beginTransaction();
            producer.send(new ProducerRecord<>(MIRROR, "aborted", "{\"key\":\"aborted\"}"));
            producer.flush();
            producer.abortTransaction();
        }
    }

    @AfterAll
    static void stop() {
        cluster.close();
    }

    @Test
    void theJavaSubscriberPrintsTheCommittedRecordsAndCommitsItsPosition() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String out = run(List.of(java, "-cp", System.getProperty("java.class.path"), EXAMPLES.resolve("Subscriber.java").toString(),
                cluster.bootstrapServers(), MIRROR, "java-example", "3"));

        assertThat(out).contains(" m1 {\"key\":\"m1\"", " m2 ", " m3 ", "第1次常务会议").doesNotContain("aborted");
        assertThat(committedPastEveryPrintedRecord("java-example", out)).as(out).isTrue();
    }

    @Test
    void thePythonSubscriberPrintsTheCommittedRecordsAndCommitsItsPosition() throws Exception {
        Optional<String> python = pythonWithConfluentKafka();
        Assumptions.assumeTrue(python.isPresent(),
                "no python3 with confluent_kafka here (Debian: apt-get install python3-confluent-kafka); the Python example was not run");
        String out = run(List.of(python.get(), EXAMPLES.resolve("subscriber.py").toString(), cluster.bootstrapServers(), MIRROR,
                "python-example", "3"));

        assertThat(out).contains(" m1 {\"key\": \"m1\"", " m2 ", " m3 ", "第1次常务会议").doesNotContain("aborted");
        assertThat(committedPastEveryPrintedRecord("python-example", out)).as(out).isTrue();
    }

    /** Whether {@code group} has committed a position past every record the example printed. */
    private static boolean committedPastEveryPrintedRecord(String group, String out) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", cluster.bootstrapServers()))) {
            Map<TopicPartition, OffsetAndMetadata> offsets =
                    admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
            Matcher printed = PRINTED.matcher(out);
            int records = 0;
            while (printed.find()) {
                records++;
                OffsetAndMetadata position = offsets.get(new TopicPartition(printed.group(1), Integer.parseInt(printed.group(2))));
                if (position == null || position.offset() <= Long.parseLong(printed.group(3))) {
                    return false;
                }
            }
            return records == 3;
        }
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Path log = Files.createTempFile(dir, "example", ".out");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the example did not stop after 3 records: " + Files.readString(log, StandardCharsets.UTF_8));
        }
        String out = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(out).isZero();
        return out;
    }

    private static Optional<String> pythonWithConfluentKafka() throws InterruptedException {
        List<String> candidates = new ArrayList<>(List.of("/usr/bin/python3", "python3"));
        for (String python : candidates) {
            try {
                Process p = new ProcessBuilder(python, "-c", "import confluent_kafka").redirectErrorStream(true).start();
                if (p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0) {
                    return Optional.of(python);
                }
            } catch (IOException e) {
                // not installed under this name
            }
        }
        return Optional.empty();
    }
}
