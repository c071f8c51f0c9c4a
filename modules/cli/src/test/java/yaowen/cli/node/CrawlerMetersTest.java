package yaowen.cli.node;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import yaowen.crawler.Crawler;
import yaowen.crawler.CrawlerSettings;
import yaowen.crawler.SeenUrls;
import yaowen.crawler.SiteConfig;

/** The crawler's cuts on {@code /metrics}: {@code yaowen_crawler_cuts_total} by reason, moving when a limit bites. */
@Timeout(30)
class CrawlerMetersTest {
    @Test
    void aListPageOverTheBodyCapMovesTheCutsCounterOfItsReason() throws Exception {
        byte[] page = ("<html><body>" + "<p>很长的列表页</p>".repeat(2000) + "</body></html>").getBytes(StandardCharsets.UTF_8);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", ex -> {
            byte[] body = ex.getRequestURI().getPath().equals("/news/index.html") ? page : new byte[0];
            ex.getResponseHeaders().set("Content-Type", "text/html; charset=UTF-8");
            ex.sendResponseHeaders(body.length == 0 ? 404 : 200, body.length == 0 ? -1 : body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        CrawlerSettings settings = CrawlerSettings.builder().allowPrivateAddresses(true).minDelayPerHost(Duration.ZERO)
                .maxPageBytes(4096).build();
        URI list = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/news/index.html");
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        try (Crawler crawler = new Crawler(settings, List.of(SiteConfig.of("a", "测试站", list)), page1 -> { },
                SeenUrls.inMemory())) {
            CrawlerMeters meters = new CrawlerMeters(crawler);
            meters.bindTo(registry);
            String before = registry.scrape();
            for (yaowen.crawler.CutReason reason : yaowen.crawler.CutReason.values()) { // every series from the start
                assertThat(before).contains("yaowen_crawler_cuts_total{reason=\"" + reason.label() + "\"} 0.0");
            }
            assertThat(before).contains("yaowen_crawler_cuts_total{reason=\"backlog_cap\"} 0.0");
            crawler.runOnce();
            crawler.runOnce();
            meters.refresh();
            assertThat(registry.scrape()).contains("yaowen_crawler_cuts_total{reason=\"body_cap\"} 2.0",
                    "yaowen_crawler_cuts_total{reason=\"url_trap\"} 0.0");
        } finally {
            server.stop(0);
        }
    }
}
