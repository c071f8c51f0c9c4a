package yaowen.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every package of the cores, the contracts and the consumer runtime says in a package-info what it is for. */
class PackageDocsTest {
    private static final List<String> MODULES = List.of("cleaning", "insight", "records", "consume");

    @Test
    void everyPackageHasAPackageInfo() throws IOException {
        for (String module : MODULES) {
            Path main = Path.of("..", module, "src", "main", "java");
            assertThat(main).as("sources of " + module + " (tests run from modules/architecture)").isDirectory();
            try (Stream<Path> dirs = Files.walk(main)) {
                for (Path d : dirs.filter(Files::isDirectory).toList()) {
                    boolean hasJava;
                    try (Stream<Path> files = Files.list(d)) {
                        hasJava = files.anyMatch(f -> f.toString().endsWith(".java"));
                    }
                    if (hasJava) {
                        assertThat(d.resolve("package-info.java")).exists();
                    }
                }
            }
        }
    }
}
