package yaowen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

class MainTest {
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int run(String... args) {
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "demo", "run", "analyze", "broker", "config", "config check", "config reference"})
    void everyCommandExplainsWhatItDoesWithHelp(String command) {
        String[] args = (command.isEmpty() ? "--help" : command + " --help").split(" ");
        assertThat(run(args)).isZero();
        assertThat(out.toString()).contains("Usage: yaowen").containsPattern("\\n[A-Z][a-z]+ .{20,}");
    }

    @Test
    void listsTheCommandsWhenRunWithoutOne() {
        assertThat(run()).isZero();
        assertThat(out.toString()).contains("demo", "run", "analyze", "broker", "bench --help");
    }

    @Test
    void stopsWithOneLineNamingAMissingConfigFile() {
        assertThat(run("run", "--config", "no/such.yaml")).isEqualTo(2);
        assertThat(err.toString().strip()).isEqualTo("yaowen: config error: config file not found: no/such.yaml");
    }

    @Test
    void stopsWithOneLineNamingAnUnknownKey(@TempDir Path dir) throws Exception {
        Path config = Files.writeString(dir.resolve("y.yaml"), "sites: []\nwebb: {port: 1}\n");
        assertThat(run("run", "--config", config.toString())).isEqualTo(2);
        assertThat(err.toString().strip().lines()).singleElement()
                .satisfies(l -> assertThat(l).startsWith("yaowen: config error: ").contains("unknown key 'webb'"));
    }

    @Test
    void stopsWithOneLineNamingABadUrl(@TempDir Path dir) throws Exception {
        Path config = Files.writeString(dir.resolve("y.yaml"), "sites: [{id: a, listUrls: ['htp:/x']}]\n");
        assertThat(run("run", "--config", config.toString())).isEqualTo(2);
        assertThat(err.toString().strip().lines()).singleElement()
                .satisfies(l -> assertThat(l).contains("sites[0].listUrls: 'htp:/x' is not an absolute http(s) URL"));
    }

    @Test
    void rejectsAnUnknownRole(@TempDir Path dir) throws Exception {
        Path config = Files.writeString(dir.resolve("y.yaml"), "sites: []\n");
        assertThat(run("run", "--config", config.toString(), "--roles", "crawl,dance")).isEqualTo(2);
        assertThat(err.toString()).contains("unknown role 'dance'");
    }

    @Test
    void rejectsAnUnknownOption() {
        assertThat(run("demo", "--frobnicate")).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown option: '--frobnicate'");
    }
}
