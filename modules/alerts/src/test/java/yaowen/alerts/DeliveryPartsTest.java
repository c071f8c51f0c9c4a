package yaowen.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import yaowen.records.MeetingAlert;
import yaowen.settings.InvalidSettingsException;
import yaowen.settings.Values;

class DeliveryPartsTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void aBucketOfTwentyAMinuteSendsTwentyAtOnceThenOneEveryThreeSeconds() {
        TokenBucket bucket = new TokenBucket(20, 0);
        for (int i = 0; i < 20; i++) {
            assertThat(bucket.tryTake(0)).isTrue();
        }
        assertThat(bucket.tryTake(0)).isFalse();
        assertThat(bucket.waitNanos(0)).isEqualTo(3 * SECOND);
        assertThat(bucket.waitNanos(2 * SECOND)).isEqualTo(SECOND);
        assertThat(bucket.tryTake(3 * SECOND)).isTrue();
        assertThat(bucket.tryTake(3 * SECOND)).isFalse();
        // a long quiet spell refills it to one minute's worth, not more
        assertThat(bucket.waitNanos(3600 * SECOND)).isZero();
        int burst = 0;
        while (bucket.tryTake(3600 * SECOND)) {
            burst++;
        }
        assertThat(burst).isEqualTo(20);
    }

    @Test
    void retryWaitsDoubleFromTheFirstUpToTheCap() {
        DeliverySettings s = DeliverySettings.from(Values.none()
                .with(DeliveryKeys.FIRST_RETRY, Duration.ofSeconds(2)).with(DeliveryKeys.MAX_RETRY_WAIT, Duration.ofSeconds(10)));
        assertThat(List.of(1, 2, 3, 4, 50).stream().map(s::retryWait).map(Duration::toSeconds).toList())
                .containsExactly(2L, 4L, 8L, 10L, 10L);
    }

    @Test
    void theBreakerOpensAfterFailuresInARowWaitsDoublingUpToTheCapAndOneSuccessClosesIt() {
        Breaker breaker = new Breaker(DeliverySettings.from(Values.none().with(DeliveryKeys.BREAKER_AFTER, 3)
                .with(DeliveryKeys.FIRST_RETRY, Duration.ofSeconds(2)).with(DeliveryKeys.MAX_RETRY_WAIT, Duration.ofSeconds(5))));
        assertThat(breaker.failed(0)).isFalse();
        assertThat(breaker.failed(0)).isFalse();
        assertThat(breaker.allows(0)).isTrue();
        assertThat(breaker.failed(10 * SECOND)).as("the third in a row opens it").isTrue();
        assertThat(breaker.allows(11 * SECOND)).isFalse();
        assertThat(breaker.allows(12 * SECOND)).isTrue();
        assertThat(breaker.failed(12 * SECOND)).as("already open").isFalse();
        assertThat(breaker.openUntil()).isEqualTo(16 * SECOND);
        breaker.failed(16 * SECOND);
        assertThat(breaker.openUntil()).as("capped at maxRetryWait").isEqualTo(21 * SECOND);
        assertThat(breaker.succeeded()).isTrue();
        assertThat(breaker.allows(16 * SECOND)).isTrue();
        assertThat(breaker.failed(30 * SECOND)).as("a fresh count after a success").isFalse();
    }

    @Test
    void aBatchTakesHalfThePollIntervalAndAnAttemptNeverMoreThanABatch() {
        assertThat(AlertDelivery.pollInterval(new java.util.Properties())).isEqualTo(Duration.ofMinutes(5));
        java.util.Properties p = new java.util.Properties();
        p.put("max.poll.interval.ms", "6000");
        assertThat(AlertDelivery.pollInterval(p)).isEqualTo(Duration.ofSeconds(6));
        assertThat(ChannelDelivery.batchBudget(Duration.ofMinutes(5))).isEqualTo(Duration.ofMinutes(2).plusSeconds(30));
        DeliverySettings s = DeliverySettings.defaults();
        assertThat(s.attemptTimeout(Duration.ofMinutes(2))).isEqualTo(Duration.ofSeconds(30));
        assertThat(s.attemptTimeout(Duration.ofSeconds(3))).isEqualTo(Duration.ofSeconds(3));
        assertThatThrownBy(() -> DeliverySettings.from(Values.none().with(DeliveryKeys.BREAKER_AFTER, 0)))
                .isInstanceOf(InvalidSettingsException.class).hasMessageContaining("breakerAfter");
    }

    @Test
    void eachChannelHasItsGroupAndMayHaveItsRate() {
        DeliverySettings s = DeliverySettings.defaults().withChannelRate("mail", 5);
        assertThat(s.group("wecom-team")).isEqualTo("yaowen-alerts-wecom-team");
        assertThat(s.rate("wecom-team")).isEqualTo(20);
        assertThat(s.rate("mail")).isEqualTo(5);
        assertThatThrownBy(() -> s.withChannelRate("x", 0)).isInstanceOf(InvalidSettingsException.class)
                .hasMessageContaining("ratePerMinute must be between 1 and 60000, was 0");
    }

    @Test
    void urlsLoseTheirTokensPathsAndPasswords() {
        assertThat(yaowen.alerts.channel.Redactor.cutUrls("HTTP 500 from https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=abc-123 (retry)"))
                .isEqualTo("HTTP 500 from https://qyapi.weixin.qq.com/… (retry)");
        assertThat(yaowen.alerts.channel.Redactor.cutUrls("posting to https://open.feishu.cn/open-apis/bot/v2/hook/9f1c"))
                .isEqualTo("posting to https://open.feishu.cn/…");
        assertThat(yaowen.alerts.channel.Redactor.cutUrls("smtp://user:secret@mail.example.com:587/x")).isEqualTo("smtp://mail.example.com:587/…");
        assertThat(yaowen.alerts.channel.Redactor.cutUrls("no link here")).isEqualTo("no link here");
    }

    @Test
    void theLedgerKeysANewAlertByChannelRuleAndMeetingAndAnUpdateAlsoByWhatItSays() {
        SentLedger ledger = new SentLedger("wecom-team", new MockConsumer<>("earliest"),
                new MockProducer<>(true, null, new StringSerializer(), new ByteArraySerializer()));
        AlertRule kaifeng = AlertRule.from(Values.none().with(RuleKeys.NAME, "kaifeng"));
        MeetingAlert updated = MeetingAlert.newBuilder(Alerts.longting()).setChange(AlertRule.UPDATED).build();
        MeetingAlert updatedAgain = MeetingAlert.newBuilder(updated).setUrls(List.of("http://a.cn/1", "http://b.cn/2")).build();
        assertThat(ledger.keys(Alerts.longting(), List.of(kaifeng, AlertRule.everything()))).containsExactly(
                "wecom-team|kaifeng|" + Alerts.longting().getMeetingKey(),
                "wecom-team|default|" + Alerts.longting().getMeetingKey());
        assertThat(ledger.keys(updated, List.of(kaifeng))).singleElement().asString()
                .startsWith("wecom-team|kaifeng|" + Alerts.longting().getMeetingKey() + "|updated-");
        assertThat(ledger.keys(updated, List.of(kaifeng))).isEqualTo(ledger.keys(MeetingAlert.newBuilder(updated).build(), List.of(kaifeng)))
                .isNotEqualTo(ledger.keys(updatedAgain, List.of(kaifeng)));
        assertThat(ledger.allSent(ledger.keys(Alerts.longting(), List.of(kaifeng)))).isFalse();
    }

    @Test
    void rulesMustNameConfiguredChannelsAndNoRuleMeansTheDefault() {
        AlertDispatcher console = new ConsoleDispatcher();
        assertThat(AlertDelivery.check(Map.of("console", console), List.of())).containsExactly(AlertRule.everything());
        AlertRule toMail = AlertRule.from(Values.none().with(RuleKeys.NAME, "r").with(RuleKeys.CHANNELS, List.of("mail")));
        assertThatThrownBy(() -> AlertDelivery.check(Map.of("console", console), List.of(toMail)))
                .hasMessage("alert rule 'r' names channel 'mail', which is not configured (channels: console)");
        assertThatThrownBy(() -> AlertDelivery.check(Map.of("a|b", console), List.of()))
                .hasMessageContaining("alert channel name 'a|b' must be");
    }
}
