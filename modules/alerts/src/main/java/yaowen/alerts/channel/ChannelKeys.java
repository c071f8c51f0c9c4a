package yaowen.alerts.channel;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import yaowen.settings.Rule;
import yaowen.settings.Setting;
import yaowen.settings.Types;

/**
 * The keys of one alert channel ({@code alerts.channels[]} in the config), defined once. Which keys a type
 * needs and allows is {@link Channels#problems}. A value of {@link #URL}, {@link #SECRET} or
 * {@link #SMTP_PASSWORD} may refer to environment variables as {@code ${ENV:NAME}} ({@link Secrets}), so a
 * robot's key or a password need not be written in the file.
 */
public final class ChannelKeys {
    private static final Pattern NAME_PATTERN = Pattern.compile("[A-Za-z0-9_-]+");

    private ChannelKeys() {
    }

    public static final Setting<String> NAME = Setting.string("name", null,
                    "The channel's name, used by alert rules, in logs and in dead letters; unique among the channels.")
            .asRequired().withExample("ops-wecom")
            .withRule(Rule.of("letters, digits, - and _", s -> NAME_PATTERN.matcher(s).matches()));
    public static final Setting<ChannelType> TYPE = Setting.of("type", Types.oneOf(ChannelType.class), null,
                    "console, webhook (the alert as JSON, optionally signed), wecom (企业微信 group robot), dingtalk"
                            + " (钉钉 robot), feishu (飞书 robot) or email (SMTP).")
            .asRequired().withExample("wecom");
    public static final Setting<String> URL = Setting.string("url", null,
                    "The webhook URL (webhook, wecom, dingtalk, feishu); the robot's key or token in it may be written"
                            + " ${ENV:NAME} to read it from an environment variable.")
            .withExample("https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=${ENV:YAOWEN_WECOM_KEY}")
            .withRule(new Rule<>("an http(s) URL, ${ENV:NAME} allowed in it", ChannelKeys::isUrl,
                    v -> "must be an http(s) URL, ${ENV:NAME} allowed in it, was " + masked(v)));
    public static final Setting<String> SECRET = Setting.string("secret", null,
                    "Signing secret: DingTalk's 加签 secret (SEC…), Feishu's 签名校验 secret, or the generic webhook's"
                            + " HMAC key (then X-Yaowen-Signature is sent). Best given as ${ENV:NAME}.")
            .withExample("${ENV:YAOWEN_DINGTALK_SECRET}");
    public static final Setting<Duration> TIMEOUT = Setting.duration("timeout", Duration.ofSeconds(10),
            "How long to wait to connect, and then for the answer, before the delivery counts as failed.")
            .withRule(Rule.positive());
    public static final Setting<String> SMTP_HOST = Setting.string("smtp.host", null,
            "The SMTP server (email).").withExample("smtp.example.com");
    public static final Setting<Integer> SMTP_PORT = Setting.integer("smtp.port", 587,
            "The SMTP port: 587 for submission with STARTTLS.").withRule(Rule.between(1, 65535));
    public static final Setting<String> SMTP_USER = Setting.string("smtp.user", null,
            "The SMTP login; not set = send without logging in.").withExample("yaowen@example.com");
    public static final Setting<String> SMTP_PASSWORD = Setting.string("smtp.password", null,
            "The SMTP password; best given as ${ENV:NAME}.").withExample("${ENV:YAOWEN_SMTP_PASSWORD}");
    public static final Setting<String> SMTP_FROM = Setting.string("smtp.from", null,
            "The sender's address, e.g. 要闻 <yaowen@example.com>.").withExample("yaowen@example.com");
    public static final Setting<List<String>> SMTP_TO = Setting.of("smtp.to", Types.listOf(Types.STRING), null,
            "The recipients' addresses.").withExample("team@example.com");
    public static final Setting<Boolean> SMTP_STARTTLS = Setting.bool("smtp.startTls", true,
            "Require STARTTLS (the connection is encrypted before logging in) and check the server's certificate;"
                    + " false only for a relay on the same host.");
    public static final Setting<String> SMTP_TRUST = Setting.string("smtp.trust", null,
                    "Hosts (space-separated) whose certificate is accepted without a known CA: an internal server with"
                            + " a self-signed certificate. Not set: the JVM's trust store decides.")
            .withExample("mail.internal.example.com");

    /** Every key, in the reference file's order. */
    public static final List<Setting<?>> ALL = List.of(NAME, TYPE, URL, SECRET, TIMEOUT, SMTP_HOST, SMTP_PORT, SMTP_USER,
            SMTP_PASSWORD, SMTP_FROM, SMTP_TO, SMTP_STARTTLS, SMTP_TRUST);

    /** A bad URL for a message: its query and long path segments masked, as it may hold a robot's key. */
    private static String masked(String value) {
        try {
            URI uri = new URI(value.trim());
            return Redactor.of(uri).url(uri);
        } catch (java.net.URISyntaxException e) {
            int cut = value.indexOf('?');
            return cut < 0 ? "(not shown: not a URL)" : value.substring(0, cut) + "?" + Redactor.MASK;
        }
    }

    private static boolean isUrl(String value) {
        if (Secrets.REFERENCE.matcher(value.trim()).matches()) {
            return true; // the whole URL from the environment: checked when the channel is built
        }
        try {
            return Types.isHttpUrl(new URI(Secrets.withPlaceholders(value.trim(), "env")));
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}
