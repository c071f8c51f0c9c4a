package yaowen.cli.node;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import yaowen.cli.commands.DemoConfig;
import yaowen.cli.config.ConfigLoader;
import yaowen.cli.config.YaowenConfig;
import yaowen.crawler.SiteConfig;
import yaowen.farm.FarmOptions;
import yaowen.farm.SiteFarm;
import yaowen.testkit.Await;
import yaowen.testkit.TestCluster;

/**
 * A crawling node with its web port, on a real broker, a farm of live portals and one dead site (a
 * loopback port nobody listens on): {@code /metrics} shows the counters moving, and
 * {@code /health/ready} and {@code /api/sites} name the dead site and why it fails.
 */
@Tag("integration")
@Timeout(180)
class NodeOperationsIT {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;

    @Test
    void metricsMoveAndReadinessNamesTheDeadSiteAndWhy() throws Exception {
        int deadPort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            deadPort = s.getLocalPort();
        }
        try (TestCluster cluster = TestCluster.start(dataDir.resolve("kafka"));
             SiteFarm farm = SiteFarm.start(FarmOptions.forTests());
             Node node = Node.start(withDeadSite(DemoConfig.forFarm(farm, dataDir, 0,
                     Optional.of(cluster.bootstrapServers())), deadPort), EnumSet.of(Role.CRAWL, Role.WEB),
                     new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))) {
            URI web = node.web().orElseThrow().uri();

            String before = get(web.resolve("/metrics")).body();
            node.crawler().orElseThrow().runOnce();
            HttpResponse<String> scraped = get(web.resolve("/metrics"));
            String after = scraped.body();

            assertThat(scraped.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
            assertThat(sum(before, "yaowen_crawler_fetches_total", "outcome=\"ok\"")).isZero();
            assertThat(sum(after, "yaowen_crawler_fetches_total", "outcome=\"ok\"")).isPositive();
            assertThat(sum(after, "yaowen_crawler_articles_total", "site=\"dead\"")).isZero();
            assertThat(sum(after, "yaowen_crawler_articles_total", "")).isEqualTo(farm.articles().size());
            assertThat(sum(after, "yaowen_topic_end_offsets", "topic=\"yaowen.pages.raw\"")).isGreaterThanOrEqualTo(farm.articles().size());
            assertThat(sum(after, "yaowen_crawler_site_failing", "site=\"dead\"")).isEqualTo(1);
            assertThat(after).contains("jvm_memory_used_bytes", "jvm_threads_live_threads", "process_cpu_usage");
            double deadChecks = sum(after, "yaowen_crawler_list_checks_total", "site=\"dead\",result=\"failed\"")
                    + sum(after, "yaowen_crawler_list_checks_total", "result=\"failed\",site=\"dead\"");
            assertThat(deadChecks).isEqualTo(1);

            // The dead site's schedule re-checks it every second: after three intervals it makes the node unready.
            Await.until("/health/ready to name the dead site", Duration.ofSeconds(30),
                    () -> get(web.resolve("/health/ready")).statusCode() == 503);
            JsonNode ready = JSON.readTree(get(web.resolve("/health/ready")).body());
            assertThat(ready.path("status").asText()).isEqualTo("DOWN");
            assertThat(ready.path("checks").path("broker").path("status").asText()).isEqualTo("UP");
            assertThat(ready.path("checks").path("store").path("status").asText()).isEqualTo("UP");
            JsonNode failing = ready.path("checks").path("sites").path("failing");
            assertThat(failing).hasSize(1);
            assertThat(failing.get(0).path("site").asText()).isEqualTo("dead");
            assertThat(failing.get(0).path("reason").asText()).contains("connection refused").doesNotContain("null");

            JsonNode sites = JSON.readTree(get(web.resolve("/api/sites")).body());
            List<String> failingSites = new ArrayList<>();
            sites.path("sites").forEach(s -> {
                if (s.path("status").asText().equals("FAILING")) {
                    failingSites.add(s.path("site").asText() + ": " + s.path("reason").asText());
                }
            });
            assertThat(failingSites).hasSize(1).allSatisfy(s -> assertThat(s).startsWith("dead: ").contains("connection refused"));
            assertThat(get(web.resolve("/health/live")).statusCode()).isEqualTo(200);

            HttpResponse<String> sql = HTTP.send(HttpRequest.newBuilder(web.resolve("/api/sql"))
                    .POST(HttpRequest.BodyPublishers.ofString("SELECT COUNT(*) AS n FROM meeting")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(sql.statusCode()).as("the node answers SQL on its web port: " + sql.body()).isEqualTo(200);
            assertThat(sql.body().lines().toList()).containsExactly("{\"columns\":[\"n\"]}", "[0]",
                    "{\"rows\":1,\"truncated\":false}");
        }
    }

    private static YaowenConfig withDeadSite(YaowenConfig base, int port) {
        SiteConfig dead = ConfigLoader.parse("sites:\n  - id: dead\n    name: 'dead portal'\n"
                + "    listUrls: ['http://127.0.0.1:" + port + "/news/index.html']\n"
                + "    schedule: {minInterval: 1s, maxInterval: 1s}\n", "test").sites().get(0);
        List<SiteConfig> sites = new ArrayList<>(base.sites());
        sites.add(dead);
        return new YaowenConfig(base.dataDir(), base.kafka(), base.crawler(), base.pipeline(), sites, base.store(),
                base.web(), base.alerts());
    }

    /** The sum of the samples of {@code metric} whose labels contain {@code labels}. */
    static double sum(String scrape, String metric, String labels) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(metric) + "\\{([^}]*)} (\\S+)$").matcher(scrape);
        double sum = 0;
        while (m.find()) {
            if (m.group(1).contains(labels)) {
                sum += Double.parseDouble(m.group(2));
            }
        }
        return sum;
    }

    static HttpResponse<String> get(URI uri) {
        try {
            return HTTP.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException("GET " + uri + ": " + e, e);
        }
    }
}
