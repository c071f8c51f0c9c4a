package yaowen.alerts.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class RedactorTest {

    @Test
    void masksQueryKeysAndTokens() {
        URI wecom = URI.create("https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693a91f6-7xxx-4bc4-97a0-0ec2sifa5aaa");
        URI dingtalk = URI.create("https://oapi.dingtalk.com/robot/send?access_token=abc123def456&timestamp=1&sign=x%2By");
        URI feishu = URI.create("https://open.feishu.cn/open-apis/bot/v2/hook/5e3d587e-d78e-4a07-bd07-265f269f86fd");

        assertThat(Redactor.of(wecom).url(wecom)).isEqualTo("https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=***");
        assertThat(Redactor.of(dingtalk).url(dingtalk))
                .isEqualTo("https://oapi.dingtalk.com/robot/send?access_token=***&timestamp=***&sign=***");
        assertThat(Redactor.of(feishu).url(feishu)).isEqualTo("https://open.feishu.cn/open-apis/bot/v2/hook/***");
    }

    @Test
    void masksTheSecretAndDecodedValuesInAnyText() {
        URI url = URI.create("https://user:pw@hooks.example.com/x?token=a%2Fbb%2Fcc");
        Redactor r = Redactor.of(url, "SECabcdef");

        assertThat(r.scrub("refused token a/bb/cc, secret SECabcdef, raw a%2Fbb%2Fcc, user:pw"))
                .isEqualTo("refused token ***, secret ***, raw ***, ***");
        assertThat(r.scrub(null)).isNull();
        assertThat(r.url(url)).isEqualTo("https://***@hooks.example.com/x?token=***");
    }

    @Test
    void remembersOnlySecretNamedQueryValuesAndHookTokens() {
        URI url = URI.create("https://chat.example.com/integrations/notifications-endpoint/send"
                + "?channel=general&format=markdown&token=abc123xyz&timestamp=1700000000000");
        Redactor r = Redactor.of(url);

        assertThat(r.scrub("posted to general as markdown via notifications-endpoint at 1700000000000"))
                .isEqualTo("posted to general as markdown via notifications-endpoint at 1700000000000");
        assertThat(r.scrub("refused abc123xyz")).isEqualTo("refused ***");

        URI feishu = URI.create("https://open.feishu.cn/open-apis/bot/v2/hook/5e3d587e-d78e-4a07-bd07-265f269f86fd");
        assertThat(Redactor.of(feishu).scrub("robot 5e3d587e-d78e-4a07-bd07-265f269f86fd is gone; open-apis replied"))
                .isEqualTo("robot *** is gone; open-apis replied");
        URI dingtalk = URI.create("https://oapi.dingtalk.com/robot/send?access_token=abc123def456&sign=ab%2Bcd%2Fef");
        assertThat(Redactor.of(dingtalk).scrub("token abc123def456, signed ab+cd/ef")).isEqualTo("token ***, signed ***");
    }
}
