package yaowen.cli.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import yaowen.alerts.AlertRule;
import yaowen.alerts.DeliverySettings;
import yaowen.alerts.RuleKeys;
import yaowen.crawler.CrawlerSettings;
import yaowen.pipeline.PipelineSettings;

class ConfigLoaderTest {

    @Test
    void appliesDefaultsToAnEmptyFile() {
        YaowenConfig config = ConfigLoader.parse("", "c.yaml");
        assertThat(config.dataDir()).isEqualTo(Path.of("data"));
        assertThat(config.kafka().bootstrapServers()).isEmpty();
        assertThat(config.crawler().minDelayPerHost()).isEqualTo(Duration.ofSeconds(1));
        assertThat(config.store().type()).isEqualTo(YaowenConfig.StoreType.DUCKDB);
        assertThat(config.store().duckdbPath()).isEqualTo(Path.of("data", "yaowen.duckdb"));
        assertThat(config.web().port()).isEqualTo(8080);
        assertThat(config.sites()).isEmpty();
    }

    @Test
    void readsSitesAndSettings() {
        YaowenConfig config = ConfigLoader.parse("""
                dataDir: /var/lib/yaowen
                kafka: {bootstrapServers: "k1:9092,k2:9092", partitions: 6, replication: 3}
                crawler: {minDelayPerHost: 2s, recheckInterval: 5m, allowPrivateAddresses: true}
                sites:
                  - id: longting
                    name: 开封市龙亭区人民政府
                    regionCode: "410202"
                    listUrls: [https://www.longting.gov.cn/xwzx/lyyw/]
                web: {port: 9000}
                """, "c.yaml");
        assertThat(config.kafka().bootstrapServers()).contains("k1:9092,k2:9092");
        assertThat(config.kafka().replication()).isEqualTo((short) 3);
        assertThat(config.crawler().recheckInterval()).isEqualTo(Duration.ofMinutes(5));
        assertThat(config.sites()).singleElement().satisfies(s -> {
            assertThat(s.name()).isEqualTo("开封市龙亭区人民政府");
            assertThat(s.regionCode()).contains("410202");
            assertThat(s.listUrls()).extracting(Object::toString).containsExactly("https://www.longting.gov.cn/xwzx/lyyw/");
        });
    }

    @Test
    void readsAlertRulesAndDeliveryAndDefaultsToOneRuleForEverything() {
        YaowenConfig config = ConfigLoader.parse("""
                alerts:
                  webhookUrl: https://hooks.example.com/x
                  delivery: {maxAttempts: 3, ratePerMinute: 10, groupPrefix: ops-}
                  rules:
                    - name: kaifeng-economy
                      regionPrefix: "4102"
                      types: [ECONOMIC_WORK_CONFERENCE]
                      keywords: [经济]
                      indicators: [GDP]
                      hasMetrics: true
                      notOlderThan: 3d
                      updates: true
                      channels: [webhook]
                    - {name: all-on-console, channels: [console]}
                """, "c.yaml");
        assertThat(config.alerts().rules()).extracting(AlertRule::name).containsExactly("kaifeng-economy", "all-on-console");
        AlertRule kaifeng = config.alerts().rules().get(0);
        assertThat(kaifeng.regionPrefix()).contains("4102");
        assertThat(kaifeng.types()).containsExactly("ECONOMIC_WORK_CONFERENCE");
        assertThat(kaifeng.keywords()).containsExactly("经济");
        assertThat(kaifeng.notOlderThan()).isEqualTo(Duration.ofDays(3));
        assertThat(kaifeng.hasMetrics()).isTrue();
        assertThat(kaifeng.updates()).isTrue();
        assertThat(kaifeng.channels()).containsExactly("webhook");
        assertThat(config.alerts().rules().get(1).notOlderThan()).isEqualTo(RuleKeys.NOT_OLDER_THAN.defaultValue().orElseThrow());
        assertThat(config.alerts().delivery().maxAttempts()).isEqualTo(3);
        assertThat(config.alerts().delivery().group("webhook")).isEqualTo("ops-webhook");
        assertThat(config.alerts().delivery().rate("webhook")).isEqualTo(10);
        assertThat(config.alerts().channelNames()).containsExactly("console", "webhook");
        YaowenConfig none = ConfigLoader.parse("", "empty");
        assertThat(none.alerts().rules()).isEmpty();
        assertThat(none.alerts().delivery()).isEqualTo(DeliverySettings.defaults());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            alerts: {rules: [{regionPrefix: '41'}]}                           | alerts.rules[0].name: is missing
            alerts: {rules: [{name: a}, {name: a}]}                           | alerts.rules[1].name: 'a' is used twice
            alerts: {rules: [{name: a, channels: [wecom]}]}                   | alerts.rules[0].channels: no channel is named 'wecom' (channels: console)
            alerts: {rules: [{name: a, regionPrefix: kaifeng}]}               | alerts.rules[0].regionPrefix: must be 2 to 12 digits, was kaifeng
            alerts: {rules: [{name: a, colour: red}]}                         | unknown key 'colour' at alerts.rules[0]
            alerts: {rules: [{name: a, notOlderThan: 0s}]}                    | alerts.rules[0].notOlderThan: must be longer than zero, was 0s
            alerts: {rules: {name: a}}                                        | alerts.rules: expected a list of rules, found a mapping
            alerts: {delivery: {maxAttempts: 0}}                              | alerts.delivery.maxAttempts: must be between 1 and 100, was 0
            alerts: {delivery: {firstRetry: 5m, maxRetryWait: 1m}}            | alerts.delivery.maxRetryWait: must be at least firstRetry (PT5M)
            alerts: {delivery: {retries: 3}}                                  | unknown key 'retries' at alerts.delivery
            crawlr: {}                                                        | unknown key 'crawlr' at top level
            sites: [{id: a, listUrls: [http://x.cn/], colour: red}]           | unknown key 'colour' at sites[0]
            sites: [{id: a, listUrls: ['ftp://x.cn/']}]                       | sites[0].listUrls: 'ftp://x.cn/' is not an absolute http(s) URL
            sites: [{id: a, listUrls: ['not a url']}]                         | sites[0].listUrls: 'not a url' is not a URL
            sites: [{id: Bad_Id, listUrls: ['http://x.cn/']}]                 | sites[0].id: must be lower-case letters, digits and '-'
            sites: [{id: a, listUrls: []}]                                    | sites[0].listUrls: at least one list page URL is needed
            sites: [{id: a, regionCode: '4102', listUrls: ['http://x.cn/']}]  | sites[0].regionCode: must be a six-digit GB/T 2260 code, was 4102
            crawler: {minDelayPerHost: soon}                                  | crawler.minDelayPerHost: 'soon' is not a duration
            kafka: {bootstrapServers: 'localhost'}                            | kafka.bootstrapServers: must be HOST:PORT[,HOST:PORT…], was localhost
            kafka: {sessionTimeout: 2s}                                       | kafka.sessionTimeout: must be between 6 seconds and 30 minutes
            web: {port: 70000}                                                | web.port: must be between 0 and 65535, was 70000
            store: {type: mongo}                                              | store.type: 'mongo' is not one of duckdb, postgres
            web: {port: eighty}                                               | web.port: 'eighty' is not a whole number
            'sites: [ {id: a'                                                 | not valid YAML
            """)
    void namesTheProblemInOneLine(String yaml, String expected) {
        assertThatThrownBy(() -> ConfigLoader.parse(yaml, "c.yaml"))
                .isInstanceOf(ConfigException.class)
                .satisfies(e -> assertThat(((ConfigException) e).problems()).singleElement()
                        .satisfies(line -> assertThat(line).startsWith("c.yaml: ").contains(expected).doesNotContain("\n")));
    }

    @Test
    void readsTheCrawlerBoundsSiteSchedulesOverridesAndWebBindAddress() {
        YaowenConfig config = ConfigLoader.parse("""
                crawler: {minRecheckInterval: 10s, maxRecheckInterval: 1h, timeout: 15s, connectTimeout: 2s,
                          maxPageBytes: 2000000, parallelism: 8, robotsCacheTtl: 6h}
                sites:
                  - id: a
                    listUrls: [http://a.gov.cn/]
                    schedule: {minInterval: 1m, maxInterval: 2h}
                    overrides: {minDelayPerHost: 3s, maxListPages: 2}
                web: {bindAddress: 0.0.0.0}
                """, "c.yaml");
        assertThat(config.crawler().minRecheckInterval()).isEqualTo(Duration.ofSeconds(10));
        assertThat(config.crawler().maxRecheckInterval()).isEqualTo(Duration.ofHours(1));
        assertThat(config.crawler().connectTimeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(config.crawler().parallelism()).isEqualTo(8);
        assertThat(config.crawler().robotsCacheTtl()).isEqualTo(Duration.ofHours(6));
        assertThat(config.web().bindAddress()).isEqualTo("0.0.0.0");
        assertThat(ConfigLoader.parse("", "c.yaml").web().bindAddress()).as("loopback by default").isEqualTo("127.0.0.1");
        assertThat(config.sites()).singleElement().satisfies(s -> assertThat(s.toString()).contains("PT1M", "PT2H", "PT3S"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            crawler: {minRecheckInterval: 2h, maxRecheckInterval: 1h}         | crawler.minRecheckInterval: 2h is longer than maxRecheckInterval 1h
            crawler: {maxPageBytes: 999999999}                                | crawler.maxPageBytes: must be at most 20971520
            crawler: {parallelism: 1000}                                      | crawler.parallelism: must be between 1 and 256, was 1000
            crawler: {timeout: 0s}                                            | crawler.timeout
            web: {bindAddress: 'not an address!'}                             | web.bindAddress: must be a host name or IP address, was not an address!
            sitesFile: no/such/sites.yaml                                     | no/such/sites.yaml
            """)
    void namesProblemsWithTheNewerKeys(String yaml, String expected) {
        assertThatThrownBy(() -> ConfigLoader.parse(yaml, "c.yaml"))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(line -> assertThat(line).contains(expected).doesNotContain("\n")));
    }

    @Test
    void reportsEveryProblemNotJustTheFirst() {
        assertThatThrownBy(() -> ConfigLoader.parse("""
                sites: [{id: a, listUrls: ['ftp://x']}, {id: a, listUrls: ['http://y.cn/']}]
                web: {port: -1}
                """, "c.yaml"))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems()).hasSize(3));
    }

    @Test
    void acceptsTheShippedReferenceAndComposeConfigs() {
        assertThat(ConfigLoader.load(Path.of("../../deploy/yaowen.reference.yaml")).sites()).hasSize(1);
        assertThat(ConfigLoader.load(Path.of("../../deploy/compose/yaowen.yaml")).web().bindAddress()).isEqualTo("0.0.0.0");
    }

    @Test
    void reportsEveryUnknownKeyNotOnlyTheFirst() {
        assertThatThrownBy(() -> ConfigLoader.parse("""
                crawlr: {}
                crawler: {timout: 5s, maxRedirects: 3}
                web: {prot: 80}
                sites:
                  - id: a
                    listUrls: [http://a.gov.cn/]
                    colour: red
                    schedule: {minIntervall: 1m}
                """, "c.yaml"))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems()).containsExactly(
                        "c.yaml: unknown key 'crawlr' at top level; did you mean 'crawler'?",
                        "c.yaml: unknown key 'timout' at crawler; did you mean 'timeout'?",
                        "c.yaml: unknown key 'prot' at web; did you mean 'port'?",
                        "c.yaml: unknown key 'colour' at sites[0] (known keys: id, listUrls, name, overrides, regionCode,"
                                + " schedule)",
                        "c.yaml: unknown key 'minIntervall' at sites[0].schedule; did you mean 'minInterval'?"));
    }

    @Test
    void reportsARuleAcrossKeysInTheSamePassAsABadValueButNotOneAboutTheBadValue() {
        assertThatThrownBy(() -> ConfigLoader.parse("""
                crawler: {timeout: never, minRecheckInterval: 2h, maxRecheckInterval: 1h}
                sites: [{id: A, listUrls: [http://a.cn/], schedule: {minInterval: 2h, maxInterval: 1h}}]
                """, "c.yaml"))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems()).containsExactly(
                        "c.yaml: crawler.timeout: 'never' is not a duration like 500ms, 1s, 5m or 1h",
                        "c.yaml: crawler.minRecheckInterval: 2h is longer than maxRecheckInterval 1h",
                        "c.yaml: sites[0].id: must be lower-case letters, digits and '-' (at most 63, not starting with"
                                + " '-'), was A",
                        "c.yaml: sites[0].schedule.minInterval: 2h is longer than schedule.maxInterval 1h"));
        assertThatThrownBy(() -> ConfigLoader.parse("crawler: {minRecheckInterval: 2h, maxRecheckInterval: soon}", "c.yaml"))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems()).as("not 2h > the default")
                        .containsExactly("c.yaml: crawler.maxRecheckInterval: 'soon' is not a duration like 500ms, 1s,"
                                + " 5m or 1h"));
    }

    @ParameterizedTest
    @CsvSource({"timout, timeout", "TimeOut, timeout", "maxredirect, maxRedirects", "prot, port", "ib, id"})
    void suggestsTheKeyAMisspellingMeant(String typed, String meant) {
        assertThat(ConfigReading.closestKey(typed, java.util.Set.of("timeout", "maxRedirects", "port", "id", "name")))
                .contains(meant);
    }

    @ParameterizedTest
    @CsvSource({"colour", "xy", "threads"})
    void suggestsNothingForAKeyFarFromEveryKnownOne(String typed) {
        assertThat(ConfigReading.closestKey(typed, java.util.Set.of("timeout", "port", "id", "name"))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            crawler: {maxRedirects: many}                       | c.yaml: crawler.maxRedirects: 'many' is not a whole number
            crawler: {maxRedirects: 21}                         | c.yaml: crawler.maxRedirects: must be between 0 and 20, was 21
            crawler: {retryBackoff: 2 weeks}                    | c.yaml: crawler.retryBackoff: '2 weeks' is not a duration like 500ms, 1s, 5m or 1h
            crawler: {breakerCooldown: 0s}                      | c.yaml: crawler.breakerCooldown: must be longer than zero, was 0s
            crawler: {maxUrlLength: 10}                         | c.yaml: crawler.maxUrlLength: must be at least 32, was 10
            crawler: {timeout: [1s]}                            | c.yaml: crawler.timeout: expected a single value, found a list
            crawler: {userAgent: {name: x}}                     | c.yaml: crawler.userAgent: expected a single value, found a mapping
            web: {enabled: maybe}                               | c.yaml: web.enabled: 'maybe' is not true or false
            alerts: {webhookUrl: 'ftp://hooks.cn/x?key=s3cr3t'} | c.yaml: alerts.webhookUrl: must be an http(s) URL, ${ENV:NAME} allowed in it, was ftp://hooks.cn/x?key=***
            kafka: {properties: 'sasl.jaas.config=x password="s3cr3t"'} | c.yaml: kafka.properties: expected a mapping like {name: value}, found a single value
            store: {type: postgres}                             | c.yaml: store.postgresUrl: is needed when store.type is postgres
            store: {type: duckdb, postgresUrl: 'mysql://x'}     | c.yaml: store.postgresUrl: must be a jdbc:postgresql:… URL, was mysql://x
            crawler: {trustedCertificates: [no/such/ca.pem]}    | c.yaml: crawler.trustedCertificates: must be readable files, was [no/such/ca.pem]
            web: {failingSiteIntervals: 0}                      | c.yaml: web.failingSiteIntervals: must be at least 1, was 0
            pipeline: {streamThreads: 17}                       | c.yaml: pipeline.streamThreads: must be between 1 and 16, was 17
            pipeline: {commitInterval: fast}                    | c.yaml: pipeline.commitInterval: 'fast' is not a duration like 500ms, 1s, 5m or 1h
            pipeline: {insightBudget: 5s}                       | c.yaml: pipeline.insightBudget: must be at most a third of the pipeline's 10s transaction timeout, was 5s
            sites: [{id: a, listUrls: 'http://a.cn/'}]          | c.yaml: sites[0].listUrls: expected a list like [a, b], found 'http://a.cn/'
            sites: [{listUrls: ['http://a.cn/']}]               | c.yaml: sites[0].id: is missing (text)
            sites: [{id: a, listUrls: ['http://a.cn/'], overrides: {maxListPages: 0}} ] | c.yaml: sites[0].overrides.maxListPages: must be at least 1, was 0
            sites: [{id: a, listUrls: ['http://a.cn/'], schedule: {minInterval: 2h, maxInterval: 1h}}] | c.yaml: sites[0].schedule.minInterval: 2h is longer than schedule.maxInterval 1h
            sites: {id: a}                                      | c.yaml: sites: expected a list of sites, found a mapping
            crawler: 5                                          | c.yaml: crawler: expected a mapping of keys
            'crawler: {timeout: 1s, timeout: 2s}'               | c.yaml: not valid YAML: Duplicate field 'timeout'
            alerts: {channels: [{name: ops, type: wecom}]}      | c.yaml: alerts.channels[0].url: is needed by a wecom channel
            alerts: {channels: [{name: ops, type: slack, url: 'https://x.cn/'}]} | c.yaml: alerts.channels[0].type: 'slack' is not one of console, webhook, wecom, dingtalk, feishu, email
            alerts: {channels: [{name: ops, type: wecom, url: 'https://x.cn/', secret: s}]} | c.yaml: alerts.channels[0].secret: is not used by a wecom channel (it uses url, timeout)
            alerts: {channels: [{name: ops, type: email, smtp: {host: h, from: a@b.cn, to: [c@d.cn], prot: 25}}]} | c.yaml: unknown key 'prot' at alerts.channels[0].smtp; did you mean 'port'?
            alerts: {channels: [{type: console}]}               | c.yaml: alerts.channels[0].name: is missing (text)
            alerts: {channels: [{name: a, type: console}, {name: a, type: console}]} | c.yaml: alerts.channels[1].name: 'a' is used twice
            alerts: {channels: {name: a}}                       | c.yaml: alerts.channels: expected a list of channels, found a mapping
            alerts: {webhookUrl: 'https://h.cn/', channels: [{name: webhook, type: console}]} | c.yaml: alerts.webhookUrl: adds a channel named 'webhook', and alerts.channels already has one
            """)
    void namesTheKeyOfABadValueOfEachType(String yaml, String expected) {
        assertThatThrownBy(() -> ConfigLoader.parse(yaml, "c.yaml"))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(line -> assertThat(line).startsWith(expected)));
    }

    @Test
    void readsAlertChannelsThenTheShorthands() {
        YaowenConfig config = ConfigLoader.parse("""
                alerts:
                  webhookUrl: https://hooks.example.com/yaowen
                  channels:
                    - {name: ops-wecom, type: wecom, url: "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=${ENV:K}"}
                    - name: leaders
                      type: email
                      timeout: 30s
                      smtp: {host: smtp.example.com, user: u, password: "${ENV:P}", from: a@example.com, to: [b@example.com]}
                """, "c.yaml");

        assertThat(config.alerts().channels()).extracting(c -> c.name() + ":" + c.type())
                .containsExactly("ops-wecom:WECOM", "leaders:EMAIL", "console:CONSOLE", "webhook:WEBHOOK");
        yaowen.settings.Values email = config.alerts().channels().get(1).values();
        assertThat(email.get(yaowen.alerts.channel.ChannelKeys.TIMEOUT)).isEqualTo(Duration.ofSeconds(30));
        assertThat(email.get(yaowen.alerts.channel.ChannelKeys.SMTP_PORT)).isEqualTo(587);
        assertThat(email.get(yaowen.alerts.channel.ChannelKeys.SMTP_TO)).containsExactly("b@example.com");
        assertThat(email.get(yaowen.alerts.channel.ChannelKeys.SMTP_PASSWORD)).isEqualTo("${ENV:P}");
    }

    @Test
    void aListedConsoleReplacesTheShorthandAndNoChannelIsPossible() {
        assertThat(ConfigLoader.parse("alerts: {channels: [{name: console, type: console}]}", "c.yaml").alerts().channels())
                .hasSize(1);
        assertThat(ConfigLoader.parse("alerts: {console: false}", "c.yaml").alerts().channels()).isEmpty();
    }

    @Test
    void theCrawlerSettingsOnceMissingFromYamlReachTheCrawlerAndThePipeline() {
        YaowenConfig config = ConfigLoader.parse("""
                crawler: {maxRedirects: 7, maxRetries: 0, retryBackoff: 3s, maxRetryAfter: 1m, breakerThreshold: 9,
                          breakerCooldown: 10m, maxUrlLength: 300, maxPathSegments: 6}
                pipeline: {streamThreads: 2, commitInterval: 1s, insightBudget: 1500ms}
                """, "c.yaml");
        assertThat(config.crawler()).isEqualTo(CrawlerSettings.defaults().toBuilder().maxRedirects(7).maxRetries(0)
                .retryBackoff(Duration.ofSeconds(3)).maxRetryAfter(Duration.ofMinutes(1)).breakerThreshold(9)
                .breakerCooldown(Duration.ofMinutes(10)).maxUrlLength(300).maxPathSegments(6).build());
        assertThat(config.pipeline()).isEqualTo(new YaowenConfig.Pipeline(2, Duration.ofSeconds(1), Duration.ofMillis(1500)));
    }

    @Test
    void trustedCertificatesAndTheReadinessPatienceReachTheCrawlerAndTheWeb(@org.junit.jupiter.api.io.TempDir Path dir)
            throws java.io.IOException {
        Path pem = java.nio.file.Files.writeString(dir.resolve("provincial-ca.pem"), "-----BEGIN CERTIFICATE-----\n");
        YaowenConfig config = ConfigLoader.parse("crawler: {trustedCertificates: ['" + pem + "']}\n"
                + "web: {failingSiteIntervals: 5}\n", "c.yaml");
        assertThat(config.crawler().trustedCertificates()).containsExactly(pem);
        assertThat(config.web().failingSiteIntervals()).isEqualTo(5);
        assertThat(ConfigLoader.parse("", "c.yaml").web().failingSiteIntervals()).isEqualTo(3);
    }

    @Test
    void anEmptyFileGivesTheCrawlersAndThePipelinesOwnDefaults() {
        YaowenConfig config = ConfigLoader.parse("", "c.yaml");
        assertThat(config.crawler()).as("one default per key: the loader's are the crawler's")
                .isEqualTo(CrawlerSettings.defaults());
        assertThat(config.crawler().timeout()).isEqualTo(Duration.ofSeconds(20));
        PipelineSettings pipeline = PipelineSettings.defaults("k:9092", Path.of("s"));
        assertThat(config.pipeline()).isEqualTo(new YaowenConfig.Pipeline(pipeline.streamThreads(), pipeline.commitInterval(),
                pipeline.insightBudget()));
        assertThat(pipeline.insightBudget()).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void widensTheAdaptiveBoundsToARecheckIntervalOutsideThem() {
        YaowenConfig config = ConfigLoader.parse("crawler: {recheckInterval: 2h}", "c.yaml");
        assertThat(config.crawler().maxRecheckInterval()).isEqualTo(Duration.ofHours(2));
        assertThat(config.crawler().minRecheckInterval()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void saysWhenTheFileIsMissing() {
        assertThatThrownBy(() -> ConfigLoader.load(Path.of("no/such/yaowen.yaml")))
                .hasMessage("config file not found: no/such/yaowen.yaml");
    }

    @Test
    void readsTheSchemaRegistryMirror() {
        YaowenConfig config = ConfigLoader.parse("""
                kafka:
                  topicPrefix: acme.
                  schemaRegistryUrl: http://registry:8080/apis/ccompat/v7
                  registryMirror: [yaowen.metrics, yaowen.meetings]
                """, "c.yaml");
        assertThat(config.kafka().schemaRegistry()).contains(java.net.URI.create("http://registry:8080/apis/ccompat/v7"));
        assertThat(config.kafka().topics().registryMirror()).containsExactly("yaowen.meetings", "yaowen.metrics");
        assertThat(config.kafka().topics().all()).contains("acme.yaowen.meetings.avro", "acme.yaowen.metrics.avro");
        assertThat(ConfigLoader.parse("", "c.yaml").kafka().schemaRegistry()).as("none by default").isEmpty();
    }

    @Test
    void aBadRegistryUrlIsNamed() {
        assertThatThrownBy(() -> ConfigLoader.parse("kafka: {schemaRegistryUrl: 'registry:8081'}", "c.yaml"))
                .hasMessageContaining("kafka.schemaRegistryUrl").hasMessageContaining("registry:8081")
                .hasMessageContaining("http(s) URL");
        assertThatThrownBy(() -> ConfigLoader.parse("kafka: {schemaRegistryUrl: 'https://u:p@registry:8081'}", "c.yaml"))
                .hasMessageContaining("kafka.schemaRegistryUrl").hasMessageContaining("without user:password@");
    }

    @Test
    void aRegistryMirrorNeedsARegistryAndASinkTopic() {
        assertThatThrownBy(() -> ConfigLoader.parse("kafka: {registryMirror: [yaowen.meetings]}", "c.yaml"))
                .hasMessageContaining("kafka.registryMirror: needs kafka.schemaRegistryUrl");
        assertThatThrownBy(() -> ConfigLoader.parse(
                "kafka: {schemaRegistryUrl: 'http://r:8081', registryMirror: [yaowen.pages.raw]}", "c.yaml"))
                .hasMessageContaining("kafka.registryMirror").hasMessageContaining("some of yaowen.articles");
    }
}
