package yaowen.crawler;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import yaowen.settings.InvalidSettingsException;
import yaowen.settings.Values;

/**
 * How the crawler behaves. Immutable; {@link #defaults()} gives a polite configuration for the open
 * web, and {@link #builder()} and {@link #toBuilder()} make modified copies. Every problem is reported at once.
 * Each component's default, reason and rules are defined once, in {@link CrawlerKeys} (same name), and
 * nowhere else: defaults are not repeated here.
 *
 * @param userAgent             User-Agent header, with a contact URL; its product token (before {@code /})
 *                              is the name matched against robots.txt groups
 * @param minDelayPerHost       minimum pause between the end of one request and the start of the
 *                              next to the same host (host:port); a robots.txt Crawl-delay raises it,
 *                              capped at {@link #MAX_CRAWL_DELAY}
 * @param recheckInterval       the first re-check interval of a list page, before adaptation, clamped
 *                              to [{@code minRecheckInterval}, {@code maxRecheckInterval}]
 * @param maxListPages          list pages known and checked per site, pagination included
 * @param maxPageBytes          body size cap after decompression; longer bodies are cut and marked
 *                              truncated. At most {@value #MAX_PAGE_BYTES_LIMIT} (the raw topic takes
 *                              25 MB records)
 * @param timeout               read timeout: the whole response (headers and body) of one request must
 *                              arrive within it
 * @param allowPrivateAddresses whether loopback, private, link-local and unique-local addresses may
 *                              be fetched
 * @param parallelism           how many sites are crawled at once (requests to one host are always
 *                              serial)
 * @param maxRedirects          redirects followed per request, each hop passing robots.txt, the
 *                              address guard and the politeness of its own host
 * @param connectTimeout        TCP connect timeout
 * @param maxRetries            retries of a request after a network error, a 5xx, or a 429/503 whose
 *                              Retry-After is at most {@code maxRetryAfter}
 * @param retryBackoff          first retry pause, doubled on each retry (exponential backoff)
 * @param maxRetryAfter         longest Retry-After (or backoff) waited within a round; a longer one
 *                              pauses the host until then and the URL is retried in a later round
 * @param breakerThreshold      consecutive failures (network errors, 5xx) that open a host's circuit
 *                              breaker: the host is skipped until the cool-down ends
 * @param breakerCooldown       first cool-down of an open breaker, doubled each time it re-opens (at most
 *                              1 h); also how long a host answering with a WAF challenge is left alone
 * @param minRecheckInterval    shortest adaptive interval of a list page (when new links keep appearing)
 * @param maxRecheckInterval    longest adaptive interval of a list page (when nothing changes)
 * @param robotsCacheTtl        how long a host's robots.txt is cached
 * @param maxUrlLength          trap limit: longer URLs are not followed
 * @param maxPathSegments       trap limit: URLs with more path segments, or with one segment repeated
 *                              three times or more, are not followed
 * @param trustedCertificates   PEM files trusted for HTTPS on top of the JDK's certificate authorities
 * @param maxTurn               longest a site's monitoring turn runs (list pages, then articles; at least
 *                              one request, and the one in flight ends) before its thread goes to the other
 *                              due sites; the list pages and articles left wait for its next turns
 * @throws InvalidSettingsException listing every invalid value, by key
 */
public record CrawlerSettings(String userAgent, Duration minDelayPerHost, Duration recheckInterval, int maxListPages, int
                              maxPageBytes, Duration timeout, boolean allowPrivateAddresses, int parallelism, int
                              maxRedirects, Duration connectTimeout, int maxRetries, Duration retryBackoff, Duration
                              maxRetryAfter, int breakerThreshold, Duration breakerCooldown, Duration minRecheckInterval,
                              Duration maxRecheckInterval, Duration robotsCacheTtl, int maxUrlLength, int maxPathSegments,
                              List<Path> trustedCertificates, Duration maxTurn) {

    public static final String DEFAULT_USER_AGENT = "YaowenBot/0.1 (+https://github.com/yaowen-project/yaowen)";
    /** The longest robots.txt Crawl-delay honoured; longer ones are capped (and logged). */
    public static final Duration MAX_CRAWL_DELAY = Duration.ofSeconds(30);
    /** The largest page body accepted: 20 MiB, so a page and its envelope fit the topics' 25 MiB records. */
    public static final int MAX_PAGE_BYTES_LIMIT = 20 * 1024 * 1024;

    public CrawlerSettings {
        InvalidSettingsException.Collector problems = new InvalidSettingsException.Collector()
                .check(CrawlerKeys.USER_AGENT, userAgent)
                .check(CrawlerKeys.MIN_DELAY_PER_HOST, minDelayPerHost)
                .check(CrawlerKeys.RECHECK_INTERVAL, recheckInterval)
                .check(CrawlerKeys.MAX_LIST_PAGES, maxListPages)
                .check(CrawlerKeys.MAX_PAGE_BYTES, maxPageBytes)
                .check(CrawlerKeys.TIMEOUT, timeout)
                .check(CrawlerKeys.PARALLELISM, parallelism)
                .check(CrawlerKeys.MAX_REDIRECTS, maxRedirects)
                .check(CrawlerKeys.CONNECT_TIMEOUT, connectTimeout)
                .check(CrawlerKeys.MAX_RETRIES, maxRetries)
                .check(CrawlerKeys.RETRY_BACKOFF, retryBackoff)
                .check(CrawlerKeys.MAX_RETRY_AFTER, maxRetryAfter)
                .check(CrawlerKeys.BREAKER_THRESHOLD, breakerThreshold)
                .check(CrawlerKeys.BREAKER_COOLDOWN, breakerCooldown)
                .check(CrawlerKeys.MIN_RECHECK_INTERVAL, minRecheckInterval)
                .check(CrawlerKeys.MAX_RECHECK_INTERVAL, maxRecheckInterval)
                .check(CrawlerKeys.ROBOTS_CACHE_TTL, robotsCacheTtl)
                .check(CrawlerKeys.MAX_URL_LENGTH, maxUrlLength)
                .check(CrawlerKeys.MAX_PATH_SEGMENTS, maxPathSegments)
                .check(CrawlerKeys.TRUSTED_CERTIFICATES, trustedCertificates)
                .check(CrawlerKeys.MAX_TURN, maxTurn);
        if (minRecheckInterval != null && maxRecheckInterval != null && minRecheckInterval.compareTo(maxRecheckInterval) > 0) {
            problems.add(CrawlerKeys.MIN_RECHECK_INTERVAL.name(), CrawlerKeys.MIN_RECHECK_INTERVAL.format(minRecheckInterval)
                    + " is longer than " + CrawlerKeys.MAX_RECHECK_INTERVAL.name() + " "
                    + CrawlerKeys.MAX_RECHECK_INTERVAL.format(maxRecheckInterval), CrawlerKeys.MAX_RECHECK_INTERVAL.name());
        }
        problems.throwIfAny("invalid crawler settings");
        trustedCertificates = List.copyOf(trustedCertificates);
    }

    /** Polite defaults for the open web (private addresses refused): every {@link CrawlerKeys} default. */
    public static CrawlerSettings defaults() {
        return from(Values.none());
    }

    /**
     * The settings {@code values} gives, the rest at {@link CrawlerKeys}' defaults. When only
     * {@code recheckInterval} is given, the adaptive bounds widen to include it.
     *
     * @throws InvalidSettingsException naming every invalid value
     */
    public static CrawlerSettings from(Values values) {
        Duration recheck = values.get(CrawlerKeys.RECHECK_INTERVAL);
        Duration minRecheck = values.given(CrawlerKeys.MIN_RECHECK_INTERVAL)
                .orElseGet(() -> min(recheck, values.get(CrawlerKeys.MIN_RECHECK_INTERVAL)));
        Duration maxRecheck = values.given(CrawlerKeys.MAX_RECHECK_INTERVAL)
                .orElseGet(() -> max(recheck, values.get(CrawlerKeys.MAX_RECHECK_INTERVAL)));
        return new CrawlerSettings(values.get(CrawlerKeys.USER_AGENT), values.get(CrawlerKeys.MIN_DELAY_PER_HOST), recheck,
                values.get(CrawlerKeys.MAX_LIST_PAGES), values.get(CrawlerKeys.MAX_PAGE_BYTES),
                values.get(CrawlerKeys.TIMEOUT), values.get(CrawlerKeys.ALLOW_PRIVATE_ADDRESSES),
                values.get(CrawlerKeys.PARALLELISM), values.get(CrawlerKeys.MAX_REDIRECTS),
                values.get(CrawlerKeys.CONNECT_TIMEOUT), values.get(CrawlerKeys.MAX_RETRIES),
                values.get(CrawlerKeys.RETRY_BACKOFF), values.get(CrawlerKeys.MAX_RETRY_AFTER),
                values.get(CrawlerKeys.BREAKER_THRESHOLD), values.get(CrawlerKeys.BREAKER_COOLDOWN), minRecheck, maxRecheck,
                values.get(CrawlerKeys.ROBOTS_CACHE_TTL), values.get(CrawlerKeys.MAX_URL_LENGTH),
                values.get(CrawlerKeys.MAX_PATH_SEGMENTS), values.get(CrawlerKeys.TRUSTED_CERTIFICATES),
                values.get(CrawlerKeys.MAX_TURN));
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
        private List<Path> trustedCertificates;
        private Duration maxTurn;

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
            trustedCertificates = s.trustedCertificates;
            maxTurn = s.maxTurn;
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

        public Builder trustedCertificates(List<Path> value) {
            trustedCertificates = value;
            return this;
        }

        public Builder maxTurn(Duration value) {
            maxTurn = value;
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
                    robotsCacheTtl, maxUrlLength, maxPathSegments, trustedCertificates, maxTurn);
        }
    }
}
