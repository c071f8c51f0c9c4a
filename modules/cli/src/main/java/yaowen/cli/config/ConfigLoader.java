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
    record RawConfig(String dataDir, RawKafka kafka, RawCrawler crawler, List<RawSite> sites, RawStore store, RawWeb web,
                     RawAlerts alerts) { }

    record RawKafka(String bootstrapServers, Integer partitions, Integer replication) { }

    record RawCrawler(String userAgent, String minDelayPerHost, String recheckInterval, Integer maxListPages,
                      Boolean allowPrivateAddresses) { }

    record RawSite(String id, String name, String regionCode, List<String> listUrls) { }

    record RawStore(String type, String duckdbPath, String postgresUrl) { }

    record RawWeb(Boolean enabled, Integer port) { }

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
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        RawConfig raw;
        try {
            raw = text.isBlank() ? null : yaml.readValue(text, RawConfig.class);
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
        return validate(raw == null ? new RawConfig(null, null, null, null, null, null, null) : raw, name);
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

        RawCrawler c = raw.crawler() == null ? new RawCrawler(null, null, null, null, null) : raw.crawler();
        YaowenConfig.Crawler crawler = new YaowenConfig.Crawler(
                c.userAgent() == null || c.userAgent().isBlank() ? DEFAULT_USER_AGENT : c.userAgent(),
                duration(c.minDelayPerHost(), Duration.ofSeconds(1), "crawler.minDelayPerHost", name, problems),
                duration(c.recheckInterval(), Duration.ofSeconds(60), "crawler.recheckInterval", name, problems),
                positive(c.maxListPages(), 5, "crawler.maxListPages", name, problems),
                Boolean.TRUE.equals(c.allowPrivateAddresses()));

        List<YaowenConfig.Site> sites = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<RawSite> rawSites = raw.sites() == null ? List.of() : raw.sites();
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
            sites.add(new YaowenConfig.Site(String.valueOf(s.id()), s.name() == null ? String.valueOf(s.id()) : s.name(),
                    Optional.ofNullable(s.regionCode()), urls));
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

        RawWeb w = raw.web() == null ? new RawWeb(null, null) : raw.web();
        int port = w.port() == null ? 8080 : w.port();
        if (port < 0 || port > 65535) {
            problems.add(name + ": web.port: " + port + " is not a port (0..65535)");
        }

        RawAlerts a = raw.alerts() == null ? new RawAlerts(null, null) : raw.alerts();
        Optional<URI> webhook = a.webhookUrl() == null ? Optional.empty() : url(a.webhookUrl(), name + ": alerts.webhookUrl", problems);

        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        return new YaowenConfig(dataDir, new YaowenConfig.Kafka(bootstrap, partitions, (short) replication), crawler, sites,
                new YaowenConfig.Store(type, duckdb, Optional.ofNullable(st.postgresUrl())),
                new YaowenConfig.Web(w.enabled() == null || w.enabled(), port),
                new YaowenConfig.Alerts(a.console() == null || a.console(), webhook));
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
            problems.add(name + ": " + key + ": must be at least 1, was " + value);
        }
        return value;
    }

    /** Parses {@code 500ms}, {@code 1s}, {@code 5m}, {@code 1h}. */
    static Duration duration(String text, Duration fallback, String key, String name, List<String> problems) {
        if (text == null) {
            return fallback;
        }
        Matcher m = DURATION.matcher(text.trim());
        if (!m.matches()) {
            problems.add(name + ": " + key + ": '" + text + "' is not a duration like 500ms, 1s, 5m or 1h");
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
