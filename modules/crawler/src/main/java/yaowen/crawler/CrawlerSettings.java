package yaowen.crawler;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How the crawler behaves. Immutable; {@link #defaults()} gives a polite configuration for the open
 * web, and {@link #builder()} and {@link #toBuilder()} make modified copies. Every problem is reported at once.
 *
 * @param userAgent             User-Agent header, with a contact URL; its product token (before {@code /})
 *                              is the name matched against robots.txt groups. Default {@value #DEFAULT_USER_AGENT}
 * @param minDelayPerHost       minimum pause between the end of one request and the start of the
 *                              next to the same host (host:port); a robots.txt Crawl-delay raises it,
 *                              capped at {@link #MAX_CRAWL_DELAY}. Default 1 s
 * @param recheckInterval       the first re-check interval of a list page, before adaptation, clamped
 *                              to [{@code minRecheckInterval}, {@code maxRecheckInterval}]. Default 60 s
 * @param maxListPages          list pages known and checked per site, pagination included. Default 5
 * @param maxPageBytes          body size cap after decompression; longer bodies are cut and marked
 *                              truncated. At most {@value #MAX_PAGE_BYTES_LIMIT} (the raw topic takes
 *                              25 MB records). Default 10 MB
 * @param timeout               read timeout: the whole response (headers and body) of one request must
 *                              arrive within it. Default 10 s
 * @param allowPrivateAddresses whether loopback, private, link-local and unique-local addresses may
 *                              be fetched. Default false; the demo and tests set true for loopback
 * @param parallelism           how many sites are crawled at once (requests to one host are always
 *                              serial). Default 4
 * @param maxRedirects          redirects followed per request, each hop passing robots.txt, the
 *                              address guard and the politeness of its own host. Default 5
 * @param connectTimeout        TCP connect timeout. Default 5 s
 * @param maxRetries            retries of a request after a network error, a 5xx, or a 429/503 whose
 *                              Retry-After is at most {@code maxRetryAfter}. Default 2
 * @param retryBackoff          first retry pause, doubled on each retry (exponential backoff). Default 1 s
 * @param maxRetryAfter         longest Retry-After (or backoff) waited within a round; a longer one
 *                              pauses the host until then and the URL is retried in a later round. Default 15 s
 * @param breakerThreshold      consecutive failures (network errors, 5xx) that open a host's circuit
 *                              breaker: the host is skipped until the cool-down ends. Default 5
 * @param breakerCooldown       first cool-down of an open breaker, doubled each time it re-opens (at most
 *                              1 h); also how long a host answering with a WAF challenge is left alone. Default 2 min
 * @param minRecheckInterval    shortest adaptive interval of a list page (when new links keep appearing). Default 30 s
 * @param maxRecheckInterval    longest adaptive interval of a list page (when nothing changes). Default 30 min
 * @param robotsCacheTtl        how long a host's robots.txt is cached. Default 24 h
 * @param maxUrlLength          trap limit: longer URLs are not followed. Default 512
 * @param maxPathSegments       trap limit: URLs with more path segments, or with one segment repeated
 *                              three times or more, are not followed. Default 12
 * @throws IllegalArgumentException listing every invalid value
 */
public record CrawlerSettings(String userAgent, Duration minDelayPerHost, Duration recheckInterval, int maxListPages, int
                              maxPageBytes, Duration timeout, boolean allowPrivateAddresses, int parallelism, int
                              maxRedirects, Duration connectTimeout, int maxRetries, Duration retryBackoff, Duration
                              maxRetryAfter, int breakerThreshold, Duration breakerCooldown, Duration minRecheckInterval,
                              Duration maxRecheckInterval, Duration robotsCacheTtl, int maxUrlLength, int maxPathSegments) {

    public static final String DEFAULT_USER_AGENT = "YaowenBot/0.1 (+https://github.com/yaowen-project/yaowen)";
    /** The longest robots.txt Crawl-delay honoured; longer ones are capped (and logged). */
    public static final Duration MAX_CRAWL_DELAY = Duration.ofSeconds(30);
    /** The largest page body accepted: 20 MiB, so a page and its envelope fit the topics' 25 MiB records. */
    public static final int MAX_PAGE_BYTES_LIMIT = 20 * 1024 * 1024;

    public CrawlerSettings {
        List<String> problems = new ArrayList<>();
        if (userAgent == null || userAgent.isBlank() || userAgent.contains("\n") || userAgent.contains("\r")) {
            problems.add("userAgent must be a non-blank single line");
        }
        nonNegative(problems, "minDelayPerHost", minDelayPerHost);
        positive(problems, "recheckInterval", recheckInterval);
        if (maxListPages < 1) {
            problems.add("maxListPages must be at least 1, was " + maxListPages);
        }
        if (maxPageBytes < 1 || maxPageBytes > MAX_PAGE_BYTES_LIMIT) {
            problems.add("maxPageBytes must be between 1 and " + MAX_PAGE_BYTES_LIMIT + ", was " + maxPageBytes);
        }
        positive(problems, "timeout", timeout);
        if (parallelism < 1 || parallelism > 256) {
            problems.add("parallelism must be between 1 and 256, was " + parallelism);
        }
        if (maxRedirects < 0 || maxRedirects > 20) {
            problems.add("maxRedirects must be between 0 and 20, was " + maxRedirects);
        }
        positive(problems, "connectTimeout", connectTimeout);
        if (maxRetries < 0 || maxRetries > 10) {
            problems.add("maxRetries must be between 0 and 10, was " + maxRetries);
        }
        nonNegative(problems, "retryBackoff", retryBackoff);
        nonNegative(problems, "maxRetryAfter", maxRetryAfter);
        if (breakerThreshold < 1) {
            problems.add("breakerThreshold must be at least 1, was " + breakerThreshold);
        }
        positive(problems, "breakerCooldown", breakerCooldown);
        positive(problems, "minRecheckInterval", minRecheckInterval);
        positive(problems, "maxRecheckInterval", maxRecheckInterval);
        if (minRecheckInterval != null && maxRecheckInterval != null && minRecheckInterval.compareTo(maxRecheckInterval) > 0) {
            problems.add("minRecheckInterval " + minRecheckInterval + " must not exceed maxRecheckInterval " + maxRecheckInterval);
        }
        positive(problems, "robotsCacheTtl", robotsCacheTtl);
        if (maxUrlLength < 32) {
            problems.add("maxUrlLength must be at least 32, was " + maxUrlLength);
        }
        if (maxPathSegments < 2) {
            problems.add("maxPathSegments must be at least 2, was " + maxPathSegments);
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid crawler settings: " + String.join("; ", problems));
        }
    }

    /** Polite defaults for the open web (private addresses refused). */
    public static CrawlerSettings defaults() {
        return new CrawlerSettings(DEFAULT_USER_AGENT, Duration.ofSeconds(1), Duration.ofSeconds(60), 5, 10 * 1024 * 1024,
                Duration.ofSeconds(10), false, 4, 5, Duration.ofSeconds(5), 2, Duration.ofSeconds(1),
                Duration.ofSeconds(15), 5, Duration.ofMinutes(2), Duration.ofSeconds(30), Duration.ofMinutes(30),
                Duration.ofHours(24), 512, 12);
    }

    /** A builder starting from {@link #defaults()}. */
    public static Builder builder() {
        return defaults().toBuilder();
    }

    /** A builder starting from these settings. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** The lower-case product token of {@link #userAgent()}, matched against robots.txt groups. */
    public String robotsAgentName() {
        String token = userAgent.strip().split("[/\\s]", 2)[0];
        return token.toLowerCase(Locale.ROOT);
    }

    /** The first interval of a list page: {@link #recheckInterval()} within the adaptive bounds. */
    public Duration initialRecheckInterval() {
        return max(minRecheckInterval, min(maxRecheckInterval, recheckInterval));
    }

    private static Duration min(Duration a, Duration b) {
        return a == null || b == null ? a : a.compareTo(b) <= 0 ? a : b;
    }

    private static Duration max(Duration a, Duration b) {
        return a == null || b == null ? a : a.compareTo(b) >= 0 ? a : b;
    }

    private static void positive(List<String> problems, String name, Duration d) {
        if (d == null || d.isNegative() || d.isZero() || d.toMillis() > Integer.MAX_VALUE) {
            problems.add(name + " must be positive, was " + d);
        }
    }

    private static void nonNegative(List<String> problems, String name, Duration d) {
        if (d == null || d.isNegative()) {
            problems.add(name + " must be zero or positive, was " + d);
        }
    }

    /**
     * Modified copies of {@link CrawlerSettings}: one setter per component, validated all at once by
     * {@link #build()}, so the order of the setters does not matter.
     */
    public static final class Builder {
        private String userAgent;
        private Duration minDelayPerHost;
        private Duration recheckInterval;
        private int maxListPages;
        private int maxPageBytes;
        private Duration timeout;
        private boolean allowPrivateAddresses;
        private int parallelism;
        private int maxRedirects;
        private Duration connectTimeout;
        private int maxRetries;
        private Duration retryBackoff;
        private Duration maxRetryAfter;
        private int breakerThreshold;
        private Duration breakerCooldown;
        private Duration minRecheckInterval;
        private Duration maxRecheckInterval;
        private Duration robotsCacheTtl;
        private int maxUrlLength;
        private int maxPathSegments;

        private Builder(CrawlerSettings s) {
            userAgent = s.userAgent;
            minDelayPerHost = s.minDelayPerHost;
            recheckInterval = s.recheckInterval;
            maxListPages = s.maxListPages;
            maxPageBytes = s.maxPageBytes;
            timeout = s.timeout;
            allowPrivateAddresses = s.allowPrivateAddresses;
            parallelism = s.parallelism;
            maxRedirects = s.maxRedirects;
            connectTimeout = s.connectTimeout;
            maxRetries = s.maxRetries;
            retryBackoff = s.retryBackoff;
            maxRetryAfter = s.maxRetryAfter;
            breakerThreshold = s.breakerThreshold;
            breakerCooldown = s.breakerCooldown;
            minRecheckInterval = s.minRecheckInterval;
            maxRecheckInterval = s.maxRecheckInterval;
            robotsCacheTtl = s.robotsCacheTtl;
            maxUrlLength = s.maxUrlLength;
            maxPathSegments = s.maxPathSegments;
        }

        public Builder userAgent(String value) {
            userAgent = value;
            return this;
        }

        public Builder minDelayPerHost(Duration value) {
            minDelayPerHost = value;
            return this;
        }

        public Builder recheckInterval(Duration value) {
            recheckInterval = value;
            return this;
        }

        public Builder maxListPages(int value) {
            maxListPages = value;
            return this;
        }

        public Builder maxPageBytes(int value) {
            maxPageBytes = value;
            return this;
        }

        public Builder timeout(Duration value) {
            timeout = value;
            return this;
        }

        public Builder allowPrivateAddresses(boolean value) {
            allowPrivateAddresses = value;
            return this;
        }

        public Builder parallelism(int value) {
            parallelism = value;
            return this;
        }

        public Builder maxRedirects(int value) {
            maxRedirects = value;
            return this;
        }

        public Builder connectTimeout(Duration value) {
            connectTimeout = value;
            return this;
        }

        public Builder maxRetries(int value) {
            maxRetries = value;
            return this;
        }

        public Builder retryBackoff(Duration value) {
            retryBackoff = value;
            return this;
        }

        public Builder maxRetryAfter(Duration value) {
            maxRetryAfter = value;
            return this;
        }

        public Builder breakerThreshold(int value) {
            breakerThreshold = value;
            return this;
        }

        public Builder breakerCooldown(Duration value) {
            breakerCooldown = value;
            return this;
        }

        public Builder minRecheckInterval(Duration value) {
            minRecheckInterval = value;
            return this;
        }

        public Builder maxRecheckInterval(Duration value) {
            maxRecheckInterval = value;
            return this;
        }

        public Builder robotsCacheTtl(Duration value) {
            robotsCacheTtl = value;
            return this;
        }

        public Builder maxUrlLength(int value) {
            maxUrlLength = value;
            return this;
        }

        public Builder maxPathSegments(int value) {
            maxPathSegments = value;
            return this;
        }

        /**
         * The settings.
         *
         * @throws IllegalArgumentException listing every invalid value
         */
        public CrawlerSettings build() {
            return new CrawlerSettings(userAgent, minDelayPerHost, recheckInterval, maxListPages, maxPageBytes, timeout,
                    allowPrivateAddresses, parallelism, maxRedirects, connectTimeout, maxRetries, retryBackoff,
                    maxRetryAfter, breakerThreshold, breakerCooldown, minRecheckInterval, maxRecheckInterval,
                    robotsCacheTtl, maxUrlLength, maxPathSegments);
        }
    }
}
