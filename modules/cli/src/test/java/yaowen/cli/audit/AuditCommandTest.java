package yaowen.cli.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import yaowen.cli.CommandRun;

@Timeout(30)
class AuditCommandTest {
    @Test
    void withoutAClusterItIsAUsageError() {
        CommandRun run = new CommandRun();

        assertThat(run.run("audit")).isEqualTo(2);
        assertThat(run.err()).contains("--bootstrap-servers");
    }

    @Test
    void aDuckDbPathAndAJdbcUrlAreBothStores() {
        assertThat(StoreKeys.url("jdbc:postgresql://db/yaowen")).isEqualTo("jdbc:postgresql://db/yaowen");
        assertThat(StoreKeys.url("data/yaowen.duckdb")).startsWith("jdbc:duckdb:/").endsWith("/data/yaowen.duckdb");
    }
}
