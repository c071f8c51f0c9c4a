package yaowen.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RedactionTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // WeCom, DingTalk, Feishu robots
            "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693a91f6-7aaa-4bc4-97a0-0ec2sifa5aaa"
                    + "|https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=***",
            "https://oapi.dingtalk.com/robot/send?access_token=abc123def456&timestamp=1700000000000&sign=x%2By"
                    + "|https://oapi.dingtalk.com/robot/send?access_token=***&timestamp=1700000000000&sign=***",
            "https://open.feishu.cn/open-apis/bot/v2/hook/5e3d587e-d78e-4a07-bd07-265f269f86fd"
                    + "|https://open.feishu.cn/open-apis/bot/v2/hook/***",
            // user info, with and without a password
            "smtp://mailer:S3cret!@mail.example.com:587/x|smtp://***@mail.example.com:587/x",
            "https://token123@api.example.com/a|https://***@api.example.com/a",
            // other secret-named parameters, any case, after ? or &
            "http://127.0.0.1:8080/in?Token=QWERTY&id=3|http://127.0.0.1:8080/in?Token=***&id=3",
            "https://x.example.com/cb?client_secret=abc&code=9|https://x.example.com/cb?client_secret=***&code=9",
            "https://x.example.com/a?api_key=k1&signature=deadbeef#frag|https://x.example.com/a?api_key=***&signature=***#frag",
            "https://x.example.com/a?password=p%40ss&user=me|https://x.example.com/a?password=***&user=me",
            // Slack, Discord, Telegram hooks
            "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"
                    + "|https://hooks.slack.com/services/***/***/***",
            "https://discord.com/api/webhooks/123456789012/abcDEF_ghiJKL-mnoPQR|https://discord.com/api/webhooks/***/***",
            "https://api.telegram.org/bot123456:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw/sendMessage"
                    + "|https://api.telegram.org/bot***/sendMessage",
    })
    void masksSecretsInUrlsOfEveryKnownShape(String url, String masked) {
        assertThat(Redaction.text(url, List.of())).isEqualTo(masked);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "http://www.gov.cn/xinwen/2024-01/15/content_5700001.htm",
            "http://www.example.gov.cn/art/2024/1/15/art_1229_88.html?id=12345&page=2",
            "https://www.example.gov.cn/index.jsp?column=news&keyword=会议&author=办公室",
            "https://www.example.gov.cn/services/zwgk/list.html",
            "https://example.gov.cn/webhook/send",
            "会议 全区工作会议 开幕: meetingKey=2024-01-15|310101, 23 篇",
            "no link here",
            "",
    })
    void leavesOrdinaryUrlsAndTextsAlone(String text) {
        assertThat(Redaction.text(text, List.of())).isEqualTo(text);
        assertThat(Redaction.isClean(text)).isTrue();
    }

    @Test
    void masksUrlsInsideSentencesAndJsonWithoutEatingTheRest() {
        String line = "cannot post to https://open.feishu.cn/open-apis/bot/v2/hook/5e3d587e-d78e-4a07-bd07-265f269f86fd:"
                + " HttpTimeoutException; retry";
        assertThat(Redaction.text(line, List.of()))
                .isEqualTo("cannot post to https://open.feishu.cn/open-apis/bot/v2/hook/***: HttpTimeoutException; retry");

        String json = "{\"formattedMessage\":\"HTTP 500 from http://127.0.0.1:9/send?key=SECRET123abc\",\"level\":\"WARN\"}";
        assertThat(Redaction.text(json, List.of()))
                .isEqualTo("{\"formattedMessage\":\"HTTP 500 from http://127.0.0.1:9/send?key=***\",\"level\":\"WARN\"}");
    }

    @Test
    void masksKafkaJaasAndPropertyStylePasswords() {
        String jaas = "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"app\" password=\"pa55word\";";
        assertThat(Redaction.text(jaas, List.of())).doesNotContain("pa55word").contains("username=\"app\"");
        assertThat(Redaction.text("ssl.keystore.password=changeit, ssl.key.password=x1", List.of()))
                .isEqualTo("ssl.keystore.password=***, ssl.key.password=***");
    }

    @Test
    void masksConfiguredSecretsLongAnywhereShortAsWholeWordsOnly() {
        List<String> secrets = List.of("SECabcdef", "pw1");
        assertThat(Redaction.text("signed with SECabcdef, also xSECabcdefx", secrets))
                .isEqualTo("signed with ***, also x***x");
        // a short secret (the SMTP password "pw1") is masked as a word, not inside other words
        assertThat(Redaction.text("535 auth failed for pw1; pw10 and apw1 are other words", secrets))
                .isEqualTo("535 auth failed for ***; pw10 and apw1 are other words");
        assertThat(Redaction.text(null, secrets)).isNull();
    }

    @Test
    void aLongerSecretIsMaskedWholeBeforeAShorterOneInsideIt() {
        assertThat(Redaction.text("token abcdef-ghijkl", List.of("abcdef", "abcdef-ghijkl"))).isEqualTo("token ***");
    }

    @Test
    void rememberedSecretsAreMaskedInEveryLaterText() {
        String secret = "remembered-" + System.nanoTime();
        assertThat(Redaction.text("value " + secret)).contains(secret);
        Redaction.remember(secret, null, " ");
        assertThat(Redaction.text("value " + secret)).isEqualTo("value ***");
    }

    @Test
    void runsInLinearTimeOnHostileText() {
        String hostile = "a.".repeat(200_000) + "token=" + "x/".repeat(200_000) + "https://" + "u".repeat(300_000);
        long started = System.nanoTime();
        String out = Redaction.text(hostile, List.of("abcdefgh"));
        assertThat(out).startsWith("a.a.");
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(5_000);
    }
}
