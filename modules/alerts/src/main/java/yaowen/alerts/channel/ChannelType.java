package yaowen.alerts.channel;

/** The kinds of channel an alert can go to; written in lower case in the config ({@code type: wecom}). */
public enum ChannelType {
    /** One line per alert on standard output. */
    CONSOLE,
    /** The generic webhook: the alert as JSON, optionally signed ({@link WebhookDispatcher}). */
    WEBHOOK,
    /** A WeCom (企业微信) group robot ({@link WeComDispatcher}). */
    WECOM,
    /** A DingTalk (钉钉) custom robot ({@link DingTalkDispatcher}). */
    DINGTALK,
    /** A Feishu (飞书) custom robot ({@link FeishuDispatcher}). */
    FEISHU,
    /** E-mail over SMTP ({@link EmailDispatcher}). */
    EMAIL
}
