package yaowen.cli.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            crawlr: {}                                                        | unknown key 'crawlr' at top level
            sites: [{id: a, listUrls: [http://x.cn/], colour: red}]           | unknown key 'colour' at sites[0]
            sites: [{id: a, listUrls: ['ftp://x.cn/']}]                       | sites[0].listUrls: 'ftp://x.cn/' is not an absolute http(s) URL
            sites: [{id: a, listUrls: ['not a url']}]                         | sites[0].listUrls: 'not a url' is not a URL
            sites: [{id: Bad_Id, listUrls: ['http://x.cn/']}]                 | sites[0].id: 'Bad_Id' must be lower-case
            sites: [{id: a, listUrls: []}]                                    | sites[0].listUrls: at least one list page URL is needed
            sites: [{id: a, regionCode: '4102', listUrls: ['http://x.cn/']}]  | sites[0].regionCode: '4102' is not a six-digit
            crawler: {minDelayPerHost: soon}                                  | crawler.minDelayPerHost: 'soon' is not a duration
            kafka: {bootstrapServers: 'localhost'}                            | kafka.bootstrapServers: 'localhost' is not HOST:PORT
            web: {port: 70000}                                                | web.port: 70000 is not a port
            store: {type: mongo}                                              | store.type: 'mongo' is not one of duckdb, postgres
            web: {port: eighty}                                               | bad value at web.port
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
            crawler: {minRecheckInterval: 2h, maxRecheckInterval: 1h}         | crawler.minRecheckInterval: 2h is longer than crawler.maxRecheckInterval
            crawler: {maxPageBytes: 999999999}                                | crawler.maxPageBytes: 999999999 exceeds
            crawler: {parallelism: 1000}                                      | crawler.parallelism: 1000 exceeds 256
            crawler: {timeout: 0s}                                            | crawler.timeout
            web: {bindAddress: 'not an address!'}                             | web.bindAddress: 'not an address!' is not a host name or IP address
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
    void saysWhenTheFileIsMissing() {
        assertThatThrownBy(() -> ConfigLoader.load(Path.of("no/such/yaowen.yaml")))
                .hasMessage("config file not found: no/such/yaowen.yaml");
    }
}
