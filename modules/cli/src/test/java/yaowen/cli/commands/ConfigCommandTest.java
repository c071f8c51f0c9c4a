package yaowen.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import yaowen.cli.CommandRun;
import yaowen.cli.config.ReferenceYaml;

class ConfigCommandTest {
    final CommandRun cli = new CommandRun();

    @Test
    void saysOkWithASummaryForAGoodFile(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("y.yaml"), """
                dataDir: /var/lib/yaowen
                kafka: {bootstrapServers: "k1:9092", partitions: 6}
                crawler: {maxRedirects: 3}
                pipeline: {streamThreads: 2}
                sites: [{id: a, listUrls: [http://a.gov.cn/, http://a.gov.cn/b/]}]
                """);
        assertThat(cli.run("config", "check", file.toString())).isZero();
        assertThat(cli.out()).startsWith("OK: " + file + ": 1 sites (2 list pages), Kafka k1:9092 (6 partitions),")
                .contains("pipeline 2 thread(s)", "sites: a");
        assertThat(cli.err()).isEmpty();
    }

    @Test
    void namesTheAlertChannelsAndTheEnvironmentVariablesTheyLack(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("y.yaml"), """
                alerts:
                  channels:
                    - {name: ops, type: dingtalk, url: "https://oapi.dingtalk.com/robot/send?access_token=${ENV:YAOWEN_TEST_UNSET_TOKEN}",
                       secret: "${ENV:YAOWEN_TEST_UNSET_SECRET}"}
                """);
        assertThat(cli.run("config", "check", file.toString())).isZero();
        assertThat(cli.out()).contains("alerts: ops (dingtalk) + console (default rule),").contains("note: alert channel ops reads"
                + " environment variable(s) YAOWEN_TEST_UNSET_TOKEN, YAOWEN_TEST_UNSET_SECRET, not set here");
    }

    @Test
    void showsClientPropertiesWithTheirSecretsHidden(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("y.yaml"), """
                kafka:
                  bootstrapServers: "k1:9093"
                  properties:
                    security.protocol: SASL_SSL
                    sasl.jaas.config: 'org.apache.kafka.common.security.plain.PlainLoginModule required username="y" password="hunter2";'
                """);
        assertThat(cli.run("config", "check", file.toString())).isZero();
        assertThat(cli.out()).contains("client properties {sasl.jaas.config=[hidden], security.protocol=SASL_SSL}")
                .doesNotContain("hunter2");
    }

    @Test
    void theJaasPasswordIsMaskedOnItsOwnInLaterTexts(@TempDir Path dir) throws Exception {
        String password = "jaas-pw-" + System.nanoTime(); // unique: the remembered secrets are the JVM's
        Path file = Files.writeString(dir.resolve("y.yaml"), """
                kafka:
                  properties:
                    sasl.jaas.config: 'org.apache.kafka.common.security.scram.ScramLoginModule required username="y" password="%s";'
                """.formatted(password));
        assertThat(yaowen.settings.Redaction.text("auth failed with " + password)).contains(password);
        assertThat(cli.run("config", "check", file.toString())).isZero();
        assertThat(yaowen.settings.Redaction.text("auth failed with " + password)).isEqualTo("auth failed with ***");
    }

    @Test
    void aClientPropertyMustBeOneValue(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("y.yaml"), "kafka: {properties: {security.protocol: [SSL, SASL_SSL]}}\n");
        assertThat(cli.run("config", "check", file.toString())).isEqualTo(2);
        assertThat(cli.err()).contains("kafka.properties.security.protocol: expected a single value");
    }

    @Test
    void onlySinkTopicsHaveAJsonMirror(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("y.yaml"), "kafka: {jsonMirror: [yaowen.meetings, yaowen.pages.raw]}\n");
        assertThat(cli.run("config", "check", file.toString())).isEqualTo(2);
        assertThat(cli.err()).contains("kafka.jsonMirror").contains("some of yaowen.articles, yaowen.meetings");
    }

    @Test
    void printsEveryProblemOfABadFileAndExitsAsRunDoes(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("y.yaml"), """
                crawler: {timout: 5s, maxRedirects: -1}
                web: {port: http}
                sites: [{id: a, listUrls: ['ftp://a.cn/']}]
                """);
        assertThat(cli.run("config", "check", file.toString())).isEqualTo(2);
        assertThat(cli.out()).doesNotContain("OK");
        assertThat(cli.err().lines().toList()).containsExactly(
                "yaowen: config error: " + file + ": unknown key 'timout' at crawler; did you mean 'timeout'?",
                "yaowen: config error: " + file + ": crawler.maxRedirects: must be between 0 and 20, was -1",
                "yaowen: config error: " + file + ": sites[0].listUrls: 'ftp://a.cn/' is not an absolute http(s) URL",
                "yaowen: config error: " + file + ": web.port: 'http' is not a whole number");
    }

    @Test
    void theShippedReferenceAndComposeConfigsPass() {
        assertThat(cli.run("config", "check", "../../deploy/yaowen.reference.yaml")).isZero();
        assertThat(cli.run("config", "check", "../../deploy/compose/yaowen.yaml")).isZero();
        assertThat(cli.out().lines().filter(l -> l.startsWith("OK: "))).hasSize(2);
    }

    @Test
    void printsTheReferenceAndExplainsItselfWithHelp() {
        assertThat(cli.run("config", "reference")).isZero();
        assertThat(cli.out()).isEqualTo(ReferenceYaml.render());
        cli.clear();
        assertThat(cli.run("config", "check", "--help")).isZero();
        assertThat(cli.out()).contains("Usage: yaowen config check", "without starting anything", "exit 2");
    }
}
