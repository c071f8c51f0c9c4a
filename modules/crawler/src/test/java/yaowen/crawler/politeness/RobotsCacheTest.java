package yaowen.crawler.politeness;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import yaowen.crawler.fetch.AddressGuard;
import yaowen.crawler.fetch.HttpPageFetcher;
import yaowen.crawler.fetch.TlsOptions;

class RobotsCacheTest {
    private HttpServer server;
    private volatile String robots = "";
    private volatile int status = 200;
    private final AtomicInteger requests = new AtomicInteger();
    private HostGate gate;
    private RobotsCache cache;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        server.createContext("/robots.txt", ex -> {
            requests.incrementAndGet();
            byte[] body = robots.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", "text/plain");
            ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                ex.getResponseBody().write(body);
            }
            ex.close();
        });
        server.start();
        gate = new HostGate(Duration.ZERO);
        HttpPageFetcher fetcher = new HttpPageFetcher("YaowenBot/0.1", Duration.ofSeconds(2), Duration.ofSeconds(2), 1 << 20,
                new AddressGuard(true), TlsOptions.DEFAULT, Clock.systemUTC());
        cache = new RobotsCache(fetcher, gate, "yaowenbot", Duration.ofSeconds(30), Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    @Test
    void parsesRulesOnceAndCachesThemPerHost() throws Exception {
        robots = "User-agent: *\nDisallow: /search/\n";
        assertThat(cache.rulesFor(url("/search/a.html")).isAllowed(url("/search/a.html").toString())).isFalse();
        assertThat(cache.rulesFor(url("/news/a.html")).isAllowed(url("/news/a.html").toString())).isTrue();
        assertThat(requests.get()).isEqualTo(1);
    }

    @Test
    void capsALongCrawlDelayAtThirtySeconds() throws Exception {
        robots = "User-agent: *\nCrawl-delay: 120\n";
        cache.rulesFor(url("/"));
        assertThat(gate.delay(HostGate.hostKey(url("/")))).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void appliesAShortCrawlDelay() throws Exception {
        robots = "User-agent: *\nCrawl-delay: 2\n";
        cache.rulesFor(url("/"));
        assertThat(gate.delay(HostGate.hostKey(url("/")))).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void allowsAllOnA404AndDefersOnA503WithoutCachingTheDeferral() throws Exception {
        status = 404;
        assertThat(cache.rulesFor(url("/x")).isAllowAll()).isTrue();
        RobotsCache fresh = new RobotsCache(new HttpPageFetcher("YaowenBot/0.1", Duration.ofSeconds(2), Duration.ofSeconds(2), 1 << 20,
                new AddressGuard(true), TlsOptions.DEFAULT, Clock.systemUTC()), gate, "yaowenbot", Duration.ofSeconds(30), Clock.systemUTC());
        status = 503;
        robots = "down";
        assertThat(fresh.rulesFor(url("/x")).isDeferVisits()).isTrue();
        status = 200;
        robots = "User-agent: *\nDisallow:\n";
        assertThat(fresh.rulesFor(url("/x")).isDeferVisits()).isFalse();
    }
}
