package yaowen.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import yaowen.records.Meeting;
import yaowen.stores.duckdb.DuckDbStore;
import yaowen.web.ops.OpsEndpoints;

class SqlEndpointTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static DuckDbStore store;
    private static WebServer server;

    @BeforeAll
    static void start() {
        store = DuckDbStore.inMemory();
        for (String key : List.of("m1", "m2", "m3")) {
            store.upsertMeeting(Meeting.newBuilder().setKey(key).setArticleId("a-" + key).setUrl("http://x/" + key)
                    .setName("会议 " + key).build());
        }
        server = new WebServer(store.reader(), new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                new OpsEndpoints(new PrometheusMeterRegistry(PrometheusConfig.DEFAULT), () -> { }, List.of(), List::of),
                Optional.of(new SqlEndpoint(store.sqlQueries(), new SqlEndpoint.Settings(Duration.ofSeconds(30), 2, false))))
                .start();
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    @Test
    void streamsColumnsRowsAndTheCountAsJsonLinesCappedAtTheConfiguredRows() throws Exception {
        HttpResponse<String> response = post("SELECT meeting_key, name FROM meeting ORDER BY meeting_key");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains(SqlEndpoint.NDJSON);
        assertThat(response.body().lines().map(SqlEndpointTest::tree)).containsExactly(
                "{\"columns\":[\"meeting_key\",\"name\"]}", "[\"m1\",\"会议 m1\"]", "[\"m2\",\"会议 m2\"]",
                "{\"rows\":2,\"truncated\":true}");
    }

    @Test
    void refusesAWriteWithA400SayingWhy() throws Exception {
        for (String write : List.of("DROP TABLE meeting", "INSERT INTO meeting (meeting_key) VALUES ('x')",
                "COPY meeting TO '/tmp/yaowen-sql-endpoint.csv'", "ATTACH '/tmp/yaowen-sql-endpoint.db' AS x")) {
            HttpResponse<String> response = post(write);

            assertThat(response.statusCode()).as(write).isEqualTo(400);
            assertThat(JSON.readTree(response.body()).get("error").asText()).as(write)
                    .contains("only reading statements may run here");
        }
        assertThat(store.rowCounts().get("meeting")).isEqualTo(3);
    }

    @Test
    void answersOnlyPost() throws Exception {
        HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(uri()).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).contains("POST");
    }

    @Test
    void answersLoopbackClientsUnlessToldToAnswerAnyHost() throws Exception {
        InetSocketAddress loopback = new InetSocketAddress(InetAddress.getLoopbackAddress(), 5000);
        InetSocketAddress lan = new InetSocketAddress(InetAddress.getByAddress(new byte[] {(byte) 192, (byte) 168, 1, 20}), 5000);

        assertThat(SqlEndpoint.answers(loopback, false)).isTrue();
        assertThat(SqlEndpoint.answers(lan, false)).isFalse();
        assertThat(SqlEndpoint.answers(lan, true)).isTrue();
    }

    @Test
    void aServerGivenNoSqlEndpointHasNoSuchRoute() throws Exception {
        try (WebServer plain = new WebServer(store.reader(), 0).start()) {
            HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(plain.uri().resolve(SqlEndpoint.PATH))
                    .POST(HttpRequest.BodyPublishers.ofString("SELECT 1")).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(404);
        }
    }

    private static HttpResponse<String> post(String sql) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(uri()).POST(HttpRequest.BodyPublishers.ofString(sql)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri() {
        return server.uri().resolve(SqlEndpoint.PATH);
    }

    private static String tree(String line) {
        try {
            return JSON.writeValueAsString(JSON.readTree(line));
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + line, e);
        }
    }
}
