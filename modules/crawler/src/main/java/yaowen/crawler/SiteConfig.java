package yaowen.crawler;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A site to watch. Immutable.
 *
 * @param id         stable id, {@code [a-z0-9-]+}; becomes {@code RawPage.siteId}
 * @param name       human name, e.g. 开封市龙亭区人民政府
 * @param regionCode six-digit GB/T 2260 code of the site's region, a hint for region resolution
 * @param listUrls   absolute http(s) URLs of the news list pages to watch (first page of each
 *                   column; further pages are found by pagination)
 * @param overrides  per-site departures from the crawler settings (schedule bounds, delay, list pages)
 * @throws IllegalArgumentException listing every problem when the values are invalid
 */
public record SiteConfig(String id, String name, Optional<String> regionCode, List<URI> listUrls,
                         Overrides overrides) {
    private static final Pattern ID = Pattern.compile("[a-z0-9-]+");
    private static final Pattern REGION = Pattern.compile("\\d{6}");

    public SiteConfig {
        Objects.requireNonNull(regionCode, "regionCode");
        Objects.requireNonNull(listUrls, "listUrls");
        Objects.requireNonNull(overrides, "overrides");
        List<String> problems = new ArrayList<>();
        if (id == null || !ID.matcher(id).matches()) {
            problems.add("id must match [a-z0-9-]+, was " + quoted(id));
        }
        if (name == null || name.isBlank()) {
            problems.add("name must not be blank");
        }
        regionCode.filter(code -> !REGION.matcher(code).matches())
                .ifPresent(code -> problems.add("regionCode must be six digits (GB/T 2260), was " + quoted(code)));
        if (listUrls.isEmpty()) {
            problems.add("listUrls must name at least one list page");
        }
        for (URI url : listUrls) {
            if (url == null) {
                problems.add("listUrls must not contain null");
            } else if (!url.isAbsolute() || url.getHost() == null
                    || !("http".equalsIgnoreCase(url.getScheme()) || "https".equalsIgnoreCase(url.getScheme()))) {
                problems.add("list URL must be an absolute http or https URL with a host, was " + quoted(url.toString()));
            }
        }
        problems.addAll(overrides.problems());
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid site " + quoted(id) + ": " + String.join("; ", problems));
        }
        listUrls = List.copyOf(listUrls);
    }

    /** A site with the crawler's settings unchanged. */
    public SiteConfig(String id, String name, Optional<String> regionCode, List<URI> listUrls) {
        this(id, name, regionCode, listUrls, Overrides.NONE);
    }

    /** A site without a region code. */
    public static SiteConfig of(String id, String name, URI... listUrls) {
        return new SiteConfig(id, name, Optional.empty(), List.of(listUrls));
    }

    /**
     * Per-site settings that replace the crawler's; empty means "as the crawler settings say".
     *
     * @param minRecheckInterval shortest adaptive interval of this site's list pages
     * @param maxRecheckInterval longest adaptive interval of this site's list pages
     * @param minDelayPerHost    delay between requests to this site's hosts (never below what robots.txt asks)
     * @param maxListPages       list pages known and checked per round for this site
     */
    public record Overrides(Optional<Duration> minRecheckInterval, Optional<Duration> maxRecheckInterval,
                            Optional<Duration> minDelayPerHost, Optional<Integer> maxListPages) {
        public static final Overrides NONE = new Overrides(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());

        public Overrides {
            Objects.requireNonNull(minRecheckInterval, "minRecheckInterval");
            Objects.requireNonNull(maxRecheckInterval, "maxRecheckInterval");
            Objects.requireNonNull(minDelayPerHost, "minDelayPerHost");
            Objects.requireNonNull(maxListPages, "maxListPages");
        }

        List<String> problems() {
            List<String> p = new ArrayList<>();
            minRecheckInterval.filter(d -> d.isNegative() || d.isZero())
                    .ifPresent(d -> p.add("minRecheckInterval must be positive, was " + d));
            maxRecheckInterval.filter(d -> d.isNegative() || d.isZero())
                    .ifPresent(d -> p.add("maxRecheckInterval must be positive, was " + d));
            if (minRecheckInterval.isPresent() && maxRecheckInterval.isPresent()
                    && minRecheckInterval.get().compareTo(maxRecheckInterval.get()) > 0) {
                p.add("minRecheckInterval must not exceed maxRecheckInterval");
            }
            minDelayPerHost.filter(Duration::isNegative).ifPresent(d -> p.add("minDelayPerHost must not be negative"));
            maxListPages.filter(n -> n < 1).ifPresent(n -> p.add("maxListPages must be at least 1, was " + n));
            return p;
        }
    }

    private static String quoted(String s) {
        return s == null ? "null" : "'" + s + "'";
    }
}
