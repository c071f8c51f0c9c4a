package yaowen.crawler;

import crawlercommons.robots.BaseRobotRules;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import yaowen.crawler.discovery.LinkDiscovery;
import yaowen.crawler.discovery.ListPageLinks;
import yaowen.crawler.discovery.Urls;
import yaowen.crawler.fetch.BlockedAddressException;
import yaowen.crawler.fetch.FetchResult;
import yaowen.crawler.fetch.Fetcher;
import yaowen.crawler.politeness.HostGate;
import yaowen.crawler.politeness.RobotsCache;
import yaowen.records.RawPage;

/**
 * One site's monitoring rounds: list pages (conditional GET) and pagination, then every unseen
 * article. Keeps list-page validators and not-yet-fetched articles between rounds. Not thread-safe:
 * the {@link Crawler} runs one round at a time.
 */
final class SiteCrawler {
    private static final Logger LOG = LoggerFactory.getLogger(SiteCrawler.class);
    private static final int MAX_PENDING = 2000;

    private final SiteConfig site;
    private final CrawlerSettings settings;
    private final Fetcher fetcher;
    private final HostGate gate;
    private final RobotsCache robots;
    private final PageSink sink;
    private final SeenUrls seen;
    private final Map<URI, Map<String, String>> validators = new HashMap<>();
    private final Set<URI> pending = new LinkedHashSet<>();

    private int listPages;
    private int newArticles;
    private int failures;
    private int robotsDenied;

    private enum Permission { ALLOWED, DENIED, DEFERRED, BLOCKED }

    SiteCrawler(SiteConfig site, CrawlerSettings settings, Fetcher fetcher, HostGate gate, RobotsCache robots,
                PageSink sink, SeenUrls seen) {
        this.site = site;
        this.settings = settings;
        this.fetcher = fetcher;
        this.gate = gate;
        this.robots = robots;
        this.sink = sink;
        this.seen = seen;
    }

    SiteConfig site() {
        return site;
    }

    SiteReport crawl() {
        listPages = 0;
        newArticles = 0;
        failures = 0;
        robotsDenied = 0;
        MDC.put("site", site.id());
        try {
            Set<URI> articles = new LinkedHashSet<>(pending);
            if (checkListPages(articles)) {
                fetchArticles(articles);
            }
        } finally {
            LOG.info("site {} round: {} list pages, {} new articles, {} failures, {} robots-denied", site.id(),
                    listPages, newArticles, failures, robotsDenied);
            MDC.remove("site");
        }
        return new SiteReport(site.id(), listPages, newArticles, failures, robotsDenied);
    }

    /** Returns false when the round must stop (robots.txt deferred the host, or interrupted). */
    private boolean checkListPages(Set<URI> articles) {
        Deque<URI> queue = new ArrayDeque<>();
        site.listUrls().forEach(u -> queue.add(Urls.canonical(u)));
        Set<URI> visited = new HashSet<>();
        while (!queue.isEmpty() && listPages < settings.maxListPages()) {
            if (Thread.currentThread().isInterrupted()) {
                return false;
            }
            URI url = queue.poll();
            if (!visited.add(url)) {
                continue;
            }
            Permission permission = permission(url);
            if (permission == Permission.DEFERRED) {
                return false;
            }
            if (permission != Permission.ALLOWED) {
                continue;
            }
            Optional<FetchResult> fetched = fetch(url, validators.getOrDefault(url, Map.of()));
            if (fetched.isEmpty()) {
                continue;
            }
            FetchResult result = fetched.get();
            listPages++;
            if (result.status() == 304) {
                LOG.debug("list page {} not modified", url);
                continue;
            }
            if (!result.isSuccess()) {
                failures++;
                LOG.info("list page {} answered HTTP {}", url, result.status());
                continue;
            }
            remember(url, result);
            ListPageLinks links = LinkDiscovery.discover(result.finalUrl(), result.body(), result.declaredCharset());
            articles.addAll(links.articles());
            links.listPages().stream().filter(p -> !visited.contains(p)).forEach(queue::add);
        }
        return true;
    }

    private void fetchArticles(Set<URI> articles) {
        for (URI url : articles) {
            if (Thread.currentThread().isInterrupted()) {
                return;
            }
            String key = url.toString();
            if (seen.isSeen(key)) {
                pending.remove(url);
                continue;
            }
            Permission permission = permission(url);
            if (permission == Permission.DEFERRED) {
                remember(url);
                return;
            }
            if (permission != Permission.ALLOWED) {
                pending.remove(url);
                continue;
            }
            Optional<FetchResult> fetched = fetch(url, Map.of());
            if (fetched.isEmpty()) {
                remember(url);
                continue;
            }
            FetchResult result = fetched.get();
            if (result.isSuccess()) {
                publish(url, result);
            } else if (result.status() == 404 || result.status() == 410) {
                failures++;
                seen.markSeen(key);
                pending.remove(url);
                LOG.info("article {} answered HTTP {}; not retried", url, result.status());
            } else {
                failures++;
                remember(url);
                LOG.info("article {} answered HTTP {}; retried next round", url, result.status());
            }
        }
    }

    private void publish(URI url, FetchResult result) {
        RawPage page = RawPages.of(site, result);
        try {
            sink.publish(page);
        } catch (RuntimeException e) {
            failures++;
            remember(url);
            LOG.warn("article {} not published: {}", url, e.toString());
            return;
        }
        seen.markSeen(url.toString());
        seen.markSeen(page.getUrl());
        pending.remove(url);
        newArticles++;
        LOG.info("published {} ({} bytes, HTTP {}{})", page.getUrl(), result.body().length, result.status(),
                result.redirected() ? ", redirected from " + url : "");
    }

    private void remember(URI url) {
        if (pending.size() < MAX_PENDING) {
            pending.add(url);
        }
    }

    private Permission permission(URI url) {
        try {
            BaseRobotRules rules = robots.rulesFor(url);
            if (rules.isDeferVisits()) {
                failures++;
                LOG.info("robots.txt of {} unavailable; site deferred to the next round", HostGate.hostKey(url));
                return Permission.DEFERRED;
            }
            if (!rules.isAllowed(url.toString())) {
                robotsDenied++;
                LOG.info("robots.txt disallows {}", url);
                return Permission.DENIED;
            }
            return Permission.ALLOWED;
        } catch (BlockedAddressException e) {
            failures++;
            LOG.info("{}", e.getMessage());
            return Permission.BLOCKED;
        }
    }

    private Optional<FetchResult> fetch(URI url, Map<String, String> headers) {
        try {
            return Optional.of(gate.call(HostGate.hostKey(url), () -> fetcher.fetch(url, headers)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (Exception e) {
            failures++;
            LOG.info("fetch of {} failed: {}", url, e.toString());
            return Optional.empty();
        }
    }

    private void remember(URI listUrl, FetchResult result) {
        Map<String, String> conditional = new LinkedHashMap<>();
        result.header("etag").ifPresent(v -> conditional.put("If-None-Match", v));
        result.header("last-modified").ifPresent(v -> conditional.put("If-Modified-Since", v));
        validators.put(listUrl, Map.copyOf(conditional));
    }
}
