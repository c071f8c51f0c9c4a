package yaowen.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import yaowen.stores.StoreReader;
import yaowen.stores.duckdb.DuckDbStore;
import yaowen.web.Servers;
import yaowen.web.WebServer;

/**
 * Long answers cannot take every worker of the server: with the feed full (more subscribers than request threads)
 * and exports stuck, {@code /health} still answers; HEAD reads no row and takes no slot.
 */
class BusyServerTest {
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    /** More feed subscribers than the server has request threads: the streams must run elsewhere. */
    static final int FEEDS = 12;
    DuckDbStore store;
    WebServer server;
    /** Opened to let the store's list queries answer; until then they wait, as a slow export would. */
    final CountDownLatch release = new CountDownLatch(1);
    final AtomicInteger listQueries = new AtomicInteger();

    @BeforeEach
    void start() {
        store = DuckDbStore.inMemory();
        ApiFixtures.fill(store);
        StoreReader real = store.reader();
        StoreReader slow = (StoreReader) Proxy.newProxyInstance(StoreReader.class.getClassLoader(),
                new Class<?>[] {StoreReader.class}, (proxy, method, args) -> {
                    if (method.getName().equals("meetings")) {
                        listQueries.incrementAndGet();
                        release.await(60, TimeUnit.SECONDS);
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        server = Servers.start(slow, new Feed.Settings(Duration.ofMillis(200), Duration.ofSeconds(1),
                Duration.ofSeconds(60), FEEDS), "yaowen/web/teststatic");
    }

    @AfterEach
    void stop() {
        release.countDown();
        server.close();
        store.close();
    }

    HttpResponse<String> send(String method, String path) throws Exception {
        return HTTP.send(request(method, path), HttpResponse.BodyHandlers.ofString());
    }

    HttpRequest request(String method, String path) {
        return HttpRequest.newBuilder(server.uri().resolve(path)).timeout(Duration.ofSeconds(10))
                .method(method, HttpRequest.BodyPublishers.noBody()).build();
    }

    @Test
    void withTheFeedFullAndExportsStuckHealthStillAnswersAndFurtherExportsAreBusy() throws Exception {
        List<HttpResponse<java.util.stream.Stream<String>>> feeds = new ArrayList<>();
        for (int i = 0; i < FEEDS; i++) {
            feeds.add(HTTP.send(request("GET", "/api/feed"), HttpResponse.BodyHandlers.ofLines()));
            assertThat(feeds.get(i).statusCode()).isEqualTo(200);
            assertThat(feeds.get(i).body().iterator().next()).startsWith("retry:");
        }
        assertThat(send("GET", "/api/feed").statusCode()).as("the feed is full").isEqualTo(503);
        // ten downloads at once: without a cap they would hold every worker left
        List<CompletableFuture<HttpResponse<String>>> exports = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            exports.add(HTTP.sendAsync(HttpRequest.newBuilder(server.uri().resolve("/api/meetings?format=csv"))
                    .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofString()));
        }
        List<HttpResponse<String>> busy = new ArrayList<>();
        for (CompletableFuture<HttpResponse<String>> f : exports) {
            try {
                busy.add(f.get(5, TimeUnit.SECONDS));
            } catch (java.util.concurrent.TimeoutException stuck) {
                // one of the two being written
            }
        }
        assertThat(busy).hasSize(8).allSatisfy(r -> {
            assertThat(r.statusCode()).isEqualTo(503);
            JsonCheck.error(r.body(), "busy");
        });
        assertThat(listQueries.get()).isEqualTo(2);

        HttpResponse<String> health = send("GET", "/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("UP");

        // HEAD reads no row and needs no export or feed slot
        HttpResponse<String> head = send("HEAD", "/api/meetings?format=parquet");
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.headers().firstValue("Content-Disposition")).hasValueSatisfying(v -> v.endsWith(".parquet\""));
        assertThat(listQueries.get()).isEqualTo(2);
        HttpResponse<String> feedHead = send("HEAD", "/api/feed");
        assertThat(feedHead.statusCode()).isEqualTo(200);
        assertThat(feedHead.headers().firstValue("Content-Type")).hasValue("text/event-stream; charset=utf-8");

        release.countDown();
        for (CompletableFuture<HttpResponse<String>> f : exports) {
            HttpResponse<String> r = f.get(30, TimeUnit.SECONDS);
            assertThat(r.statusCode()).isIn(200, 503);
        }
        assertThat(send("GET", "/api/meetings?format=csv").statusCode()).as("the slots are free again").isEqualTo(200);
        feeds.forEach(f -> f.body().close());
    }

    @Test
    void otherMethodsAreRefusedSayingGetAndHeadAreServed() throws Exception {
        for (String path : List.of("/api/meetings", "/api/feed", "/", "/health")) {
            HttpResponse<String> r = send("DELETE", path);
            assertThat(r.statusCode()).as(path).isEqualTo(405);
            assertThat(r.headers().firstValue("Allow")).as(path).hasValue("GET, HEAD");
        }
    }

    @Test
    void theServerDropsRequestsWhoseHeadersNeverEnd() {
        // read by the JDK once, when its first server starts; an explicit -D would win
        assertThat(System.getProperty("sun.net.httpserver.maxReqTime")).isEqualTo("30");
    }

    /** The API's error shape with its code. */
    static final class JsonCheck {
        static void error(String body, String code) {
            var node = Client.tree(body);
            assertThat(node.path("error").asText()).isEqualTo(code);
            assertThat(node.path("message").asText()).contains("导出");
            assertThat(node.path("messageEn").asText()).contains("export");
        }
    }
}
