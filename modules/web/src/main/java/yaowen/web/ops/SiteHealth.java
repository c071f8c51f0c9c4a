package yaowen.web.ops;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * How one monitored site is doing, as the crawler sees it. Immutable.
 *
 * @param site          the site id
 * @param failingSince  when its current run of failed checks began; empty when it answers
 * @param reason        why its last check failed, in words; empty when it answers
 * @param lastSuccess   when it last answered
 * @param checkInterval the longest time between two of its checks
 * @param checks        list-page checks made
 * @param failedChecks  of those, failed
 * @param articles      articles fetched from it
 */
public record SiteHealth(String site, Optional<Instant> failingSince, String reason, Optional<Instant> lastSuccess,
                         Duration checkInterval, long checks, long failedChecks, long articles) {
    public SiteHealth {
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(failingSince, "failingSince");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(lastSuccess, "lastSuccess");
        Objects.requireNonNull(checkInterval, "checkInterval");
        if (failingSince.isPresent() && reason.isBlank()) {
            throw new IllegalArgumentException("a failing site must say why: " + site);
        }
    }

    public boolean failing() {
        return failingSince.isPresent();
    }
}
