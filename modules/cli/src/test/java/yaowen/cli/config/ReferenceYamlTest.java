package yaowen.cli.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import yaowen.crawler.CrawlerSettings;

class ReferenceYamlTest {
    private static final Path COMMITTED = Path.of("../../deploy/yaowen.reference.yaml");

    @Test
    void theCommittedReferenceIsWhatTheDefinitionsWrite() throws Exception {
        assertThat(Files.readString(COMMITTED))
                .as("deploy/yaowen.reference.yaml differs from the setting definitions; regenerate it with"
                        + " ./yaowen config reference > deploy/yaowen.reference.yaml")
                .isEqualTo(ReferenceYaml.render());
    }

    @Test
    void theReferenceReadsBackAsTheDefaultsWithItsExampleSite() {
        YaowenConfig reference = ConfigLoader.parse(ReferenceYaml.render(), "reference");
        YaowenConfig empty = ConfigLoader.parse("", "empty");
        assertThat(reference.crawler()).isEqualTo(CrawlerSettings.defaults());
        assertThat(reference).usingRecursiveComparison().ignoringFields("sites").isEqualTo(empty);
        assertThat(reference.sites()).singleElement().satisfies(site -> {
            assertThat(site.id()).isEqualTo("example-district");
            assertThat(site.regionCode()).contains("410202");
            assertThat(site.overrides().minDelayPerHost()).contains(Duration.ofSeconds(2));
        });
    }

    @Test
    void theMarkdownTableNamesEveryKeyOnceWithItsDefaultAndDefinition() {
        long keys = ConfigLayout.ALL.stream().mapToLong(s -> s.settings().size()).sum();
        assertThat(ReferenceYaml.table().lines().skip(2)).hasSize((int) keys).doesNotHaveDuplicates();
        assertThat(ReferenceYaml.table()).contains(
                "| `crawler.timeout` | `20s` | a duration like 500ms, 1s, 5m or 1h, longer than zero | `CrawlerKeys.TIMEOUT` |",
                "| `pipeline.streamThreads` | `1` |", "| `sites[].id` | required |",
                "| `sites[].schedule.minInterval` | not set |", "`SiteKeys.MIN_INTERVAL` |",
                "| `dataDir` | `data` |", "| `web.port` | `8080` |");
    }

    @Test
    void quotesTextThatYamlWouldReadAsSomethingElse() {
        assertThat(ReferenceYaml.scalar("410202", true)).isEqualTo("\"410202\"");
        assertThat(ReferenceYaml.scalar("true", true)).isEqualTo("\"true\"");
        assertThat(ReferenceYaml.scalar("a: b", true)).isEqualTo("\"a: b\"");
        assertThat(ReferenceYaml.scalar("say \"hi\"", true)).isEqualTo("\"say \\\"hi\\\"\"");
        assertThat(ReferenceYaml.scalar("https://a.cn/x", true)).isEqualTo("https://a.cn/x");
        assertThat(ReferenceYaml.scalar("5", false)).isEqualTo("5");
    }
}
