package yaowen.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import yaowen.stores.duckdb.DuckDbStore;
import yaowen.web.Servers;
import yaowen.web.WebServer;

/** The dashboard's files over HTTP, from a test folder on the classpath, and the chart library from its webjar. */
class StaticFilesTest {
    static DuckDbStore store;
    static WebServer server;
    static Client client;

    @BeforeAll
    static void start() {
        store = DuckDbStore.inMemory();
        server = Servers.start(store.reader(), Feed.Settings.DEFAULT, "yaowen/web/teststatic");
        client = new Client(server.uri());
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    @Test
    void theRootIsTheIndexPageWithAPolicyAllowingOnlyItsOwnFiles() {
        HttpResponse<String> r = client.get("/");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(r.body()).contains("<title>测试</title>");
        assertThat(r.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("script-src 'self'", "frame-ancestors 'none'"));
        assertThat(r.headers().firstValue("Cache-Control")).hasValue("no-cache");
    }

    @Test
    void assetsHaveTheirContentTypes() {
        for (List<String> file : List.of(List.of("app.js", "text/javascript; charset=utf-8", "console.log"),
                List.of("app.css", "text/css; charset=utf-8", "color:red"), List.of("logo.svg", "image/svg+xml", "<svg"),
                List.of("sub/data.json", "application/json; charset=utf-8", "{\"a\":1}"),
                List.of("index.html", "text/html; charset=utf-8", "测试"))) {
            HttpResponse<String> r = client.get("/assets/" + file.get(0));
            assertThat(r.statusCode()).as(file.get(0)).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type")).as(file.get(0)).hasValue(file.get(1));
            assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(r.body()).contains(file.get(2));
        }
    }

    @Test
    void theChartLibraryAndItsLicenceComeFromTheWebjar() {
        HttpResponse<byte[]> js = client.bytes("/assets/echarts.min.js");
        assertThat(js.statusCode()).isEqualTo(200);
        assertThat(js.headers().firstValue("Content-Type")).hasValue("text/javascript; charset=utf-8");
        assertThat(js.body().length).isGreaterThan(500_000);
        assertThat(new String(js.body(), 0, 2000, StandardCharsets.UTF_8)).contains("Apache");
        assertThat(js.headers().firstValue("Cache-Control")).hasValue("public, max-age=86400");
        HttpResponse<String> license = client.get("/assets/echarts-LICENSE.txt");
        assertThat(license.statusCode()).isEqualTo(200);
        assertThat(license.body()).contains("Apache License");
    }

    @Test
    void nothingElseIsServedAndAMissIsA404InJson() {
        for (String path : List.of("/assets/tool.exe", "/assets/missing.js", "/assets/../teststatic/app.js",
                "/assets/%2e%2e/teststatic/app.js", "/assets/sub/../app.js", "/assets/.hidden.js", "/assets/",
                "/assets//app.js", "/assets/yaowen/web/WebServer.class", "/index.html")) {
            HttpResponse<String> r = client.get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(404);
            assertThat(r.headers().firstValue("Content-Type")).as(path).hasValue("application/json; charset=utf-8");
        }
        assertThat(WebServerTestRaw.statusLine(server, "/assets/../../yaowen/web/WebServer.class")).contains(" 404 ");
    }

    @Test
    void resourcesStayInsideTheRoot() {
        StaticFiles files = new StaticFiles("yaowen/web/teststatic");
        assertThat(files.resource("/")).hasValue("yaowen/web/teststatic/index.html");
        assertThat(files.resource("/assets/sub/data.json")).hasValue("yaowen/web/teststatic/sub/data.json");
        assertThat(files.resource("/assets/a/../../x.js")).isEmpty();
        assertThat(files.resource("/other/app.js")).isEmpty();
    }
}
