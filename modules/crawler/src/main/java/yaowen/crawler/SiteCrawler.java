package yaowen.crawler;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import yaowen.crawler.discovery.ArticleIdentity;
import yaowen.crawler.discovery.LinkDiscovery;
import yaowen.crawler.discovery.ListPageLinks;
import yaowen.crawler.discovery.UrlTraps;
import yaowen.crawler.discovery.Urls;
import yaowen.crawler.fetch.FetchResult;
import yaowen.crawler.politeness.HostGate;
import yaowen.crawler.politeness.PoliteFetcher;
import yaowen.crawler.politeness.PoliteFetcher.Kind;
import yaowen.crawler.politeness.PoliteFetcher.Outcome;
import yaowen.records.RawPage;
import yaowen.crawler.fetch.FailureReason;

/**
 * One site's monitoring: its list pages on their adaptive schedule (conditional GET, pagination),
 * then every unseen article. Keeps list-page state and not-yet-fetched articles between rounds. A
 * host whose robots.txt is unavailable is skipped for the rest of the round; a host whose breaker is
 * open (dead, or a WAF challenge) or that asked for a long pause costs no request until it recovers.
 *
 * <p>A monitoring turn checks list pages, then fetches articles, until its time is up
 * ({@link CrawlerSettings#maxTurn()}, after at least one request); the list pages left stay due and
 * the unseen articles left wait in a backlog for the site's next turns, those found by a newer check
 * first, at most {@link #MAX_BACKLOG} of them. Every limit that cuts something short (body cap,
 * decompression bomb, trap limits, list-page cap, backlog and retry caps) is counted and logged once
 * through {@link Cuts}.
 *
 * <p>List-page state is saved at the end of a round, and saved without validators while articles
 * it found are still unfetched: whoever restores it (a restart, or another instance taking the
 * host over) then fetches the page in full and finds those articles again instead of a 304.
 *
 * <p>Not thread-safe: the {@link Crawler} runs one round at a time; only {@link #stop()} may be
 * called from another thread.
 */
final class SiteCrawler {
    private static final Logger LOG = LoggerFactory.getLogger(SiteCrawler.class);
    /** Articles kept for retry (failed, or left when a round was stopped); beyond it they are dropped and counted. */
    static final int MAX_PENDING = 2000;
    /**
     * Unseen articles kept for a site's later turns. Three hours of fetching at the default one
     * request a second per host, more than a few checks' worth of new links on any real site, and a
     * few megabytes of URLs at most. Only a list holding many thousands of unseen links reaches it
     * (an archive page, or a restart after a long stop); the rest is counted as a cut
     * ({@link CutReason#BACKLOG_CAP}) and fetched only if a later check finds it on a list page again.
     */
    static final int MAX_BACKLOG = 10_000;

    private final SiteConfig site;
    private final int maxListPages;
    private final PoliteFetcher fetcher;
    private final PageSink sink;
    private final SeenUrls seen;
    private final CrawlStateStore state;
    private final UrlTraps traps;
    private final Clock clock;
    private final ListSchedule schedule;
    private final Set<URI> pending = new LinkedHashSet<>();
    /**
     * Unseen articles found on list pages that a turn had no time left for, in the order found, each
     * once; fetched by the site's next turns. At most {@link #MAX_BACKLOG}.
     */
    private final Set<URI> backlog = new LinkedHashSet<>();
    private final Duration checkInterval;
    /** Read by other threads ({@link #status()}); replaced at the end of each round. */
    private volatile SiteStatus status;
    private int listFailures;
    private int listAnswered;
    private String lastFailure = "";
    private final Cuts cuts;
    private final int maxPageBytes;
    /** Cuts of this site since the crawler started, and the latest in words; read at the end of a turn. */
    private long siteCuts;
    /** Articles of this turn that {@link #remember} could not keep: the retry set was full. */
    private int notKept;
    private String lastCut = "";

    private int listPages;
    private int newArticles;
    private int failures;
    private int robotsDenied;
    private Set<String> unavailableHosts;
    /** States of the list pages checked this round, saved when it ends. */
    private final java.util.List<ListPageState> checkedThisRound = new java.util.ArrayList<>();
    /** Cleared by {@link #stop()}: the round ends after the request in flight. */
    private volatile boolean running = true;

    SiteCrawler(SiteConfig site, CrawlerSettings settings, PoliteFetcher fetcher, HostGate gate, PageSink sink,
                SeenUrls seen, CrawlStateStore state, Clock clock, Cuts cuts) {
        this.site = site;
        this.cuts = cuts;
        this.maxPageBytes = settings.maxPageBytes();
        SiteConfig.Overrides o = site.overrides();
        this.maxListPages = o.maxListPages().orElse(settings.maxListPages());
        this.fetcher = fetcher;
        this.sink = sink;
        this.seen = seen;
        this.state = state;
        this.clock = clock;
        this.traps = new UrlTraps(settings.maxUrlLength(), settings.maxPathSegments());
        Duration min = o.minRecheckInterval().orElse(settings.minRecheckInterval());
        Duration max = o.maxRecheckInterval().orElse(settings.maxRecheckInterval());
        if (max.compareTo(min) < 0) {
            max = min;
        }
        Duration initial = settings.recheckInterval().compareTo(min) < 0 ? min
                : settings.recheckInterval().compareTo(max) > 0 ? max : settings.recheckInterval();
        this.schedule = new ListSchedule(site.id(), initial, min, max, maxListPages);
        this.checkInterval = max;
        this.status = new SiteStatus(site.id(), 0, 0, 0, Optional.empty(), "", Optional.empty(), max);
        Instant now = clock.instant();
        site.listUrls().forEach(u -> schedule.add(Urls.canonical(u), now));
        o.minDelayPerHost().ifPresent(d -> site.listUrls().forEach(u -> gate.setMinimum(HostGate.hostKey(u), d)));
    }

    SiteConfig site() {
        return site;
    }

    /** How the site is doing, as of the last round; safe to call from any thread. */
    SiteStatus status() {
        return status;
    }

    /** Ends the current round after the request in flight; unfetched articles stay pending. */
    void stop() {
        running = false;
    }

    /** Lets rounds run again after {@link #stop()}. */
    void resume() {
        running = true;
    }

    private boolean stopping() {
        return !running || Thread.currentThread().isInterrupted();
    }

    /** Restores saved list-page state of this site. */
    void restore(ListPageState saved) {
        schedule.restore(saved, clock.instant());
    }

    /** Whether a round now would do anything: a list page due, or articles pending from earlier. */
    boolean isDue(Instant now) {
        return !pending.isEmpty() || !backlog.isEmpty() || checkDue(now);
    }

    /** Whether a list page of this site is due at {@code now} (not just articles left from earlier turns). */
    boolean checkDue(Instant now) {
        return schedule.nextDue().filter(t -> !t.isAfter(now)).isPresent();
    }

    /** Articles found and not fetched yet: left by a turn that ran out of time, or to be retried. */
    int waiting() {
        return backlog.size() + pending.size();
    }

    /** When a list page of this site is next due. */
    Optional<Instant> nextDue() {
        return schedule.nextDue();
    }

    /**
     * One round: the list pages due now (all of them when {@code force}), then unseen articles. A
     * round with nothing due and nothing pending does no request.
     */
    SiteReport crawl(boolean force) {
        return crawl(force, Instant.MAX);
    }

    /**
     * One turn: the list pages due now (all of them when {@code force}), then unseen articles (those
     * just found first, then the ones earlier turns left) until {@code until} on the clock. List pages
     * it has no time for stay due and articles wait in the backlog, both for the next turns, so one
     * turn of a site with many list pages or a huge list holds a crawler thread for about
     * {@code until} plus one request.
     */
    SiteReport crawl(boolean force, Instant until) {
        listPages = 0;
        newArticles = 0;
        failures = 0;
        robotsDenied = 0;
        listFailures = 0;
        listAnswered = 0;
        unavailableHosts = new HashSet<>();
        MDC.put("site", site.id());
        try {
            Set<URI> articles = new LinkedHashSet<>();
            checkListPages(articles, force, until);
            articles.addAll(backlog);
            articles.addAll(pending);
            backlog.clear();
            fetchArticles(articles, until);
        } finally {
            saveChecked();
            status = nextStatus();
            if (newArticles > 0 || failures > 0) {
                LOG.info("site {} round: {} list pages, {} new articles, {} failures, {} robots-denied", site.id(),
                        listPages, newArticles, failures, robotsDenied);
            } else if (listPages > 0) { // a check that found nothing new: thousands an hour on a large registry
                LOG.debug("site {} round: {} list pages, nothing new", site.id(), listPages);
            }
            if (!backlog.isEmpty()) {
                LOG.debug("site {}: {} articles left for its next turns", site.id(), backlog.size());
            }
            MDC.remove("site");
        }
        return new SiteReport(site.id(), listPages, newArticles, failures, robotsDenied);
    }

    /**
     * Checks the list pages due (all when {@code force}) and their pagination, adding the articles
     * found. Once {@code until} has passed, after at least one request, the pages left stay due for
     * the site's next turn.
     */
    private void checkListPages(Set<URI> articles, boolean force, Instant until) {
        Instant now = clock.instant();
        Deque<URI> queue = new ArrayDeque<>(schedule.due(now, force));
        Set<URI> visited = new HashSet<>();
        boolean asked = false;
        while (!queue.isEmpty() && listPages < maxListPages) {
            if (stopping()) {
                return;
            }
            if (asked && until != Instant.MAX && !clock.instant().isBefore(until)) {
                queue.removeIf(visited::contains);
                queue.forEach(u -> schedule.dueBy(u, now)); // a forced page too: the next turn checks it
                LOG.debug("site {}: turn over after {} list pages; {} left for its next turn", site.id(), listPages,
                        queue.size());
                return;
            }
            URI url = queue.poll();
            if (!visited.add(url)) {
                continue;
            }
            if (unavailableHosts.contains(HostGate.hostKey(url))) {
                schedule.postpone(url, now);
                continue;
            }
            asked = true;
            Outcome outcome = fetcher.get(url, schedule.validators(url));
            if (!outcome.fetched()) {
                failed(url, outcome, "list page");
                if (outcome.kind() != Kind.INTERRUPTED) {
                    listFailed(outcome.reason());
                }
                schedule.postpone(url, clock.instant());
                continue;
            }
            FetchResult result = outcome.result().orElseThrow();
            listPages++;
            bodyCut(url, result, "list page: links after the cut are not seen");
            if (result.status() == 304 || result.isSuccess()) {
                listAnswered++;
            }
            if (result.status() == 304) {
                LOG.debug("list page {} not modified", url);
                checkedThisRound.add(schedule.unchanged(url, clock.instant()));
                continue;
            }
            if (!result.isSuccess()) {
                failures++;
                listFailed(FailureReason.http(result.status()));
                LOG.info("list page {} answered HTTP {}", url, result.status());
                checkedThisRound.add(schedule.unchanged(url, clock.instant()));
                continue;
            }
            ListPageLinks links = LinkDiscovery.discover(result.finalUrl(), result.body(), result.declaredCharset(),
                    result.contentType());
            boolean keep = ListSchedule.validatorsSafe(result.header("last-modified"), result.header("date"),
                    result.fetchedAt());
            if (!keep) {
                LOG.debug("list page {} modified within {} of its response; next check unconditional", url,
                        ListSchedule.VALIDATOR_MARGIN);
            }
            checkedThisRound.add(schedule.checked(url, clock.instant(), keep ? result.header("etag") : Optional.empty(),
                    keep ? result.header("last-modified") : Optional.empty(), ListSchedule.hash(links.articles())));
            int trapped = 0;
            String trapExample = "";
            int overCap = 0;
            for (URI a : links.articles()) {
                Optional<String> trap = traps.trapReason(a);
                if (trap.isEmpty()) {
                    articles.add(a);
                } else if (trapped++ == 0) {
                    trapExample = Urls.forLog(a) + " (" + trap.get() + ")";
                }
            }
            for (URI page : links.listPages()) {
                if (visited.contains(page)) {
                    continue;
                }
                Optional<String> trap = traps.trapReason(page);
                if (trap.isPresent()) {
                    if (trapped++ == 0) {
                        trapExample = Urls.forLog(page) + " (" + trap.get() + ")";
                    }
                } else if (schedule.add(page, now)) {
                    queue.add(page);
                } else {
                    overCap++;
                }
            }
            if (trapped > 0) {
                cut(CutReason.URL_TRAP, url, trapped, trapped + " links on the list page not followed, e.g. " + trapExample);
            }
            if (overCap > 0) {
                cut(CutReason.LIST_PAGES_CAP, url, overCap, overCap + " further list pages not followed: the site has "
                        + maxListPages + " list pages already (maxListPages)");
            }
        }
    }

    private void fetchArticles(Set<URI> articles, Instant until) {
        Set<String> identities = new HashSet<>();
        boolean timeLeft = true;
        boolean stopped = false;
        int overBacklog = 0;
        notKept = 0;
        for (URI url : articles) {
            String key = url.toString();
            Optional<String> identity = ArticleIdentity.key(url);
            if (seen.isSeen(key) || identity.filter(seen::isSeen).isPresent()
                    || identity.filter(id -> !identities.add(id)).isPresent()) {
                pending.remove(url); // seen, or a second URL of an article in this turn: nothing to keep
                continue;
            }
            if (stopped || stopping()) {
                stopped = true;
                remember(url); // found but not fetched: the next round (or the next owner) fetches it
                continue;
            }
            if (timeLeft && until != Instant.MAX && !clock.instant().isBefore(until)) {
                timeLeft = false;
            }
            if (!timeLeft) {
                if (pending.contains(url)) {
                    continue; // kept for retry already
                }
                if (backlog.size() < MAX_BACKLOG) {
                    backlog.add(url); // this turn's time is up: its next turn goes on from here
                } else {
                    overBacklog++;
                }
                continue;
            }
            if (unavailableHosts.contains(HostGate.hostKey(url))) {
                remember(url);
                continue;
            }
            Outcome outcome = fetcher.get(url, Map.of());
            if (!outcome.fetched()) {
                if (failed(url, outcome, "article")) {
                    remember(url);
                } else {
                    pending.remove(url);
                }
                continue;
            }
            FetchResult result = outcome.result().orElseThrow();
            if (result.isSuccess()) {
                publish(url, result, identity);
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
        URI where = site.listUrls().get(0);
        if (overBacklog > 0) {
            cut(CutReason.BACKLOG_CAP, where, overBacklog, overBacklog + " unseen articles not kept for the next turns:"
                    + " the site has " + MAX_BACKLOG + " waiting already; fetched only if a later check finds them again");
        }
        if (notKept > 0) {
            cut(CutReason.BACKLOG_CAP, where, notKept, notKept + " unfetched articles not kept for retry"
                    + (stopped ? " when the site was stopped" : "") + ": the site has " + MAX_PENDING
                    + " waiting for retry already; fetched only if a later check finds them again");
        }
        if (stopped) {
            LOG.info("site {} stopped mid-turn: {} articles kept for retry, {} dropped at the cap", site.id(),
                    pending.size(), notKept);
        }
    }

    private void listFailed(String reason) {
        listFailures++;
        lastFailure = reason;
    }

    /**
     * The status after this round: answered when a list page answered, failing when every check
     * failed, unchanged when the round checked no list page.
     */
    private SiteStatus nextStatus() {
        SiteStatus s = status;
        Instant now = clock.instant();
        long checks = s.checks() + listAnswered + listFailures;
        long failed = s.failedChecks() + listFailures;
        long published = s.articles() + newArticles;
        if (listAnswered > 0) {
            return new SiteStatus(site.id(), checks, failed, published, Optional.empty(), "", Optional.of(now),
                    checkInterval, siteCuts, lastCut);
        }
        if (listFailures > 0) {
            return new SiteStatus(site.id(), checks, failed, published, Optional.of(s.failingSince().orElse(now)),
                    lastFailure, s.lastSuccess(), checkInterval, siteCuts, lastCut);
        }
        return new SiteStatus(site.id(), checks, failed, published, s.failingSince(), s.reason(), s.lastSuccess(),
                checkInterval, siteCuts, lastCut);
    }

    /**
     * Saves the states of the list pages checked this round; without validators while articles are
     * pending, so the next check (perhaps by another instance) reads the page in full.
     */
    private void saveChecked() {
        for (ListPageState s : checkedThisRound) {
            state.save(pending.isEmpty() && backlog.isEmpty() ? s : new ListPageState(s.url(), s.siteId(), Optional.empty(),
                    Optional.empty(), s.interval(), s.nextCheck(), s.linksHash()));
        }
        checkedThisRound.clear();
    }

    /** Counts and logs a URL that was not fetched; returns whether it is worth retrying later. */
    private boolean failed(URI url, Outcome outcome, String what) {
        Kind kind = outcome.kind();
        switch (kind) {
            case ROBOTS_DENIED -> {
                robotsDenied++;
                LOG.info("robots.txt disallows {}", url);
                return false;
            }
            case TRAP -> {
                failures++;
                cut(CutReason.URL_TRAP, url, 1, what + " not followed: " + logSafe(outcome.reason()));
                return false;
            }
            case BLOCKED -> {
                failures++;
                LOG.info("{}", outcome.reason());
                return false;
            }
            case INTERRUPTED -> {
                return true;
            }
            case ROBOTS_DEFERRED -> {
                failures++;
                unavailableHosts.add(HostGate.hostKey(url)); // robots.txt is not cached: do not ask again
                LOG.info("{} {} deferred: {}", what, url, outcome.reason());
                return true;
            }
            case CIRCUIT_OPEN, THROTTLED, WAF_CHALLENGE -> {
                failures++;
                LOG.info("{} {} deferred: {}", what, url, outcome.reason());
                return true;
            }
            default -> {
                failures++;
                LOG.info("{} {} failed: {}", what, url, outcome.reason());
                return true;
            }
        }
    }

    /** Counts and logs a body cut at the size cap or inflated past it (a decompression bomb). */
    private void bodyCut(URI url, FetchResult result, String what) {
        switch (result.cut()) {
            case BODY_CAP -> cut(CutReason.BODY_CAP, url, 1, what + "; body longer than " + maxPageBytes
                    + " bytes (maxPageBytes), cut there");
            case DECOMPRESSED_CAP -> cut(CutReason.DECOMPRESSED_CAP, url, 1, what + "; compressed body inflated past "
                    + maxPageBytes + " bytes (maxPageBytes; a decompression bomb?), cut there");
            default -> {
            }
        }
    }

    private void cut(CutReason reason, URI url, long n, String what) {
        cuts.cut(site.id(), reason, url, n, what);
        siteCuts += n;
        lastCut = reason.label() + " at " + Urls.forLog(url) + ": " + what;
    }

    private static final java.util.regex.Pattern ANY_URL = java.util.regex.Pattern.compile("\\bhttps?://\\S+");

    /** {@code text} with every http(s) URL in it shown as {@link Urls#forLog} shows it. */
    static String logSafe(String text) {
        return ANY_URL.matcher(text).replaceAll(m -> {
            try {
                return java.util.regex.Matcher.quoteReplacement(Urls.forLog(URI.create(m.group())));
            } catch (IllegalArgumentException e) {
                return "<URL>";
            }
        });
    }

    private void publish(URI url, FetchResult result, Optional<String> identity) {
        bodyCut(url, result, "article: published marked truncated");
        RawPage page = RawPages.of(site, result);
        try {
            sink.publish(page);
        } catch (RuntimeException e) {
            failures++;
            remember(url);
            LOG.warn("article {} not published: {}", url, e.toString());
            return;
        }
        String key = url.toString();
        seen.markSeen(key);
        identity.ifPresent(seen::markSeen);
        if (!page.getUrl().equals(key)) { // redirected: the final URL and its CMS id are seen too
            seen.markSeen(page.getUrl());
            ArticleIdentity.key(URI.create(page.getUrl())).ifPresent(seen::markSeen);
        }
        pending.remove(url);
        newArticles++;
        LOG.debug("published {} ({} bytes, HTTP {}{})", page.getUrl(), result.body().length, result.status(),
                result.redirected() ? ", redirected from " + url : "");
    }

    /** Keeps an article for retry; beyond {@link #MAX_PENDING} it is counted in {@link #notKept} instead. */
    private void remember(URI url) {
        if (pending.size() < MAX_PENDING || pending.contains(url)) {
            pending.add(url);
        } else {
            notKept++;
        }
    }
}
