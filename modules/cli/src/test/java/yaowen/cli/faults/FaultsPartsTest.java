package yaowen.cli.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import yaowen.cli.audit.AuditReport;
import yaowen.cli.config.ConfigLoader;
import yaowen.cli.config.YaowenConfig;

/** The fault suite's pure parts: node configs, checks, verdicts and the registry. */
@Timeout(10)
class FaultsPartsTest {

    @Test
    void aNodeConfigPassesTheProductsOwnValidation() {
        String yaml = NodeYaml.render(Path.of("/tmp/fx/it's"), "127.0.0.1:9092", Path.of("/tmp/fx/store/y.duckdb"),
                List.of(new NodeYaml.Channel("hook", URI.create("http://127.0.0.1:5000/hook/hook"), Duration.ofSeconds(3)),
                        new NodeYaml.Channel("slow", URI.create("http://127.0.0.1:5000/hook/slow"), Duration.ofSeconds(10))),
                List.of(new NodeYaml.Site("a-site", "甲区", Optional.of("410202"), List.of(URI.create("http://127.0.0.1:7/list/"))),
                        new NodeYaml.Site("slow-site", "慢站", Optional.empty(), List.of(URI.create("http://127.0.0.1:8/news/")))));

        YaowenConfig config = ConfigLoader.parse(yaml, "test");

        assertThat(config.dataDir()).isEqualTo(Path.of("/tmp/fx/it's"));
        assertThat(config.kafka().bootstrapServers()).contains("127.0.0.1:9092");
        assertThat(config.store().duckdbPath()).isEqualTo(Path.of("/tmp/fx/store/y.duckdb"));
        assertThat(config.web().enabled()).isFalse();
        assertThat(config.alerts().channels()).extracting(c -> c.name()).containsExactly("hook", "slow");
        assertThat(config.alerts().delivery().rate("hook")).isEqualTo(NodeYaml.RATE_PER_MINUTE);
        assertThat(config.sites()).extracting(s -> s.id()).containsExactly("a-site", "slow-site");
        assertThat(config.sites().get(0).regionCode()).contains("410202");
    }

    @Test
    void everyAlertOnceCountsRepeatsMissesAndStrangers() {
        Check ok = Check.everyAlertOnce("hook", Map.of("m1", 1L, "m2", 1L), Set.of("m1", "m2"));
        Check bad = Check.everyAlertOnce("hook", Map.of("m1", 3L, "x", 1L), Set.of("m1", "m2"));

        assertThat(ok.passed()).isTrue();
        assertThat(bad.passed()).isFalse();
        assertThat(bad.duplicates()).isEqualTo(2);
        assertThat(bad.lost()).isEqualTo(1);
        assertThat(bad.detail()).contains("1 not on the topic");
        assertThat(Check.everyAlertOnce("hook", Map.of("m1", 1L, "x", 1L), Set.of("m1")).passed()).isFalse();
    }

    private static AuditReport report(long rawPages, long lost, long articleDuplicates) {
        return new AuditReport(new AuditReport.Crawl(rawPages, rawPages, rawPages - 1 - lost, 1, 0, articleDuplicates, 0, lost),
                new AuditReport.Insight(rawPages - 1, 3, 4, 0, 0, 0, 0), Optional.empty(), new AuditReport.Alerts(3, 3, 3, 0, 0));
    }

    @Test
    void aVerdictPassesOnlyWithACleanAuditEveryPageAndEveryCheck() {
        ScenarioResult pass = ScenarioResult.judge("s", Duration.ofSeconds(2), report(10, 0, 0), 10, List.of());
        assertThat(pass.passed()).isTrue();
        assertThat(pass.recordsIn()).isEqualTo(10);
        assertThat(pass.recordsOut()).isEqualTo(10);
        assertThat(pass.line()).isEqualTo("PASS s                in 10 · out 10 · duplicates 0 · lost 0 · 2.0 s");

        ScenarioResult missingPages = ScenarioResult.judge("s", Duration.ZERO, report(10, 0, 0), 12, List.of());
        assertThat(missingPages.passed()).isFalse();
        assertThat(missingPages.lost()).isEqualTo(2);
        assertThat(missingPages.details()).contains("raw pages expected 12, present 10 · MISSING 2");

        ScenarioResult duplicated = ScenarioResult.judge("s", Duration.ZERO, report(10, 0, 1), 10, List.of());
        assertThat(duplicated.passed()).isFalse();
        assertThat(duplicated.duplicates()).isEqualTo(1);

        ScenarioResult failedCheck = ScenarioResult.judge("s", Duration.ZERO, report(10, 0, 0), 10,
                List.of(new Check("hook once", false, 2, 1, "2 repeated")));
        assertThat(failedCheck.passed()).isFalse();
        assertThat(failedCheck.duplicates()).isEqualTo(2);
        assertThat(failedCheck.lost()).isEqualTo(1);
        assertThat(failedCheck.details()).contains("FAIL hook once: 2 repeated");
    }

    @Test
    void theRegistryHasUniqueNamesAFastSubsetAndSelectsByName() {
        Set<String> names = new HashSet<>();
        Scenarios.ALL.forEach(s -> assertThat(names.add(s.name())).as("unique name " + s.name()).isTrue());
        assertThat(names).contains("quick", "kill-pipeline", "kill-sink", "kill-alerts", "kill-crawler", "broker-restart", "poison",
                "slow-webhook", "slow-site", "kill-broker");
        assertThat(Scenarios.fast()).extracting(Scenario::name).containsExactly("quick");

        assertThat(Scenarios.select("poison, kill-sink,poison", Scenarios.ALL)).extracting(Scenario::name)
                .containsExactly("poison", "kill-sink");
        assertThatThrownBy(() -> Scenarios.select("kill-everything", Scenarios.ALL))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("kill-everything").hasMessageContaining("poison");
        assertThatThrownBy(() -> Scenarios.select(" , ", Scenarios.ALL)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theBrokerToKillIsTheOneLeadingMostPartitionsTheLowestIdOnATie() {
        assertThat(KillBrokerScenario.mostLeading(List.of(1, 2, 2, 3, 2, 1))).isEqualTo(2);
        assertThat(KillBrokerScenario.mostLeading(List.of(3, 3, 1, 1, 2))).isEqualTo(1);
        assertThat(KillBrokerScenario.mostLeading(List.of(3))).isEqualTo(3);
        assertThat(KillBrokerScenario.leadersByNode(List.of(2, 3, 2))).containsExactly(Map.entry(2, 2L), Map.entry(3, 1L));
        assertThatThrownBy(() -> KillBrokerScenario.mostLeading(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theBrokerKillIsNotInTheFastSubset() {
        assertThat(Scenarios.select("kill-broker", Scenarios.ALL)).singleElement()
                .satisfies(s -> assertThat(s.fast()).isFalse());
    }

    @Test
    void theWebhookReceiverReadsTheMeetingKeyOfTheBody() {
        assertThat(WebhookReceiver.meetingKey("{\"text\":\"t\",\"alert\":{\"meetingKey\":\"410202|2024-01-02|常务会议\"}}"
                .getBytes(StandardCharsets.UTF_8))).isEqualTo("410202|2024-01-02|常务会议");
        assertThat(WebhookReceiver.meetingKey("not json".getBytes(StandardCharsets.UTF_8))).isEqualTo("?");
        assertThat(WebhookReceiver.meetingKey("{\"alert\":{}}".getBytes(StandardCharsets.UTF_8))).isEqualTo("?");
    }

    @Test
    void poisonHoldsEveryKindAndAnOversizedPageUnderTheRecordLimit() {
        Map<String, byte[]> poison = PoisonScenario.poison(java.time.Instant.EPOCH);

        assertThat(poison).containsKeys("faults:poison:garbage", "faults:poison:no-value", "faults:poison:empty",
                "faults:poison:pdf", "faults:poison:http-500", "faults:poison:oversized");
        assertThat(poison.get("faults:poison:no-value")).isNull();
        assertThat(poison.get("faults:poison:oversized").length).isGreaterThan(yaowen.records.Topics.MAX_MESSAGE_BYTES - 1024 * 1024)
                .isLessThan(yaowen.records.Topics.MAX_MESSAGE_BYTES);
    }

    @Test
    void aProcessThatEndedIsReportedWithTheLastThingItSaid() {
        assertThat(ChildProcess.lastLine("=== faults: starting sink\nLog file: x\nyaowen: cannot reach Kafka at 127.0.0.1:1\n\n"))
                .isEqualTo("yaowen: cannot reach Kafka at 127.0.0.1:1");
        assertThat(ChildProcess.lastLine("")).isEmpty();
    }
}
