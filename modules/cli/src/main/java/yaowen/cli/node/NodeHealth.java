package yaowen.cli.node;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.streams.KafkaStreams;
import yaowen.crawler.fetch.FailureReason;
import yaowen.crawler.SiteStatus;
import yaowen.pipeline.PipelineApp;
import yaowen.stores.sink.SinkConsumer;
import yaowen.web.ops.Health;
import yaowen.web.ops.HealthCheck;
import yaowen.web.ops.SiteHealth;

/** The readiness checks of a node's roles, and the crawler's site statuses as the web shows them. */
final class NodeHealth {
    /** How long the broker check waits for the cluster to answer. */
    static final Duration BROKER_TIMEOUT = Duration.ofSeconds(3);

    private NodeHealth() {
    }

    /** UP when the cluster answers with at least one broker within {@link #BROKER_TIMEOUT}. */
    static HealthCheck broker(Admin admin, String bootstrapServers) {
        return HealthCheck.of("broker", () -> {
            try {
                int nodes = admin.describeCluster(new DescribeClusterOptions().timeoutMs((int) BROKER_TIMEOUT.toMillis()))
                        .nodes().get(BROKER_TIMEOUT.toMillis() + 500, TimeUnit.MILLISECONDS).size();
                return nodes > 0 ? Health.ok() : Health.down("Kafka at " + bootstrapServers + " has no broker");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Health.down("interrupted");
            } catch (Exception e) {
                return Health.down("Kafka at " + bootstrapServers + " not reachable: " + FailureReason.of(e));
            }
        });
    }

    /** UP when the store answers and the sink's last write (if any) succeeded. */
    static HealthCheck store(HealthCheck answers, Optional<SinkConsumer> sink) {
        return HealthCheck.of("store", () -> {
            Health read = answers.check();
            if (!read.up()) {
                return read;
            }
            Optional<String> failure = sink.flatMap(s -> s.writes().lastFailure());
            return failure.map(f -> Health.down("the last write failed: " + f)).orElse(Health.ok());
        });
    }

    /** UP while the Streams pipeline is RUNNING. */
    static HealthCheck pipeline(PipelineApp pipeline) {
        return HealthCheck.of("pipeline", () -> pipeline(pipeline.state()));
    }

    /**
     * RUNNING is up, and so is REBALANCING: every instance passes through it when a partner starts or
     * stops, and an orchestrator that pulled instances out for it would make the rebalances it waits on.
     */
    static Health pipeline(KafkaStreams.State state) {
        return state == KafkaStreams.State.RUNNING || state == KafkaStreams.State.REBALANCING ? Health.ok()
                : Health.down("pipeline is " + state);
    }

    static List<SiteHealth> sites(List<SiteStatus> statuses) {
        return statuses.stream().map(s -> new SiteHealth(s.siteId(), s.failingSince(), s.reason(), s.lastSuccess(),
                s.checkInterval(), s.checks(), s.failedChecks(), s.articles())).toList();
    }
}
