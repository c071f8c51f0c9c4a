package yaowen.alerts.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import yaowen.settings.InvalidSettingsException;
import yaowen.settings.Values;

class ChannelsTest {

    @Test
    void eachTypeSaysWhatItNeedsAndWhatItDoesNotUse() {
        assertThat(Channels.problems(ChannelType.WECOM, Values.none().with(ChannelKeys.SECRET, "x")))
                .extracting(InvalidSettingsException.Problem::toString)
                .containsExactly("secret is not used by a wecom channel (it uses url, timeout)", "url is needed by a wecom channel");
        assertThat(Channels.problems(ChannelType.EMAIL, Values.none().with(ChannelKeys.SMTP_HOST, "h")
                        .with(ChannelKeys.SMTP_TO, List.of()).with(ChannelKeys.SMTP_PASSWORD, "p")))
                .extracting(InvalidSettingsException.Problem::toString)
                .containsExactly("smtp.from is needed by a email channel", "smtp.to names no recipient",
                        "smtp.password is given without smtp.user");
        assertThat(Channels.problems(ChannelType.CONSOLE, Values.none())).isEmpty();
        assertThat(Channels.problems(ChannelType.DINGTALK, Values.none().with(ChannelKeys.URL, "https://x.example/r")
                .with(ChannelKeys.SECRET, "s"))).isEmpty();
    }

    @Test
    void aMissingEnvironmentVariableIsNamedAndNoValueShown() {
        Values v = Values.none().with(ChannelKeys.URL, "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=${ENV:WECOM_KEY}");

        assertThatThrownBy(() -> Channels.create("ops", ChannelType.WECOM, v, Map.<String, String>of()::get, Clock.systemUTC()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("channel ops: url: environment variable WECOM_KEY is not set");
    }

    @Test
    void aUrlThatIsNoUrlOnceFilledInIsRefusedWithoutShowingIt() {
        Values v = Values.none().with(ChannelKeys.URL, "${ENV:HOOK}");

        assertThatThrownBy(() -> Channels.create("ops", ChannelType.WEBHOOK, v, Map.of("HOOK", "not a url sk-123")::get,
                Clock.systemUTC()))
                .hasMessageContaining("channel ops: url is not an http(s) URL").hasMessageNotContaining("sk-123");
    }

    @Test
    void theUrlRuleAcceptsEnvironmentReferences() {
        assertThat(ChannelKeys.URL.problems("https://open.feishu.cn/open-apis/bot/v2/hook/${ENV:FEISHU_TOKEN}")).isEmpty();
        assertThat(ChannelKeys.URL.problems("${ENV:WEBHOOK_URL}")).isEmpty();
        assertThat(ChannelKeys.URL.problems("ftp://x.example/")).isNotEmpty();
        assertThat(ChannelKeys.NAME.problems("运维 群")).isNotEmpty();
        assertThat(ChannelKeys.URL.problems("htps://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693a91f6-real-key"))
                .containsExactly("must be an http(s) URL, ${ENV:NAME} allowed in it, was"
                        + " htps://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=***");
    }

    @Test
    void secretsResolveEveryReference() {
        assertThat(Secrets.resolve("a${ENV:A}b${ENV:B}", Map.of("A", "1", "B", "$2")::get)).isEqualTo("a1b$2");
        assertThat(Secrets.references("x${ENV:ONE}${ENV:TWO}")).containsExactly("ONE", "TWO");
    }

    @Test
    void buildsEveryTypeUnderItsName() {
        Values url = Values.none().with(ChannelKeys.URL, "https://hooks.example.com/y");
        assertThat(Channels.create("a", ChannelType.CONSOLE, Values.none()).name()).isEqualTo("a");
        assertThat(Channels.create("b", ChannelType.WECOM, url)).isInstanceOf(WeComDispatcher.class);
        assertThat(Channels.create("c", ChannelType.DINGTALK, url)).isInstanceOf(DingTalkDispatcher.class);
        assertThat(Channels.create("d", ChannelType.FEISHU, url)).isInstanceOf(FeishuDispatcher.class);
        assertThat(Channels.create("e", ChannelType.WEBHOOK, url).name()).isEqualTo("e");
    }
}
