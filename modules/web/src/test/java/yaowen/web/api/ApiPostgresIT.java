package yaowen.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import yaowen.stores.postgres.PostgresStore;
import yaowen.web.Servers;
import yaowen.web.WebServer;

/**
 * The API over a real PostgreSQL store (named by {@code YAOWEN_TEST_PG_URL}; skipped when unset): every endpoint
 * answers, filters and pages as over DuckDB. The store lives in a schema of its own, so other tests of the same
 * scratch database do not meet it.
 */
@Tag("integration")
class ApiPostgresIT {
    static final String URL = System.getenv("YAOWEN_TEST_PG_URL");
    static final String SCHEMA = "yaowen_web_it";
    static PostgresStore store;
    static WebServer server;
    static Client client;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(URL != null && !URL.isBlank(), "YAOWEN_TEST_PG_URL is not set: skipping the PostgreSQL API test"
                + " (`. .ci/postgres.sh` sets it)");
        try (Connection c = DriverManager.getConnection(URL); Statement st = c.createStatement()) {
            st.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            st.execute("CREATE SCHEMA " + SCHEMA);
        }
        store = PostgresStore.connect(URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA);
        ApiFixtures.fill(store);
        server = Servers.start(store.reader(), new Feed.Settings(Duration.ofMillis(200), Duration.ofSeconds(1),
                Duration.ofSeconds(30), 4), "yaowen/web/teststatic");
        client = new Client(server.uri());
        ApiTest.client = client;
        ApiTest.routes = new AnalystApi(store.reader(), r -> { }).routes();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        if (store != null) {
            store.close();
        }
    }

    @Test
    void everyEndpointAnswers() {
        for (Route route : ApiTest.plainRoutes()) {
            String url = ApiTest.path(route) + "?" + ApiTest.required(route, "").replaceFirst("^&", "");
            assertThat(client.get(url).statusCode()).as(url).isEqualTo(200);
        }
    }

    @Test
    void theFeedSendsAMeetingStoredAfterConnecting() throws Exception {
        try (FeedTest.Stream_ feed = FeedTest.open(server.uri(), null)) {
            FeedTest.store(store, "410202|2025-07-01|PG");
            assertThat(feed.until("data: ")).contains("event: meeting", "410202|2025-07-01|PG");
        }
    }

    @Test
    void listsFilterPageAndExportAsOverDuckDb() {
        JsonNode first = client.json("/api/meetings?limit=2&region=41&to=2025-05-31"); // the feed test stores one of June
        JsonNode second = client.json(first.get("nextUrl").asText());
        assertThat(List.of(ApiTest.keys(first), ApiTest.keys(second))).containsExactly(
                List.of(ApiFixtures.M_SHUNHE, ApiFixtures.M2025), List.of(ApiFixtures.M_ZHONGYUAN, ApiFixtures.M2024));
        assertThat(ApiTest.keys(client.json("/api/metrics?article=a2&limit=100")))
                .containsExactlyInAnyOrder("x-gdp-2024", "x-retail-2024", "t-gdp-2025");
        assertThat(client.json("/api/targets?region=410202").get("items")).extracting(t -> t.get("verdict").asText())
                .containsExactlyInAnyOrder("MET", "MISSED", "PENDING");
        assertThat(client.json("/api/leaders?region=410202").get("offices").get(0).get("terms")).hasSize(2);
        assertThat(client.json("/api/articles/a2").get("highlights")).hasSize(3);
        client.refused("/api/metrics?kind=FOO", "kind");
        client.refused("/api/meetings?cursor=nope", "cursor");
        for (String format : List.of("csv", "xlsx", "parquet")) {
            assertThat(client.bytes("/api/metrics?format=" + format).statusCode()).as(format).isEqualTo(200);
        }
    }
}
