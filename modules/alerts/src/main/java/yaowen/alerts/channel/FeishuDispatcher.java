package yaowen.alerts.channel;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.time.Clock;
import java.util.Optional;
import yaowen.records.MeetingAlert;

/**
 * A Feishu (飞书) custom robot: POSTs an interactive card ({@code {"msg_type":"interactive","card":{"header":
 * {"title":…},"elements":[{"tag":"markdown","content":…}]}}}) to the robot's webhook URL
 * ({@code https://open.feishu.cn/open-apis/bot/v2/hook/TOKEN}) and checks the answer's {@code code} (0 = sent;
 * otherwise {@code msg}). With a secret (签名校验), the body also carries {@code "timestamp"} (seconds, as a
 * string) and {@code "sign"} = Base64(HmacSHA256(key = timestamp + "\n" + secret, data = empty))
 * ({@link Signatures#feishu}).
 *
 * <p>Format and signing from Feishu's custom robot guide,
 * https://open.feishu.cn/document/client-docs/bot-v3/add-custom-bot (签名校验; a request body at most 20 KB;
 * 100 messages a minute). Thread-safe.
 */
public final class FeishuDispatcher extends RobotDispatcher {
    /** The most bytes of card Markdown sent, leaving room in Feishu's 20 KB body for the rest. */
    public static final int MAX_BYTES = 18_000;

    FeishuDispatcher(String name, ChannelHttp http, URI url, Optional<String> secret, Clock clock) {
        super(name, http, url, secret, clock, new Answer("Feishu robot", "code", "msg"));
    }

    @Override
    Request request(MeetingAlert alert) {
        AlertMessage m = AlertMessage.of(alert);
        ObjectNode body = JSON.createObjectNode();
        secret.ifPresent(s -> {
            long now = clock.instant().getEpochSecond();
            body.put("timestamp", Long.toString(now));
            body.put("sign", Signatures.feishu(now, s));
        });
        body.put("msg_type", "interactive");
        ObjectNode card = body.putObject("card");
        card.putObject("config").put("wide_screen_mode", true);
        ObjectNode header = card.putObject("header");
        header.put("template", "NEW".equals(alert.getChange()) ? "blue" : "turquoise");
        header.putObject("title").put("tag", "plain_text").put("content", AlertText.truncate(m.heading(), 300));
        String markdown = AlertText.markdown(m, "\n", MAX_BYTES);
        // the heading is the card's title: the element holds the lines after it
        card.putArray("elements").addObject().put("tag", "markdown")
                .put("content", markdown.substring(markdown.indexOf('\n') + 1));
        return new Request(url, body);
    }
}
