package yaowen.crawler.politeness;

import crawlercommons.robots.BaseRobotRules;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import yaowen.crawler.discovery.UrlTraps;
import yaowen.crawler.discovery.Urls;
import yaowen.crawler.fetch.BlockedAddressException;
import yaowen.crawler.fetch.FetchResult;
import yaowen.crawler.fetch.FetchException;
import yaowen.crawler.fetch.PageFetcher;
import yaowen.crawler.fetch.WafChallenge;
import yaowen.crawler.politeness.HostStats.Counter;
import yaowen.crawler.fetch.FailureReason;

/**
 * The crawler's one way to GET a URL politely and robustly. For the URL and every redirect hop (at
 * most {@code maxRedirects}, loops refused): trap limits, the host's circuit breaker, robots.txt
 * and the address guard of the hop's own host, then the request inside that host's
 * {@link HostGate} slot. Network errors and 5xx answers are retried with exponential backoff;
 * 429/503 wait for Retry-After when it is short, and otherwise pause the host. WAF challenges flag
 * the host instead of being retried. Every request and failure is counted in {@link HostStats}.
 *
 * <p>Waits happen in the calling thread and are bounded ({@code maxRetryAfter}, backoff, Crawl-delay
 * cap), so a hostile host costs its own site's thread a bounded time and never another host's.
 * Thread-safe.
 */
public final class PoliteFetcher {
    private static final Logger LOG = LoggerFactory.getLogger(PoliteFetcher.class);

    /** How a GET ended. */
    public enum Kind {
        /** A final (non-redirect) response arrived, whatever its status. */
        FETCHED,
        ROBOTS_DENIED,
        /** robots.txt unavailable (5xx, network): the host is deferred to a later round. */
        ROBOTS_DEFERRED,
        /** The address guard refused the host. */
        BLOCKED,
        /** The host's circuit breaker is open (dead host or WAF challenge met earlier). */
        CIRCUIT_OPEN,
        /** The host answered with a WAF challenge page; it is left alone for the breaker's cool-down. */
        WAF_CHALLENGE,
        /** The host asked us to wait longer than we wait within a round (429/503 Retry-After). */
        THROTTLED,
        /** Network errors or 5xx after all retries. */
        FAILED,
        /** A trap limit refused the URL or a redirect hop (length, segments, loop, too many redirects). */
        TRAP,
        INTERRUPTED
    }

    /**
     * @param kind   how it ended
     * @param result the final response when {@code kind} is FETCHED (requestedUrl = the URL asked
     *               for, finalUrl = the last hop), or the throttling/challenge response when there is one
     * @param reason a short human reason for anything but FETCHED
     */
    public record Outcome(Kind kind, Optional<FetchResult> result, String reason) {
        public Outcome {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(result, "result");
        }

        public boolean fetched() {
            return kind == Kind.FETCHED;
        }

        static Outcome of(Kind kind, String reason) {
            return new Outcome(kind, Optional.empty(), reason);
        }
    }

    private final PageFetcher fetcher;
    private final HostGate gate;
    private final RobotsCache robots;
    private final CircuitBreaker breaker;
    private final HostStats stats;
    private final UrlTraps traps;
    private final int maxRedirects;
    private final int maxRetries;
    private final Duration backoff;
    private final Duration maxRetryAfter;
    private final Clock clock;

    public PoliteFetcher(PageFetcher fetcher, HostGate gate, RobotsCache robots, CircuitBreaker breaker, HostStats stats,
                         UrlTraps traps, int maxRedirects, int maxRetries, Duration backoff, Duration maxRetryAfter,
                         Clock clock) {
        this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
        this.gate = Objects.requireNonNull(gate, "gate");
        this.robots = Objects.requireNonNull(robots, "robots");
        this.breaker = Objects.requireNonNull(breaker, "breaker");
        this.stats = Objects.requireNonNull(stats, "stats");
        this.traps = Objects.requireNonNull(traps, "traps");
        this.maxRedirects = maxRedirects;
        this.maxRetries = maxRetries;
        this.backoff = Objects.requireNonNull(backoff, "backoff");
        this.maxRetryAfter = Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public HostStats stats() {
        return stats;
    }

    public CircuitBreaker breaker() {
        return breaker;
    }

    /**
     * GETs {@code url}, following redirects hop by hop.
     *
     * @param headers request headers for the first hop only (validators belong to that URL)
     */
    public Outcome get(URI url, Map<String, String> headers) {
        URI current = url;
        Set<URI> visited = new HashSet<>();
        for (int hop = 0; ; hop++) {
            String host = HostGate.hostKey(current);
            Optional<String> trap = traps.trapReason(current);
            if (trap.isPresent() || !visited.add(Urls.canonical(current))) {
                stats.inc(host, Counter.TRAPS);
                return Outcome.of(Kind.TRAP, trap.orElse("redirect loop at " + current));
            }
            Outcome refused = admit(host, current);
            if (refused != null) {
                return refused;
            }
            Outcome outcome = attempt(host, current, hop == 0 ? headers : Map.of());
            if (!outcome.fetched()) {
                return outcome;
            }
            FetchResult r = outcome.result().orElseThrow();
            Optional<String> location = r.header("location").filter(l -> !l.isBlank());
            if (isRedirect(r.status()) && location.isPresent()) {
                stats.inc(host, Counter.REDIRECTS);
                if (hop >= maxRedirects) {
                    stats.inc(host, Counter.TRAPS);
                    return Outcome.of(Kind.TRAP, "more than " + maxRedirects + " redirects from " + url);
                }
                Optional<URI> next = Urls.parseHttp(current.resolve(location.get().strip().replace(" ", "%20")).toString());
                if (next.isEmpty()) {
                    stats.inc(host, Counter.TRAPS);
                    return Outcome.of(Kind.TRAP, "redirect to a non-http location " + location.get());
                }
                current = next.get();
                continue;
            }
            if (hop == 0) {
                return outcome; // requested and final URL are the same
            }
            FetchResult fin = new FetchResult(url, current, r.status(), r.contentType(), r.declaredCharset(),
                    r.headers(), r.body(), r.cut(), r.fetchedAt());
            return new Outcome(Kind.FETCHED, Optional.of(fin), "");
        }
    }

    /** Breaker, pause and robots.txt checks; null when the URL may be requested. */
    private Outcome admit(String host, URI url) {
        if (breaker.isOpen(host)) {
            stats.inc(host, Counter.BREAKER_REJECTED);
            return Outcome.of(Kind.CIRCUIT_OPEN, "host " + host + " left alone: " + breaker.reason(host));
        }
        Duration paused = gate.pauseRemaining(host);
        if (paused.compareTo(maxRetryAfter) > 0) {
            stats.inc(host, Counter.THROTTLED);
            return Outcome.of(Kind.THROTTLED, "host " + host + " asked for a pause of " + paused.toSeconds() + " s more");
        }
        try {
            BaseRobotRules rules = robots.rulesFor(url);
            if (rules.isDeferVisits()) {
                stats.inc(host, Counter.ROBOTS_DEFERRED);
                return Outcome.of(Kind.ROBOTS_DEFERRED, "robots.txt of " + host + " unavailable"
                        + robots.failure(host).map(r -> ": " + r).orElse(""));
            }
            if (!rules.isAllowed(url.toString())) {
                stats.inc(host, Counter.ROBOTS_DENIED);
                return Outcome.of(Kind.ROBOTS_DENIED, "robots.txt disallows " + url);
            }
            return null;
        } catch (BlockedAddressException e) {
            stats.inc(host, Counter.BLOCKED);
            return Outcome.of(Kind.BLOCKED, e.getMessage());
        }
    }

    /** One hop with retries. */
    private Outcome attempt(String host, URI url, Map<String, String> headers) {
        for (int attempt = 0; ; attempt++) {
            if (attempt > 0) {
                stats.inc(host, Counter.RETRIES);
            }
            FetchResult r;
            try {
                stats.inc(host, Counter.REQUESTS);
                r = gate.call(host, () -> fetcher.fetch(url, headers));
            } catch (BlockedAddressException e) {
                stats.inc(host, Counter.BLOCKED);
                return Outcome.of(Kind.BLOCKED, e.getMessage());
            } catch (InterruptedException | java.io.InterruptedIOException e) {
                Thread.currentThread().interrupt();
                return Outcome.of(Kind.INTERRUPTED, "interrupted");
            } catch (Exception e) {
                boolean timeout = e instanceof FetchException f && f.kind() == FetchException.Kind.TIMEOUT;
                stats.inc(host, timeout ? Counter.TIMEOUTS : Counter.NETWORK_ERRORS);
                String what = FailureReason.of(e);
                if (breaker.failure(host, what)) {
                    stats.inc(host, Counter.BREAKER_OPENS);
                    return Outcome.of(Kind.FAILED, what + " (circuit breaker opened)");
                }
                if (attempt >= maxRetries || !pauseForRetry(host, backoff(attempt))) {
                    return Outcome.of(Kind.FAILED, what);
                }
                continue;
            }
            stats.add(host, Counter.BYTES, r.body().length);
            if (r.truncated()) {
                stats.inc(host, Counter.TRUNCATED);
            }
            int status = r.status();
            if (WafChallenge.isChallenge(r)) {
                stats.inc(host, Counter.WAF_CHALLENGES);
                breaker.openFor(host, breaker.cooldown(), "WAF challenge (HTTP " + status + ") at " + url);
                return new Outcome(Kind.WAF_CHALLENGE, Optional.of(r), "WAF challenge (HTTP " + status + ")");
            }
            if (status == 429 || status == 503) {
                stats.inc(host, Counter.THROTTLED);
                Optional<Duration> retryAfter = r.header("retry-after").flatMap(v -> retryAfter(v, clock.instant()));
                Duration wait = retryAfter.orElse(backoff(attempt));
                if (status == 503 && retryAfter.isEmpty() && breaker.failure(host, "HTTP 503")) {
                    stats.inc(host, Counter.BREAKER_OPENS);
                    return new Outcome(Kind.FAILED, Optional.of(r), "HTTP 503 (circuit breaker opened)");
                }
                if (attempt >= maxRetries || !pauseForRetry(host, wait)) {
                    gate.pauseFor(host, wait);
                    return new Outcome(Kind.THROTTLED, Optional.of(r),
                            "HTTP " + status + ", Retry-After " + wait.toSeconds() + " s");
                }
                continue;
            }
            if (status >= 500) {
                stats.inc(host, Counter.SERVER_ERRORS);
                if (breaker.failure(host, "HTTP " + status)) {
                    stats.inc(host, Counter.BREAKER_OPENS);
                    return new Outcome(Kind.FAILED, Optional.of(r), "HTTP " + status + " (circuit breaker opened)");
                }
                if (attempt >= maxRetries || !pauseForRetry(host, backoff(attempt))) {
                    return new Outcome(Kind.FAILED, Optional.of(r), "HTTP " + status);
                }
                continue;
            }
            breaker.success(host);
            if (status == 304) {
                stats.inc(host, Counter.NOT_MODIFIED);
            } else if (status >= 200 && status < 300) {
                stats.inc(host, Counter.OK);
            } else if (status >= 400) {
                stats.inc(host, Counter.CLIENT_ERRORS);
            }
            return new Outcome(Kind.FETCHED, Optional.of(r), "");
        }
    }

    /** Pauses the host before a retry; false when the wait is longer than we wait within a round. */
    private boolean pauseForRetry(String host, Duration wait) {
        if (wait.compareTo(maxRetryAfter) > 0) {
            return false;
        }
        gate.pauseFor(host, wait);
        return true;
    }


    private Duration backoff(int attempt) {
        return backoff.multipliedBy(1L << Math.min(attempt, 16));
    }

    /** A Retry-After value: delay-seconds or an HTTP-date; empty when unreadable. */
    static Optional<Duration> retryAfter(String value, Instant now) {
        String v = value.strip();
        if (v.matches("\\d{1,9}")) {
            return Optional.of(Duration.ofSeconds(Long.parseLong(v)));
        }
        try {
            Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration d = Duration.between(now, at);
            return Optional.of(d.isNegative() ? Duration.ZERO : d);
        } catch (DateTimeParseException e) {
            LOG.debug("unreadable Retry-After '{}'", v);
            return Optional.empty();
        }
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }
}
