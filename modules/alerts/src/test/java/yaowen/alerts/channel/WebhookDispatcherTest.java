package yaowen.alerts.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import yaowen.alerts.AlertDispatcher;
import yaowen.alerts.AlertLine;
import yaowen.alerts.DispatchException;
import yaowen.settings.Values;

class WebhookDispatcherTest {
    private static final Instant NOW = Instant.parse("2025-01-20T09:30:00Z");
    private static final String SECRET = "webhook-secret-0123456789";
    private Loopback server;

    @BeforeEach
    void startServer() throws Exception {
        server = new Loopback();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    private AlertDispatcher webhook(String url, String secret) {
        Values v = Values.none().with(ChannelKeys.URL, url);
        if (secret != null) {
            v = v.with(ChannelKeys.SECRET, secret);
        }
        return Channels.create("hook", ChannelType.WEBHOOK, v, Map.of("HOOK_SECRET", SECRET)::get,
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void postsTheAlertAsJsonWithStableFieldNames() throws Exception {
        webhook(server.url("/hook"), null).dispatch(Meetings.plenary());

        Loopback.Received r = server.only();
        assertThat(r.headers().getFirst("Content-Type")).isEqualTo("application/json; charset=utf-8");
        assertThat(r.headers().getFirst(WebhookDispatcher.TIMESTAMP_HEADER)).isEqualTo(Long.toString(NOW.getEpochSecond()));
        assertThat(r.headers().getFirst(WebhookDispatcher.SIGNATURE_HEADER)).isNull();
        JsonNode json = r.json();
        assertThat(json.get("text").asText()).isEqualTo(AlertLine.format(Meetings.plenary()));
        JsonNode alert = json.get("alert");
        assertThat(alert.get("meetingKey").asText()).isEqualTo(Meetings.plenary().getMeetingKey());
        assertThat(alert.get("change").asText()).isEqualTo("NEW");
        assertThat(alert.get("date").asText()).isEqualTo("2025-01-20");
        assertThat(alert.get("region").get("path").get(2).asText()).isEqualTo("新城区");
        assertThat(alert.get("headline").get(0).get("value").asDouble()).isEqualTo(6.5);
        assertThat(alert.get("headline").get(0).get("text").asText()).isEqualTo("生产总值 目标 增长 6.5% (2025)");
        assertThat(alert.get("urls").get(0).asText()).isEqualTo(Meetings.URL);
        assertThat(alert.get("detectedAt").asText()).isEqualTo("2025-01-20T09:00:00Z");
    }

    @Test
    void signsTimestampAndBodyWithTheSecret() throws Exception {
        webhook(server.url("/hook"), "${ENV:HOOK_SECRET}").dispatch(Meetings.plenary());

        Loopback.Received r = server.only();
        String timestamp = r.headers().getFirst(WebhookDispatcher.TIMESTAMP_HEADER);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = "sha256=" + HexFormat.of().formatHex(mac.doFinal((timestamp + "." + r.body()).getBytes(StandardCharsets.UTF_8)));
        assertThat(r.headers().getFirst(WebhookDispatcher.SIGNATURE_HEADER)).isEqualTo(expected);
    }

    @Test
    void aNonSuccessStatusIsADispatchExceptionWithoutTheUrlsToken() {
        server.answer(503, "");
        AlertDispatcher webhook = webhook(server.url("/hook?token=abcdef123456"), SECRET);

        assertThatThrownBy(() -> webhook.dispatch(Meetings.plenary()))
                .isInstanceOf(DispatchException.class).hasMessageContaining("hook could not deliver")
                .hasMessageContaining("HTTP 503 from http://127.0.0.1:").hasMessageContaining("/hook?token=***")
                .hasMessageNotContaining("abcdef123456");
    }

    @Test
    void anUnreachableEndpointIsADispatchException() {
        String nowhere = server.url("/hook");
        server.close();

        assertThatThrownBy(() -> webhook(nowhere, null).dispatch(Meetings.plenary()))
                .isInstanceOf(DispatchException.class).hasMessageContaining("hook could not deliver");
    }
}
