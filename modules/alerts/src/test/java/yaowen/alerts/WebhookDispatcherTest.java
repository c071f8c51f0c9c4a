package yaowen.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WebhookDispatcherTest {
    private HttpServer server;
    private final List<String> bodies = new CopyOnWriteArrayList<>();
    private final List<String> contentTypes = new CopyOnWriteArrayList<>();
    private final AtomicInteger status = new AtomicInteger(200);

    @BeforeEach
    void startServer() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hook", exchange -> {
            bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            contentTypes.add(exchange.getRequestHeaders().getFirst("Content-Type") + " " + exchange.getRequestMethod());
            exchange.sendResponseHeaders(status.get(), -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private URI hook() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hook");
    }

    @Test
    void postsTheAlertAsJson() throws Exception {
        new WebhookDispatcher(hook(), Duration.ofSeconds(5)).dispatch(Alerts.longting());

        assertThat(contentTypes).containsExactly("application/json; charset=utf-8 POST");
        JsonNode json = new ObjectMapper().readTree(bodies.get(0));
        assertThat(json.get("text").asText()).isEqualTo(AlertLine.format(Alerts.longting()));
        JsonNode alert = json.get("alert");
        assertThat(alert.get("meetingKey").asText()).isEqualTo(Alerts.longting().getMeetingKey());
        assertThat(alert.get("date").asText()).isEqualTo("2021-01-27");
        assertThat(alert.get("region").get("path").get(2).asText()).isEqualTo("龙亭区");
        assertThat(alert.get("headline").get(0).get("value").asDouble()).isEqualTo(5.7);
        assertThat(alert.get("headline").get(0).get("text").asText()).isEqualTo("生产总值 增长 5.7% (2020)");
        assertThat(alert.get("detectedAt").asText()).isEqualTo("2021-01-28T03:00:00Z");
    }

    @Test
    void aNonSuccessStatusIsADispatchException() {
        status.set(503);
        WebhookDispatcher webhook = new WebhookDispatcher(hook(), Duration.ofSeconds(5));

        assertThatThrownBy(() -> webhook.dispatch(Alerts.longting()))
                .isInstanceOf(DispatchException.class).hasMessageContaining("HTTP 503");
    }

    @Test
    void anUnreachableEndpointIsADispatchException() {
        URI nowhere = hook();
        server.stop(0);
        WebhookDispatcher webhook = new WebhookDispatcher(nowhere, Duration.ofSeconds(2));

        assertThatThrownBy(() -> webhook.dispatch(Alerts.longting()))
                .isInstanceOf(DispatchException.class).hasMessageContaining("webhook could not deliver");
    }
}
