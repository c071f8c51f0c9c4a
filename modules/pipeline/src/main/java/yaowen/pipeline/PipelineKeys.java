package yaowen.pipeline;

import java.time.Duration;
import java.util.List;
import yaowen.settings.Rule;
import yaowen.settings.Setting;

/**
 * The pipeline's settings a user may change, defined once: the name under {@code pipeline:} in a config
 * file, the default, the reason and the rules. {@link PipelineSettings} takes its defaults and validation
 * from here, and so do the CLI's loader and the reference file.
 */
public final class PipelineKeys {
    private PipelineKeys() {
    }

    public static final Setting<Integer> STREAM_THREADS = Setting.integer("streamThreads", 1,
                    "Kafka Streams processing threads of this instance; more help only with more partitions"
                            + " (kafka.partitions) and spare cores.")
            .withUnit("threads").withRule(Rule.between(1, 16));
    public static final Setting<Duration> COMMIT_INTERVAL = Setting.duration("commitInterval", Duration.ofMillis(100),
                    "How often the exactly-once transactions commit: the latency floor of every record (100ms gives"
                            + " about 65ms p50; 1s adds half a second and no throughput).")
            .withRule(Rule.positive());

    /**
     * The pipeline's transaction timeout: Kafka Streams' own under exactly-once, set explicitly (and not taken from
     * {@code kafka.properties}) because the insight budget is held to a share of it.
     */
    public static final Duration TRANSACTION_TIMEOUT = Duration.ofSeconds(10);

    public static final Setting<Duration> INSIGHT_BUDGET = Setting.duration("insightBudget", Duration.ofSeconds(3),
                    "How long insight may work on one article; one that takes longer is stopped and goes to yaowen.dlq"
                            + " (TOO_SLOW) and the pipeline goes on. At most a third of the 10s transaction timeout, so"
                            + " that one odd article, or one on each of a thread's three partitions in a round, cannot"
                            + " get the pipeline fenced and its work redone in a loop.")
            .withRule(Rule.positive())
            .withRule(Rule.of("at most a third of the pipeline's " + TRANSACTION_TIMEOUT.toSeconds()
                    + "s transaction timeout", d -> d.compareTo(TRANSACTION_TIMEOUT.dividedBy(3)) <= 0));

    /** Every pipeline setting, in the order of the reference file. */
    public static final List<Setting<?>> ALL = List.of(STREAM_THREADS, COMMIT_INTERVAL, INSIGHT_BUDGET);
}
