package yaowen.alerts.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import yaowen.alerts.AlertDispatcher;
import yaowen.alerts.DispatchException;
import yaowen.records.DeadLetter;
import yaowen.records.RecordSerdes;
import yaowen.records.Topics;
import yaowen.settings.Values;

/**
 * Each robot against a real loopback HTTP server: the JSON it receives has the vendor's shape, its
 * signature is recomputed here from the vendor's documented algorithm (not with {@link Signatures}), and
 * the vendor's error code in an HTTP 200 answer is a failure that names the reason but not the key.
 */
class RobotChannelsTest {
    private static final Instant NOW = Instant.parse("2025-01-20T09:30:00.123Z");
    private static final String KEY = "0f3b2c1d-1234-4bc4-97a0-0ec2aaaabbbb";
    private static final String SECRET = "SEC5a3ecf88f2b3eb50db30ecfc00f53033ac9";
    private static final Map<String, String> ENV = Map.of("ROBOT_KEY", KEY, "ROBOT_SECRET", SECRET);

    private Loopback server;

    @BeforeEach
    void start() throws Exception {
        server = new Loopback();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private AlertDispatcher channel(ChannelType type, String url, String secret) {
        Values v = Values.none().with(ChannelKeys.URL, url);
        if (secret != null) {
            v = v.with(ChannelKeys.SECRET, secret);
        }
        return Channels.create("team", type, v, ENV::get, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static byte[] hmacSha256(byte[] key, byte[] data) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(data);
    }

    @Test
    void weComGetsMarkdownContentAtItsKeyedUrl() throws Exception {
        server.answer(200, "{\"errcode\":0,\"errmsg\":\"ok\"}");

        channel(ChannelType.WECOM, server.url("/cgi-bin/webhook/send?key=${ENV:ROBOT_KEY}"), null).dispatch(Meetings.plenary());

        Loopback.Received r = server.only();
        assertThat(r.method()).isEqualTo("POST");
        assertThat(r.uri().getQuery()).isEqualTo("key=" + KEY);
        assertThat(r.headers().getFirst("Content-Type")).isEqualTo("application/json; charset=utf-8");
        JsonNode json = r.json();
        assertThat(json.get("msgtype").asText()).isEqualTo("markdown");
        assertThat(json.get("markdown").get("content").asText())
                .startsWith("### 【新会议】" + Meetings.NAME)
                .contains("· 生产总值：目标增长 6.5%（2025）｜ 2024 年实际增长 5.9%");
        assertThat(json.get("markdown").get("content").asText().getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(4096);
    }

    @Test
    void weComErrorCodeIsAFailureWithItsMessageButNotTheKey() {
        server.answer(200, "{\"errcode\":93000,\"errmsg\":\"invalid webhook url, key " + KEY + "\"}");
        AlertDispatcher wecom = channel(ChannelType.WECOM, server.url("/cgi-bin/webhook/send?key=" + KEY), null);

        assertThatThrownBy(() -> wecom.dispatch(Meetings.plenary()))
                .isInstanceOf(DispatchException.class)
                .hasMessageContaining("team could not deliver")
                .hasMessageContaining("WeCom robot refused the message: errcode 93000 (invalid webhook url, key ***)")
                .hasMessageNotContaining(KEY);
    }

    @Test
    void dingTalkSignsTheUrlWithTimestampAndHmac() throws Exception {
        server.answer(200, "{\"errcode\":0,\"errmsg\":\"ok\"}");

        channel(ChannelType.DINGTALK, server.url("/robot/send?access_token=tok123456789"), "${ENV:ROBOT_SECRET}")
                .dispatch(Meetings.plenary());

        Loopback.Received r = server.only();
        Map<String, String> query = new java.util.HashMap<>();
        for (String p : r.uri().getRawQuery().split("&")) {
            String[] kv = p.split("=", 2);
            query.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        assertThat(query.get("access_token")).isEqualTo("tok123456789");
        assertThat(query.get("timestamp")).isEqualTo(Long.toString(NOW.toEpochMilli()));
        String expected = Base64.getEncoder().encodeToString(hmacSha256(SECRET.getBytes(StandardCharsets.UTF_8),
                (NOW.toEpochMilli() + "\n" + SECRET).getBytes(StandardCharsets.UTF_8)));
        assertThat(query.get("sign")).isEqualTo(expected);
        JsonNode json = r.json();
        assertThat(json.get("msgtype").asText()).isEqualTo("markdown");
        assertThat(json.get("markdown").get("title").asText()).isEqualTo("【新会议】" + Meetings.NAME);
        assertThat(json.get("markdown").get("text").asText()).contains("**地区**：测试省样例市新城区  \n");
    }

    @Test
    void dingTalkErrorCodeIsAFailureWithoutTokenOrSecret() {
        server.answer(200, "{\"errcode\":310000,\"errmsg\":\"sign not match\"}");
        AlertDispatcher ding = channel(ChannelType.DINGTALK, server.url("/robot/send?access_token=tok123456789"), SECRET);

        assertThatThrownBy(() -> ding.dispatch(Meetings.plenary()))
                .isInstanceOf(DispatchException.class)
                .hasMessageContaining("DingTalk robot refused the message: errcode 310000 (sign not match)")
                .hasMessageNotContaining("tok123456789").hasMessageNotContaining(SECRET);
    }

    @Test
    void feishuSendsACardWithTimestampAndSignInTheBody() throws Exception {
        server.answer(200, "{\"code\":0,\"msg\":\"success\",\"data\":{}}");

        channel(ChannelType.FEISHU, server.url("/open-apis/bot/v2/hook/" + KEY), SECRET).dispatch(Meetings.plenary());

        JsonNode json = server.only().json();
        long seconds = NOW.getEpochSecond();
        assertThat(json.get("timestamp").asText()).isEqualTo(Long.toString(seconds));
        String expected = Base64.getEncoder().encodeToString(
                hmacSha256((seconds + "\n" + SECRET).getBytes(StandardCharsets.UTF_8), new byte[0]));
        assertThat(json.get("sign").asText()).isEqualTo(expected);
        assertThat(json.get("msg_type").asText()).isEqualTo("interactive");
        assertThat(json.at("/card/header/title/content").asText()).isEqualTo("【新会议】" + Meetings.NAME);
        JsonNode element = json.at("/card/elements/0");
        assertThat(element.get("tag").asText()).isEqualTo("markdown");
        assertThat(element.get("content").asText()).startsWith("**地区**：测试省样例市新城区\n")
                .contains("[查看原文](" + Meetings.URL + ")");
    }

    @Test
    void feishuErrorCodeAndHttpErrorsAreFailuresWithoutTheToken() {
        AlertDispatcher feishu = channel(ChannelType.FEISHU, server.url("/open-apis/bot/v2/hook/" + KEY), SECRET);

        server.answer(200, "{\"code\":19021,\"msg\":\"sign match fail or timestamp is not within one hour from current time\"}");
        assertThatThrownBy(() -> feishu.dispatch(Meetings.plenary()))
                .hasMessageContaining("Feishu robot refused the message: code 19021 (sign match fail")
                .hasMessageNotContaining(KEY);

        server.answer(500, "{\"error\":\"upstream /open-apis/bot/v2/hook/" + KEY + " failed\"}");
        assertThatThrownBy(() -> feishu.dispatch(Meetings.plenary()))
                .isInstanceOf(DispatchException.class)
                .hasMessageContaining("HTTP 500 from http://127.0.0.1:")
                .hasMessageContaining("/open-apis/bot/v2/hook/***")
                .hasMessageNotContaining(KEY).hasMessageNotContaining(SECRET);

        server.answer(200, "<html>proxy page</html>");
        assertThatThrownBy(() -> feishu.dispatch(Meetings.plenary())).hasMessageContaining("not JSON");
    }

    @Test
    void anUnreachableRobotIsAFailureWithoutTheKey() {
        String url = server.url("/cgi-bin/webhook/send?key=" + KEY);
        server.close();
        AlertDispatcher wecom = channel(ChannelType.WECOM, url, null);

        assertThatThrownBy(() -> wecom.dispatch(Meetings.plenary()))
                .isInstanceOf(DispatchException.class)
                .hasMessageContaining("cannot post to http://127.0.0.1:")
                .hasMessageNotContaining(KEY)
                .hasNoCause();
    }

    @Test
    void aFailedDeliveryDeadLettersWithoutKeyOrSecret() {
        server.answer(200, "{\"errcode\":310000,\"errmsg\":\"keywords not in content\"}");
        AlertDispatcher ding = channel(ChannelType.DINGTALK, server.url("/robot/send?access_token=" + KEY), SECRET);
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>(Topics.ALERTS, 0, 7, "k",
                RecordSerdes.ALERT.encode(Meetings.plenary()));
        DispatchException refused = org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> ding.dispatch(Meetings.plenary()), DispatchException.class);
        // the delivery loop dead-letters the failure with its message and its exception, as here
        List<DeadLetter> dead = List.of(yaowen.consume.DeadLetters.of("alerts", "DISPATCH_FAILED", refused.getMessage(),
                java.util.Optional.of(refused), record, NOW));

        assertThat(dead).singleElement().satisfies(d -> {
            assertThat(d.getMessage()).contains("team could not deliver")
                    .contains("errcode 310000 (keywords not in content)")
                    .doesNotContain(KEY).doesNotContain(SECRET);
            assertThat(d.getExceptionClass()).isEqualTo(DispatchException.class.getName());
        });
    }
}
