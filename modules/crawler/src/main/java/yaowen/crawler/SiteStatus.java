package yaowen.crawler;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * How one site is doing, since the crawler started: its list-page checks, and whether it is failing
 * now. A site is failing from the first round in which every list page it checked failed until a
 * round in which one answered (2xx or 304). Immutable snapshot.
 *
 * @param siteId        the site
 * @param checks        list-page requests made (each page of a round, pagination included)
 * @param failedChecks  of those, the ones that got no usable answer
 * @param articles      article pages fetched and published
 * @param failingSince  when the current run of failed rounds began; empty when the site answers
 * @param reason        why the last failed check failed, in words ({@link yaowen.crawler.fetch.FailureReason}); empty when
 *                      the site answers
 * @param lastSuccess   when a list page of the site last answered
 * @param checkInterval the longest time between two checks of a list page of the site
 * @param cuts          things cut short at this site's limits ({@link CutReason}): bodies over the cap,
 *                      decompression bombs, URLs refused as traps, list pages beyond the cap, articles
 *                      beyond the backlog or retry cap
 * @param lastCut       the latest of those, in words (reason, URL without secrets, what was cut); empty
 *                      when none
 */
public record SiteStatus(String siteId, long checks, long failedChecks, long articles, Optional<Instant> failingSince,
                         String reason, Optional<Instant> lastSuccess, Duration checkInterval, long cuts,
                         String lastCut) {
    public SiteStatus {
        Objects.requireNonNull(siteId, "siteId");
        Objects.requireNonNull(failingSince, "failingSince");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(lastSuccess, "lastSuccess");
        Objects.requireNonNull(checkInterval, "checkInterval");
        Objects.requireNonNull(lastCut, "lastCut");
    }

    /** A status without cuts. */
    public SiteStatus(String siteId, long checks, long failedChecks, long articles, Optional<Instant> failingSince,
                      String reason, Optional<Instant> lastSuccess, Duration checkInterval) {
        this(siteId, checks, failedChecks, articles, failingSince, reason, lastSuccess, checkInterval, 0, "");
    }

    /** Whether the site's last round failed every list-page check it made. */
    public boolean failing() {
        return failingSince.isPresent();
    }
}
