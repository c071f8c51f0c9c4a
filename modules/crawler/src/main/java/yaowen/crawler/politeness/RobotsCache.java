package yaowen.crawler.politeness;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import yaowen.crawler.fetch.BlockedAddressException;
import yaowen.crawler.fetch.FetchResult;
import yaowen.crawler.fetch.PageFetcher;
import yaowen.crawler.fetch.FailureReason;

/**
 * robots.txt rules per host, fetched through the {@link HostGate} (following up to 3 redirects) and
 * cached for a configurable time (a day by default). Policy (after
 * crawler-commons' {@code SimpleRobotRulesParser}): a 2xx body is parsed for the crawler's agent name;
 * a 4xx means allow all; a 5xx or a network failure means "defer visits" and is not cached, so the
 * next round asks again. A Crawl-delay raises the host's delay in the gate, capped at
 * {@code maxCrawlDelay}. Thread-safe.
 */
public final class RobotsCache {
    private static final Logger LOG = LoggerFactory.getLogger(RobotsCache.class);
    private static final int MAX_ROBOTS_REDIRECTS = 3;

    private final PageFetcher fetcher;
    private final HostGate gate;
    private final String agentName;
    private final Duration maxCrawlDelay;
    private final Clock clock;
    private final Duration ttl;
    private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser(Long.MAX_VALUE / 2, 5);
    private final Map<String, Entry> cache = new ConcurrentHashMap<>();
    /** Why each host's robots.txt could not be read the last time, while it cannot. */
    private final Map<String, String> failures = new ConcurrentHashMap<>();

    private record Entry(BaseRobotRules rules, Instant expires) {
    }

    public RobotsCache(PageFetcher fetcher, HostGate gate, String agentName, Duration maxCrawlDelay, Clock clock) {
        this(fetcher, gate, agentName, maxCrawlDelay, Duration.ofHours(24), clock);
    }

    /** @param ttl how long a host's rules are cached */
    public RobotsCache(PageFetcher fetcher, HostGate gate, String agentName, Duration maxCrawlDelay, Duration ttl,
                       Clock clock) {
        this.ttl = ttl;
        this.fetcher = fetcher;
        this.gate = gate;
        this.agentName = agentName;
        this.maxCrawlDelay = maxCrawlDelay;
        this.clock = clock;
    }

    /**
     * The rules for the host of {@code url}, fetching robots.txt if not cached.
     *
     * @throws BlockedAddressException when the host may not be contacted at all
     */
    public BaseRobotRules rulesFor(URI url) throws BlockedAddressException {
        String key = HostGate.hostKey(url);
        Entry entry = cache.get(key);
        if (entry != null && clock.instant().isBefore(entry.expires())) {
            return entry.rules();
        }
        BaseRobotRules rules = fetch(key);
        if (!rules.isDeferVisits()) {
            failures.remove(key);
            cache.put(key, new Entry(rules, clock.instant().plus(ttl)));
        }
        return rules;
    }

    /**
     * Why the robots.txt of a host (its {@link HostGate#hostKey}) could not be read the last time it
     * was asked for, in words ("TLS: certificate expired (www.example.gov.cn)", "HTTP 503"); empty
     * once it was read.
     */
    public java.util.Optional<String> failure(String hostKey) {
        return java.util.Optional.ofNullable(failures.get(hostKey));
    }

    private BaseRobotRules fetch(String key) throws BlockedAddressException {
        URI robotsUrl = URI.create(key + "/robots.txt");
        FetchResult result;
        try {
            URI current = robotsUrl;
            for (int hop = 0; ; hop++) {
                URI hopUrl = current;
                result = gate.call(HostGate.hostKey(hopUrl), () -> fetcher.fetch(hopUrl, Map.of()));
                java.util.Optional<String> location = result.header("location");
                if (result.status() / 100 != 3 || location.isEmpty() || hop >= MAX_ROBOTS_REDIRECTS) {
                    break;
                }
                current = current.resolve(location.get().strip().replace(" ", "%20"));
            }
        } catch (BlockedAddressException e) {
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return parser.failedFetch(503);
        } catch (Exception e) {
            String reason = FailureReason.of(e);
            failures.put(key, reason);
            LOG.info("robots.txt of {} unavailable ({}); deferring the host", key, reason);
            return parser.failedFetch(503);
        }
        if (result.status() >= 500) {
            failures.put(key, FailureReason.http(result.status()));
        }
        if (!result.isSuccess()) {
            LOG.info("robots.txt of {} answered {}; {}", key, result.status(),
                    result.status() >= 500 ? "deferring the host" : "allowing all");
            return parser.failedFetch(result.status());
        }
        BaseRobotRules rules = parser.parseContent(robotsUrl.toString(), result.body(),
                result.contentType().orElse("text/plain"), List.of(agentName));
        long delayMillis = rules.getCrawlDelay();
        if (delayMillis != BaseRobotRules.UNSET_CRAWL_DELAY && delayMillis > 0) {
            Duration delay = Duration.ofMillis(delayMillis);
            if (delay.compareTo(maxCrawlDelay) > 0) {
                LOG.info("robots.txt of {} asks Crawl-delay {} s; capped at {} s", key, delay.toSeconds(),
                        maxCrawlDelay.toSeconds());
                delay = maxCrawlDelay;
            }
            gate.setDelay(key, delay);
        }
        return rules;
    }
}
