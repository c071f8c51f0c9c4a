package yaowen.cli.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.text.similarity.LevenshteinDistance;
import yaowen.crawler.CrawlerSettings;
import yaowen.crawler.SiteConfig;
import yaowen.crawler.SiteKeys;
import yaowen.pipeline.PipelineKeys;
import yaowen.settings.InvalidSettingsException;
import yaowen.settings.Setting;
import yaowen.settings.Types;
import yaowen.settings.Values;

/**
 * Reads a YAML configuration file into a {@link YaowenConfig} by the setting definitions
 * ({@link ConfigLayout}): every unknown key, malformed value and broken rule is reported together, one line
 * each, naming the file and the key.
 */
public final class ConfigLoader {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private ConfigLoader() {
    }

    /** Loads and validates {@code file}. */
    public static YaowenConfig load(Path file) {
        return parse(read(file, "config"), file.toString());
    }

    /** Parses and validates YAML {@code text}; {@code name} appears in messages. */
    public static YaowenConfig parse(String text, String name) {
        Reading r = new Reading(name);
        JsonNode root = r.tree(text);
        Set<String> top = new LinkedHashSet<>();
        for (ConfigLayout.Section s : ConfigLayout.ALL) {
            if (s.kind() == ConfigLayout.Kind.LIST) {
                top.add(s.name());
            } else {
                s.settings().forEach(x -> top.add(s.key(x)));
            }
        }
        r.unknownKeys(root, "", top);

        Values data = r.section(root, ConfigLayout.DATA);
        Path dataDir = data.get(NodeKeys.DATA_DIR);
        Values kafka = r.section(root, ConfigLayout.KAFKA);
        Values pipeline = r.section(root, ConfigLayout.PIPELINE);
        Optional<CrawlerSettings> crawler = r.crawler(root);
        List<SiteConfig> sites = r.sites(root.path(ConfigLayout.SITES.name()));
        r.section(root, ConfigLayout.SITES_FILE).given(NodeKeys.SITES_FILE).ifPresent(file -> r.sitesFile(file, sites));
        Values store = r.section(root, ConfigLayout.STORE);
        YaowenConfig.StoreType type = store.get(NodeKeys.STORE_TYPE);
        if (type == YaowenConfig.StoreType.POSTGRES && store.given(NodeKeys.STORE_POSTGRES_URL).isEmpty()) {
            r.problem(ConfigLayout.STORE.key(NodeKeys.STORE_POSTGRES_URL), "is needed when store.type is postgres");
        }
        Values web = r.section(root, ConfigLayout.WEB);
        Values alerts = r.section(root, ConfigLayout.ALERTS);
        r.throwIfAny();
        return new YaowenConfig(dataDir,
                new YaowenConfig.Kafka(kafka.given(NodeKeys.KAFKA_BOOTSTRAP_SERVERS), kafka.get(NodeKeys.KAFKA_PARTITIONS),
                        kafka.get(NodeKeys.KAFKA_REPLICATION).shortValue()),
                crawler.orElseThrow(),
                new YaowenConfig.Pipeline(pipeline.get(PipelineKeys.STREAM_THREADS), pipeline.get(PipelineKeys.COMMIT_INTERVAL)),
                sites,
                new YaowenConfig.Store(type,
                        store.given(NodeKeys.STORE_DUCKDB_PATH).orElse(dataDir.resolve("yaowen.duckdb")),
                        store.given(NodeKeys.STORE_POSTGRES_URL)),
                new YaowenConfig.Web(web.get(NodeKeys.WEB_ENABLED), web.get(NodeKeys.WEB_PORT),
                        web.get(NodeKeys.WEB_BIND_ADDRESS).trim()),
                new YaowenConfig.Alerts(alerts.get(NodeKeys.ALERTS_CONSOLE), alerts.given(NodeKeys.ALERTS_WEBHOOK_URL)));
    }

    /**
     * Loads and validates a site registry ({@code sites.yaml}: a top-level {@code sites:} list), every
     * problem reported on its own line.
     */
    public static List<SiteConfig> loadSites(Path file) {
        return parseSites(read(file, "sites"), file.toString());
    }

    /** Parses and validates a site registry's YAML {@code text}; {@code name} appears in messages. */
    public static List<SiteConfig> parseSites(String text, String name) {
        Reading r = new Reading(name);
        JsonNode root = r.tree(text);
        r.unknownKeys(root, "", Set.of(ConfigLayout.SITES.name()));
        List<SiteConfig> sites = r.sites(root.path(ConfigLayout.SITES.name()));
        if (sites.isEmpty() && r.problems.isEmpty()) {
            r.problem(ConfigLayout.SITES.name(), "no site listed");
        }
        r.throwIfAny();
        return sites;
    }

    /**
     * Parses a duration option like {@code 500ms}, {@code 1s}, {@code 5m}, {@code 1h}.
     *
     * @throws ConfigException naming {@code key} when it is not one
     */
    public static Duration parseDuration(String text, String key) {
        try {
            return Types.parseDuration(text);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(key + ": " + e.getMessage());
        }
    }

    /**
     * The known key {@code key} is most likely a misspelling of: equal ignoring case, or one edit away
     * (two for keys longer than three letters).
     */
    static Optional<String> closestKey(String key, Set<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : known) {
            int d = k.equalsIgnoreCase(key) ? 0 : LevenshteinDistance.getDefaultInstance().apply(key, k);
            if (d <= (k.length() <= 3 ? 1 : 2) && d < bestDistance) {
                best = k;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    private static String read(Path file, String what) {
        try {
            return Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new ConfigException(what + " file not found: " + file);
        } catch (IOException e) {
            throw new ConfigException("cannot read " + what + " file " + file + ": " + e.getMessage());
        }
    }

    /** One file being read: its name for messages and the problems found so far. */
    private static final class Reading {
        private final String name;
        private final List<String> problems = new ArrayList<>();
        /** The full keys whose values were reported as bad (and left out). */
        private final Set<String> badKeys = new HashSet<>();

        Reading(String name) {
            this.name = name;
        }

        void problem(String key, String problem) {
            problems.add(name + ": " + key + ": " + problem);
        }

        void throwIfAny() {
            if (!problems.isEmpty()) {
                throw new ConfigException(problems);
            }
        }

        JsonNode tree(String text) {
            try {
                JsonNode root = text.isBlank() ? MissingNode.getInstance() : YAML.readTree(text);
                return root == null ? MissingNode.getInstance() : root;
            } catch (JsonProcessingException e) {
                String where = e.getLocation() != null ? " (line " + e.getLocation().getLineNr() + ")" : "";
                throw new ConfigException(name + ": not valid YAML: " + firstLine(e.getOriginalMessage()) + where);
            }
        }

        /**
         * Reports every key of {@code node} that no setting in {@code names} (dotted, relative to {@code node})
         * starts with, and every mapping written as something else; descends into nested mappings.
         */
        void unknownKeys(JsonNode node, String at, Set<String> names) {
            if (absent(node)) {
                return;
            }
            Set<String> known = new LinkedHashSet<>();
            names.forEach(n -> known.add(n.split("\\.", 2)[0]));
            if (!node.isObject()) {
                problems.add(name + ": " + (at.isEmpty() ? "the file" : at) + ": expected a mapping of keys ("
                        + String.join(", ", known) + "), found " + found(node));
                return;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String key = field.getKey();
                if (!known.contains(key)) {
                    problems.add(name + ": unknown key '" + key + "' at " + (at.isEmpty() ? "top level" : at)
                            + closestKey(key, known).map(k -> "; did you mean '" + k + "'?")
                            .orElse(" (known keys: " + String.join(", ", new TreeSet<>(known)) + ")"));
                    continue;
                }
                Set<String> nested = new LinkedHashSet<>();
                names.stream().filter(n -> n.startsWith(key + ".")).forEach(n -> nested.add(n.substring(key.length() + 1)));
                if (!nested.isEmpty()) {
                    unknownKeys(field.getValue(), at.isEmpty() ? key : at + "." + key, nested);
                }
            }
        }

        /** The values {@code section} gives in {@code root}; a bad value is reported and left out. */
        Values section(JsonNode root, ConfigLayout.Section section) {
            JsonNode node = section.name().isEmpty() ? root : root.path(section.name());
            return values(node, section.name().isEmpty() ? "" : section.name() + ".", section.settings());
        }

        private Values values(JsonNode node, String prefix, List<Setting<?>> settings) {
            Values values = Values.none();
            for (Setting<?> s : settings) {
                values = value(values, at(node, s.name()), prefix + s.name(), s);
            }
            return values;
        }

        private <T> Values value(Values values, JsonNode node, String key, Setting<T> setting) {
            if (absent(node)) {
                if (setting.isRequired()) {
                    problem(key, "is missing (" + setting.type().describe() + ")");
                    badKeys.add(key);
                }
                return values;
            }
            int before = problems.size();
            Optional<T> value = setting.type() instanceof Types.ListType<?> list
                    ? parsedList(node, key, list).map(v -> cast(v)) : parsedScalar(node, key, setting.type()::parse);
            if (value.isPresent() && problems.size() == before) {
                setting.problems(value.get()).forEach(p -> problem(key, p));
            }
            if (value.isEmpty() || problems.size() > before) {
                badKeys.add(key);
                return values;
            }
            return values.with(setting, value.get());
        }

        @SuppressWarnings("unchecked")
        private static <T> T cast(Object value) {
            return (T) value;
        }

        private <T> Optional<T> parsedScalar(JsonNode node, String key, java.util.function.Function<String, T> parse) {
            if (!node.isValueNode()) {
                problem(key, "expected a single value, found " + found(node));
                return Optional.empty();
            }
            try {
                return Optional.of(parse.apply(node.asText()));
            } catch (IllegalArgumentException e) {
                problem(key, e.getMessage());
                return Optional.empty();
            }
        }

        private <E> Optional<List<E>> parsedList(JsonNode node, String key, Types.ListType<E> type) {
            if (!node.isArray()) {
                problem(key, "expected a list like [a, b], found " + found(node));
                return Optional.empty();
            }
            List<E> out = new ArrayList<>();
            for (JsonNode element : node) {
                parsedScalar(element, key, type.element()::parse).ifPresent(out::add);
            }
            return Optional.of(out);
        }

        /**
         * The crawler settings. With bad values left out, rules across settings still run on the rest, so
         * their problems are reported in the same pass; one that involves a bad value is left out.
         */
        Optional<CrawlerSettings> crawler(JsonNode root) {
            int before = problems.size();
            Values values = section(root, ConfigLayout.CRAWLER);
            try {
                CrawlerSettings settings = CrawlerSettings.from(values);
                return problems.size() > before ? Optional.empty() : Optional.of(settings);
            } catch (InvalidSettingsException e) {
                reportUnlessAboutBadKeys(ConfigLayout.CRAWLER.name() + ".", e.problems());
                return Optional.empty();
            }
        }

        private void reportUnlessAboutBadKeys(String prefix, List<InvalidSettingsException.Problem> found) {
            found.stream().filter(p -> badKeys.stream().noneMatch(bad -> bad.startsWith(prefix)
                            && p.concerns(bad.substring(prefix.length()))))
                    .forEach(p -> problem(prefix + p.key(), p.problem()));
        }

        List<SiteConfig> sites(JsonNode node) {
            List<SiteConfig> sites = new ArrayList<>();
            if (absent(node)) {
                return sites;
            }
            if (!node.isArray()) {
                problem(ConfigLayout.SITES.name(), "expected a list of sites, found " + found(node));
                return sites;
            }
            Set<String> ids = new HashSet<>();
            Set<String> names = new LinkedHashSet<>();
            SiteKeys.ALL.forEach(s -> names.add(s.name()));
            for (int i = 0; i < node.size(); i++) {
                String at = ConfigLayout.SITES.name() + "[" + i + "]";
                JsonNode element = node.get(i);
                if (absent(element)) {
                    problem(at, "is empty");
                    continue;
                }
                int before = problems.size();
                unknownKeys(element, at, names);
                Values v = values(element, at + ".", SiteKeys.ALL);
                v.given(SiteKeys.ID).filter(id -> !ids.add(id))
                        .ifPresent(id -> problem(at + "." + SiteKeys.ID.name(), "'" + id + "' is used twice"));
                SiteConfig.Overrides overrides = new SiteConfig.Overrides(v.given(SiteKeys.MIN_INTERVAL),
                        v.given(SiteKeys.MAX_INTERVAL), v.given(SiteKeys.MIN_DELAY_PER_HOST), v.given(SiteKeys.MAX_LIST_PAGES));
                if (problems.size() > before) {
                    reportUnlessAboutBadKeys(at + ".", overrides.problems());
                    continue;
                }
                String id = v.get(SiteKeys.ID);
                try {
                    sites.add(new SiteConfig(id, v.given(SiteKeys.NAME).orElse(id), v.given(SiteKeys.REGION_CODE),
                            v.get(SiteKeys.LIST_URLS), overrides));
                } catch (InvalidSettingsException e) {
                    reportUnlessAboutBadKeys(at + ".", e.problems());
                }
            }
            return sites;
        }

        /** Adds the sites of {@code file} to {@code sites}, reporting its problems and repeated ids. */
        void sitesFile(Path file, List<SiteConfig> sites) {
            try {
                Set<String> known = new HashSet<>();
                sites.forEach(x -> known.add(x.id()));
                for (SiteConfig extra : loadSites(file)) {
                    if (!known.add(extra.id())) {
                        problem(NodeKeys.SITES_FILE.name(), "site id '" + extra.id() + "' is also in sites");
                    }
                    sites.add(extra);
                }
            } catch (ConfigException e) {
                problems.addAll(e.problems());
            }
        }

        private static JsonNode at(JsonNode node, String dotted) {
            JsonNode n = node;
            for (String segment : dotted.split("\\.")) {
                n = n.isObject() ? n.path(segment) : MissingNode.getInstance();
            }
            return n;
        }

        private static boolean absent(JsonNode node) {
            return node == null || node.isMissingNode() || node.isNull() || (node.isTextual() && node.asText().isBlank());
        }

        private static String found(JsonNode node) {
            return node.isArray() ? "a list" : node.isObject() ? "a mapping" : "'" + node.asText() + "'";
        }

        private static String firstLine(String message) {
            String line = message == null ? "" : message.strip().lines().findFirst().orElse("");
            return line.length() > 200 ? line.substring(0, 200) + "…" : line;
        }
    }
}
