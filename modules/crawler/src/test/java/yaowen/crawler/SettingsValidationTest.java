package yaowen.crawler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import yaowen.settings.Setting;

class SettingsValidationTest {

    @Test
    void defaultsArePolite() {
        CrawlerSettings d = CrawlerSettings.defaults();
        assertThat(d.userAgent()).isEqualTo("YaowenBot/0.1 (+https://github.com/yaowen-project/yaowen)");
        assertThat(d.robotsAgentName()).isEqualTo("yaowenbot");
        assertThat(d.minDelayPerHost()).isEqualTo(Duration.ofSeconds(1));
        assertThat(d.recheckInterval()).isEqualTo(Duration.ofSeconds(60));
        assertThat(d.maxListPages()).isEqualTo(5);
        assertThat(d.maxPageBytes()).isEqualTo(10 * 1024 * 1024);
        assertThat(d.allowPrivateAddresses()).isFalse();
    }

    @Test
    void everyKeyNamesAComponentAndItsDefaultIsTheComponentsDefault() throws Exception {
        CrawlerSettings d = CrawlerSettings.defaults();
        assertThat(CrawlerKeys.ALL).extracting(Setting::name).containsExactlyInAnyOrderElementsOf(
                java.util.Arrays.stream(CrawlerSettings.class.getRecordComponents()).map(c -> c.getName()).toList());
        for (Setting<?> key : CrawlerKeys.ALL) {
            Object value = CrawlerSettings.class.getMethod(key.name()).invoke(d);
            assertThat(value).as(key.name()).isEqualTo(key.defaultValue().orElseThrow());
        }
    }

    @Test
    void reportsEveryInvalidSettingAtOnce() {
        assertThatThrownBy(() -> CrawlerSettings.builder().userAgent(" ").minDelayPerHost(Duration.ofSeconds(-1))
                .recheckInterval(Duration.ZERO).maxListPages(0).maxPageBytes(0).timeout(Duration.ZERO).parallelism(0)
                .maxRedirects(-1).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContainingAll("userAgent", "minDelayPerHost", "recheckInterval", "maxListPages",
                        "maxPageBytes", "timeout", "parallelism", "maxRedirects");
    }

    @Test
    void acceptsAValidSite() {
        SiteConfig site = new SiteConfig("kaifeng-longting", "开封市龙亭区人民政府", Optional.of("410202"),
                List.of(URI.create("https://www.longting.gov.cn/xwzx/lyyw/index.html")));
        assertThat(site.listUrls()).hasSize(1);
        assertThat(SiteConfig.of("a", "b", URI.create("http://a.cn/")).regionCode()).isEmpty();
    }

    @Test
    void reportsEveryProblemOfASite() {
        assertThatThrownBy(() -> new SiteConfig("Long Ting", " ", Optional.of("4102"),
                List.of(URI.create("/relative/index.html"), URI.create("ftp://a.cn/x"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContainingAll("id must be lower-case letters, digits and '-'", "was Long Ting",
                        "name must be a non-blank single line", "regionCode must be a six-digit GB/T 2260 code",
                        "/relative/index.html", "ftp://a.cn/x");
        assertThatThrownBy(() -> new SiteConfig("a", "b", Optional.empty(), List.of()))
                .hasMessageContaining("listUrls at least one list page URL is needed");
    }
}
