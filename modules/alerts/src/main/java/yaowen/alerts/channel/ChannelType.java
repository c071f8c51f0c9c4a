package yaowen.alerts.channel;

import java.util.OptionalInt;

/**
 * The kinds of channel an alert can go to; written in lower case in the config ({@code type: wecom}). Each
 * robot's documented send limit is {@link #documentedPerMinute()}: the delivery loop's rate limit should stay
 * under it.
 */
public enum ChannelType {
    /** One line per alert on standard output. */
    CONSOLE(-1),
    /** The generic webhook: the alert as JSON, optionally signed ({@link WebhookDispatcher}). */
    WEBHOOK(-1),
    /** A WeCom (企业微信) group robot ({@link WeComDispatcher}): 20 messages a minute per robot. */
    WECOM(20),
    /** A DingTalk (钉钉) custom robot ({@link DingTalkDispatcher}): 20 messages a minute per robot. */
    DINGTALK(20),
    /** A Feishu (飞书) custom robot ({@link FeishuDispatcher}): 100 a minute and 5 a second per robot. */
    FEISHU(100),
    /** E-mail over SMTP ({@link EmailDispatcher}): the server's own limits apply. */
    EMAIL(-1);

    private final int perMinute;

    ChannelType(int perMinute) {
        this.perMinute = perMinute;
    }

    /** The most messages a minute the vendor documents for one robot; empty when there is no such limit. */
    public OptionalInt documentedPerMinute() {
        return perMinute < 0 ? OptionalInt.empty() : OptionalInt.of(perMinute);
    }
}
