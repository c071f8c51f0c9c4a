package yaowen.cli.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads a YAML configuration file into a {@link YaowenConfig}: unknown keys, malformed values and bad
 * URLs are reported together, one line each, naming the file and the key.
 */
public final class ConfigLoader {
    public static final String DEFAULT_USER_AGENT = "YaowenBot/0.1 (+https://github.com/yaowen-project/yaowen)";
    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h)");
    private static final Pattern SITE_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");
    private static final Pattern REGION_CODE = Pattern.compile("\\d{6}");

    private ConfigLoader() {
    }

    /** The file as written by the user (every field may be absent). */
    record RawConfig(String dataDir, RawKafka kafka, RawCrawler crawler, List<RawSite> sites, String sitesFile,
                     RawStore store, RawWeb web, RawAlerts alerts) { }

    record RawKafka(String bootstrapServers, Integer partitions, Integer replication) { }

    record RawCrawler(String userAgent, String minDelayPerHost, String recheckInterval, Integer maxListPages,
                      Boolean allowPrivateAddresses, String minRecheckInterval, String maxRecheckInterval,
                      String timeout, String connectTimeout, Integer maxPageBytes, Integer parallelism,
                      String robotsCacheTtl) { }

    record RawSite(String id, String name, String regionCode, List<String> listUrls, RawSchedule schedule,
                   RawOverrides overrides) { }

    /** A site's adaptive re-check bounds. */
    record RawSchedule(String minInterval, String maxInterval) { }

    /** A site's departures from the crawler settings. */
    record RawOverrides(String minDelayPerHost, Integer maxListPages) { }

    /** A sites file: only {@code sites:}. */
    record RawSites(List<RawSite> sites) { }

    record RawStore(String type, String duckdbPath, String postgresUrl) { }

    record RawWeb(Boolean enabled, Integer port, String bindAddress) { }

    record RawAlerts(Boolean console, String webhookUrl) { }

    /** Loads and validates {@code file}. */
    public static YaowenConfig load(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new ConfigException("config file not found: " + file);
        } catch (IOException e) {
            throw new ConfigException("cannot read config file " + file + ": " + e.getMessage());
        }
        return parse(text, file.toString());
    }

    /** Parses and validates YAML {@code text}; {@code name} appears in messages. */
    public static YaowenConfig parse(String text, String name) {
        RawConfig raw = read(text, name, RawConfig.class);
        return validate(raw == null ? new RawConfig(null, null, null, null, null, null, null, null) : raw, name);
    }

    /**
     * Loads and validates a site registry ({@code sites.yaml}: a top-level {@code sites:} list), every
     * problem reported on its own line.
     */
    public static List<YaowenConfig.Site> loadSites(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new ConfigException("sites file not found: " + file);
        } catch (IOException e) {
            throw new ConfigException("cannot read sites file " + file + ": " + e.getMessage());
        }
        return parseSites(text, file.toString());
    }

    /** Parses and validates a site registry's YAML {@code text}; {@code name} appears in messages. */
    public static List<YaowenConfig.Site> parseSites(String text, String name) {
        RawSites raw = read(text, name, RawSites.class);
        List<String> problems = new ArrayList<>();
        List<YaowenConfig.Site> sites = sites(raw == null ? null : raw.sites(), name, problems);
        if (sites.isEmpty() && problems.isEmpty()) {
            problems.add(name + ": sites: no site listed");
        }
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        return sites;
    }

    private static <T> T read(String text, String name, Class<T> type) {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        try {
            return text.isBlank() ? null : yaml.readValue(text, type);
        } catch (UnrecognizedPropertyException e) {
            String known = e.getKnownPropertyIds().stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
            throw new ConfigException(name + ": unknown key '" + e.getPropertyName() + "' at " + parentPath(e)
                    + " (known keys: " + known + ")");
        } catch (JsonProcessingException e) {
            boolean syntax = !(e instanceof JsonMappingException) || yamlSyntax(e);
            String where = e.getLocation() != null ? " (line " + e.getLocation().getLineNr() + ")" : "";
            throw new ConfigException(syntax
                    ? name + ": not valid YAML: " + firstLine(e.getOriginalMessage()) + where
                    : name + ": bad value at " + path((JsonMappingException) e) + ": " + firstLine(e.getOriginalMessage()));
        }
    }

    private static boolean yamlSyntax(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getClass().getName().startsWith("org.yaml.snakeyaml")
                    || t.getClass().getName().contains("JsonParseException")) {
                return true;
            }
        }
        return false;
    }

    private static String firstLine(String message) {
        String line = message == null ? "" : message.strip().lines().findFirst().orElse("");
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }

    /** The path of the object holding the unknown key. */
    private static String parentPath(JsonMappingException e) {
        var refs = e.getPath();
        return describe(refs.subList(0, Math.max(0, refs.size() - 1)));
    }

    private static String path(JsonMappingException e) {
        return describe(e.getPath());
    }

    private static String describe(List<JsonMappingException.Reference> refs) {
        String p = refs.stream()
                .map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining());
        return p.isEmpty() ? "top level" : p.startsWith(".") ? p.substring(1) : p;
    }

    static YaowenConfig validate(RawConfig raw, String name) {
        List<String> problems = new ArrayList<>();
        Path dataDir = Path.of(raw.dataDir() == null ? "data" : raw.dataDir());

        RawKafka k = raw.kafka() == null ? new RawKafka(null, null, null) : raw.kafka();
        Optional<String> bootstrap = Optional.ofNullable(k.bootstrapServers()).filter(s -> !s.isBlank());
        bootstrap.ifPresent(b -> {
            for (String hostPort : b.split(",")) {
                if (!hostPort.trim().matches("[^:\\s]+:\\d{1,5}")) {
                    problems.add(name + ": kafka.bootstrapServers: '" + hostPort.trim() + "' is not HOST:PORT");
                }
            }
        });
        int partitions = positive(k.partitions(), 3, "kafka.partitions", name, problems);
        int replication = positive(k.replication(), 1, "kafka.replication", name, problems);

        RawCrawler c = raw.crawler() == null
                ? new RawCrawler(null, null, null, null, null, null, null, null, null, null, null, null) : raw.crawler();
        Duration recheck = duration(c.recheckInterval(), Duration.ofSeconds(60), "crawler.recheckInterval", name, problems);
        Duration minRecheck = duration(c.minRecheckInterval(),
                recheck.compareTo(Duration.ofSeconds(30)) < 0 ? recheck : Duration.ofSeconds(30),
                "crawler.minRecheckInterval", name, problems);
        Duration maxRecheck = duration(c.maxRecheckInterval(),
                recheck.compareTo(Duration.ofMinutes(30)) > 0 ? recheck : Duration.ofMinutes(30),
                "crawler.maxRecheckInterval", name, problems);
        if (minRecheck.compareTo(maxRecheck) > 0) {
            problems.add(name + ": crawler.minRecheckInterval: " + c.minRecheckInterval()
                    + " is longer than crawler.maxRecheckInterval");
        }
        int maxPageBytes = positive(c.maxPageBytes(), 10 * 1024 * 1024, "crawler.maxPageBytes", name, problems);
        if (maxPageBytes > MAX_PAGE_BYTES) {
            problems.add(name + ": crawler.maxPageBytes: " + maxPageBytes + " exceeds " + MAX_PAGE_BYTES
                    + " (pages must fit the topics' 25 MiB records)");
        }
        int parallelism = positive(c.parallelism(), 4, "crawler.parallelism", name, problems);
        if (parallelism > 256) {
            problems.add(name + ": crawler.parallelism: " + parallelism + " exceeds 256");
        }
        YaowenConfig.Crawler crawler = new YaowenConfig.Crawler(
                c.userAgent() == null || c.userAgent().isBlank() ? DEFAULT_USER_AGENT : c.userAgent(),
                duration(c.minDelayPerHost(), Duration.ofSeconds(1), "crawler.minDelayPerHost", name, problems),
                recheck,
                positive(c.maxListPages(), 5, "crawler.maxListPages", name, problems),
                Boolean.TRUE.equals(c.allowPrivateAddresses()), minRecheck, maxRecheck,
                nonZero(duration(c.timeout(), Duration.ofSeconds(20), "crawler.timeout", name, problems),
                        "crawler.timeout", name, problems),
                nonZero(duration(c.connectTimeout(), Duration.ofSeconds(5), "crawler.connectTimeout", name, problems),
                        "crawler.connectTimeout", name, problems),
                maxPageBytes, parallelism,
                nonZero(duration(c.robotsCacheTtl(), Duration.ofHours(24), "crawler.robotsCacheTtl", name, problems),
                        "crawler.robotsCacheTtl", name, problems));

        List<YaowenConfig.Site> sites = sites(raw.sites(), name, problems);
        if (raw.sitesFile() != null) {
            try {
                List<YaowenConfig.Site> more = loadSites(Path.of(raw.sitesFile()));
                Set<String> known = new HashSet<>();
                sites.forEach(x -> known.add(x.id()));
                for (YaowenConfig.Site extra : more) {
                    if (!known.add(extra.id())) {
                        problems.add(name + ": sitesFile: site id '" + extra.id() + "' is also in sites");
                    }
                }
                sites.addAll(more);
            } catch (ConfigException e) {
                problems.addAll(e.problems());
            }
        }

        RawStore st = raw.store() == null ? new RawStore(null, null, null) : raw.store();
        YaowenConfig.StoreType type = YaowenConfig.StoreType.DUCKDB;
        if (st.type() != null) {
            try {
                type = YaowenConfig.StoreType.valueOf(st.type().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(name + ": store.type: '" + st.type() + "' is not one of duckdb, postgres");
            }
        }
        if (type == YaowenConfig.StoreType.POSTGRES && (st.postgresUrl() == null || !st.postgresUrl().startsWith("jdbc:postgresql:"))) {
            problems.add(name + ": store.postgresUrl: a jdbc:postgresql:… URL is needed when store.type is postgres");
        }
        Path duckdb = st.duckdbPath() == null ? dataDir.resolve("yaowen.duckdb") : Path.of(st.duckdbPath());

        RawWeb w = raw.web() == null ? new RawWeb(null, null, null) : raw.web();
        int port = w.port() == null ? 8080 : w.port();
        if (port < 0 || port > 65535) {
            problems.add(name + ": web.port: " + port + " is not a port (0..65535)");
        }

        String bindAddress = w.bindAddress() == null || w.bindAddress().isBlank() ? "127.0.0.1" : w.bindAddress().trim();
        if (!bindAddress.matches("[0-9A-Za-z.:\\-\\[\\]]+")) {
            problems.add(name + ": web.bindAddress: '" + bindAddress + "' is not a host name or IP address");
        }

        RawAlerts a = raw.alerts() == null ? new RawAlerts(null, null) : raw.alerts();
        Optional<URI> webhook = a.webhookUrl() == null ? Optional.empty() : url(a.webhookUrl(), name + ": alerts.webhookUrl", problems);

        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        return new YaowenConfig(dataDir, new YaowenConfig.Kafka(bootstrap, partitions, (short) replication), crawler, sites,
                new YaowenConfig.Store(type, duckdb, Optional.ofNullable(st.postgresUrl())),
                new YaowenConfig.Web(w.enabled() == null || w.enabled(), port, bindAddress),
                new YaowenConfig.Alerts(a.console() == null || a.console(), webhook));
    }

    /** The largest page body: the topics take 25 MiB records. */
    private static final int MAX_PAGE_BYTES = 20 * 1024 * 1024;

    private static List<YaowenConfig.Site> sites(List<RawSite> rawSites, String name, List<String> problems) {
        List<YaowenConfig.Site> sites = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        if (rawSites == null) {
            return sites;
        }
        for (int i = 0; i < rawSites.size(); i++) {
            RawSite s = rawSites.get(i);
            String at = name + ": sites[" + i + "]";
            if (s == null) {
                problems.add(at + " is empty");
                continue;
            }
            if (s.id() == null || !SITE_ID.matcher(s.id()).matches()) {
                problems.add(at + ".id: '" + s.id() + "' must be lower-case letters, digits and '-'");
            } else if (!ids.add(s.id())) {
                problems.add(at + ".id: '" + s.id() + "' is used twice");
            }
            if (s.regionCode() != null && !REGION_CODE.matcher(s.regionCode()).matches()) {
                problems.add(at + ".regionCode: '" + s.regionCode() + "' is not a six-digit GB/T 2260 code");
            }
            List<URI> urls = new ArrayList<>();
            if (s.listUrls() == null || s.listUrls().isEmpty()) {
                problems.add(at + ".listUrls: at least one list page URL is needed");
            } else {
                for (String u : s.listUrls()) {
                    url(u, at + ".listUrls", problems).ifPresent(urls::add);
                }
            }
            RawSchedule sc = s.schedule() == null ? new RawSchedule(null, null) : s.schedule();
            Optional<Duration> min = Optional.ofNullable(sc.minInterval())
                    .map(t -> nonZero(duration(t, Duration.ofSeconds(30), at + ".schedule.minInterval", "", problems),
                            at + ".schedule.minInterval", "", problems));
            Optional<Duration> max = Optional.ofNullable(sc.maxInterval())
                    .map(t -> nonZero(duration(t, Duration.ofMinutes(30), at + ".schedule.maxInterval", "", problems),
                            at + ".schedule.maxInterval", "", problems));
            if (min.isPresent() && max.isPresent() && min.get().compareTo(max.get()) > 0) {
                problems.add(at + ".schedule: minInterval " + sc.minInterval() + " is longer than maxInterval "
                        + sc.maxInterval());
            }
            RawOverrides o = s.overrides() == null ? new RawOverrides(null, null) : s.overrides();
            Optional<Duration> delay = Optional.ofNullable(o.minDelayPerHost())
                    .map(t -> duration(t, Duration.ofSeconds(1), at + ".overrides.minDelayPerHost", "", problems));
            Optional<Integer> pages = Optional.ofNullable(o.maxListPages())
                    .map(n -> positive(n, 5, at + ".overrides.maxListPages", "", problems));
            sites.add(new YaowenConfig.Site(String.valueOf(s.id()), s.name() == null ? String.valueOf(s.id()) : s.name(),
                    Optional.ofNullable(s.regionCode()), urls, min, max, delay, pages));
        }
        return sites;
    }

    private static Duration nonZero(Duration d, String key, String name, List<String> problems) {
        if (d.isZero()) {
            problems.add(prefix(name) + key + ": must be longer than zero");
        }
        return d;
    }

    private static String prefix(String name) {
        return name.isEmpty() ? "" : name + ": ";
    }

    private static Optional<URI> url(String text, String at, List<String> problems) {
        try {
            URI uri = new URI(text == null ? "" : text.trim());
            if (uri.getScheme() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))
                    || uri.getHost() == null) {
                problems.add(at + ": '" + text + "' is not an absolute http(s) URL");
                return Optional.empty();
            }
            return Optional.of(uri);
        } catch (URISyntaxException e) {
            problems.add(at + ": '" + text + "' is not a URL (" + e.getReason() + ")");
            return Optional.empty();
        }
    }

    private static int positive(Integer value, int fallback, String key, String name, List<String> problems) {
        if (value == null) {
            return fallback;
        }
        if (value < 1) {
            problems.add(prefix(name) + key + ": must be at least 1, was " + value);
        }
        return value;
    }

    /**
     * Parses a duration option like {@code 500ms}, {@code 1s}, {@code 5m}, {@code 1h}.
     *
     * @throws ConfigException naming {@code key} when it is not one
     */
    public static Duration parseDuration(String text, String key) {
        List<String> problems = new ArrayList<>();
        Duration d = duration(text, Duration.ZERO, key, "", problems);
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        return d;
    }

    /** Parses {@code 500ms}, {@code 1s}, {@code 5m}, {@code 1h}. */
    static Duration duration(String text, Duration fallback, String key, String name, List<String> problems) {
        if (text == null) {
            return fallback;
        }
        Matcher m = DURATION.matcher(text.trim());
        if (!m.matches()) {
            problems.add(prefix(name) + key + ": '" + text + "' is not a duration like 500ms, 1s, 5m or 1h");
            return fallback;
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "ms" -> Duration.ofMillis(n);
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            default -> Duration.ofHours(n);
        };
    }
}
