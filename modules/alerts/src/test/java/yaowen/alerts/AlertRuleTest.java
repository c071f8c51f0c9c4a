package yaowen.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import yaowen.records.MeetingAlert;
import yaowen.settings.InvalidSettingsException;
import yaowen.settings.Values;

class AlertRuleTest {
    /** The day after the 龙亭区 meeting of 2021-01-27, 10:00 in China. */
    private static final Instant NEXT_DAY = Instant.parse("2021-01-28T02:00:00Z");

    private static AlertRule rule(Values v) {
        return AlertRule.from(v.with(RuleKeys.NAME, "r"));
    }

    @Test
    void theDefaultRuleAnnouncesEveryRecentMeetingOnEveryChannelButNotOldOnes() {
        AlertRule all = AlertRule.everything();
        assertThat(all.announcesOn("wecom-team")).isTrue();
        assertThat(all.matches(Alerts.longting(), NEXT_DAY)).isTrue();
        assertThat(all.matches(Alerts.longting(), NEXT_DAY.plus(Duration.ofDays(30)))).isFalse();
    }

    @Test
    void notOlderThanCountsTheMeetingDayInChinaAndTheReportTimeWhenUndated() {
        AlertRule threeDays = rule(Values.none().with(RuleKeys.NOT_OLDER_THAN, Duration.ofDays(3)));
        // 2021-01-30 23:00 in China: the 27th is 3 days and 23 hours back, the cut-off day is the 27th.
        assertThat(threeDays.matches(Alerts.longting(), Instant.parse("2021-01-30T15:00:00Z"))).isTrue();
        // 2021-01-31 00:30 in China (still the 30th in UTC): the cut-off day is now the 28th.
        assertThat(threeDays.matches(Alerts.longting(), Instant.parse("2021-01-30T16:30:00Z"))).isFalse();
        MeetingAlert undated = MeetingAlert.newBuilder(Alerts.longting()).setDate(null).build(); // seen 2021-01-28T03:00Z
        assertThat(threeDays.matches(undated, Instant.parse("2021-01-31T02:59:00Z"))).isTrue();
        assertThat(threeDays.matches(undated, Instant.parse("2021-01-31T03:01:00Z"))).isFalse();
    }

    @Test
    void regionPrefixTypesIndicatorsKeywordsAndFiguresMustAllHold() {
        MeetingAlert a = Alerts.longting(); // 410202, plenary + economic work, GDP growth, name with 经济工作会议
        assertThat(rule(Values.none().with(RuleKeys.REGION_PREFIX, "4102")).matches(a, NEXT_DAY)).isTrue();
        assertThat(rule(Values.none().with(RuleKeys.REGION_PREFIX, "4103")).matches(a, NEXT_DAY)).isFalse();
        assertThat(rule(Values.none().with(RuleKeys.TYPES, List.of("PEOPLES_CONGRESS", "PLENARY_SESSION"))).matches(a, NEXT_DAY)).isTrue();
        assertThat(rule(Values.none().with(RuleKeys.TYPES, List.of("PEOPLES_CONGRESS"))).matches(a, NEXT_DAY)).isFalse();
        assertThat(rule(Values.none().with(RuleKeys.INDICATORS, List.of("GDP"))).matches(a, NEXT_DAY)).isTrue();
        assertThat(rule(Values.none().with(RuleKeys.INDICATORS, List.of("FISCAL_REVENUE"))).matches(a, NEXT_DAY)).isFalse();
        assertThat(rule(Values.none().with(RuleKeys.KEYWORDS, List.of("招商", "经济工作"))).matches(a, NEXT_DAY)).isTrue();
        assertThat(rule(Values.none().with(RuleKeys.KEYWORDS, List.of("生产总值"))).matches(a, NEXT_DAY)).isTrue();
        assertThat(rule(Values.none().with(RuleKeys.KEYWORDS, List.of("招商"))).matches(a, NEXT_DAY)).isFalse();
        MeetingAlert noFigures = MeetingAlert.newBuilder(a).setHeadline(List.of()).build();
        assertThat(rule(Values.none().with(RuleKeys.HAS_METRICS, true)).matches(a, NEXT_DAY)).isTrue();
        assertThat(rule(Values.none().with(RuleKeys.HAS_METRICS, true)).matches(noFigures, NEXT_DAY)).isFalse();
        MeetingAlert noRegion = MeetingAlert.newBuilder(a).setRegion(null).build();
        assertThat(rule(Values.none().with(RuleKeys.REGION_PREFIX, "41")).matches(noRegion, NEXT_DAY)).isFalse();
    }

    @Test
    void updatedAlertsPassOnlyWhereTheRuleAsksForThem() {
        MeetingAlert updated = MeetingAlert.newBuilder(Alerts.longting()).setChange(AlertRule.UPDATED).build();
        assertThat(rule(Values.none()).matches(updated, NEXT_DAY)).isFalse();
        assertThat(rule(Values.none().with(RuleKeys.UPDATES, true)).matches(updated, NEXT_DAY)).isTrue();
        assertThat(rule(Values.none().with(RuleKeys.UPDATES, true)).matches(Alerts.longting(), NEXT_DAY)).isTrue();
    }

    @Test
    void aRuleAnnouncesOnlyOnTheChannelsItNames() {
        AlertRule team = rule(Values.none().with(RuleKeys.CHANNELS, List.of("wecom-team")));
        assertThat(team.announcesOn("wecom-team")).isTrue();
        assertThat(team.announcesOn("mail")).isFalse();
    }

    @Test
    void namesEveryBadKey() {
        assertThatThrownBy(() -> AlertRule.from(Values.none().with(RuleKeys.REGION_PREFIX, "kaifeng")))
                .isInstanceOf(InvalidSettingsException.class)
                .hasMessageContaining("name is missing")
                .hasMessageContaining("regionPrefix must be 2 to 12 digits, was kaifeng");
    }
}
