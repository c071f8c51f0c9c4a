package yaowen.cli.logging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.status.Status;
import ch.qos.logback.core.status.StatusUtil;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

class LogsTest {
    private static final Logger LOG = LoggerFactory.getLogger("yaowen.cli.logging.LogsTest");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void writesTheLogFileUnderTheDataDirAndPrintsItsPath(@TempDir Path data) throws IOException {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        Path file;
        try (Logs logs = new LogOptions().start(data, new PrintStream(printed, true, StandardCharsets.UTF_8))) {
            file = logs.file();
            LOG.info("会议 {} 开幕", "全区工作会议");
        }
        assertThat(file).isEqualTo(data.resolve("logs").resolve("yaowen.log").toAbsolutePath().normalize());
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("Log file:", file.toString());
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("INFO", "会议 全区工作会议 开幕");
    }

    @Test
    void jsonFormatWritesOneParsableObjectPerLineToTheFileAndTheConsole(@TempDir Path data) throws IOException {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        PrintStream realErr = System.err;
        Path file;
        System.setErr(new PrintStream(console, true, StandardCharsets.UTF_8));
        try (Logs logs = Logs.start(data, LogFormat.JSON)) {
            file = logs.file();
            LOG.info("site {} checked", "longting");
            LOG.warn("site {} failing: {}", "wancheng", "DNS: no such host", new IllegalStateException("boom"));
        } finally {
            System.setErr(realErr);
        }
        List<JsonNode> lines = parseLines(Files.readString(file, StandardCharsets.UTF_8));
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).get("level").asText()).isEqualTo("INFO");
        assertThat(lines.get(0).get("loggerName").asText()).isEqualTo("yaowen.cli.logging.LogsTest");
        assertThat(lines.get(0).get("formattedMessage").asText()).isEqualTo("site longting checked");
        assertThat(lines.get(1).get("formattedMessage").asText()).isEqualTo("site wancheng failing: DNS: no such host");
        assertThat(lines.get(1).get("throwable").get("className").asText()).isEqualTo("java.lang.IllegalStateException");
        List<JsonNode> warnings = parseLines(console.toString(StandardCharsets.UTF_8));
        assertThat(warnings).singleElement().satisfies(w -> assertThat(w.get("level").asText()).isEqualTo("WARN"));
    }

    @Test
    void closingPutsTheStartUpAppendersBack(@TempDir Path data) throws IOException {
        Path file;
        try (Logs logs = Logs.start(data, LogFormat.TEXT)) {
            file = logs.file();
        }
        LOG.info("after close");
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).doesNotContain("after close");
    }

    @Test
    void anUnwritableDataDirIsReportedInWords(@TempDir Path data) throws IOException {
        Path notADir = Files.writeString(data.resolve("file"), "x");
        assertThatThrownBy(() -> Logs.start(notADir, LogFormat.TEXT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot create the log directory " + notADir.resolve("logs").toAbsolutePath())
                .hasMessageContaining("choose another --data-dir");
    }

    @Command(name = "probe")
    static final class Probe implements Runnable {
        @Mixin
        LogOptions logging;

        @Override
        public void run() {
        }
    }

    @Test
    void logFormatOptionTakesTextOrJsonAndRefusesTheRestNamingTheChoices() {
        Probe probe = new Probe();
        new CommandLine(probe).parseArgs("--log-format", "JSON");
        assertThat(probe.logging.format()).isEqualTo(LogFormat.JSON);
        new CommandLine(probe).parseArgs();
        assertThat(probe.logging.format()).isEqualTo(LogFormat.TEXT);
        assertThatThrownBy(() -> new CommandLine(new Probe()).parseArgs("--log-format", "xml"))
                .isInstanceOf(CommandLine.ParameterException.class)
                .hasMessageContaining("'xml' is not a log format; use one of: text, json");
    }

    @Test
    void theLongRunningCommandsTakeTheLogFormat() {
        CommandLine main = yaowen.cli.Main.commandLine();
        for (String command : List.of("demo", "run", "broker")) {
            assertThat(main.getSubcommands().get(command).getCommandSpec().findOption("--log-format"))
                    .as(command).isNotNull();
        }
    }

    @Test
    void theShippedLogbackXmlLoadsWithoutErrors() throws Exception {
        LoggerContext context = new LoggerContext();
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(Logs.class.getResource("/logback.xml"));
        assertThat(new StatusUtil(context).getHighestLevel(0)).as(context.getStatusManager().getCopyOfStatusList().toString())
                .isLessThan(Status.WARN);
        assertThat(context.getLogger("org.apache.kafka").getLevel()).isEqualTo(Level.WARN);
        context.stop();
    }

    private static List<JsonNode> parseLines(String text) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                nodes.add(JSON.readTree(line));
            }
        }
        return nodes;
    }
}
