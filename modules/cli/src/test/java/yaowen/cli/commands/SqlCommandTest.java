package yaowen.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import yaowen.cli.CommandRun;
import yaowen.records.Meeting;
import yaowen.stores.duckdb.DuckDbStore;
import yaowen.web.SqlEndpoint;
import yaowen.web.WebServer;
import yaowen.web.ops.OpsEndpoints;

/** {@code yaowen sql} against a real web server on loopback over an in-memory store. */
class SqlCommandTest {
    private static DuckDbStore store;
    private static WebServer server;
    final CommandRun cli = new CommandRun();

    @BeforeAll
    static void start() {
        store = DuckDbStore.inMemory();
        store.upsertMeeting(Meeting.newBuilder().setKey("m1").setArticleId("a1").setUrl("http://x/1")
                .setName("区委全会").build());
        store.upsertMeeting(Meeting.newBuilder().setKey("m2").setArticleId("a2").setUrl("http://x/2")
                .setName("经济工作会议, \"扩大\"").build());
        server = new WebServer(store.reader(), new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                new OpsEndpoints(new PrometheusMeterRegistry(PrometheusConfig.DEFAULT), () -> { }, List.of(), List::of),
                Optional.of(new SqlEndpoint(store.sqlQueries(), new SqlEndpoint.Settings(Duration.ofSeconds(30), 100, false))))
                .start();
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    @Test
    void printsAnAlignedTableWithChineseCountedTwoColumnsWide() throws Exception {
        int status = cli.run("sql", "--url", server.uri().toString(),
                "SELECT meeting_key AS k, name FROM meeting WHERE meeting_key = 'm1' UNION ALL SELECT 'long key', NULL");

        assertThat(status).isZero();
        assertThat(cli.out().lines().toList()).containsExactly(
                "k        | name",
                "---------+---------",
                "m1       | 区委全会",
                "long key | NULL",
                "(2 rows)");
    }

    @Test
    void printsCsvWithQuotedFields() throws Exception {
        int status = cli.run("sql", "--url", server.uri().toString(), "--format", "csv",
                "SELECT meeting_key, name FROM meeting ORDER BY meeting_key");

        assertThat(status).isZero();
        assertThat(cli.out()).isEqualTo("meeting_key,name\r\nm1,区委全会\r\nm2,\"经济工作会议, \"\"扩大\"\"\"\r\n");
    }

    @Test
    void aWriteIsRefusedWithTheReasonAndExitsOne() throws Exception {
        int status = cli.run("sql", "--url", server.uri().toString(), "DELETE FROM meeting");

        assertThat(status).isEqualTo(1);
        assertThat(cli.err()).startsWith("refused: only reading statements may run here");
        assertThat(store.rowCounts().get("meeting")).isEqualTo(2);
    }

    @Test
    void withoutSqlReadsStatementsEndingInSemicolonsFromStandardInput() throws Exception {
        java.io.InputStream stdin = System.in;
        System.setIn(new java.io.ByteArrayInputStream("SELECT 1 AS a;\nSELECT 2\n  AS b;\nDROP TABLE meeting;\n"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        int status;
        try {
            status = cli.run("sql", "--url", server.uri().toString(), "--format", "csv");
        } finally {
            System.setIn(stdin);
        }

        assertThat(status).as("one statement was refused").isEqualTo(1);
        assertThat(cli.out()).isEqualTo("a\r\n1\r\nb\r\n2\r\n");
        assertThat(cli.err()).startsWith("refused: only reading statements may run here");
    }

    @Test
    void aNodeThatIsNotThereIsNamedPlainly() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }

        int status = cli.run("sql", "--url", "http://127.0.0.1:" + port + "/", "SELECT 1");

        assertThat(status).isEqualTo(2);
        assertThat(cli.err()).startsWith("yaowen: cannot reach a Yaowen node at http://127.0.0.1:" + port + "/");
    }
}
