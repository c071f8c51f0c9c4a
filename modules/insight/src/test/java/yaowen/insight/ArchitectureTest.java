package yaowen.insight;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** insight is a pure core: no Kafka, JDBC, HTTP, files or clock; only yaowen.insight.nlp calls HanLP. */
class ArchitectureTest {
    private static final Path MAIN = Path.of("src/main/java/yaowen/insight");

    private static List<Path> sources() throws IOException {
        try (Stream<Path> s = Files.walk(MAIN)) {
            return s.filter(p -> p.toString().endsWith(".java")).toList();
        }
    }

    @Test
    void importsNothingFromKafkaJdbcOrNetworking() throws IOException {
        for (Path p : sources()) {
            String src = Files.readString(p);
            assertThat(src).as(p.toString()).doesNotContain("org.apache.kafka", "java.sql", "java.net.", "java.nio.file",
                    "LocalDate.now", "System.currentTimeMillis", "Instant.now", "org.slf4j");
        }
    }

    @Test
    void onlyTheNlpPackageCallsHanLp() throws IOException {
        for (Path p : sources()) {
            if (!p.getParent().endsWith("nlp")) {
                assertThat(Files.readString(p)).as(p.toString()).doesNotContain("com.hankcs");
            }
        }
    }
}
