package yaowen.pipeline;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Settings of the Kafka Streams pipeline.
 *
 * @param bootstrapServers  Kafka {@code host:port[,…]}
 * @param applicationId     Streams application id (consumer group and internal topic prefix)
 * @param stateDir          where local state stores live
 * @param streamThreads     processing threads (1–16)
 * @param commitInterval    how often transactions commit: latency vs throughput (100 ms gives ≈65 ms p50)
 * @param replicationFactor replication of internal topics (1 on a one-node cluster, -1 for the broker default)
 */
public record PipelineSettings(String bootstrapServers, String applicationId, Path stateDir, int streamThreads,
                               Duration commitInterval, int replicationFactor) {
    public static final String DEFAULT_APPLICATION_ID = "yaowen-pipeline";

    public PipelineSettings {
        Objects.requireNonNull(bootstrapServers, "bootstrapServers");
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(stateDir, "stateDir");
        Objects.requireNonNull(commitInterval, "commitInterval");
        if (bootstrapServers.isBlank()) {
            throw new IllegalArgumentException("pipeline: bootstrap servers must not be empty");
        }
        if (streamThreads < 1 || streamThreads > 16) {
            throw new IllegalArgumentException("pipeline: streamThreads must be 1..16, was " + streamThreads);
        }
        if (commitInterval.isNegative() || commitInterval.isZero()) {
            throw new IllegalArgumentException("pipeline: commitInterval must be positive, was " + commitInterval);
        }
        if (replicationFactor == 0 || replicationFactor < -1) {
            throw new IllegalArgumentException("pipeline: replicationFactor must be -1 or >= 1, was " + replicationFactor);
        }
    }

    /** Defaults for one machine: one thread, 100 ms commits, one replica. */
    public static PipelineSettings defaults(String bootstrapServers, Path stateDir) {
        return new PipelineSettings(bootstrapServers, DEFAULT_APPLICATION_ID, stateDir, 1, Duration.ofMillis(100), 1);
    }
}
