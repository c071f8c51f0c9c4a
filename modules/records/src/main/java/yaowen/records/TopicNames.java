package yaowen.records;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * The names of Yaowen's topics on one cluster: {@link Topics}' names behind an optional prefix
 * ({@code kafka.topicPrefix}), so several installations, or a team's naming rule, can share a cluster.
 * Built once from the config and handed to every role; no one else concatenates topic names.
 *
 * @param prefix put before every name, e.g. {@code acme.}; empty by default
 */
public record TopicNames(String prefix) {
    /** Kafka's legal topic characters. */
    private static final Pattern LEGAL = Pattern.compile("[A-Za-z0-9._-]*");

    /** Today's names, without a prefix. */
    public static final TopicNames DEFAULT = new TopicNames("");

    public TopicNames {
        if (prefix == null || !LEGAL.matcher(prefix).matches()) {
            throw new IllegalArgumentException("a topic prefix holds only letters, digits, '.', '_' and '-', was '"
                    + prefix + "'");
        }
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

    /** Every topic, in data-flow order. */
    public List<String> all() {
        return Topics.ALL.stream().map(t -> prefix + t).toList();
    }

    /** The {@link Topics} name of {@code topic} when it is one of these names; empty for any other topic. */
    public Optional<String> base(String topic) {
        if (!topic.startsWith(prefix)) {
            return Optional.empty();
        }
        String base = topic.substring(prefix.length());
        return Topics.ALL.contains(base) ? Optional.of(base) : Optional.empty();
    }

    /** The topics to create: {@link Topics#definitions}, under these names. */
    public List<NewTopic> definitions(int partitions, short replication) {
        return Topics.ALL.stream().map(base -> new NewTopic(prefix + base, partitions, replication)
                .configs(Topics.configs(base))).toList();
    }
}
