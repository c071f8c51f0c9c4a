package yaowen.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import yaowen.stores.duckdb.DuckDbStore;

/** The Host allow-list over raw sockets (HttpClient will not send a Host header of the caller's choice). */
class HostCheckTest {
    private static DuckDbStore store;
    private static WebServer plain;
    private static WebServer named;
    private static WebServer any;

    @BeforeAll
    static void start() {
        store = DuckDbStore.inMemory();
        plain = new WebServer(store, 0).start();
        named = new WebServer(store, 0).allowHosts(List.of("Yaowen.Example.ORG")).start();
        any = new WebServer(store, 0).allowHosts(List.of("*")).start();
    }

    @AfterAll
    static void stop() {
        plain.close();
        named.close();
        any.close();
        store.close();
    }

    @Test
    void aForeignHostGets421AsTheApisJsonErrorAndIsNotServed() {
        String reply = get(plain, "HTTP/1.1", "evil.example:" + plain.uri().getPort());
        assertThat(reply).startsWith("HTTP/1.1 421 ")
                .contains("\"error\":\"host_not_allowed\"").contains("evil.example").contains("不接受")
                .doesNotContain("\"status\":\"UP\"");
    }

    @Test
    void loopbackNamesAndAddressesAreServedWithOrWithoutPort() {
        int port = plain.uri().getPort();
        for (String host : List.of("localhost:" + port, "127.0.0.1:" + port, "LOCALHOST", "[::1]:" + port, "localhost.")) {
            assertThat(get(plain, "HTTP/1.1", host)).as(host).startsWith("HTTP/1.1 200 ").contains("\"status\":\"UP\"");
        }
    }

    @Test
    void aConfiguredNameIsServedCaseInsensitivelyAndOnlyThere() {
        assertThat(get(named, "HTTP/1.1", "yaowen.example.org:443")).startsWith("HTTP/1.1 200 ");
        assertThat(get(plain, "HTTP/1.1", "yaowen.example.org")).startsWith("HTTP/1.1 421 ");
        assertThat(get(named, "HTTP/1.1", "evil.example")).startsWith("HTTP/1.1 421 ");
    }

    @Test
    void anyAddressWrittenAsSuchIsServedForRebindingNeedsAName() {
        for (String host : List.of("10.1.2.3:8080", "192.168.0.7", "[fe80::1]:8080", "[2001:db8::7]")) {
            assertThat(get(plain, "HTTP/1.1", host)).as(host).startsWith("HTTP/1.1 200 ");
        }
        for (String host : List.of("10.1.2.3.evil.example", "1.2.3", "256.1.1.1", "1.2.3.4.5", "cafe.example", "0x7f.0.0.1")) {
            assertThat(HostCheck.isAddressLiteral(HostCheck.hostOf(host))).as(host).isFalse();
        }
    }

    @Test
    void theStarServesAnyHost() {
        assertThat(get(any, "HTTP/1.1", "evil.example")).startsWith("HTTP/1.1 200 ");
    }

    @Test
    void aRequestWithoutHostIsServedForBrowsersAlwaysSendOne() {
        assertThat(get(plain, "HTTP/1.0", null)).startsWith("HTTP/1.1 200 ");
    }

    @Test
    void theHostOfAHeaderDropsThePortAndTheBrackets() {
        assertThat(HostCheck.hostOf("[::1]:8080")).isEqualTo("::1");
        assertThat(HostCheck.hostOf("Example.org:80")).isEqualTo("example.org");
        assertThat(HostCheck.hostOf("example.org.")).isEqualTo("example.org");
    }

    private static String get(WebServer server, String version, String host) {
        try (Socket socket = new Socket(server.uri().getHost(), server.uri().getPort())) {
            socket.setSoTimeout(5000);
            String request = "GET /health " + version + "\r\n" + (host == null ? "" : "Host: " + host + "\r\n")
                    + "Connection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            socket.getInputStream().transferTo(out);
            return out.toString(StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new AssertionError(host, e);
        }
    }
}
