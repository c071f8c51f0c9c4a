package yaowen.cleaning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The core stays pure: no Kafka, JDBC, HTTP, files, clock or logging; only {@code script} calls HanLP. */
class ArchitectureTest {
    private static final Path MAIN = Path.of("src/main/java/yaowen/cleaning");

    private static List<Path> sources() throws IOException {
        try (Stream<Path> s = Files.walk(MAIN)) {
            return s.filter(p -> p.toString().endsWith(".java")).toList();
        }
    }

    @Test
    void importsNoIoKafkaJdbcClockOrLogging() throws IOException {
        for (Path p : sources()) {
            String src = Files.readString(p);
            assertThat(src).as(p.toString()).doesNotContain("org.apache.kafka", "java.sql", "java.net.http", "java.io.File",
                    "java.nio.file", "org.slf4j", "System.currentTimeMillis", "Instant.now", "LocalDateTime.now",
                    "LocalDate.now", "System.getProperty", "System.getenv");
        }
    }

    @Test
    void onlyTheScriptPackageCallsHanlp() throws IOException {
        for (Path p : sources()) {
            if (!p.getParent().endsWith("script")) {
                assertThat(Files.readString(p)).as(p.toString()).doesNotContain("com.hankcs");
            }
        }
    }

    @Test
    void everyPackageHasPackageInfo() throws IOException {
        try (Stream<Path> dirs = Files.walk(MAIN)) {
            for (Path d : dirs.filter(Files::isDirectory).toList()) {
                assertThat(d.resolve("package-info.java")).exists();
            }
        }
    }
}
