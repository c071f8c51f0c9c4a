package yaowen.cli.node;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import yaowen.crawler.Crawler;
import yaowen.crawler.CutReason;
import yaowen.crawler.HostReport;
import yaowen.crawler.SiteStatus;

/**
 * The crawler's counters as meters, read from its own statistics ({@link Crawler#hostReports()},
 * {@link Crawler#siteStatuses()}) rather than counted twice. Hosts appear as the crawler meets them,
 * so {@link #refresh()} (run before each scrape) takes one snapshot and registers the meters of new
 * hosts and outcomes; an outcome that never happened to a host has no time series.
 */
final class CrawlerMeters implements MeterBinder {
    /** Outcome label → count, for {@code yaowen.crawler.fetches{host,outcome}}. */
    private static final Map<String, ToLongFunction<HostReport>> OUTCOMES = Map.ofEntries(
            Map.entry("ok", HostReport::ok), Map.entry("not_modified", HostReport::notModified),
            Map.entry("redirect", HostReport::redirects), Map.entry("client_error", HostReport::clientErrors),
            Map.entry("server_error", HostReport::serverErrors), Map.entry("throttled", HostReport::throttled),
            Map.entry("network_error", HostReport::networkErrors), Map.entry("timeout", HostReport::timeouts),
            Map.entry("robots_denied", HostReport::robotsDenied), Map.entry("robots_deferred", HostReport::robotsDeferred),
            Map.entry("blocked", HostReport::blocked), Map.entry("waf_challenge", HostReport::wafChallenges),
            Map.entry("breaker_rejected", HostReport::breakerRejected), Map.entry("trap", HostReport::traps),
            Map.entry("truncated", HostReport::truncated));

    private final Crawler crawler;
    private MeterRegistry registry;
    private volatile Map<String, HostReport> hosts = Map.of();
    private volatile Map<String, SiteStatus> sites = Map.of();
    private volatile Map<CutReason, Long> cuts = Map.of();
    /**
     * Meters already registered, as "host", "host outcome" and "site" keys: Micrometer ignores a second
     * registration of a function meter but warns on every one, so each is registered once.
     */
    private final Set<String> registered = ConcurrentHashMap.newKeySet();

    CrawlerMeters(Crawler crawler) {
        this.crawler = crawler;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        this.registry = registry;
        Gauge.builder("yaowen.crawler.sites.failing", this, m -> m.sites.values().stream().filter(SiteStatus::failing).count())
                .description("sites whose last round failed every list-page check").register(registry);
        for (CutReason reason : CutReason.values()) { // a fixed set: every reason has its series from the start
            FunctionCounter.builder("yaowen.crawler.cuts", this, m -> m.cuts.getOrDefault(reason, 0L))
                    .tag("reason", reason.label())
                    .description("things cut short at the crawler's limits: bodies over the cap, decompression bombs,"
                            + " URLs refused as traps, list pages beyond the cap, articles beyond a site's backlog or"
                            + " retry cap (each logged once at WARN)")
                    .register(registry);
        }
        refresh();
    }

    /** Takes a snapshot of the crawler's statistics and registers meters for hosts and sites new in it. */
    void refresh() {
        hosts = crawler.hostReports().stream().collect(Collectors.toMap(HostReport::host, Function.identity()));
        sites = crawler.siteStatuses().stream().collect(Collectors.toMap(SiteStatus::siteId, Function.identity()));
        cuts = crawler.cuts();
        hosts.values().forEach(this::registerHost);
        sites.keySet().forEach(this::registerSite);
    }

    private void registerHost(HostReport report) {
        String host = report.host();
        OUTCOMES.forEach((outcome, count) -> {
            if (count.applyAsLong(report) > 0 && registered.add(host + " " + outcome)) {
                hostCounter("yaowen.crawler.fetches", host, List.of("outcome", outcome), count,
                        "answers and failures per host and outcome");
            }
        });
        if (!registered.add(host)) {
            return;
        }
        hostCounter("yaowen.crawler.requests", host, List.of(), HostReport::requests, "HTTP requests sent (robots.txt, retries, redirects included)");
        hostCounter("yaowen.crawler.retries", host, List.of(), HostReport::retries, "requests repeated after a failure or throttle");
        FunctionCounter.builder("yaowen.crawler.bytes", this, m -> host(m, host, HostReport::bytes)).tag("host", host)
                .baseUnit("bytes").description("body bytes received").register(registry);
        Gauge.builder("yaowen.crawler.circuit.open", this, m -> m.hosts.containsKey(host) && m.hosts.get(host).circuitOpen() ? 1 : 0)
                .tag("host", host).description("1 while the host's circuit breaker is open").register(registry);
    }

    private void hostCounter(String name, String host, List<String> tags, ToLongFunction<HostReport> count, String description) {
        FunctionCounter.Builder<CrawlerMeters> b = FunctionCounter.builder(name, this, m -> host(m, host, count))
                .tag("host", host).description(description);
        if (!tags.isEmpty()) {
            b.tag(tags.get(0), tags.get(1));
        }
        b.register(registry);
    }

    private void registerSite(String site) {
        if (!registered.add("site " + site)) {
            return;
        }
        FunctionCounter.builder("yaowen.crawler.list.checks", this, m -> site(m, site, s -> s.checks() - s.failedChecks()))
                .tag("site", site).tag("result", "answered").description("list-page checks per site and result").register(registry);
        FunctionCounter.builder("yaowen.crawler.list.checks", this, m -> site(m, site, SiteStatus::failedChecks))
                .tag("site", site).tag("result", "failed").description("list-page checks per site and result").register(registry);
        FunctionCounter.builder("yaowen.crawler.articles", this, m -> site(m, site, SiteStatus::articles))
                .tag("site", site).description("article pages fetched and published").register(registry);
        Gauge.builder("yaowen.crawler.site.failing", this, m -> site(m, site, s -> s.failing() ? 1 : 0))
                .tag("site", site).description("1 while the site fails every list-page check").register(registry);
    }

    private static double host(CrawlerMeters m, String host, ToLongFunction<HostReport> count) {
        HostReport r = m.hosts.get(host);
        return r == null ? 0 : count.applyAsLong(r);
    }

    private static double site(CrawlerMeters m, String site, ToLongFunction<SiteStatus> count) {
        SiteStatus s = m.sites.get(site);
        return s == null ? 0 : count.applyAsLong(s);
    }
}
