package yaowen.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import yaowen.stores.duckdb.DuckDbStore;
import yaowen.web.Servers;
import yaowen.web.WebServer;

/** The live feed over a real HTTP connection: events as meetings are stored, a replay after Last-Event-ID, the cap. */
@Timeout(60)
class FeedTest {
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    static DuckDbStore store;
    static WebServer server;

    @BeforeAll
    static void start() {
        store = DuckDbStore.inMemory();
        ApiFixtures.fill(store);
        server = Servers.start(store.reader(), new Feed.Settings(Duration.ofMillis(100), Duration.ofMillis(700),
                Duration.ofSeconds(30), 2), "yaowen/web/teststatic");
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    /** An open event stream, read line by line. */
    record Stream_(HttpResponse<Stream<String>> response, Iterator<String> lines) implements AutoCloseable {
        String next() {
            return lines.next();
        }

        /** Lines up to and including the first that contains {@code text}. */
        String until(String text) {
            StringBuilder seen = new StringBuilder();
            while (true) {
                String line = lines.next();
                seen.append(line).append('\n');
                if (line.contains(text)) {
                    return seen.toString();
                }
            }
        }

        @Override
        public void close() {
            response.body().close();
        }
    }

    static Stream_ open(String lastEventId) throws Exception {
        return open(server.uri(), lastEventId);
    }

    static Stream_ open(java.net.URI base, String lastEventId) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve("/api/feed")).GET();
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        // a connection an earlier test closed holds its slot until the server's next write to it fails
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        HttpResponse<Stream<String>> r = HTTP.sendAsync(request.build(), HttpResponse.BodyHandlers.ofLines()).get(10, TimeUnit.SECONDS);
        while (r.statusCode() == 503 && System.nanoTime() < giveUp) {
            r.body().close();
            Thread.sleep(200);
            r = HTTP.sendAsync(request.build(), HttpResponse.BodyHandlers.ofLines()).get(10, TimeUnit.SECONDS);
        }
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("text/event-stream; charset=utf-8");
        Stream_ s = new Stream_(r, r.body().iterator());
        s.until(": connected");
        return s;
    }

    static void store(String key) {
        store(store, key);
    }

    static void store(yaowen.stores.ArticleStore store, String key) {
        store.upsertMeeting(ApiFixtures.meeting(key, "a1", "新会议 " + key, LocalDate.of(2025, 6, 1), ApiFixtures.LONGTING,
                java.util.List.of("WORK_CONFERENCE"), ApiFixtures.person("王三", "区委书记")));
    }

    @Test
    void aMeetingStoredAfterConnectingArrivesAsAnEventAndSilenceGetsAKeepAlive() throws Exception {
        try (Stream_ feed = open(null)) {
            String before = feed.until(": keep-alive");
            assertThat(before).as("meetings stored before connecting are not sent").doesNotContain("event: meeting");
            store("410202|2025-06-01|A");

            String event = feed.until("data: ");
            assertThat(event).containsPattern("id: \\d+\nevent: meeting\ndata: \\{\"key\":\"410202\\|2025-06-01\\|A\"");
            assertThat(event).contains("\"region\":{\"code\":\"410202\"");
            feed.until(": keep-alive");
        }
    }

    @Test
    void lastEventIdReplaysWhatWasMissed() throws Exception {
        String id;
        try (Stream_ feed = open(null)) {
            store("410202|2025-06-02|B");
            String event = feed.until("data: ");
            id = event.lines().filter(l -> l.startsWith("id: ")).reduce((a, b) -> b).orElseThrow().substring(4);
        }
        Thread.sleep(5); // a write time of its own for the meetings stored while away
        store("410202|2025-06-03|C");
        store("410202|2025-06-04|D");

        try (Stream_ again = open(id)) {
            String replay = again.until("2025-06-04|D");
            assertThat(replay).contains("2025-06-03|C").doesNotContain("2025-06-02|B");
            assertThat(replay.indexOf("2025-06-03|C")).isLessThan(replay.indexOf("2025-06-04|D"));
        }
    }

    @Test
    void subscribersBeyondTheCapGetA503InJson() throws Exception {
        try (Stream_ one = open(null); Stream_ two = open(null)) {
            assertThat(List.of(one, two)).as("both served").hasSize(2);
            HttpResponse<String> third = HTTP.send(HttpRequest.newBuilder(server.uri().resolve("/api/feed")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(third.statusCode()).isEqualTo(503);
            assertThat(Client.tree(third.body()).get("error").asText()).isEqualTo("unavailable");
            HttpResponse<String> other = HTTP.send(HttpRequest.newBuilder(server.uri().resolve("/api/vocabulary")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(other.statusCode()).as("other requests are still served").isEqualTo(200);
        }
    }

    @Test
    void anEventIsTheMeetingsJson() {
        var row = new yaowen.stores.MeetingRow("k", "a", "http://x", "t", java.util.List.of("PLENARY_SESSION"), null, "n",
                LocalDate.of(2025, 1, 2), "410202", "龙亭区", java.util.List.of(), null, null, null, null, null, null, null,
                java.util.List.of());
        assertThat(Feed.event(new yaowen.stores.StoredMeeting(42, row)))
                .startsWith("id: 42\nevent: meeting\ndata: {\"key\":\"k\"").endsWith("}\n\n").doesNotContain("\ndata: \n");
    }
}
