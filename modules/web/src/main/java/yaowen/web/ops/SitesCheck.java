package yaowen.web.ops;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Readiness of the monitored sites: DOWN while some site has failed every check for longer than
 * {@code intervals} times its check interval (the setting {@code web.failingSiteIntervals}), listing those
 * sites with their reasons. A site that failed only a moment ago (a blip, a restart of its server) does
 * not make the node unready.
 */
public final class SitesCheck implements HealthCheck {
    private final Supplier<List<SiteHealth>> sites;
    private final Clock clock;
    private final int intervals;

    public SitesCheck(Supplier<List<SiteHealth>> sites, Clock clock, int intervals) {
        this.sites = Objects.requireNonNull(sites, "sites");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (intervals < 1) {
            throw new IllegalArgumentException("intervals must be at least 1, got " + intervals);
        }
        this.intervals = intervals;
    }

    @Override
    public String name() {
        return "sites";
    }

    @Override
    public Health check() {
        return evaluate(sites.get(), clock.instant(), intervals);
    }

    /** The sites that have failed for longer than {@code intervals} check intervals at {@code now}; UP when none. */
    public static Health evaluate(List<SiteHealth> sites, Instant now, int intervals) {
        List<SiteHealth> down = sites.stream().filter(s -> s.failingSince()
                .filter(since -> Duration.between(since, now).compareTo(s.checkInterval().multipliedBy(intervals)) > 0)
                .isPresent()).toList();
        if (down.isEmpty()) {
            return Health.ok();
        }
        String reason = down.size() == 1
                ? "site " + down.get(0).site() + " failing: " + down.get(0).reason()
                : down.size() + " sites failing for more than " + intervals + " check intervals";
        return new Health(false, reason, down);
    }
}
