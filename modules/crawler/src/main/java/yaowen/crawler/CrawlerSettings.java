package yaowen.crawler;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How the crawler behaves. Immutable; {@link #defaults()} gives a polite configuration for the open
 * web, and the {@code with…} methods return modified copies.
 *
 * @param userAgent             User-Agent header; its product token (before {@code /}) is the name
 *                              matched against robots.txt groups. Default
 *                              {@value #DEFAULT_USER_AGENT}
 * @param minDelayPerHost       minimum pause between the end of one request and the start of the
 *                              next to the same host (host:port); a robots.txt Crawl-delay raises it,
 *                              capped at {@link #MAX_CRAWL_DELAY}. Default 1 s
 * @param recheckInterval       pause between monitoring rounds in {@link Crawler#start()}. Default 60 s
 * @param maxListPages          list pages fetched per site per round, pagination included. Default 5
 * @param maxPageBytes          body size cap; longer bodies are cut and marked truncated. Default 10 MB
 * @param timeout               connect and read timeout of one request (jsoup applies one value to
 *                              both and to the whole body read). Default 10 s
 * @param allowPrivateAddresses whether loopback, private, link-local and unique-local addresses may
 *                              be fetched. Default false; the demo and tests set true for loopback
 * @param parallelism           how many sites are crawled at once (requests to one host are always
 *                              serial). Default 4
 * @param maxRedirects          redirects followed per request. Default 5
 * @throws IllegalArgumentException listing every invalid value
 */
public record CrawlerSettings(String userAgent, Duration minDelayPerHost, Duration recheckInterval, int maxListPages,
                              int maxPageBytes, Duration timeout, boolean allowPrivateAddresses, int parallelism,
                              int maxRedirects) {

    public static final String DEFAULT_USER_AGENT = "YaowenBot/0.1 (+https://github.com/yaowen-project/yaowen)";
    /** The longest robots.txt Crawl-delay honoured; longer ones are capped (and logged). */
    public static final Duration MAX_CRAWL_DELAY = Duration.ofSeconds(30);

    public CrawlerSettings {
        List<String> problems = new ArrayList<>();
        if (userAgent == null || userAgent.isBlank() || userAgent.contains("\n") || userAgent.contains("\r")) {
            problems.add("userAgent must be a non-blank single line");
        }
        if (minDelayPerHost == null || minDelayPerHost.isNegative()) {
            problems.add("minDelayPerHost must be zero or positive, was " + minDelayPerHost);
        }
        if (recheckInterval == null || recheckInterval.isNegative() || recheckInterval.isZero()) {
            problems.add("recheckInterval must be positive, was " + recheckInterval);
        }
        if (maxListPages < 1) {
            problems.add("maxListPages must be at least 1, was " + maxListPages);
        }
        if (maxPageBytes < 1 || maxPageBytes == Integer.MAX_VALUE) {
            problems.add("maxPageBytes must be between 1 and " + (Integer.MAX_VALUE - 1) + ", was " + maxPageBytes);
        }
        if (timeout == null || timeout.isNegative() || timeout.isZero() || timeout.toMillis() > Integer.MAX_VALUE) {
            problems.add("timeout must be positive, was " + timeout);
        }
        if (parallelism < 1 || parallelism > 64) {
            problems.add("parallelism must be between 1 and 64, was " + parallelism);
        }
        if (maxRedirects < 0 || maxRedirects > 20) {
            problems.add("maxRedirects must be between 0 and 20, was " + maxRedirects);
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid crawler settings: " + String.join("; ", problems));
        }
    }

    /** Polite defaults for the open web (private addresses refused). */
    public static CrawlerSettings defaults() {
        return new CrawlerSettings(DEFAULT_USER_AGENT, Duration.ofSeconds(1), Duration.ofSeconds(60), 5,
                10 * 1024 * 1024, Duration.ofSeconds(10), false, 4, 5);
    }

    /** The lower-case product token of {@link #userAgent()}, matched against robots.txt groups. */
    public String robotsAgentName() {
        String token = userAgent.strip().split("[/\\s]", 2)[0];
        return token.toLowerCase(Locale.ROOT);
    }

    public CrawlerSettings withUserAgent(String value) {
        return new CrawlerSettings(value, minDelayPerHost, recheckInterval, maxListPages, maxPageBytes, timeout,
                allowPrivateAddresses, parallelism, maxRedirects);
    }

    public CrawlerSettings withMinDelayPerHost(Duration value) {
        return new CrawlerSettings(userAgent, value, recheckInterval, maxListPages, maxPageBytes, timeout,
                allowPrivateAddresses, parallelism, maxRedirects);
    }

    public CrawlerSettings withRecheckInterval(Duration value) {
        return new CrawlerSettings(userAgent, minDelayPerHost, value, maxListPages, maxPageBytes, timeout,
                allowPrivateAddresses, parallelism, maxRedirects);
    }

    public CrawlerSettings withMaxListPages(int value) {
        return new CrawlerSettings(userAgent, minDelayPerHost, recheckInterval, value, maxPageBytes, timeout,
                allowPrivateAddresses, parallelism, maxRedirects);
    }

    public CrawlerSettings withMaxPageBytes(int value) {
        return new CrawlerSettings(userAgent, minDelayPerHost, recheckInterval, maxListPages, value, timeout,
                allowPrivateAddresses, parallelism, maxRedirects);
    }

    public CrawlerSettings withTimeout(Duration value) {
        return new CrawlerSettings(userAgent, minDelayPerHost, recheckInterval, maxListPages, maxPageBytes, value,
                allowPrivateAddresses, parallelism, maxRedirects);
    }

    public CrawlerSettings withAllowPrivateAddresses(boolean value) {
        return new CrawlerSettings(userAgent, minDelayPerHost, recheckInterval, maxListPages, maxPageBytes, timeout,
                value, parallelism, maxRedirects);
    }

    public CrawlerSettings withParallelism(int value) {
        return new CrawlerSettings(userAgent, minDelayPerHost, recheckInterval, maxListPages, maxPageBytes, timeout,
                allowPrivateAddresses, value, maxRedirects);
    }

    public CrawlerSettings withMaxRedirects(int value) {
        return new CrawlerSettings(userAgent, minDelayPerHost, recheckInterval, maxListPages, maxPageBytes, timeout,
                allowPrivateAddresses, parallelism, value);
    }
}
