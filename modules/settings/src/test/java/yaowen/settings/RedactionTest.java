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
            // government article pages: dates, ids and file names are not tokens, whatever folder they are in
            "http://gov.example/services/2024/0105/c1234567.html",
            "http://www.example.gov.cn/art/2024/1/5/art_123_456789.html",
            "https://www.example.gov.cn/col/col3421/index.html?uid=7788&pageNum=2",
            "http://www.example.gov.cn/zwgk/2024-01/05/content_12345678.htm",
            "http://www.example.gov.cn/hooks/2024-01-05/art_20240105123456789.shtml",
            "https://www.example.gov.cn/webhooks/notice/content_1234567890123.jsp",
            "failed: HTTP 404 from http://gov.example/services/2024/0105/c1234567.html: not found",
            // prose with a secret-looking word before a colon
            "duplicate key: 2024-01-15|310101",
            "sign: 区政府办公室",
            "kafka.properties.ssl.key.password: expected a single value",
            "yaowen: alerts.channels.ops.secret: reads YAOWEN_OPS_SECRET, not set here",
            "cannot read token: unexpected end of input",
    })
    void leavesOrdinaryUrlsAndTextsAlone(String text) {
        assertThat(Redaction.text(text, List.of())).isEqualTo(text);
        assertThat(Redaction.isClean(text)).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // Lark, a generic hook with a token-like segment, Mattermost-style, Slack workflows, Discord with a version
            "https://open.larksuite.com/open-apis/bot/v2/hook/ab12|https://open.larksuite.com/open-apis/bot/v2/hook/***",
            "https://ci.example.com/hooks/a1b2c3d4e5f6g7h8i9j0|https://ci.example.com/hooks/***",
            "https://chat.example.com/hooks/xk3e9w7qbtf8jn5ep1ouz4yrha/|https://chat.example.com/hooks/***/",
            "https://hooks.slack.com/workflows/T0AB12CD3/A0AB12CD3/123456789012345678/abcDEFghiJKLmnoPQRstu"
                    + "|https://hooks.slack.com/workflows/***/***/***/***",
            "https://discord.com/api/v10/webhooks/123456789012/abcDEF_ghiJKL-mnoPQR|https://discord.com/api/v10/webhooks/***/***",
    })
    void masksRobotHookTokensOnlyWhereTheyHaveATokensShape(String url, String masked) {
        assertThat(Redaction.text(url, List.of())).isEqualTo(masked);
    }

    @Test
    void aQuotedValueIsMaskedToItsClosingQuote() {
        assertThat(Redaction.text("password=\"my secret;pw\" next", List.of())).isEqualTo("password=\"***\" next");
        assertThat(Redaction.text("password='my secret,pw' next", List.of())).isEqualTo("password='***' next");
        // inside a JSON log line the quotes are escaped
        assertThat(Redaction.text("{\"message\":\"login password=\\\"my secret;pw\\\" refused\"}", List.of()))
                .isEqualTo("{\"message\":\"login password=\\\"***\\\" refused\"}");
        // no closing quote on the line: the value ends as an unquoted one, the next line is kept
        assertThat(Redaction.text("password=\"abc def\nnext \"line\"", List.of())).isEqualTo("password=\"*** def\nnext \"line\"");
    }

    @Test
    void anUnquotedValueEndsBeforeClosingBracketsAndATrailingColon() {
        assertThat(Redaction.text("Kafka k1:9093 ({ssl.truststore.password=changeit}), PostgreSQL", List.of()))
                .isEqualTo("Kafka k1:9093 ({ssl.truststore.password=***}), PostgreSQL");
        assertThat(Redaction.text("[token=abc123] and (key=k1)", List.of())).isEqualTo("[token=***] and (key=***)");
        assertThat(Redaction.text("posting with token=abc123: refused", List.of())).isEqualTo("posting with token=***: refused");
        assertThat(Redaction.text("password=a:b:c rest", List.of())).isEqualTo("password=*** rest");
    }

    @Test
    void masksSecretNamedJsonAndYamlKeys() {
        assertThat(Redaction.text("{\"password\":\"p@ss w0rd\",\"user\":\"me\"}", List.of()))
                .isEqualTo("{\"password\":\"***\",\"user\":\"me\"}");
        assertThat(Redaction.text("{\"access_token\": \"ya29.abc\", \"expires_in\": 3600, \"token\": 12345}", List.of()))
                .isEqualTo("{\"access_token\": \"***\", \"expires_in\": 3600, \"token\": ***}");
        assertThat(Redaction.text("smtp:\n  host: mail.example.com\n  password: my secret pw\n  port: 465", List.of()))
                .isEqualTo("smtp:\n  host: mail.example.com\n  password: ***\n  port: 465");
        assertThat(Redaction.text("- secret: 'q9 x'\n- name: ops", List.of())).isEqualTo("- secret: '***'\n- name: ops");
    }

    @Test
    void masksAuthorizationCredentials() {
        assertThat(Redaction.text("Authorization: Bearer eyJhbGciOi.eyJzdWIi.c2lnbmF0dXJl\nAccept: */*", List.of()))
                .isEqualTo("Authorization: Bearer ***\nAccept: */*");
        assertThat(Redaction.text("headers {Authorization=Basic dXNlcjpwYXNzd29yZA==, Accept=*/*}", List.of()))
                .isEqualTo("headers {Authorization=Basic ***, Accept=*/*}");
        assertThat(Redaction.text("sent with bearer abcdefgh12345678 to the hook", List.of()))
                .isEqualTo("sent with bearer *** to the hook");
    }

    @Test
    void secretsInListsWhatWouldBeMaskedByShape() {
        String jaas = "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"app\" password=\"my pa55;word\";";
        assertThat(Redaction.secretsIn(jaas)).containsExactly("my pa55;word");
        assertThat(Redaction.secretsIn("https://u:p@open.feishu.cn/open-apis/bot/v2/hook/5e3d587e-d78e?key=abc&channel=general"))
                .containsExactly("u:p", "abc", "5e3d587e-d78e");
        assertThat(Redaction.secretsIn("http://gov.example/services/2024/0105/c1234567.html?id=3")).isEmpty();
        assertThat(Redaction.secretsIn(null)).isEmpty();
        assertThat(Redaction.secretName("sasl.password")).isTrue();
        assertThat(Redaction.secretName("channel")).isFalse();
    }

    @Test
    void robotTokensAreLongMixedAndNoFileNames() {
        assertThat(Redaction.robotToken("5e3d587e-d78e-4a07-bd07-265f269f86fd")).isTrue();
        assertThat(Redaction.robotToken("art_123_456789.html")).isFalse();
        assertThat(Redaction.robotToken("content_12345678.htm")).isFalse();
        assertThat(Redaction.robotToken("2024-01-05-123456789")).isFalse(); // digits and dashes: a date or an id
        assertThat(Redaction.robotToken("a1b2c3d4e5")).isFalse(); // too short outside a known robot host
        assertThat(Redaction.robotToken("notifications-endpoint")).isFalse(); // words, no digit
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

    @Test
    void unclosedQuotesAndManyNamesStayLinear() {
        String hostile = "password=\"a ".repeat(100_000) + "\"token\":\\\"b ".repeat(100_000) + "x:".repeat(200_000)
                + "password: '".repeat(100_000);
        long started = System.nanoTime();
        String out = Redaction.text(hostile, List.of());
        assertThat(out.substring(0, 32)).isEqualTo("password=\"***\"a password=\"***\"a ");
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(5_000);
    }
}
