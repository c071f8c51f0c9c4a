package yaowen.alerts.channel;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import yaowen.records.MeetingAlert;

/**
 * A DingTalk (钉钉) custom robot: POSTs {@code {"msgtype":"markdown","markdown":{"title":…,"text":…}}} to the
 * robot's webhook URL ({@code https://oapi.dingtalk.com/robot/send?access_token=TOKEN}) and checks the
 * answer's {@code errcode} (0 = sent; otherwise {@code errmsg}). With a secret (the robot's 加签 setting,
 * {@code SEC…}), appends {@code &timestamp=<ms>&sign=<URL-encoded Base64(HmacSHA256(secret, timestamp + "\n" + secret))>}
 * ({@link Signatures#dingTalk}); DingTalk refuses a timestamp more than an hour off.
 *
 * <p>Format and signing from DingTalk's custom robot guide,
 * https://developers.dingtalk.com/document/robots/custom-robot-access (消息类型 markdown; 安全设置 · 加签).
 * Lines end with two spaces and a newline, as DingTalk's Markdown does not break at a single newline. The
 * text is kept under {@value #MAX_BYTES} bytes: DingTalk's guide states no limit we could find, so the
 * same 20 KB budget as Feishu's is used. Thread-safe.
 */
public final class DingTalkDispatcher extends RobotDispatcher {
    /** The most bytes of Markdown text sent. */
    public static final int MAX_BYTES = 18_000;

    DingTalkDispatcher(String name, ChannelHttp http, URI url, Optional<String> secret, Clock clock) {
        super(name, http, url, secret, clock, new Answer("DingTalk robot", "errcode", "errmsg"));
    }

    @Override
    Request request(MeetingAlert alert) {
        AlertMessage m = AlertMessage.of(alert);
        ObjectNode body = JSON.createObjectNode();
        body.put("msgtype", "markdown");
        ObjectNode md = body.putObject("markdown");
        md.put("title", AlertText.truncate(m.heading(), 200));
        md.put("text", AlertText.markdown(m, "  \n", MAX_BYTES));
        return new Request(secret.map(s -> signed(url, s)).orElse(url), body);
    }

    private URI signed(URI base, String secret) {
        long now = clock.millis();
        String sign = URLEncoder.encode(Signatures.dingTalk(now, secret), StandardCharsets.UTF_8);
        String s = base.toString();
        return URI.create(s + (base.getRawQuery() == null ? "?" : "&") + "timestamp=" + now + "&sign=" + sign);
    }
}
