package yaowen.crawler;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import yaowen.settings.Rule;
import yaowen.settings.Setting;
import yaowen.settings.Types;

/**
 * Every key of one site in a registry ({@code sites:} in a config or sites file), defined once: {@link SiteConfig}
 * validates with these, and so do the CLI's loader and the reference file. The schedule and override keys
 * are the crawler's own settings ({@link CrawlerKeys}) under another name, checked by the same rules.
 */
public final class SiteKeys {
    private static final Pattern ID_PATTERN = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");
    private static final Pattern REGION_PATTERN = Pattern.compile("\\d{6}");

    private SiteKeys() {
    }

    public static final Setting<String> ID = Setting.string("id", null,
                    "Stable id of the site: lower-case letters, digits and '-'; every page fetched carries it.")
            .asRequired().withExample("example-district")
            .withRule(Rule.of("lower-case letters, digits and '-' (at most 63, not starting with '-')",
                    id -> ID_PATTERN.matcher(id).matches()));
    public static final Setting<String> NAME = Setting.string("name", null, "Human name of the site; default: its id.")
            .withExample("示例区人民政府").withRule(Rule.singleLine());
    public static final Setting<String> REGION_CODE = Setting.string("regionCode", null,
                    "The GB/T 2260 code of the site's region: helps resolve \"区委书记\" to the right district.")
            .withExample("410202")
            .withRule(Rule.of("a six-digit GB/T 2260 code", code -> REGION_PATTERN.matcher(code).matches()));
    public static final Setting<List<URI>> LIST_URLS = Setting.of("listUrls", Types.listOf(Types.HTTP_URL), null,
                    "The news list pages to watch (first page of each column; further pages are found by pagination).")
            .asRequired().withExample("https://www.example.gov.cn/xwzx/yw/")
            .withRule(new Rule<>("at least one", urls -> !urls.isEmpty(), v -> "at least one list page URL is needed"))
            .withRule(Rule.of("each with a host", urls -> urls.stream().allMatch(Types::isHttpUrl)));
    public static final Setting<Duration> MIN_INTERVAL = CrawlerKeys.MIN_RECHECK_INTERVAL.asOverride(
            "schedule.minInterval", "This site's shortest re-check interval (crawler.minRecheckInterval otherwise).")
            .withExample("2m");
    public static final Setting<Duration> MAX_INTERVAL = CrawlerKeys.MAX_RECHECK_INTERVAL.asOverride(
            "schedule.maxInterval", "This site's longest re-check interval (crawler.maxRecheckInterval otherwise).")
            .withExample("30m");
    public static final Setting<Duration> MIN_DELAY_PER_HOST = CrawlerKeys.MIN_DELAY_PER_HOST.asOverride(
            "overrides.minDelayPerHost", "This site's pause between requests to one host (crawler.minDelayPerHost"
                    + " otherwise; robots.txt can only make it longer).")
            .withExample("2s");
    public static final Setting<Integer> MAX_LIST_PAGES = CrawlerKeys.MAX_LIST_PAGES.asOverride(
            "overrides.maxListPages", "This site's list pages read per check (crawler.maxListPages otherwise).")
            .withExample("3");

    /** Every key of a site, in the order of the reference file. */
    public static final List<Setting<?>> ALL = List.of(ID, NAME, REGION_CODE, LIST_URLS, MIN_INTERVAL, MAX_INTERVAL,
            MIN_DELAY_PER_HOST, MAX_LIST_PAGES);
}
