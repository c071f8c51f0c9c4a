package yaowen.alerts.channel;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.time.Clock;
import yaowen.records.MeetingAlert;

/**
 * A WeCom (企业微信) group robot: POSTs {@code {"msgtype":"markdown","markdown":{"content":…}}} to the robot's
 * webhook URL ({@code https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=KEY}) and checks the answer's
 * {@code errcode} (0 = sent; otherwise {@code errmsg} says why). The content is at most
 * {@value #MAX_BYTES} bytes of UTF-8; a robot takes at most 20 messages a minute.
 *
 * <p>Format from WeCom's group robot guide (群机器人配置说明), https://work.weixin.qq.com/api/doc/90000/90136/91770
 * (消息类型及数据格式 · markdown类型: content at most 4096 bytes, UTF-8). Thread-safe.
 */
public final class WeComDispatcher extends RobotDispatcher {
    /** WeCom's limit on a Markdown message's content, in bytes. */
    public static final int MAX_BYTES = 4096;

    WeComDispatcher(String name, ChannelHttp http, URI url, Clock clock) {
        super(name, http, url, java.util.Optional.empty(), clock, new Answer("WeCom robot", "errcode", "errmsg"));
    }

    @Override
    Request request(MeetingAlert alert) {
        ObjectNode body = JSON.createObjectNode();
        body.put("msgtype", "markdown");
        body.putObject("markdown").put("content", AlertText.markdown(AlertMessage.of(alert), "\n", MAX_BYTES));
        return new Request(url, body);
    }
}
