package yaowen.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import yaowen.web.api.Http;
import yaowen.records.Meeting;
import yaowen.records.MeetingSource;
import yaowen.records.MetricEvidence;
import yaowen.records.MetricObservation;
import yaowen.records.Person;
import yaowen.records.Region;
import yaowen.stores.duckdb.DuckDbStore;

class WebServerTest {
    static final String KEY = "410202|2021-01-27|ECONOMIC_WORK_CONFERENCE+PLENARY_SESSION";
    static final String EVIL_KEY = "evil/<key> 1";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static DuckDbStore store;
    private static WebServer server;
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() {
        store = DuckDbStore.inMemory();
        Region region = Region.newBuilder().setCode("410202").setName("龙亭区").setPath(List.of("河南省", "开封市", "龙亭区")).build();
        store.upsertMeeting(Meeting.newBuilder().setKey(KEY).setArticleId("a1").setUrl("http://www.longting.gov.cn/1.html")
                .setTitle("区委全会召开").setTypes(List.of("PLENARY_SESSION", "ECONOMIC_WORK_CONFERENCE"))
                .setName("中国共产党开封市龙亭区第十届委员会第九次全体(扩大)会议暨区委经济工作会议")
                .setDate(LocalDate.of(2021, 1, 27)).setRegion(region).setCongress(10).setPlenary(9).setEnlarged(true)
                .setPeople(List.of(Person.newBuilder().setName("张正濠").setRole("区委书记").setPart("SPOKE").build()))
                .setSources(List.of(
                        MeetingSource.newBuilder().setArticleId("a1").setUrl("http://www.longting.gov.cn/1.html")
                                .setSiteId("longting").build(),
                        MeetingSource.newBuilder().setArticleId("a3").setUrl("http://www.kaifeng.gov.cn/9.html")
                                .setSiteId("kaifeng").setTitle("转载:区委全会召开").build()))
                .build());
        store.upsertMeeting(Meeting.newBuilder().setKey(EVIL_KEY).setArticleId("a2").setUrl("javascript:alert(1)")
                .setName("<script>alert('x')</script> & co").setDate(LocalDate.of(2020, 5, 1)).build());
        store.upsertMetric(MetricObservation.newBuilder().setKey("x1").setArticleId("a1").setUrl("http://www.longting.gov.cn/1.html")
                .setMeetingKey(KEY).setRegion(region).setIndicator("GDP").setLabel("生产总值").setKind("ACTUAL").setYear(2020)
                .setMeasure("LEVEL").setValue(6.659e9).setUnit("CNY").setQualifier("APPROX")
                .setRaw("全区生产总值达到66.59亿元").setEvidence("全区生产总值达到66.59亿元<b>，增长5.7%。")
                .setConflict(true).setReports(List.of(
                        MetricEvidence.newBuilder().setArticleId("a1").setUrl("http://www.longting.gov.cn/1.html")
                                .setStanding("MEETING").setValue(6.659e9).setQualifier("APPROX").setRaw("66.59亿元")
                                .setEvidence("全区生产总值达到66.59亿元").build(),
                        MetricEvidence.newBuilder().setArticleId("a3").setUrl("http://www.kaifeng.gov.cn/9.html")
                                .setStanding("MEETING").setValue(6.7e9).setRaw("67亿元").setEvidence("生产总值67亿元").build()))
                .build());
        server = new WebServer(store, 0).start();
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    static HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(server.uri().resolve(path)).GET().build());
    }

    /** The status line answering a request sent byte for byte (HttpClient refuses malformed URIs). */
    static String rawStatusLine(String rawPath) throws Exception {
        try (java.net.Socket socket = new java.net.Socket(server.uri().getHost(), server.uri().getPort())) {
            socket.setSoTimeout(5000);
            socket.getOutputStream().write(("GET " + rawPath + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            return new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    java.nio.charset.StandardCharsets.US_ASCII)).readLine();
        }
    }

    static HttpResponse<String> send(HttpRequest request) throws Exception {
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void apiReturnsAMeetingWithItsMetrics() throws Exception {
        HttpResponse<String> r = get("/api/meetings/" + Http.encode(KEY));

        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode json = JSON.readTree(r.body());
        assertThat(json.get("meeting").get("name").asText()).startsWith("中国共产党开封市龙亭区");
        JsonNode metric = json.get("metrics").get(0);
        assertThat(metric.get("indicator").asText()).isEqualTo("GDP");
        assertThat(metric.get("value").asDouble()).isEqualTo(6.659e9);
        assertThat(metric.get("unit").asText()).isEqualTo("CNY");
        assertThat(metric.get("display").asText()).isEqualTo("66.59 亿元");
        assertThat(metric.get("indicatorName").asText()).isEqualTo("生产总值");
        assertThat(metric.get("qualifierName").asText()).isEqualTo("约");
        assertThat(metric.get("qualifier").asText()).isEqualTo("APPROX");
        assertThat(metric.get("period").isNull()).isTrue();
        assertThat(metric.get("evidence").asText()).isEqualTo("全区生产总值达到66.59亿元<b>，增长5.7%。");
        assertThat(json.get("meeting").get("sources")).extracting(n -> n.get("siteId").asText())
                .containsExactly("longting", "kaifeng");
        assertThat(metric.get("conflict").asBoolean()).isTrue();
        assertThat(metric.get("reports")).extracting(n -> n.get("value").asDouble() + " " + n.get("qualifier").asText())
                .containsExactly("6.659E9 APPROX", "6.7E9 null");
    }

    @Test
    void statsReportRowCountsPerTable() throws Exception {
        HttpResponse<String> r = get("/api/stats");

        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode json = JSON.readTree(r.body());
        assertThat(json.get("tables").get("meeting").asLong()).isEqualTo(2);
        assertThat(json.get("tables").get("metric").asLong()).isEqualTo(1);
        assertThat(json.get("meetings").asLong()).isEqualTo(2);
    }

    @Test
    void healthIsUp() throws Exception {
        HttpResponse<String> r = get("/health");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(r.body()).get("status").asText()).isEqualTo("UP");
    }

    @Test
    void unknownPathsAndMeetingsAre404AsJson() throws Exception {
        for (String path : List.of("/nope", "/meetings/a/b", "/api/nope", "/api/meetings/unknown", "/assets/nope.js")) {
            HttpResponse<String> r = get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(404);
            assertThat(r.headers().firstValue("Content-Type")).as(path).hasValue("application/json; charset=utf-8");
            assertThat(JSON.readTree(r.body()).get("error").asText()).as(path).isEqualTo("not_found");
        }
        JsonNode api = JSON.readTree(get("/api/meetings/unknown").body());
        assertThat(api.get("message").asText()).isEqualTo("没有键为 unknown 的会议");
        assertThat(api.get("messageEn").asText()).isEqualTo("no meeting with key unknown");
    }

    @Test
    void aMeetingWithAnAwkwardKeyIsReachableByItsEncodedPath() throws Exception {
        HttpResponse<String> r = get("/api/meetings/" + Http.encode(EVIL_KEY));

        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode meeting = JSON.readTree(r.body()).get("meeting");
        assertThat(meeting.get("key").asText()).isEqualTo(EVIL_KEY);
        assertThat(meeting.get("name").asText()).as("text, not markup: the client escapes").isEqualTo("<script>alert('x')</script> & co");
    }

    @Test
    void theFormerMeetingPageRedirectsToTheDashboardsPage() throws Exception {
        String encoded = Http.encode(KEY);
        HttpResponse<String> r = get("/meetings/" + encoded);

        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location")).hasValue("/#/meeting/" + encoded);
    }

    @Test
    void otherMethodsAre405AsJson() throws Exception {
        for (String path : List.of("/api/meetings", "/api/regions", "/openapi.json", "/", "/health", "/meetings/x")) {
            HttpResponse<String> r = send(HttpRequest.newBuilder(server.uri().resolve(path))
                    .POST(HttpRequest.BodyPublishers.ofString("{}")).build());

            assertThat(r.statusCode()).as(path).isEqualTo(405);
            assertThat(r.headers().firstValue("Allow")).as(path).hasValue("GET, HEAD");
            assertThat(JSON.readTree(r.body()).get("error").asText()).as(path).isEqualTo("method_not_allowed");
        }
    }

    @Test
    void malformedPathEscapesAre400() throws Exception {
        assertThat(rawStatusLine("/api/meetings/%ZZ")).contains(" 400 ");
        assertThat(rawStatusLine("/api/articles/abc%2")).contains(" 400 ");
    }

    @Test
    void storeFailuresAre500WithoutDetails() throws Exception {
        DuckDbStore closed = DuckDbStore.inMemory();
        closed.close();
        try (WebServer broken = new WebServer(closed, 0).start()) {
            HttpResponse<String> r = send(HttpRequest.newBuilder(broken.uri().resolve("/api/meetings/x")).GET().build());
            assertThat(r.statusCode()).isEqualTo(500);
            assertThat(r.body()).isEqualTo("{\"status\":500,\"error\":\"internal\",\"parameter\":null,"
                    + "\"message\":\"内部错误\",\"messageEn\":\"internal error\"}");
            HttpResponse<String> health = send(HttpRequest.newBuilder(broken.uri().resolve("/health")).GET().build());
            assertThat(health.statusCode()).isEqualTo(503);
            HttpResponse<String> ready = send(HttpRequest.newBuilder(broken.uri().resolve("/health/ready")).GET().build());
            assertThat(ready.statusCode()).isEqualTo(503);
            assertThat(JSON.readTree(ready.body()).path("checks").path("store").path("reason").asText())
                    .startsWith("the store does not answer");
            HttpResponse<String> live = send(HttpRequest.newBuilder(broken.uri().resolve("/health/live")).GET().build());
            assertThat(live.statusCode()).as("alive while the process serves, whatever the store").isEqualTo(200);
        }
    }

    @Test
    void servesOperatorRoutesOnTheSamePort() throws Exception {
        HttpResponse<String> metrics = get("/metrics");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.headers().firstValue("Content-Type")).hasValue("text/plain; version=0.0.4; charset=utf-8");
        assertThat(get("/health/ready").statusCode()).isEqualTo(200);
        assertThat(get("/api/sites").body()).isEqualTo("{\"sites\":[],\"failing\":0}");
        assertThat(send(HttpRequest.newBuilder(server.uri().resolve("/metrics"))
                .POST(HttpRequest.BodyPublishers.noBody()).build()).statusCode()).isEqualTo(405);
    }

    @Test
    void uriNamesTheBoundLoopbackPort() {
        URI uri = server.uri();
        assertThat(uri.getHost()).isEqualTo("127.0.0.1");
        assertThat(uri.getPort()).isPositive();
    }
}
