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
    void dashboardListsRecentMeetingsAsEscapedHtml() throws Exception {
        HttpResponse<String> r = get("/");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(r.body()).contains("<table id=\"meetings\"", "2021-01-27", "河南省开封市龙亭区", "全会", "经济工作会议",
                "中国共产党开封市龙亭区第十届委员会第九次全体(扩大)会议暨区委经济工作会议", "http://www.longting.gov.cn/1.html",
                "href=\"/meetings/410202%7C2021-01-27%7CECONOMIC_WORK_CONFERENCE%2BPLENARY_SESSION\"",
                "setInterval(poll, 5000)", "/api/meetings?limit=");
        assertThat(r.body()).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; co")
                .doesNotContain("<script>alert").doesNotContain("javascript:alert");
        assertThat(r.body().indexOf("2021-01-27")).isLessThan(r.body().indexOf("2020-05-01"));
        assertThat(r.body()).doesNotContain("http://cdn", "https://cdn");
    }

    @Test
    void meetingPageShowsItsFiguresWithUnitsAndEvidence() throws Exception {
        HttpResponse<String> r = get("/meetings/410202%7C2021-01-27%7CECONOMIC_WORK_CONFERENCE%2BPLENARY_SESSION");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(r.body()).contains("<table id=\"metrics\"", "GDP", "生产总值", "ACTUAL", "2020", "LEVEL", "66.59 亿元",
                "APPROX", "全区生产总值达到66.59亿元", "&lt;b&gt;，增长5.7%。", "区委书记 张正濠", "congress 10, plenary 9 (enlarged)");
    }

    @Test
    void meetingWithAnAwkwardKeyIsReachableByItsEncodedPath() throws Exception {
        HttpResponse<String> r = get("/meetings/" + Html.encodeSegment(EVIL_KEY));

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("evil/&lt;key&gt; 1", "No figures extracted.", "href=\"#\"");
    }

    @Test
    void apiListsMeetingsAsJsonNewestFirst() throws Exception {
        HttpResponse<String> r = get("/api/meetings?limit=10");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        JsonNode json = JSON.readTree(r.body());
        assertThat(json.get("count").asInt()).isEqualTo(2);
        JsonNode first = json.get("meetings").get(0);
        assertThat(first.get("key").asText()).isEqualTo(KEY);
        assertThat(first.get("date").asText()).isEqualTo("2021-01-27");
        assertThat(first.get("types").get(0).asText()).isEqualTo("PLENARY_SESSION");
        assertThat(first.get("typeLabels").get(0).asText()).isEqualTo("全会");
        assertThat(first.get("region").get("label").asText()).isEqualTo("河南省开封市龙亭区");
        assertThat(first.get("session").get("plenary").asInt()).isEqualTo(9);
        assertThat(first.get("people").get(0).get("name").asText()).isEqualTo("张正濠");
        assertThat(first.get("href").asText()).isEqualTo("/meetings/410202%7C2021-01-27%7CECONOMIC_WORK_CONFERENCE%2BPLENARY_SESSION");

        assertThat(JSON.readTree(get("/api/meetings?limit=1").body()).get("meetings")).hasSize(1);
    }

    @Test
    void apiReturnsAMeetingWithItsMetrics() throws Exception {
        HttpResponse<String> r = get("/api/meetings/" + Html.encodeSegment(KEY));

        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode json = JSON.readTree(r.body());
        assertThat(json.get("meeting").get("name").asText()).startsWith("中国共产党开封市龙亭区");
        JsonNode metric = json.get("metrics").get(0);
        assertThat(metric.get("indicator").asText()).isEqualTo("GDP");
        assertThat(metric.get("value").asDouble()).isEqualTo(6.659e9);
        assertThat(metric.get("unit").asText()).isEqualTo("CNY");
        assertThat(metric.get("display").asText()).isEqualTo("66.59 亿元");
        assertThat(metric.get("qualifier").asText()).isEqualTo("APPROX");
        assertThat(metric.get("period").isNull()).isTrue();
        assertThat(metric.get("evidence").asText()).isEqualTo("全区生产总值达到66.59亿元<b>，增长5.7%。");
        assertThat(json.get("meeting").get("sources")).extracting(n -> n.get("siteId").asText())
                .containsExactly("longting", "kaifeng");
        assertThat(metric.get("conflict").asBoolean()).isTrue();
        assertThat(metric.get("reports")).extracting(n -> n.get("display").asText() + " " + n.get("qualifier").asText())
                .containsExactly("66.59 亿元 APPROX", "67 亿元 null");
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
    void unknownPathsAndMeetingsAre404() throws Exception {
        assertThat(get("/nope").statusCode()).isEqualTo(404);
        assertThat(get("/meetings/a/b").statusCode()).isEqualTo(404);
        HttpResponse<String> page = get("/meetings/%3Cunknown%3E");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("no meeting with key &lt;unknown&gt;");
        HttpResponse<String> api = get("/api/meetings/unknown");
        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(api.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        assertThat(JSON.readTree(api.body()).get("error").asText()).isEqualTo("no meeting with key unknown");
    }

    @Test
    void otherMethodsAre405() throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(server.uri().resolve("/api/meetings"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build());

        assertThat(r.statusCode()).isEqualTo(405);
        assertThat(r.headers().firstValue("Allow")).hasValue("GET");
    }

    @Test
    void badLimitsAre400WithoutAStackTrace() throws Exception {
        for (String limit : List.of("abc", "0", "100000")) {
            HttpResponse<String> r = get("/api/meetings?limit=" + limit);
            assertThat(r.statusCode()).isEqualTo(400);
            assertThat(r.body()).contains("limit").doesNotContain("Exception", "\tat ");
        }
        assertThat(rawStatusLine("/meetings/%ZZ")).contains(" 400 ");
        assertThat(rawStatusLine("/meetings/abc%2")).contains(" 400 ");
    }

    @Test
    void storeFailuresAre500WithoutDetails() throws Exception {
        DuckDbStore closed = DuckDbStore.inMemory();
        closed.close();
        try (WebServer broken = new WebServer(closed, 0).start()) {
            HttpResponse<String> r = send(HttpRequest.newBuilder(broken.uri().resolve("/api/meetings")).GET().build());
            assertThat(r.statusCode()).isEqualTo(500);
            assertThat(r.body()).isEqualTo("{\"status\":500,\"error\":\"internal error\"}");
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
