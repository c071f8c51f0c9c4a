package yaowen.crawler;

/**
 * Everything the crawler did with one host since it started: requests and every kind of failure, so
 * a dead or hostile site is visible. Immutable snapshot.
 *
 * @param host            {@code scheme://host:port}
 * @param requests        HTTP requests sent (robots.txt, retries and redirect hops included)
 * @param ok              2xx answers
 * @param notModified     304 answers to conditional GETs
 * @param redirects       3xx hops followed
 * @param clientErrors    4xx answers other than 429 and WAF challenges
 * @param serverErrors    5xx answers other than 503-with-throttling
 * @param throttled       429 or 503 answers (Retry-After honoured)
 * @param networkErrors   connection failures and resets
 * @param timeouts        connect or read timeouts
 * @param retries         requests repeated after a failure or a throttle
 * @param robotsDenied    URLs not fetched because robots.txt disallows them
 * @param robotsDeferred  times robots.txt was unavailable (5xx or network) and the host deferred
 * @param blocked         URLs refused by the address guard
 * @param wafChallenges   WAF challenge pages met (HTTP 412/521 with a script); the host is then left alone
 * @param breakerRejected URLs skipped because the host's circuit breaker was open
 * @param breakerOpens    times the circuit breaker opened
 * @param traps           URLs refused by trap limits (length, depth, repeated segments, redirect loops)
 * @param truncated       bodies cut at the size cap (decompression bombs included)
 * @param bytes           body bytes received (after decompression)
 * @param circuitOpen     whether the breaker is open now
 */
public record HostReport(String host, long requests, long ok, long notModified, long redirects, long clientErrors,
                         long serverErrors, long throttled, long networkErrors, long timeouts, long retries,
                         long robotsDenied, long robotsDeferred, long blocked, long wafChallenges,
                         long breakerRejected, long breakerOpens, long traps, long truncated, long bytes,
                         boolean circuitOpen) {

    /** All failures: errors, throttles, timeouts, deferrals, refusals, challenges and rejections. */
    public long failures() {
        return clientErrors + serverErrors + throttled + networkErrors + timeouts + robotsDeferred + blocked
                + wafChallenges + breakerRejected + traps;
    }
}
