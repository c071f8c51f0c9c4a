package yaowen.records;

import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.NewTopic;

/** Names of Yaowen's topics: the one place they are spelled. */
public final class Topics {
    /** {@link RawPage} bytes as fetched; key = canonical URL. */
    public static final String PAGES_RAW = "yaowen.pages.raw";
    /** {@link Article}s, compacted; key = article id. */
    public static final String ARTICLES = "yaowen.articles";
    /** {@link Meeting}s, compacted; key = meeting key. */
    public static final String MEETINGS = "yaowen.meetings";
    /** {@link MetricObservation}s, compacted; key = metric key. */
    public static final String METRICS = "yaowen.metrics";
    /** {@link MeetingAlert}s; key = meeting key. */
    public static final String ALERTS = "yaowen.alerts";
    /**
     * What each alert channel has announced, compacted; key = {@code channel|rule|meetingKey}, value = when
     * (ISO-8601 text). Written by the alert delivery, so a restart or a rebalance never announces twice.
     */
    public static final String ALERTS_SENT = "yaowen.alerts.sent";
    /** {@link DeadLetter}s; key = the failed record's key. */
    public static final String DLQ = "yaowen.dlq";

    /** {@link CrawlState} of list pages (validators, schedules), compacted; key = list page URL. */
    public static final String CRAWLER_STATE = "yaowen.crawler.state";

    /** Every topic, in data-flow order. */
    public static final List<String> ALL = List.of(PAGES_RAW, ARTICLES, MEETINGS, METRICS, ALERTS, ALERTS_SENT, DLQ,
            CRAWLER_STATE);

    /** Topics whose latest value per key is the truth (cleanup.policy=compact). */
    public static final List<String> COMPACTED = List.of(ARTICLES, MEETINGS, METRICS, ALERTS_SENT, CRAWLER_STATE);

    /** Partitions of every topic unless the operator says otherwise: room to add instances later. */
    public static final int DEFAULT_PARTITIONS = 3;

    /**
     * The topics to create, with partitions and cleanup policy: compacted topics keep the latest value
     * per key forever; the others keep 7 days (the dead-letter topic 30, for forensics).
     *
     * @param partitions  partitions per topic
     * @param replication replicas per partition (1 on a one-node cluster)
     */
    public static List<NewTopic> definitions(int partitions, short replication) {
        return TopicNames.DEFAULT.definitions(partitions, replication);
    }

    /** {@link #definitions(int, short)} replicated as {@code replication} says ({@link Replication#forBrokers}). */
    public static List<NewTopic> definitions(int partitions, Replication replication) {
        return TopicNames.DEFAULT.definitions(partitions, replication);
    }

    static Map<String, String> configs(String name) {
        if (COMPACTED.contains(name)) {
            return Map.of("cleanup.policy", "compact", "max.message.bytes", String.valueOf(MAX_MESSAGE_BYTES));
        }
        String retentionMs = String.valueOf((name.equals(DLQ) ? 30L : 7L) * 24 * 3600 * 1000);
        return Map.of("cleanup.policy", "delete", "retention.ms", retentionMs,
                "max.message.bytes", String.valueOf(MAX_MESSAGE_BYTES));
    }

    /** Largest record a topic takes (and a producer sends): a 20 MB page with its envelope. */
    public static final int MAX_MESSAGE_BYTES = 25 * 1024 * 1024;

    /**
     * Most bytes of text and payload a {@link DeadLetter} record may hold: its key (once as the record key,
     * once in the letter), reason, names and value bytes. The rest of {@link #MAX_MESSAGE_BYTES} is left
     * for Avro's lengths and header, Kafka's batch and record headers; a larger value keeps only a prefix,
     * so a dead letter always fits, even for a raw page just under the limit.
     */
    public static final int MAX_DEAD_LETTER_BYTES = MAX_MESSAGE_BYTES - 64 * 1024;

    /**
     * How many copies of each partition a cluster keeps, and how many must hold a write before it counts: the one
     * rule every topic Yaowen creates follows (its own topics, the pipeline's internal ones, the broker's offsets
     * and transaction logs). Three replicas at most, since more add little on one site; from three replicas on, a
     * write ({@code acks=all}) needs two in sync, so one broker may die without losing an acknowledged record
     * and without stopping the flow. Pure.
     *
     * @param factor            replicas per partition, at least 1
     * @param minInsyncReplicas replicas that must have a write before it is acknowledged: 2 from 3 replicas on, else 1
     */
    public record Replication(short factor, int minInsyncReplicas) {
        /** Never more replicas than this, however many brokers. */
        public static final short MAX_AUTO_FACTOR = 3;
        /** From this many replicas on, a write needs {@link #QUORUM_MIN_INSYNC} of them. */
        public static final int QUORUM_FACTOR = 3;
        /** In-sync replicas a write needs from {@link #QUORUM_FACTOR} replicas on. */
        public static final int QUORUM_MIN_INSYNC = 2;

        public Replication {
            if (factor < 1) {
                throw new IllegalArgumentException("replication factor must be at least 1, was " + factor);
            }
            if (minInsyncReplicas < 1 || minInsyncReplicas > factor) {
                throw new IllegalArgumentException("min.insync.replicas must be between 1 and the factor " + factor
                        + ", was " + minInsyncReplicas);
            }
        }

        /** The replication on a cluster of {@code brokers}: as many replicas as brokers, at most three. */
        public static Replication forBrokers(int brokers) {
            if (brokers < 1) {
                throw new IllegalArgumentException("a cluster has at least one broker, was " + brokers);
            }
            return of((short) Math.min(MAX_AUTO_FACTOR, brokers));
        }

        /** {@code factor} replicas, with the in-sync minimum the rule gives them. */
        public static Replication of(short factor) {
            return new Replication(factor, factor >= QUORUM_FACTOR ? QUORUM_MIN_INSYNC : 1);
        }

        /**
         * Whether topics should name their {@code min.insync.replicas}: only when it is above 1, so on a small
         * cluster the broker's own default stays in force.
         */
        public boolean setsMinInsync() {
            return minInsyncReplicas > 1;
        }
    }

    private Topics() {
    }
}
