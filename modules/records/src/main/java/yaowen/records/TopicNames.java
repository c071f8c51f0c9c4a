package yaowen.records;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.NewTopic;
import yaowen.records.Topics.Replication;

/**
 * The names of Yaowen's topics on one cluster: {@link Topics}' names behind an optional prefix
 * ({@code kafka.topicPrefix}), so several installations, or a team's naming rule, can share a cluster;
 * and the JSON mirrors of the sink topics asked for ({@code kafka.jsonMirror}), named {@code <topic>.json}, and their
 * Schema Registry mirrors ({@code kafka.registryMirror}), named {@code <topic>.avro}.
 * Built once from the config and handed to every role; no one else concatenates topic names.
 *
 * @param prefix     put before every name, e.g. {@code acme.}; empty by default
 * @param jsonMirror     the {@link #MIRRORABLE} topics (their {@link Topics} names) also written as JSON
 * @param registryMirror the {@link #MIRRORABLE} topics also written in the Confluent Schema Registry wire format
 */
public record TopicNames(String prefix, Set<String> jsonMirror, Set<String> registryMirror) {
    /** The sink topics a JSON mirror can be asked for: what analytics tools subscribe to. */
    public static final List<String> MIRRORABLE = List.of(Topics.ARTICLES, Topics.MEETINGS, Topics.METRICS, Topics.ALERTS);
    /** What a mirror's name adds to its topic's. */
    public static final String JSON_SUFFIX = ".json";
    /** What a Schema Registry mirror's name adds to its topic's. */
    public static final String AVRO_SUFFIX = ".avro";

    /** Kafka's legal topic characters. */
    private static final Pattern LEGAL = Pattern.compile("[A-Za-z0-9._-]*");

    /** Today's names, without a prefix. */
    public static final TopicNames DEFAULT = new TopicNames("");

    public TopicNames {
        if (prefix == null || !LEGAL.matcher(prefix).matches()) {
            throw new IllegalArgumentException("a topic prefix holds only letters, digits, '.', '_' and '-', was '"
                    + prefix + "'");
        }
        jsonMirror = mirrorable(jsonMirror, "JSON");
        registryMirror = mirrorable(registryMirror, "Schema Registry");
    }

    /** Today's topics behind {@code prefix}, with JSON mirrors of {@code jsonMirror} and no registry mirror. */
    public TopicNames(String prefix, Set<String> jsonMirror) {
        this(prefix, jsonMirror, Set.of());
    }

    /** Today's topics behind {@code prefix}, without mirrors. */
    public TopicNames(String prefix) {
        this(prefix, Set.of());
    }

    /** {@code asked} in {@link #MIRRORABLE}'s order; throws naming any topic that has no mirror. */
    private static Set<String> mirrorable(Set<String> asked, String kind) {
        Set<String> unknown = new TreeSet<>(Objects.requireNonNull(asked, kind + " mirror"));
        MIRRORABLE.forEach(unknown::remove);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("no " + kind + " mirror for " + unknown + "; the sink topics " + MIRRORABLE
                    + " have one");
        }
        return Collections.unmodifiableSet(new LinkedHashSet<>(MIRRORABLE.stream().filter(asked::contains).toList()));
    }

    /** The name on this cluster of the Schema Registry mirror of {@code base}, one of {@link #MIRRORABLE}. */
    public String avro(String base) {
        return of(base) + AVRO_SUFFIX;
    }

    /** The name on this cluster of the JSON mirror of {@code base}, one of {@link #MIRRORABLE}. */
    public String json(String base) {
        return of(base) + JSON_SUFFIX;
    }

    public String pagesRaw() {
        return prefix + Topics.PAGES_RAW;
    }

    public String articles() {
        return prefix + Topics.ARTICLES;
    }

    public String meetings() {
        return prefix + Topics.MEETINGS;
    }

    public String metrics() {
        return prefix + Topics.METRICS;
    }

    public String alerts() {
        return prefix + Topics.ALERTS;
    }

    public String dlq() {
        return prefix + Topics.DLQ;
    }

    public String crawlerState() {
        return prefix + Topics.CRAWLER_STATE;
    }

    /** The name on this cluster of {@code base}, one of {@link Topics#ALL}. */
    public String of(String base) {
        if (!Topics.ALL.contains(base)) {
            throw new IllegalArgumentException("not a Yaowen topic: " + base);
        }
        return prefix + base;
    }

    /** Every topic, in data-flow order, then the JSON mirrors, then the Schema Registry mirrors. */
    public List<String> all() {
        List<String> all = new ArrayList<>(Topics.ALL.stream().map(t -> prefix + t).toList());
        jsonMirror.forEach(t -> all.add(json(t)));
        registryMirror.forEach(t -> all.add(avro(t)));
        return List.copyOf(all);
    }

    /** The {@link Topics} name of {@code topic} when it is one of these names; empty for any other topic. */
    public Optional<String> base(String topic) {
        if (!topic.startsWith(prefix)) {
            return Optional.empty();
        }
        String base = topic.substring(prefix.length());
        return Topics.ALL.contains(base) ? Optional.of(base) : Optional.empty();
    }

    /** The topics to create: {@link Topics#definitions}, under these names, {@code replication} copies each. */
    public List<NewTopic> definitions(int partitions, short replication) {
        return definitions(partitions, Replication.of(replication));
    }

    /**
     * The topics to create: {@link Topics#definitions}, under these names, replicated as {@code replication}
     * says, with its {@code min.insync.replicas} when above 1.
     */
    public List<NewTopic> definitions(int partitions, Replication replication) {
        List<NewTopic> all = new ArrayList<>();
        Topics.ALL.forEach(base -> all.add(topic(prefix + base, base, partitions, replication)));
        jsonMirror.forEach(base -> all.add(topic(json(base), base, partitions, replication)));
        registryMirror.forEach(base -> all.add(topic(avro(base), base, partitions, replication)));
        return List.copyOf(all);
    }

    private static NewTopic topic(String name, String base, int partitions, Replication replication) {
        Map<String, String> configs = new java.util.HashMap<>(Topics.configs(base));
        if (replication.setsMinInsync()) {
            configs.put("min.insync.replicas", String.valueOf(replication.minInsyncReplicas()));
        }
        return new NewTopic(name, partitions, replication.factor()).configs(configs);
    }
}
