package yaowen.crawler;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import yaowen.settings.Rule;
import yaowen.settings.Setting;
import yaowen.settings.Types;

/**
 * Every crawler setting, defined once: the name under {@code crawler:} in a config file, the default, the
 * reason and the rules. {@link CrawlerSettings} takes its defaults and validation from here, and so do the
 * CLI's config loader and {@code deploy/yaowen.reference.yaml}.
 */
public final class CrawlerKeys {
    private CrawlerKeys() {
    }

    public static final Setting<String> USER_AGENT = Setting.string("userAgent", CrawlerSettings.DEFAULT_USER_AGENT,
                    "Sent with every request; the URL tells site operators who we are and how to reach us. Its product"
                            + " token (before '/') is the name matched against robots.txt groups.")
            .withRule(Rule.singleLine());
    public static final Setting<Duration> MIN_DELAY_PER_HOST = Setting.duration("minDelayPerHost", Duration.ofSeconds(1),
                    "Minimum pause between the end of one request and the start of the next to the same host"
                            + " (a robots.txt Crawl-delay can only make it longer, up to 30s).")
            .withRule(Rule.notNegative());
    public static final Setting<Duration> RECHECK_INTERVAL = Setting.duration("recheckInterval", Duration.ofSeconds(60),
                    "Starting re-check interval of each list page. It then adapts between minRecheckInterval and"
                            + " maxRecheckInterval: halved when new links appeared, x1.5 when nothing changed (or 304).")
            .withRule(Rule.positive());
    public static final Setting<Duration> MIN_RECHECK_INTERVAL = Setting.duration("minRecheckInterval",
                    Duration.ofSeconds(30), "Shortest adaptive re-check interval of a list page (when new links keep"
                            + " appearing); lowered to recheckInterval when that is shorter and this is not set.")
            .withRule(Rule.positive());
    public static final Setting<Duration> MAX_RECHECK_INTERVAL = Setting.duration("maxRecheckInterval",
                    Duration.ofMinutes(30), "Longest adaptive re-check interval of a list page (when nothing changes);"
                            + " raised to recheckInterval when that is longer and this is not set.")
            .withRule(Rule.positive());
    public static final Setting<Integer> MAX_LIST_PAGES = Setting.integer("maxListPages", 5,
                    "How many list pages of a site (first page plus pagination) are known and read per check.")
            .withRule(Rule.atLeast(1));
    public static final Setting<Boolean> ALLOW_PRIVATE_ADDRESSES = Setting.bool("allowPrivateAddresses", false,
            "Private, loopback, link-local and unique-local addresses are refused unless this is true (the demo sets it).");
    public static final Setting<Duration> TIMEOUT = Setting.duration("timeout", Duration.ofSeconds(20),
                    "Whole-response time limit: headers and body of one request must arrive within it (government"
                            + " portals are often slow).")
            .withRule(Rule.positive());
    public static final Setting<Duration> CONNECT_TIMEOUT = Setting.duration("connectTimeout", Duration.ofSeconds(5),
                    "Time limit for opening a connection.")
            .withRule(Rule.positive());
    public static final Setting<Integer> MAX_PAGE_BYTES = Setting.integer("maxPageBytes", 10 * 1024 * 1024,
                    "Largest page kept, counted after gzip decoding: longer bodies are cut and marked truncated"
                            + " (a decompression bomb stops here).")
            .withUnit("bytes").withRule(Rule.atLeast(1))
            .withRule(Rule.atMost(CrawlerSettings.MAX_PAGE_BYTES_LIMIT, "pages must fit the topics' 25 MiB records"));
    public static final Setting<Duration> MAX_TURN = Setting.duration("maxTurn", Duration.ofSeconds(30),
                    "Longest a site's turn runs while monitoring: its list pages, then articles; no new request starts"
                            + " once it is up (the one in flight is finished, with its retries). The list pages and articles it had"
                            + " no time for are taken up in its next turns, after the checks of other sites that are due."
                            + " So a site with many list pages, a huge list or a backlog after a restart never holds back"
                            + " another site's checks for long.")
            .withRule(Rule.positive());
    public static final Setting<Integer> PARALLELISM = Setting.integer("parallelism", 4,
                    "Hosts fetched at the same time (each host still gets one request at a time).")
            .withUnit("hosts").withRule(Rule.between(1, 256));
    public static final Setting<Duration> ROBOTS_CACHE_TTL = Setting.duration("robotsCacheTtl", Duration.ofHours(24),
                    "How long a host's robots.txt is trusted before it is fetched again.")
            .withRule(Rule.positive());
    public static final Setting<Integer> MAX_REDIRECTS = Setting.integer("maxRedirects", 5,
                    "Redirects followed per request; each hop passes robots.txt, the address guard and the politeness"
                            + " of its own host.")
            .withRule(Rule.between(0, 20));
    public static final Setting<Integer> MAX_RETRIES = Setting.integer("maxRetries", 2,
                    "Retries of a request after a network error, a 5xx, or a 429/503 whose Retry-After is at most"
                            + " maxRetryAfter.")
            .withRule(Rule.between(0, 10));
    public static final Setting<Duration> RETRY_BACKOFF = Setting.duration("retryBackoff", Duration.ofSeconds(1),
                    "First pause before a retry, doubled on each further retry (exponential backoff).")
            .withRule(Rule.notNegative());
    public static final Setting<Duration> MAX_RETRY_AFTER = Setting.duration("maxRetryAfter", Duration.ofSeconds(15),
                    "Longest Retry-After (or backoff) waited within a round; a longer one pauses the host until then"
                            + " and the URL is retried in a later round.")
            .withRule(Rule.notNegative());
    public static final Setting<Integer> BREAKER_THRESHOLD = Setting.integer("breakerThreshold", 5,
                    "Consecutive failures (network errors, 5xx) that open a host's circuit breaker: the host is"
                            + " skipped until the cool-down ends.")
            .withRule(Rule.atLeast(1));
    public static final Setting<Duration> BREAKER_COOLDOWN = Setting.duration("breakerCooldown", Duration.ofMinutes(2),
                    "First cool-down of an open breaker, doubled each time it re-opens (at most 1h); also how long a"
                            + " host answering with a WAF challenge is left alone.")
            .withRule(Rule.positive());
    public static final Setting<Integer> MAX_URL_LENGTH = Setting.integer("maxUrlLength", 512,
                    "Crawler-trap limit: longer URLs are not followed.")
            .withUnit("characters").withRule(Rule.atLeast(32));
    public static final Setting<Integer> MAX_PATH_SEGMENTS = Setting.integer("maxPathSegments", 12,
                    "Crawler-trap limit: URLs with more path segments, or with one segment repeated three times or"
                            + " more, are not followed.")
            .withRule(Rule.atLeast(2));
    public static final Setting<List<Path>> TRUSTED_CERTIFICATES = Setting.of("trustedCertificates",
                    Types.listOf(Types.PATH), List.of(),
                    "PEM files of certificates trusted for HTTPS on top of the JDK's certificate authorities (a portal"
                            + " behind its own or a provincial CA). Certificates are always verified: chain, dates and host"
                            + " name; an expired or unknown one is refused with the reason in words.")
            .withRule(Rule.of("readable files", paths -> paths.stream().allMatch(Files::isReadable)));

    /** Every crawler setting, in the order of the reference file. */
    public static final List<Setting<?>> ALL = List.of(USER_AGENT, MIN_DELAY_PER_HOST, RECHECK_INTERVAL,
            MIN_RECHECK_INTERVAL, MAX_RECHECK_INTERVAL, MAX_LIST_PAGES, ALLOW_PRIVATE_ADDRESSES, TIMEOUT, CONNECT_TIMEOUT,
            MAX_PAGE_BYTES, PARALLELISM, MAX_TURN, ROBOTS_CACHE_TTL, MAX_REDIRECTS, MAX_RETRIES, RETRY_BACKOFF, MAX_RETRY_AFTER,
            BREAKER_THRESHOLD, BREAKER_COOLDOWN, MAX_URL_LENGTH, MAX_PATH_SEGMENTS, TRUSTED_CERTIFICATES);
}
