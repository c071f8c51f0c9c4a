package yaowen.pipeline;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import yaowen.records.TopicNames;
import yaowen.settings.InvalidSettingsException;

/**
 * Settings of the Kafka Streams pipeline.
 *
 * @param bootstrapServers  Kafka {@code host:port[,…]}
 * @param applicationId     Streams application id (consumer group and internal topic prefix)
 * @param stateDir          where local state stores live
 * @param streamThreads     processing threads ({@link PipelineKeys#STREAM_THREADS})
 * @param commitInterval    how often transactions commit ({@link PipelineKeys#COMMIT_INTERVAL})
 * @param replicationFactor replication of internal topics (1 on a one-node cluster, -1 for the broker default)
 * @param clientProperties  Kafka client properties under Yaowen's own (security.protocol, sasl.*, ssl.*…);
 *                          may hold secrets, so never logged
 * @param topics            the names of the topics it reads and writes ({@code kafka.topicPrefix})
 * @param schemaRegistry    the Confluent-compatible Schema Registry the registry mirrors register their schemas
 *                          with ({@code kafka.schemaRegistryUrl}); needed when {@code topics} has a registry mirror
 * @param insightBudget     how long insight may work on one article before it is dead-lettered
 *                          ({@link PipelineKeys#INSIGHT_BUDGET})
 */
public record PipelineSettings(String bootstrapServers, String applicationId, Path stateDir, int streamThreads,
                               Duration commitInterval, int replicationFactor, Map<String, String> clientProperties,
                               TopicNames topics, Optional<URI> schemaRegistry, Duration insightBudget) {
    public static final String DEFAULT_APPLICATION_ID = "yaowen-pipeline";

    public PipelineSettings {
        Objects.requireNonNull(bootstrapServers, "bootstrapServers");
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(stateDir, "stateDir");
        Objects.requireNonNull(commitInterval, "commitInterval");
        clientProperties = Map.copyOf(clientProperties);
        Objects.requireNonNull(topics, "topics");
        Objects.requireNonNull(schemaRegistry, "schemaRegistry");
        Objects.requireNonNull(insightBudget, "insightBudget");
        if (!topics.registryMirror().isEmpty() && schemaRegistry.isEmpty()) {
            throw new IllegalArgumentException("pipeline: a Schema Registry mirror of " + topics.registryMirror()
                    + " needs the registry's URL (kafka.schemaRegistryUrl)");
        }
        if (bootstrapServers.isBlank()) {
            throw new IllegalArgumentException("pipeline: bootstrap servers must not be empty");
        }
        new InvalidSettingsException.Collector().check(PipelineKeys.STREAM_THREADS, streamThreads)
                .check(PipelineKeys.COMMIT_INTERVAL, commitInterval).check(PipelineKeys.INSIGHT_BUDGET, insightBudget)
                .throwIfAny("pipeline");
        if (replicationFactor == 0 || replicationFactor < -1) {
            throw new IllegalArgumentException("pipeline: replicationFactor must be -1 or >= 1, was " + replicationFactor);
        }
    }

    /** Settings with the default insight budget. */
    public PipelineSettings(String bootstrapServers, String applicationId, Path stateDir, int streamThreads,
                            Duration commitInterval, int replicationFactor, Map<String, String> clientProperties,
                            TopicNames topics, Optional<URI> schemaRegistry) {
        this(bootstrapServers, applicationId, stateDir, streamThreads, commitInterval, replicationFactor, clientProperties,
                topics, schemaRegistry, PipelineKeys.INSIGHT_BUDGET.defaultValue().orElseThrow());
    }

    /** Settings without a schema registry (so without registry mirrors). */
    public PipelineSettings(String bootstrapServers, String applicationId, Path stateDir, int streamThreads,
                            Duration commitInterval, int replicationFactor, Map<String, String> clientProperties,
                            TopicNames topics) {
        this(bootstrapServers, applicationId, stateDir, streamThreads, commitInterval, replicationFactor, clientProperties,
                topics, Optional.empty());
    }

    /** Settings without client properties beyond the bootstrap servers, on today's topic names. */
    public PipelineSettings(String bootstrapServers, String applicationId, Path stateDir, int streamThreads,
                            Duration commitInterval, int replicationFactor) {
        this(bootstrapServers, applicationId, stateDir, streamThreads, commitInterval, replicationFactor, Map.of(),
                TopicNames.DEFAULT);
    }

    @Override
    public String toString() {
        return "PipelineSettings[bootstrapServers=" + bootstrapServers + ", applicationId=" + applicationId + ", stateDir="
                + stateDir + ", streamThreads=" + streamThreads + ", commitInterval=" + commitInterval
                + ", replicationFactor=" + replicationFactor + ", clientProperties=" + clientProperties.keySet() + ", topics=" + topics
                + ", schemaRegistry=" + schemaRegistry + ", insightBudget=" + insightBudget + "]";
    }

    /** Defaults for one machine: {@link PipelineKeys}' thread count and commit interval, one replica. */
    public static PipelineSettings defaults(String bootstrapServers, Path stateDir) {
        return new PipelineSettings(bootstrapServers, DEFAULT_APPLICATION_ID, stateDir,
                PipelineKeys.STREAM_THREADS.defaultValue().orElseThrow(),
                PipelineKeys.COMMIT_INTERVAL.defaultValue().orElseThrow(), 1);
    }
}
