package yaowen.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import yaowen.crawler.SiteStatus;

/** The progress line's failing sites: named with their reason, a few only. */
class DemoCommandTest {
    static final Instant SINCE = Instant.parse("2026-12-05T08:00:00Z");

    static SiteStatus failing(String id) {
        return new SiteStatus(id, 4, 4, 0, Optional.of(SINCE), "DNS: no such host " + id + ".invalid", Optional.empty(),
                Duration.ofMinutes(1));
    }

    @Test
    void namesAFailingSiteWithItsReasonAndLeavesHealthyOnesOut() {
        SiteStatus ok = new SiteStatus("ok", 4, 0, 2, Optional.empty(), "", Optional.of(SINCE), Duration.ofMinutes(1));
        assertThat(DemoCommand.failingLines(List.of(ok, failing("dead"))))
                .containsExactly("[failing] site dead since 2026-12-05T08:00:00Z: DNS: no such host dead.invalid");
    }

    @Test
    void countsTheFailingSitesBeyondTheFirstFew() {
        List<SiteStatus> many = new ArrayList<>();
        IntStream.range(0, 300).forEach(i -> many.add(failing("s" + i)));
        List<String> lines = DemoCommand.failingLines(many);
        assertThat(lines).hasSize(DemoCommand.FAILING_SITES_SHOWN + 1);
        assertThat(lines.get(lines.size() - 1)).isEqualTo("[failing] … and 295 more sites (all of them, with reasons: /api/sites)");
    }
}
