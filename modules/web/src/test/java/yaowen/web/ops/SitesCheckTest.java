package yaowen.web.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SitesCheckTest {
    static final Instant NOW = Instant.parse("2026-12-05T08:00:00Z");
    static final Duration INTERVAL = Duration.ofMinutes(5);

    static SiteHealth failing(String site, Duration forHowLong, String reason) {
        return new SiteHealth(site, Optional.of(NOW.minus(forHowLong)), reason, Optional.empty(), INTERVAL, 4, 4, 0);
    }

    static SiteHealth answering(String site) {
        return new SiteHealth(site, Optional.empty(), "", Optional.of(NOW), INTERVAL, 4, 0, 2);
    }

    @Test
    void isUpWhileNoSiteFailsForLongerThanItsIntervalTimesN() {
        Health h = SitesCheck.evaluate(List.of(answering("a"), failing("b", INTERVAL.multipliedBy(3), "HTTP 503")), NOW, 3);
        assertThat(h.up()).as("exactly 3 intervals is not longer than 3").isTrue();
    }

    @Test
    void isDownNamingTheSiteAndItsReasonOnceItFailsLongerThanNIntervals() {
        SiteHealth dead = failing("b", INTERVAL.multipliedBy(3).plusSeconds(1), "DNS: no such host b.invalid");
        Health h = SitesCheck.evaluate(List.of(answering("a"), dead, failing("c", INTERVAL, "HTTP 503")), NOW, 3);

        assertThat(h.up()).isFalse();
        assertThat(h.failing()).containsExactly(dead);
        assertThat(h.reason()).isEqualTo("site b failing: DNS: no such host b.invalid");
    }

    @Test
    void countsTheSitesWhenSeveralFail() {
        Duration long_ = Duration.ofHours(1);
        Health h = SitesCheck.evaluate(List.of(failing("a", long_, "connection refused"), failing("b", long_, "HTTP 404")), NOW, 3);
        assertThat(h.reason()).isEqualTo("2 sites failing for more than 3 check intervals");
        assertThat(h.failing()).extracting(SiteHealth::site).containsExactly("a", "b");
    }

    @Test
    void readsTheSitesAndTheTimeWhenAsked() {
        SitesCheck check = new SitesCheck(() -> List.of(failing("a", Duration.ofMinutes(16), "connection refused")),
                Clock.fixed(NOW, ZoneOffset.UTC), 3);
        assertThat(check.name()).isEqualTo("sites");
        assertThat(check.check().up()).isFalse();
    }
}
