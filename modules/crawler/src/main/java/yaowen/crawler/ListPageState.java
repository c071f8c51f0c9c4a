package yaowen.crawler;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What the crawler remembers of one list page between checks, and what survives a restart when a
 * {@link CrawlStateStore} is configured. Immutable.
 *
 * @param url          the list page's canonical URL
 * @param siteId       its site
 * @param etag         the last ETag served, sent back as If-None-Match
 * @param lastModified the last Last-Modified served, sent back as If-Modified-Since
 * @param interval     the current adaptive re-check interval
 * @param nextCheck    when the page is due again
 * @param linksHash    an order-independent hash of the article links last found (0 = none yet)
 */
public record ListPageState(URI url, String siteId, Optional<String> etag, Optional<String> lastModified,
                            Duration interval, Instant nextCheck, long linksHash) {
    public ListPageState {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(siteId, "siteId");
        Objects.requireNonNull(etag, "etag");
        Objects.requireNonNull(lastModified, "lastModified");
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(nextCheck, "nextCheck");
    }
}
