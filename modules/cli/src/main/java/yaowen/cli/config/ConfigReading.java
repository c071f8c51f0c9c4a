package yaowen.cli.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Path;
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
import yaowen.alerts.channel.ChannelKeys;
import yaowen.alerts.channel.ChannelSpec;
import yaowen.alerts.channel.ChannelType;
import yaowen.alerts.channel.Channels;
import yaowen.alerts.AlertRule;
import yaowen.alerts.DeliverySettings;
import yaowen.alerts.RuleKeys;
import yaowen.crawler.CrawlerSettings;
import yaowen.crawler.SiteConfig;
import yaowen.crawler.SiteKeys;
import yaowen.settings.InvalidSettingsException;
import yaowen.settings.Setting;
import yaowen.settings.Types;
import yaowen.settings.Values;

/**
 * One config or sites file being read: walks its YAML tree by the setting definitions, parses and checks each
 * value, and collects every problem as a line naming the file and the key. Not thread-safe; one per file.
 */
final class ConfigReading {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private final String name;
    final List<String> problems = new ArrayList<>();
    /** The full keys whose values were reported as bad (and left out). */
    private final Set<String> badKeys = new HashSet<>();

    ConfigReading(String name) {
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
        JsonNode node = section.name().isEmpty() ? root : at(root, section.name());
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
                ? parsedList(node, key, list).map(v -> cast(v))
                : setting.type() instanceof Types.MapType ? parsedMap(node, key).map(v -> cast(v))
                : parsedScalar(node, key, setting.type()::parse);
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

    private Optional<Map<String, String>> parsedMap(JsonNode node, String key) {
        if (!node.isObject()) {
            // not found(node): a client property written as one line is often a JAAS line with its password
            problem(key, "expected a mapping like {name: value}, found " + (node.isValueNode() ? "a single value" : found(node)));
            return Optional.empty();
        }
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            parsedScalar(field.getValue(), key + "." + field.getKey(), text -> text).ifPresent(v -> out.put(field.getKey(), v));
        }
        return Optional.of(out);
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
        return settings(root, ConfigLayout.CRAWLER, CrawlerSettings::from);
    }

    /** The delivery settings ({@code alerts.delivery}), read as the crawler's are. */
    Optional<DeliverySettings> delivery(JsonNode root) {
        return settings(root, ConfigLayout.ALERT_DELIVERY, DeliverySettings::from);
    }

    private <T> Optional<T> settings(JsonNode root, ConfigLayout.Section section,
                                     java.util.function.Function<Values, T> make) {
        int before = problems.size();
        Values values = section(root, section);
        try {
            T settings = make.apply(values);
            return problems.size() > before ? Optional.empty() : Optional.of(settings);
        } catch (InvalidSettingsException e) {
            reportUnlessAboutBadKeys(section.name() + ".", e.problems());
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
        for (Element e : elements(node, ConfigLayout.SITES, "sites", SiteKeys.ID)) {
            Values v = e.values();
            SiteConfig.Overrides overrides = new SiteConfig.Overrides(v.given(SiteKeys.MIN_INTERVAL),
                    v.given(SiteKeys.MAX_INTERVAL), v.given(SiteKeys.MIN_DELAY_PER_HOST), v.given(SiteKeys.MAX_LIST_PAGES));
            if (problems.size() > e.problemsBefore()) {
                reportUnlessAboutBadKeys(e.at() + ".", overrides.problems());
                continue;
            }
            String id = v.get(SiteKeys.ID);
            try {
                sites.add(new SiteConfig(id, v.given(SiteKeys.NAME).orElse(id), v.given(SiteKeys.REGION_CODE),
                        v.get(SiteKeys.LIST_URLS), overrides));
            } catch (InvalidSettingsException ex) {
                reportUnlessAboutBadKeys(e.at() + ".", ex.problems());
            }
        }
        return sites;
    }

    /**
     * The alert rules under {@code alerts.rules}, each checked by {@link RuleKeys}; names must not repeat and
     * channels must be among {@code channels}.
     */
    List<AlertRule> rules(JsonNode root, Set<String> channels) {
        List<AlertRule> rules = new ArrayList<>();
        ConfigLayout.Section section = ConfigLayout.ALERT_RULES;
        for (Element e : elements(at(root, section.name()), section, "rules", RuleKeys.NAME)) {
            e.values().given(RuleKeys.CHANNELS).ifPresent(cs -> cs.stream().filter(c -> !channels.contains(c)).forEach(c ->
                    problem(e.at() + "." + RuleKeys.CHANNELS.name(), "no channel is named '" + c + "' (channels: "
                            + String.join(", ", new TreeSet<>(channels)) + ")")));
            if (problems.size() > e.problemsBefore()) {
                continue;
            }
            try {
                rules.add(AlertRule.from(e.values()));
            } catch (InvalidSettingsException ex) {
                reportUnlessAboutBadKeys(e.at() + ".", ex.problems());
            }
        }
        return rules;
    }

    /** One mapping of a list section: where it is ({@code sites[2]}), its values, the problem count before it. */
    private record Element(String at, Values values, int problemsBefore) { }

    /**
     * The mappings of the list {@code section} at {@code node}, each read by the section's settings, with unknown
     * keys, empty elements and a repeated {@code id} reported.
     */
    private List<Element> elements(JsonNode node, ConfigLayout.Section section, String what, Setting<String> id) {
        List<Element> elements = new ArrayList<>();
        if (absent(node)) {
            return elements;
        }
        if (!node.isArray()) {
            problem(section.name(), "expected a list of " + what + ", found " + found(node));
            return elements;
        }
        Set<String> ids = new HashSet<>();
        Set<String> names = new LinkedHashSet<>();
        section.settings().forEach(s -> names.add(s.name()));
        for (int i = 0; i < node.size(); i++) {
            String at = section.name() + "[" + i + "]";
            JsonNode element = node.get(i);
            if (absent(element)) {
                problem(at, "is empty");
                continue;
            }
            int before = problems.size();
            unknownKeys(element, at, names);
            Values v = values(element, at + ".", section.settings());
            v.given(id).filter(x -> !ids.add(x))
                    .ifPresent(x -> problem(at + "." + id.name(), "'" + x + "' is used twice"));
            elements.add(new Element(at, v, before));
        }
        return elements;
    }

    /**
     * The alert channels listed at {@code node} ({@code alerts.channels}), then the shorthands of {@code alerts}:
     * {@code console: true} adds a console channel named {@code console} unless one is listed under that name;
     * {@code webhookUrl} adds a webhook channel named {@code webhook}. Names must not repeat; each channel's keys
     * are checked against its type ({@link Channels#problems}).
     */
    List<ChannelSpec> channels(JsonNode node, Values alerts) {
        List<ChannelSpec> channels = new ArrayList<>();
        String list = ConfigLayout.CHANNELS.name();
        if (!absent(node) && !node.isArray()) {
            problem(list, "expected a list of channels, found " + found(node));
        } else if (!absent(node)) {
            Set<String> names = new LinkedHashSet<>();
            ChannelKeys.ALL.forEach(s -> names.add(s.name()));
            Set<String> used = new HashSet<>();
            for (int i = 0; i < node.size(); i++) {
                String at = list + "[" + i + "]";
                int before = problems.size();
                unknownKeys(node.get(i), at, names);
                Values v = values(node.get(i), at + ".", ChannelKeys.ALL);
                v.given(ChannelKeys.NAME).filter(n -> !used.add(n))
                        .ifPresent(n -> problem(at + "." + ChannelKeys.NAME.name(), "'" + n + "' is used twice"));
                if (v.given(ChannelKeys.TYPE).isPresent()) {
                    reportUnlessAboutBadKeys(at + ".", Channels.problems(v.get(ChannelKeys.TYPE), v));
                }
                if (problems.size() == before) {
                    channels.add(new ChannelSpec(v.get(ChannelKeys.NAME), v.get(ChannelKeys.TYPE), v));
                }
            }
        }
        boolean named = channels.stream().anyMatch(c -> c.name().equals("console"));
        if (alerts.get(NodeKeys.ALERTS_CONSOLE) && !named) {
            channels.add(new ChannelSpec("console", ChannelType.CONSOLE, Values.none()));
        }
        alerts.given(NodeKeys.ALERTS_WEBHOOK_URL).ifPresent(url -> {
            if (channels.stream().anyMatch(c -> c.name().equals("webhook"))) {
                problem(ConfigLayout.ALERTS.key(NodeKeys.ALERTS_WEBHOOK_URL), "adds a channel named 'webhook', and "
                        + list + " already has one: list this URL there instead");
            }
            channels.add(new ChannelSpec("webhook", ChannelType.WEBHOOK,
                    Values.none().with(ChannelKeys.URL, url.toString())));
        });
        return channels;
    }

    /** Adds the sites of {@code file} to {@code sites}, reporting its problems and repeated ids. */
    void sitesFile(Path file, List<SiteConfig> sites) {
        try {
            Set<String> known = new HashSet<>();
            sites.forEach(x -> known.add(x.id()));
            for (SiteConfig extra : ConfigLoader.loadSites(file)) {
                if (!known.add(extra.id())) {
                    problem(NodeKeys.SITES_FILE.name(), "site id '" + extra.id() + "' is also in sites");
                }
                sites.add(extra);
            }
        } catch (ConfigException e) {
            problems.addAll(e.problems());
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
