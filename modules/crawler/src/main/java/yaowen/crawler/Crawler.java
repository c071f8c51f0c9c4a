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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import yaowen.crawler.fetch.AddressGuard;
import yaowen.crawler.fetch.Fetcher;
import yaowen.crawler.politeness.HostGate;
import yaowen.crawler.politeness.RobotsCache;

/**
 * The crawler's front door: watches the configured sites' list pages and publishes every article
 * page not seen before to a {@link PageSink}.
 *
 * <p>A round ({@link #runOnce()}) checks each site's list pages and pagination (up to
 * {@link CrawlerSettings#maxListPages()}, conditional GET), then fetches each unseen article once.
 * Sites are crawled in parallel ({@link CrawlerSettings#parallelism()}); requests to one host are
 * serial with at least {@link CrawlerSettings#minDelayPerHost()} between them, robots.txt is obeyed,
 * and non-public addresses are refused unless allowed. A failing or hanging host costs at most its
 * timeouts and never stops the other sites or the next round. Articles whose fetch or publication
 * failed are retried in the next round.
 *
 * <p>Thread-safe: one round runs at a time (a concurrent {@code runOnce} waits). The crawler does not
 * own the sink or the seen-set: {@link #close()} closes neither.
 */
public final class Crawler implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Crawler.class);

    private final CrawlerSettings settings;
    private final List<SiteCrawler> sites = new ArrayList<>();
    private final ExecutorService pool;
    private final ReentrantLock round = new ReentrantLock();
    private final Clock clock;
    private ScheduledExecutorService scheduler;
    private volatile CrawlReport lastReport;
    private volatile boolean closed;

    /**
     * @throws IllegalArgumentException when two sites share an id
     */
    public Crawler(CrawlerSettings settings, List<SiteConfig> sites, PageSink sink, SeenUrls seen) {
        this(settings, sites, sink, seen, Clock.systemUTC());
    }

    Crawler(CrawlerSettings settings, List<SiteConfig> sites, PageSink sink, SeenUrls seen, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(sites, "sites");
        Objects.requireNonNull(sink, "sink");
        Objects.requireNonNull(seen, "seen");
        this.clock = Objects.requireNonNull(clock, "clock");
        Set<String> ids = new HashSet<>();
        for (SiteConfig site : sites) {
            if (!ids.add(site.id())) {
                throw new IllegalArgumentException("duplicate site id '" + site.id() + "'");
            }
        }
        Fetcher fetcher = new Fetcher(settings.userAgent(), settings.timeout(), settings.maxPageBytes(),
                settings.maxRedirects(), new AddressGuard(settings.allowPrivateAddresses()), clock);
        HostGate gate = new HostGate(settings.minDelayPerHost());
        RobotsCache robots = new RobotsCache(fetcher, gate, settings.robotsAgentName(),
                CrawlerSettings.MAX_CRAWL_DELAY, clock);
        for (SiteConfig site : sites) {
            this.sites.add(new SiteCrawler(site, settings, fetcher, gate, robots, sink, seen));
        }
        this.pool = Executors.newFixedThreadPool(settings.parallelism(), threads("crawler-site-"));
    }

    /**
     * Runs one round over every site and waits for it to finish.
     *
     * @return counts per site, in configuration order
     * @throws IllegalStateException when the crawler is closed
     */
    public CrawlReport runOnce() {
        if (closed) {
            throw new IllegalStateException("crawler is closed");
        }
        round.lock();
        try {
            Instant started = clock.instant();
            long t0 = System.nanoTime();
            List<Future<SiteReport>> futures = new ArrayList<>();
            for (SiteCrawler site : sites) {
                futures.add(pool.submit(site::crawl));
            }
            List<SiteReport> reports = new ArrayList<>();
            for (int i = 0; i < futures.size(); i++) {
                reports.add(await(futures.get(i), sites.get(i).site()));
            }
            CrawlReport report = new CrawlReport(started, Duration.ofNanos(System.nanoTime() - t0), reports);
            lastReport = report;
            LOG.info("crawl round: {} sites, {} list pages, {} new articles, {} failures, {} robots-denied in {} ms",
                    reports.size(), report.listPages(), report.newArticles(), report.failures(),
                    report.robotsDenied(), report.took().toMillis());
            return report;
        } finally {
            round.unlock();
        }
    }

    /**
     * Starts monitoring: a round now, then one every {@link CrawlerSettings#recheckInterval()} after
     * the previous one ends. A failing round is logged and the schedule continues.
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
        scheduler = Executors.newSingleThreadScheduledExecutor(threads("crawler-schedule-"));
        scheduler.scheduleWithFixedDelay(this::runQuietly, 0, settings.recheckInterval().toMillis(),
                TimeUnit.MILLISECONDS);
        LOG.info("crawler started: {} sites, recheck every {} s", sites.size(), settings.recheckInterval().toSeconds());
    }

    /** The report of the last completed round, if any. */
    public Optional<CrawlReport> lastReport() {
        return Optional.ofNullable(lastReport);
    }

    /** Stops monitoring and interrupts a running round; waits briefly for it to end. Idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
        pool.shutdownNow();
        try {
            long wait = settings.timeout().toMillis() + 1000;
            if (!pool.awaitTermination(wait, TimeUnit.MILLISECONDS)) {
                LOG.warn("crawler threads still running {} ms after close", wait);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        LOG.info("crawler closed");
    }

    private void runQuietly() {
        try {
            runOnce();
        } catch (IllegalStateException e) {
            LOG.debug("round skipped: {}", e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("crawl round failed; next round as scheduled", e);
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
