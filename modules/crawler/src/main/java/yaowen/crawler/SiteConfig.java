package yaowen.crawler;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import yaowen.settings.InvalidSettingsException;

/**
 * A site to watch. Immutable.
 *
 * @param id         stable id, {@code [a-z0-9-]+}; becomes {@code RawPage.siteId}
 * @param name       human name, e.g. 开封市龙亭区人民政府
 * @param regionCode six-digit GB/T 2260 code of the site's region, a hint for region resolution
 * @param listUrls   absolute http(s) URLs of the news list pages to watch (first page of each
 *                   column; further pages are found by pagination)
 * @param overrides  per-site departures from the crawler settings (schedule bounds, delay, list pages)
 * @throws InvalidSettingsException listing every problem, by key ({@link SiteKeys}), when the values are invalid
 */
public record SiteConfig(String id, String name, Optional<String> regionCode, List<URI> listUrls,
                         Overrides overrides) {
    public SiteConfig {
        Objects.requireNonNull(regionCode, "regionCode");
        Objects.requireNonNull(listUrls, "listUrls");
        Objects.requireNonNull(overrides, "overrides");
        InvalidSettingsException.Collector problems = new InvalidSettingsException.Collector()
                .check(SiteKeys.ID, id).check(SiteKeys.NAME, name).checkIfPresent(SiteKeys.REGION_CODE, regionCode)
                .check(SiteKeys.LIST_URLS, listUrls);
        overrides.check(problems);
        problems.throwIfAny("invalid site " + (id == null ? "without id" : "'" + id + "'"));
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

        /** Every broken rule of these overrides, by key ({@link SiteKeys}); empty when they are valid. */
        public List<InvalidSettingsException.Problem> problems() {
            InvalidSettingsException.Collector problems = new InvalidSettingsException.Collector();
            check(problems);
            return problems.problems();
        }

        void check(InvalidSettingsException.Collector problems) {
            problems.checkIfPresent(SiteKeys.MIN_INTERVAL, minRecheckInterval)
                    .checkIfPresent(SiteKeys.MAX_INTERVAL, maxRecheckInterval)
                    .checkIfPresent(SiteKeys.MIN_DELAY_PER_HOST, minDelayPerHost)
                    .checkIfPresent(SiteKeys.MAX_LIST_PAGES, maxListPages);
            if (minRecheckInterval.isPresent() && maxRecheckInterval.isPresent()
                    && minRecheckInterval.get().compareTo(maxRecheckInterval.get()) > 0) {
                problems.add(SiteKeys.MIN_INTERVAL.name(), SiteKeys.MIN_INTERVAL.format(minRecheckInterval.get())
                        + " is longer than " + SiteKeys.MAX_INTERVAL.name() + " "
                        + SiteKeys.MAX_INTERVAL.format(maxRecheckInterval.get()), SiteKeys.MAX_INTERVAL.name());
            }
        }
    }
}
