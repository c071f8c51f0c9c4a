package yaowen.crawler;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The outcome of one monitoring round: one {@link SiteReport} per configured site, in configuration
 * order, and the per-host counters since the crawler started ({@link HostReport}). Immutable.
 */
public record CrawlReport(Instant startedAt, Duration took, List<SiteReport> sites, List<HostReport> hosts) {

    public CrawlReport {
        sites = List.copyOf(sites);
        hosts = List.copyOf(hosts);
    }

    public CrawlReport(Instant startedAt, Duration took, List<SiteReport> sites) {
        this(startedAt, took, sites, List.of());
    }

    /** The report of one site. */
    public SiteReport site(String siteId) {
        return sites.stream().filter(s -> s.siteId().equals(siteId)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no site " + siteId + " in this report"));
    }

    public int listPages() {
        return sites.stream().mapToInt(SiteReport::listPages).sum();
    }

    public int newArticles() {
        return sites.stream().mapToInt(SiteReport::newArticles).sum();
    }

    public int failures() {
        return sites.stream().mapToInt(SiteReport::failures).sum();
    }

    public int robotsDenied() {
        return sites.stream().mapToInt(SiteReport::robotsDenied).sum();
    }
}
