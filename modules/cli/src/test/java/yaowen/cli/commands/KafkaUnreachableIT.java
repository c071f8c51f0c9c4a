package yaowen.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import yaowen.cli.CommandRun;

/**
 * A cluster nobody answers for (a closed loopback port) is one plain line and a non-zero exit within
 * seconds, for {@code run} and for {@code tap}, instead of clients retrying for a minute. The timeout
 * below is the bound the user sees.
 */
@Tag("integration")
class KafkaUnreachableIT {
    @TempDir
    Path dir;

    private static int closedPort() throws Exception {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private Path configFor(String servers) throws Exception {
        return Files.writeString(dir.resolve("c.yaml"), "dataDir: '" + dir.resolve("data") + "'\n"
                + "kafka: {bootstrapServers: '" + servers + "'}\n");
    }

    @Test
    @Timeout(15)
    void runSaysItCannotReachKafkaInOneLine() throws Exception {
        String servers = "127.0.0.1:" + closedPort();
        Path config = configFor(servers);
        CommandRun run = new CommandRun();

        assertThat(run.run("run", "-c", config.toString(), "--roles", "pipeline")).isEqualTo(1);

        assertThat(run.err().strip()).isEqualTo("yaowen: cannot reach Kafka at " + servers);
    }

    @Test
    @Timeout(15)
    void tapSaysItCannotReachKafkaInOneLine() throws Exception {
        String servers = "127.0.0.1:" + closedPort();
        CommandRun run = new CommandRun();

        assertThat(run.run("tap", "yaowen.meetings", "--bootstrap-servers", servers)).isEqualTo(1);

        assertThat(run.err().strip()).isEqualTo("yaowen: cannot reach Kafka at " + servers);
    }

    @Test
    @Timeout(25)
    void auditTakesTheServersFromItsConfigAndSaysItCannotReachKafkaWithStatus3() throws Exception {
        String servers = "127.0.0.1:" + closedPort();
        Path config = configFor(servers);
        CommandRun run = new CommandRun();

        assertThat(run.run("audit", "-c", config.toString())).isEqualTo(AuditCommand.KAFKA_UNREADABLE);

        assertThat(run.err().strip()).isEqualTo("yaowen: cannot reach Kafka at " + servers);
        assertThat(run.out()).as("no counts without the topics").isEmpty();
    }
}
