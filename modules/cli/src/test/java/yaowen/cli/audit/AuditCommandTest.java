package yaowen.cli.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import yaowen.cli.CommandRun;
import yaowen.cli.commands.AuditCommand;

@Timeout(30)
class AuditCommandTest {
    @Test
    void withoutAClusterItIsAUsageError() {
        CommandRun run = new CommandRun();

        assertThat(run.run("audit")).isEqualTo(2);
        assertThat(run.err()).contains("--bootstrap-servers");
    }

    @Test
    void theServersOfTheOptionWinOverTheConfigsAndBlankIsNone() {
        assertThat(AuditCommand.servers("a:9092", Optional.of("b:9092"))).contains("a:9092");
        assertThat(AuditCommand.servers(null, Optional.of("b:9092"))).contains("b:9092");
        assertThat(AuditCommand.servers(null, Optional.empty())).isEmpty();
        assertThat(AuditCommand.servers(" ", Optional.empty())).isEmpty();
    }

    @Test
    void aConfigWithoutServersAndNoOptionIsAUsageError(@TempDir Path dir) throws Exception {
        Path config = Files.writeString(dir.resolve("c.yaml"), "dataDir: '" + dir.resolve("data") + "'\n");
        CommandRun run = new CommandRun();

        assertThat(run.run("audit", "-c", config.toString())).isEqualTo(2);
        assertThat(run.err()).contains("--bootstrap-servers");
    }

    @Test
    void aDuckDbPathAndAJdbcUrlAreBothStores() {
        assertThat(StoreKeys.url("jdbc:postgresql://db/yaowen")).isEqualTo("jdbc:postgresql://db/yaowen");
        assertThat(StoreKeys.url("data/yaowen.duckdb")).startsWith("jdbc:duckdb:/").endsWith("/data/yaowen.duckdb");
    }
}
