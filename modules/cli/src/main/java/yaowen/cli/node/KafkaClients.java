package yaowen.cli.node;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.KafkaException;
import yaowen.cli.config.NodeKeys;
import yaowen.cli.config.YaowenConfig;

/**
 * How every Kafka client of a node connects: the bootstrap servers plus the properties passed through from
 * {@code kafka.properties} (security.protocol, sasl.*, ssl.*, …). Every producer, consumer, admin and the
 * Streams client start from {@link #config()}, so one setting reaches them all.
 *
 * @param bootstrapServers {@code host:port[,…]}
 * @param properties       client properties applied to every client; may hold secrets, so never log them
 *                         (see {@link YaowenConfig.Kafka#redacted})
 */
public record KafkaClients(String bootstrapServers, Map<String, String> properties) {
    public KafkaClients {
        Objects.requireNonNull(bootstrapServers, "bootstrapServers");
        properties = Map.copyOf(properties);
    }

    /** The clients of {@code kafka}'s settings on {@code bootstrapServers}, with its group failure detection. */
    public static KafkaClients of(YaowenConfig.Kafka kafka, String bootstrapServers) {
        return new KafkaClients(bootstrapServers, withGroupTimeouts(kafka.properties(), kafka.sessionTimeout()));
    }

    /** A plain connection to {@code bootstrapServers}, with the default group failure detection. */
    public static KafkaClients plain(String bootstrapServers) {
        return plain(bootstrapServers, NodeKeys.KAFKA_SESSION_TIMEOUT.defaultValue().orElseThrow());
    }

    /** A plain connection to {@code bootstrapServers} (the embedded broker) whose group members die after {@code sessionTimeout}. */
    public static KafkaClients plain(String bootstrapServers, Duration sessionTimeout) {
        return new KafkaClients(bootstrapServers, withGroupTimeouts(Map.of(), sessionTimeout));
    }

    /**
     * {@code properties} with the failure detection of the classic group protocol, which every group of a node
     * uses (crawler, sink, alert channels, and the pipeline's Streams, which passes them to its consumer):
     * {@code session.timeout.ms} = {@code sessionTimeout} and {@code heartbeat.interval.ms} a third of the
     * session, unless {@code properties} set them (the operator's word wins; a heartbeat follows the operator's
     * session). Under another {@code group.protocol} ({@code consumer}, KIP-848) the brokers decide both and
     * the consumer refuses them, so nothing is added.
     */
    static Map<String, String> withGroupTimeouts(Map<String, String> properties, Duration sessionTimeout) {
        String protocol = properties.getOrDefault(ConsumerConfig.GROUP_PROTOCOL_CONFIG, "classic");
        if (!protocol.trim().equalsIgnoreCase("classic")) {
            return Map.copyOf(properties);
        }
        Map<String, String> with = new java.util.HashMap<>(properties);
        with.putIfAbsent(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, String.valueOf(sessionTimeout.toMillis()));
        try {
            long session = Long.parseLong(with.get(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG).trim());
            with.putIfAbsent(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, String.valueOf(session / 3));
        } catch (NumberFormatException e) {
            // the operator's session.timeout.ms is no number: the client reports it in its own words
        }
        return Map.copyOf(with);
    }

    /** The servers and the names of the properties: their values may be secrets. */
    @Override
    public String toString() {
        return "KafkaClients[" + bootstrapServers + ", properties " + YaowenConfig.Kafka.redacted(properties) + "]";
    }

    /** A fresh base configuration for one client: the passed-through properties and the bootstrap servers. */
    public Properties config() {
        Properties p = new Properties();
        p.putAll(properties);
        p.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        return p;
    }

    /** {@link #config()} as a map, for the clients that take one. */
    public Map<String, Object> configMap() {
        Map<String, Object> map = new java.util.HashMap<>(properties);
        map.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        return map;
    }

    /** {@link #config()} with {@code extra} on top. */
    public Properties config(Map<String, ?> extra) {
        Properties p = config();
        p.putAll(extra);
        return p;
    }

    /**
     * Asks the cluster who it is, waiting at most {@code timeout}: a node calls this before it builds any
     * role, so an unreachable broker is one plain line at once instead of a client retrying for a minute.
     *
     * @throws KafkaUnreachableException naming the servers, and why when the cluster answered with a refusal
     */
    public void requireReachable(Duration timeout) {
        int millis = (int) timeout.toMillis();
        Properties p = config(Map.of(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, millis,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, millis,
                AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 500));
        Admin admin;
        try {
            admin = Admin.create(p);
        } catch (KafkaException e) {
            throw new KafkaUnreachableException(bootstrapServers, rootMessage(e));
        }
        try {
            admin.describeCluster().clusterId().get(millis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new KafkaUnreachableException(bootstrapServers, null);
        } catch (ExecutionException e) {
            boolean timedOut = e.getCause() instanceof org.apache.kafka.common.errors.TimeoutException;
            throw new KafkaUnreachableException(bootstrapServers, timedOut ? null : rootMessage(e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaUnreachableException(bootstrapServers, "interrupted");
        } finally {
            admin.close(Duration.ZERO);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
