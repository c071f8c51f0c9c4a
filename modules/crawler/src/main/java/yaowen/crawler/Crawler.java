package yaowen.crawler;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import yaowen.crawler.discovery.UrlTraps;
import yaowen.crawler.fetch.AddressGuard;
import yaowen.crawler.fetch.HttpPageFetcher;
import yaowen.crawler.fetch.PageFetcher;
import yaowen.crawler.fetch.TlsOptions;
import yaowen.crawler.politeness.CircuitBreaker;
import yaowen.crawler.politeness.HostGate;
import yaowen.crawler.politeness.HostStats;
import yaowen.crawler.politeness.PoliteFetcher;
import yaowen.crawler.politeness.RobotsCache;
import yaowen.crawler.politeness.Ticker;

/**
 * The crawler's front door: watches the configured sites' list pages and publishes every article
 * page not seen before to a {@link PageSink}.
 *
 * <p>A round ({@link #runOnce()}) checks each site's list pages and pagination (up to
 * {@link CrawlerSettings#maxListPages()}, conditional GET), then fetches each unseen article once.
 * Monitoring ({@link #start()}) checks each list page when it is due: its interval adapts between
 * {@link CrawlerSettings#minRecheckInterval()} and {@link CrawlerSettings#maxRecheckInterval()},
 * shorter while new links keep appearing, longer while nothing changes. An article is known by its
 * canonical URL and by its CMS id ({@code t20230127_123}, {@code art_1_2}, {@code content_3}), so a
 * second URL of the same article is not fetched again.
 *
 * <p>Sites are crawled in parallel ({@link CrawlerSettings#parallelism()}); requests to one host are
 * serial with at least {@link CrawlerSettings#minDelayPerHost()} between them, robots.txt is obeyed
 * for every host a redirect reaches, and non-public addresses are refused unless allowed. Failures
 * are retried with backoff, Retry-After is honoured, dead hosts trip a circuit breaker and WAF
 * challenges are flagged; every request and failure is counted per host ({@link #hostReports()}).
 * A failing or hanging host costs its own site bounded time and never stops the other sites or the
 * next round. Articles whose fetch or publication failed are retried in the next round.
 *
 * <p>The network is behind one seam, the {@link PageFetcher} (HTTP and HTTPS by default, see
 * {@link HttpPageFetcher}); time behind a {@link Clock} (schedules, breaker cool-downs, robots.txt
 * cache) and a {@link Ticker} (per-host delays and pauses). {@link #builder} replaces any of them,
 * so the crawler's logic is tested without sockets or sleeps.
 *
 * <p>Several instances can share the sites: an instance built with {@link #inactive} crawls only the
 * sites handed to it with {@link #activate} (the Kafka consumer group of
 * {@code yaowen.crawler.kafka.CrawlerGroup} does so by host), and {@link #deactivate} hands them
 * back once their request in flight has ended.
 *
 * <p>Thread-safe: one round runs at a time (a concurrent {@code runOnce} waits), and a site never
 * crawls twice at once. While monitoring, each site is checked on its own schedule from the first
 * check on, in turns of bounded length ({@link CrawlerSettings#maxTurn()}): a site busy with many
 * articles, a backlog or a slow host does not hold back the other sites' checks. The crawler does not
 * own the sink, the seen-set or a fetcher handed to its builder: {@link #close()} closes none of them.
 */
public final class Crawler implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Crawler.class);

    /** How often monitoring looks for due list pages. */
    public static final Duration TICK = Duration.ofMillis(250);

    private final CrawlerSettings settings;
    private final List<SiteCrawler> sites = new ArrayList<>();
    /** Per site: held while it crawls, so a site never runs twice at once. */
    private final java.util.Map<SiteCrawler, ReentrantLock> siteLocks = new java.util.IdentityHashMap<>();
    /**
     * Per site: the turn monitoring queued for it and not yet ended, or null. Kept so that a turn
     * queued {@link Turn#LATER} (only articles left) is moved up to {@link Turn#FIRST} once a list
     * page of the site comes due while it waits.
     */
    private final java.util.Map<SiteCrawler, AtomicReference<Turn>> queued = new java.util.IdentityHashMap<>();
    private final java.util.Map<String, SiteCrawler> byId = new java.util.HashMap<>();
    /** The sites this instance crawls now. */
    private final Set<SiteCrawler> active = java.util.concurrent.ConcurrentHashMap.newKeySet();
    /**
     * The site threads. Their queue is ordered by {@link Turn}: rounds asked for and sites with a
     * list page due first, then sites with only articles left from earlier turns; in order of
     * arrival within each.
     */
    private final ThreadPoolExecutor pool;
    private final AtomicLong turnSequence = new AtomicLong();
    /** Sites whose next monitoring turn checks every list page: the first after {@link #start()}. */
    private final Set<SiteCrawler> forced = java.util.concurrent.ConcurrentHashMap.newKeySet();
    /** The last monitoring turn's report of each site, for {@link #lastReport()}. */
    private final java.util.Map<SiteCrawler, SiteReport> lastTurns = new java.util.concurrent.ConcurrentHashMap<>();
    /** Orders rounds and turns, so {@link #lastReport()} tells which ended last. */
    private final AtomicLong reportOrder = new AtomicLong();
    private volatile long lastRoundAt;
    private volatile long lastTurnAt;
    private final ReentrantLock round = new ReentrantLock();
    private final Cuts cuts = new Cuts();
    private final Clock clock;
    private final PoliteFetcher politeFetcher;
    private final PageFetcher fetcher;
    /** Whether {@link #close()} closes the fetcher: only one the crawler built itself. */
    private final boolean ownsFetcher;
    private ScheduledExecutorService scheduler;
    private volatile CrawlReport lastReport;
    private volatile boolean closed;

    /**
     * @throws IllegalArgumentException when two sites share an id
     */
    public Crawler(CrawlerSettings settings, List<SiteConfig> sites, PageSink sink, SeenUrls seen) {
        this(builder(settings, sites, sink, seen));
    }

    /**
     * A crawler whose list-page state (validators, schedules) is restored from and saved to {@code state}.
     *
     * @throws IllegalArgumentException when two sites share an id
     */
    public Crawler(CrawlerSettings settings, List<SiteConfig> sites, PageSink sink, SeenUrls seen,
                   CrawlStateStore state) {
        this(builder(settings, sites, sink, seen).state(state));
    }

    /**
     * A crawler that crawls no site until {@link #activate} hands it one, for instances that share
     * the sites; {@code state} is only saved to: whoever activates a site passes its saved state.
     *
     * @throws IllegalArgumentException when two sites share an id
     */
    public static Crawler inactive(CrawlerSettings settings, List<SiteConfig> sites, PageSink sink, SeenUrls seen,
                                   CrawlStateStore state) {
        return builder(settings, sites, sink, seen).state(state).inactive().build();
    }

    /** A crawler to be built with other parts than the defaults: state store, fetcher, TLS, clock, ticker. */
    public static Builder builder(CrawlerSettings settings, List<SiteConfig> sites, PageSink sink, SeenUrls seen) {
        return new Builder(settings, sites, sink, seen);
    }

    /** Parts of a {@link Crawler}; each has a default, as the constructors use. */
    public static final class Builder {
        private final CrawlerSettings settings;
        private final List<SiteConfig> sites;
        private final PageSink sink;
        private final SeenUrls seen;
        private CrawlStateStore state = CrawlStateStore.none();
        private PageFetcher fetcher;
        private Clock clock = Clock.systemUTC();
        private Ticker ticker = Ticker.SYSTEM;
        private boolean allActive = true;

        private Builder(CrawlerSettings settings, List<SiteConfig> sites, PageSink sink, SeenUrls seen) {
            this.settings = Objects.requireNonNull(settings, "settings");
            this.sites = List.copyOf(Objects.requireNonNull(sites, "sites"));
            this.sink = Objects.requireNonNull(sink, "sink");
            this.seen = Objects.requireNonNull(seen, "seen");
        }

        /** Where list-page state is restored from and saved to; default none. */
        public Builder state(CrawlStateStore value) {
            state = Objects.requireNonNull(value, "state");
            return this;
        }

        /**
         * The transport; default an {@link HttpPageFetcher} built from the settings (timeouts, page cap,
         * address guard, trusted certificates). The crawler does not close a fetcher given here.
         */
        public Builder fetcher(PageFetcher value) {
            fetcher = Objects.requireNonNull(value, "fetcher");
            return this;
        }

        /** Wall-clock time of schedules, breaker cool-downs and the robots.txt cache; default UTC system clock. */
        public Builder clock(Clock value) {
            clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /** Monotonic time and waiting of the per-host delays and pauses; default the system's. */
        public Builder ticker(Ticker value) {
            ticker = Objects.requireNonNull(value, "ticker");
            return this;
        }

        /** Crawl no site until {@link Crawler#activate} hands it one; the state is then only saved to. */
        public Builder inactive() {
            allActive = false;
            return this;
        }

        /**
         * @throws IllegalArgumentException when two sites share an id, or the TLS options cannot be
         *                                  applied (a trusted-certificate file unreadable)
         */
        public Crawler build() {
            return new Crawler(this);
        }
    }

    private Crawler(Builder b) {
        this.settings = b.settings;
        this.clock = b.clock;
        Set<String> ids = new HashSet<>();
        for (SiteConfig site : b.sites) {
            if (!ids.add(site.id())) {
                throw new IllegalArgumentException("duplicate site id '" + site.id() + "'");
            }
        }
        this.ownsFetcher = b.fetcher == null;
        this.fetcher = ownsFetcher ? fetcher(settings, clock) : b.fetcher;
        HostGate gate = new HostGate(settings.minDelayPerHost(), b.ticker);
        RobotsCache robots = new RobotsCache(fetcher, gate, settings.robotsAgentName(),
                CrawlerSettings.MAX_CRAWL_DELAY, settings.robotsCacheTtl(), clock);
        this.politeFetcher = new PoliteFetcher(fetcher, gate, robots,
                new CircuitBreaker(settings.breakerThreshold(), settings.breakerCooldown(), clock), new HostStats(),
                new UrlTraps(settings.maxUrlLength(), settings.maxPathSegments()), settings.maxRedirects(),
                settings.maxRetries(), settings.retryBackoff(), settings.maxRetryAfter(), clock);
        for (SiteConfig site : b.sites) {
            SiteCrawler crawler = new SiteCrawler(site, settings, politeFetcher, gate, b.sink, b.seen, b.state, clock,
                    cuts);
            this.sites.add(crawler);
            siteLocks.put(crawler, new ReentrantLock());
            queued.put(crawler, new AtomicReference<>());
            byId.put(site.id(), crawler);
        }
        if (b.allActive) {
            int restored = 0;
            for (ListPageState saved : b.state.load()) {
                SiteCrawler crawler = byId.get(saved.siteId());
                if (crawler != null) {
                    crawler.restore(saved);
                    restored++;
                }
            }
            if (restored > 0) {
                LOG.info("restored the state of {} list pages", restored);
            }
            active.addAll(this.sites);
        }
        this.pool = new ThreadPoolExecutor(settings.parallelism(), settings.parallelism(), 0, TimeUnit.MILLISECONDS,
                new PriorityBlockingQueue<>(16, Turn.ORDER), threads("crawler-site-"));
    }

    /**
     * The network fetcher a crawl with {@code settings} uses: its user agent, timeouts, body cap, address guard
     * and trusted certificates. Also {@code analyze URL}'s, so a single page is fetched under the same limits.
     *
     * @throws IllegalArgumentException when the trusted certificates cannot be read
     */
    public static PageFetcher fetcher(CrawlerSettings settings, Clock clock) {
        try {
            return new HttpPageFetcher(settings.userAgent(), settings.connectTimeout(), settings.timeout(),
                    settings.maxPageBytes(), new AddressGuard(settings.allowPrivateAddresses()),
                    new TlsOptions(settings.trustedCertificates()), clock);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /**
     * Runs one round over every site and waits for it to finish.
     *
     * @return counts per site, in configuration order
     * @throws IllegalStateException when the crawler is closed
     */
    public CrawlReport runOnce() {
        return run(true);
    }

    /**
     * Runs one round over the list pages that are due now (and articles pending from earlier rounds),
     * as monitoring does.
     *
     * @throws IllegalStateException when the crawler is closed
     */
    public CrawlReport runDue() {
        return run(false);
    }

    /**
     * Fetches one list page now (politely: robots.txt, host delay, redirects, retries) and reports
     * the links discovery finds on it; nothing is published or remembered. For checking a registry.
     */
    public ListPageCheck checkListPage(java.net.URI url) {
        PoliteFetcher.Outcome outcome = politeFetcher.get(yaowen.crawler.discovery.Urls.canonical(url), java.util.Map.of());
        java.util.OptionalInt status = outcome.result().map(r -> java.util.OptionalInt.of(r.status()))
                .orElse(java.util.OptionalInt.empty());
        if (!outcome.fetched()) {
            return new ListPageCheck(url, status, outcome.kind() + ": " + outcome.reason(), List.of(), List.of());
        }
        yaowen.crawler.fetch.FetchResult r = outcome.result().orElseThrow();
        if (!r.isSuccess()) {
            return new ListPageCheck(url, status, "HTTP " + r.status(), List.of(), List.of());
        }
        yaowen.crawler.discovery.ListPageLinks links = yaowen.crawler.discovery.LinkDiscovery.discover(r.finalUrl(),
                r.body(), r.declaredCharset(), r.contentType());
        return new ListPageCheck(url, status, "", links.articles(), links.listPages());
    }

    /** Requests and failures per host since the crawler was built, sorted by host. */
    public List<HostReport> hostReports() {
        return politeFetcher.stats().snapshot(politeFetcher.breaker()::isOpen);
    }

    /**
     * How each site this instance crawls is doing (list-page checks, failing since when and why), in
     * configuration order; a site crawled by another instance is not listed.
     */
    public List<SiteStatus> siteStatuses() {
        return sites.stream().filter(active::contains).map(SiteCrawler::status).toList();
    }

    /**
     * What the crawler's limits cut short since it started, by reason, every reason listed (zero
     * included): bodies over the cap, decompression bombs, URLs refused as traps, list pages beyond
     * the cap, articles beyond a site's backlog or retry cap. Each cut is also logged once at WARN and counted in its site's {@link SiteStatus#cuts()}.
     */
    public java.util.Map<CutReason, Long> cuts() {
        return cuts.snapshot();
    }

    /**
     * How many articles a site has found and not fetched yet (its backlog and retries); 0 for an unknown
     * site. Waits for a turn of the site in progress to end.
     */
    int waiting(String siteId) {
        SiteCrawler site = byId.get(siteId);
        if (site == null) {
            return 0;
        }
        ReentrantLock lock = siteLocks.get(site);
        lock.lock();
        try {
            return site.waiting();
        } finally {
            lock.unlock();
        }
    }

    /** The configured sites, in configuration order. */
    public List<SiteConfig> sites() {
        return sites.stream().map(SiteCrawler::site).toList();
    }

    /** The ids of the sites this instance crawls now. */
    public Set<String> activeSites() {
        Set<String> ids = new java.util.TreeSet<>();
        active.forEach(s -> ids.add(s.site().id()));
        return ids;
    }

    /**
     * Starts crawling a site (again): restores its saved list-page {@code state} and makes it due as
     * that state says. Ignored for a site that is active already or not configured.
     */
    public void activate(String siteId, List<ListPageState> state) {
        SiteCrawler site = byId.get(siteId);
        if (site == null || active.contains(site)) {
            return;
        }
        ReentrantLock lock = siteLocks.get(site);
        lock.lock();
        try {
            state.forEach(site::restore);
            site.resume();
            active.add(site);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Stops crawling sites: a round of theirs in progress ends after its request in flight (its
     * unfetched articles stay pending) and this method returns once it has, having saved their
     * list-page state; from then on this instance sends them no request. Unknown ids are ignored.
     */
    public void deactivate(java.util.Collection<String> siteIds) {
        List<SiteCrawler> stopping = siteIds.stream().map(byId::get).filter(Objects::nonNull).toList();
        stopping.forEach(site -> {
            site.stop(); // before it leaves activeSites(): whoever sees it gone knows its round is ending
            active.remove(site);
            forced.remove(site);
        });
        for (SiteCrawler site : stopping) {
            ReentrantLock lock = siteLocks.get(site);
            lock.lock(); // waits for a round in progress to end
            lock.unlock();
        }
    }

    private CrawlReport run(boolean force) {
        if (closed) {
            throw new IllegalStateException("crawler is closed");
        }
        round.lock();
        try {
            Instant started = clock.instant();
            long t0 = System.nanoTime();
            List<Future<SiteReport>> futures = new ArrayList<>();
            List<SiteCrawler> crawled = sites.stream().filter(active::contains).toList();
            for (SiteCrawler site : crawled) {
                ReentrantLock lock = siteLocks.get(site);
                FutureTask<SiteReport> task = new FutureTask<>(() -> {
                    lock.lockInterruptibly();
                    try {
                        return site.crawl(force);
                    } finally {
                        lock.unlock();
                    }
                });
                try {
                    pool.execute(new Turn(Turn.FIRST, turnSequence.incrementAndGet(), task));
                } catch (java.util.concurrent.RejectedExecutionException e) {
                    // close() ran between the check above and here; its shutdownNow() cancels the turns queued already
                    throw new IllegalStateException("crawler is closed", e);
                }
                futures.add(task);
            }
            List<SiteReport> reports = new ArrayList<>();
            for (int i = 0; i < futures.size(); i++) {
                reports.add(await(futures.get(i), crawled.get(i).site()));
            }
            CrawlReport report = new CrawlReport(started, Duration.ofNanos(System.nanoTime() - t0), reports,
                    hostReports());
            lastReport = report;
            lastRoundAt = reportOrder.incrementAndGet();
            if (!force && report.listPages() == 0 && report.newArticles() == 0 && report.failures() == 0) {
                return report;
            }
            LOG.info("crawl round: {} sites, {} list pages, {} new articles, {} failures, {} robots-denied in {} ms",
                    reports.size(), report.listPages(), report.newArticles(), report.failures(),
                    report.robotsDenied(), report.took().toMillis());
            return report;
        } finally {
            round.unlock();
        }
    }

    /**
     * Starts monitoring: every {@link #TICK}, from the first, each site with a list page due (or
     * articles left) is handed to the site threads on its own; the first turn of each site active now
     * checks all its list pages. There is no round across sites, and the scheduling thread does no
     * site's work: a site busy with a huge list, retries or a slow host delays only its own next
     * check. A turn starts no request after {@link CrawlerSettings#maxTurn()} (list pages, then
     * articles; what is left waits for its next turns), and a site with a list page due goes before
     * sites with only articles left, so no site holds a thread for long while another's check is due. A failing site is logged and the schedule continues.
     *
     * @throws IllegalStateException when already started or closed
     */
    public synchronized void start() {
        if (closed) {
            throw new IllegalStateException("crawler is closed");
        }
        if (scheduler != null) {
            throw new IllegalStateException("crawler already started");
        }
        forced.addAll(active);
        scheduler = Executors.newSingleThreadScheduledExecutor(threads("crawler-schedule-"));
        scheduler.scheduleWithFixedDelay(this::dispatchDue, 0, TICK.toMillis(), TimeUnit.MILLISECONDS);
        LOG.info("crawler started: {} sites, list pages re-checked every {}–{} s", sites.size(),
                settings.minRecheckInterval().toSeconds(), settings.maxRecheckInterval().toSeconds());
    }

    /**
     * The report of the last completed round, if any; while monitoring, once every active site has
     * had its first turn, the latest turn of each site (whichever ended last, round or turn).
     */
    public Optional<CrawlReport> lastReport() {
        CrawlReport round = lastReport;
        if (lastTurnAt > lastRoundAt) {
            CrawlReport turns = lastTurns();
            return Optional.ofNullable(turns != null ? turns : round);
        }
        return Optional.ofNullable(round);
    }

    /**
     * Stops monitoring and interrupts a running round; waits briefly for it to end, then closes the
     * connections kept alive. Idempotent.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
        for (Runnable queued : pool.shutdownNow()) {
            if (((Turn) queued).work() instanceof Future<?> waiting) {
                waiting.cancel(false); // a round waiting for it ends instead of waiting for ever
            }
        }
        try {
            long wait = settings.timeout().toMillis() + 1000;
            if (!pool.awaitTermination(wait, TimeUnit.MILLISECONDS)) {
                LOG.warn("crawler threads still running {} ms after close", wait);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (ownsFetcher) {
            fetcher.close(); // kept-alive sockets are not closed by the garbage collector
        }
        LOG.info("crawler closed");
    }

    /**
     * Queues every idle site that has something due, and moves a site queued with only articles left
     * ahead once one of its list pages comes due; never waits for a site.
     */
    private void dispatchDue() {
        if (closed) {
            return;
        }
        Instant now = clock.instant();
        for (SiteCrawler site : sites) {
            if (!active.contains(site)) {
                continue;
            }
            AtomicReference<Turn> slot = queued.get(site);
            Turn waiting = slot.get();
            ReentrantLock lock = siteLocks.get(site);
            if (waiting != null && waiting.rank() == Turn.FIRST || !lock.tryLock()) {
                continue; // queued already with its check, or crawling now
            }
            boolean check;
            boolean due;
            try {
                check = forced.contains(site) || site.checkDue(now);
                due = check || site.isDue(now);
            } finally {
                lock.unlock();
            }
            if (!due || waiting != null && !check) {
                continue; // nothing to do, or queued already for its articles and no check due
            }
            if (waiting != null && !pool.remove(waiting)) {
                continue; // a site thread took the queued turn already: that turn checks the page due
            }
            // Only this thread sets a slot; a turn clears its own slot when it ends. A turn removed
            // from the queue never runs, so its slot is still this thread's to replace.
            Turn turn = new Turn(check ? Turn.FIRST : Turn.LATER, turnSequence.incrementAndGet(),
                    () -> crawlQueued(site, lock, slot));
            slot.set(turn); // before execute: the turn may end, and clear it, before execute returns
            try {
                pool.execute(turn);
            } catch (java.util.concurrent.RejectedExecutionException e) {
                slot.set(null);
                return; // closing
            }
            if (waiting != null) {
                LOG.debug("site {}: a list page came due while its articles waited; its turn moved up", site.site().id());
            }
        }
    }

    private void crawlQueued(SiteCrawler site, ReentrantLock lock, AtomicReference<Turn> slot) {
        try {
            if (closed || !active.contains(site) || !lock.tryLock()) {
                return; // closing, handed over, or a round is crawling it
            }
            try {
                boolean force = forced.remove(site);
                Instant until = clock.instant().plus(settings.maxTurn());
                lastTurns.put(site, site.crawl(force, until));
                lastTurnAt = reportOrder.incrementAndGet();
            } finally {
                lock.unlock();
            }
        } catch (RuntimeException e) {
            LOG.error("site {} check failed; next check as scheduled", site.site().id(), e);
        } finally {
            slot.set(null);
        }
    }

    /** The latest monitoring turn of each active site; null while one still waits for its first. */
    private CrawlReport lastTurns() {
        List<SiteReport> latest = new ArrayList<>();
        for (SiteCrawler site : sites) {
            if (active.contains(site)) {
                SiteReport r = lastTurns.get(site);
                if (r == null) {
                    return null;
                }
                latest.add(r);
            }
        }
        return new CrawlReport(clock.instant(), Duration.ZERO, latest, hostReports());
    }

    /**
     * A piece of work for the site threads, ordered: {@link #FIRST} (a round asked for, or a site
     * with a list page due) before {@link #LATER} (a site with only articles left), then by arrival.
     * A LATER turn still waiting when its site's list page comes due is replaced by a FIRST one
     * ({@link #dispatchDue}), so a busy pool cannot hold a site's checks back for ever. Equal only to
     * itself (the work is a fresh lambda), which {@code pool.remove} relies on.
     */
    private record Turn(int rank, long sequence, Runnable work) implements Runnable {
        static final int FIRST = 0;
        static final int LATER = 1;
        static final java.util.Comparator<Runnable> ORDER = java.util.Comparator
                .comparingInt((Runnable r) -> ((Turn) r).rank()).thenComparingLong(r -> ((Turn) r).sequence());

        @Override
        public void run() {
            work.run();
        }
    }

    private static SiteReport await(Future<SiteReport> future, SiteConfig site) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            return new SiteReport(site.id(), 0, 0, 1, 0);
        } catch (ExecutionException e) {
            LOG.error("site {} round failed", site.id(), e.getCause());
            return new SiteReport(site.id(), 0, 0, 1, 0);
        } catch (java.util.concurrent.CancellationException e) {
            return new SiteReport(site.id(), 0, 0, 1, 0);
        }
    }

    private static ThreadFactory threads(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
