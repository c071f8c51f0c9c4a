package yaowen.cli.node;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.FunctionTimer;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;
import org.apache.kafka.streams.KafkaStreams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import yaowen.alerts.AlertDelivery;
import yaowen.alerts.AlertStats;
import yaowen.crawler.Crawler;
import yaowen.pipeline.PipelineApp;
import yaowen.consume.DeadLetters;
import yaowen.stores.ArticleStore;
import yaowen.stores.sink.SinkConsumer;
import yaowen.stores.sink.SinkStats;

/**
 * The meters of one node, in one Prometheus registry: the JVM's, and each started role's, bound to the
 * statistics the roles keep anyway (crawler reports, sink and alert stats, dead-letter counts, Kafka
 * offsets). Meters whose label values appear at run time (hosts, dead-letter kinds, tables) are
 * registered by {@link #refresh()}, which the web runs before each scrape. The cores know nothing of
 * Micrometer. Thread-safe.
 */
final class NodeMeters implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(NodeMeters.class);

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JvmGcMetrics gc = new JvmGcMetrics();
    private final List<Runnable> refreshers = new CopyOnWriteArrayList<>();
    /**
     * Reads that ask another system (the broker's offsets, the store's row counts) run here, never in the
     * scrape: a scrape returns at once with the values of the last read, and a broker that is down makes
     * no scrape wait for its timeouts.
     */
    private final java.util.concurrent.ExecutorService slowReads = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "yaowen-metrics-read");
        t.setDaemon(true);
        return t;
    });
    private final java.util.Set<Runnable> reading = ConcurrentHashMap.newKeySet();
    private final List<Object> bound = new CopyOnWriteArrayList<>(); // function meters hold their objects weakly
    private final Map<String, Long> rows = new ConcurrentHashMap<>();
    /** The dead-letter counts registered, held strongly: a function counter holds its object weakly. */
    private final java.util.Set<DeadLetters.Count> deadLetterKinds = ConcurrentHashMap.newKeySet();

    NodeMeters() {
        new JvmMemoryMetrics().bindTo(registry);
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        refreshers.add(this::deadLetters);
    }

    PrometheusMeterRegistry registry() {
        return registry;
    }

    /** Registers the meters whose labels appear at run time and reads what is read by polling. */
    void refresh() {
        for (Runnable r : refreshers) {
            try {
                r.run();
            } catch (RuntimeException e) {
                LOG.debug("metrics refresh failed: {}", e.toString());
            }
        }
    }

    void crawler(Crawler crawler) {
        CrawlerMeters meters = new CrawlerMeters(crawler);
        meters.bindTo(registry);
        bound.add(meters);
        refreshers.add(meters::refresh);
    }

    void kafka(KafkaMeters meters) {
        meters.bindTo(registry);
        inBackground(meters::refresh);
    }

    /** Runs {@code read} on the background reader at each refresh, unless the previous one is still running. */
    private void inBackground(Runnable read) {
        refreshers.add(() -> {
            if (!reading.add(read)) {
                return;
            }
            try {
                slowReads.execute(() -> {
                    try {
                        read.run();
                    } catch (RuntimeException e) {
                        LOG.debug("metrics read failed: {}", e.toString());
                    } finally {
                        reading.remove(read);
                    }
                });
            } catch (java.util.concurrent.RejectedExecutionException closing) {
                reading.remove(read);
            }
        });
    }

    void pipeline(PipelineApp pipeline) {
        bound.add(pipeline);
        Gauge.builder("yaowen.pipeline.running", pipeline, p -> p.state() == KafkaStreams.State.RUNNING ? 1 : 0)
                .description("1 while the Kafka Streams pipeline is RUNNING").register(registry);
    }

    void sink(SinkConsumer sink) {
        bound.add(sink);
        sinkCounter(sink, "articles", SinkStats::articles);
        sinkCounter(sink, "meetings", SinkStats::meetings);
        sinkCounter(sink, "metrics", SinkStats::metrics);
        FunctionCounter.builder("yaowen.sink.dead.letters", sink, s -> s.stats().deadLetters())
                .description("records the sink could not store").register(registry);
        FunctionTimer.builder("yaowen.store.writes", sink, s -> s.writes().writes(), s -> s.writes().totalNanos(),
                TimeUnit.NANOSECONDS).description("upserts into the store and the time they took").register(registry);
    }

    private void sinkCounter(SinkConsumer sink, String topic, ToDoubleFunction<SinkStats> count) {
        FunctionCounter.builder("yaowen.sink.records", sink, s -> count.applyAsDouble(s.stats())).tag("topic", topic)
                .description("records stored per topic").register(registry);
    }

    void store(ArticleStore store) {
        inBackground(() -> store.rowCounts().forEach((table, n) -> {
            if (rows.put(table, n) == null) {
                Gauge.builder("yaowen.store.rows", rows, r -> r.getOrDefault(table, 0L)).tag("table", table)
                        .description("rows per table").register(registry);
            }
        }));
    }

    /** Per channel: alerts sent, failed attempts, alerts no rule wanted, repeats skipped, dead letters. */
    void alerts(AlertDelivery alerts) {
        bound.add(alerts);
        for (String channel : alerts.groups().keySet()) {
            alertCounter(alerts, channel, "yaowen.alerts.sent", AlertStats::sent, "alerts a channel announced");
            alertCounter(alerts, channel, "yaowen.alerts.failed.attempts", AlertStats::failedAttempts,
                    "attempts a channel failed (each is retried until the budget is spent)");
            alertCounter(alerts, channel, "yaowen.alerts.filtered", AlertStats::filtered,
                    "alerts no rule of the channel wanted");
            alertCounter(alerts, channel, "yaowen.alerts.duplicates", AlertStats::duplicates,
                    "alerts skipped because the channel had announced them (restart, rebalance, replay)");
            alertCounter(alerts, channel, "yaowen.alerts.dead.letters", AlertStats::deadLetters,
                    "alerts a channel gave up on (sent to yaowen.dlq)");
        }
    }

    private void alertCounter(AlertDelivery alerts, String channel, String name, ToDoubleFunction<AlertStats> count,
                              String description) {
        FunctionCounter.builder(name, alerts, a -> count.applyAsDouble(a.stats().get(channel))).tag("channel", channel)
                .description(description).register(registry);
    }

    private void deadLetters() {
        for (DeadLetters.Count c : DeadLetters.counts()) {
            if (!deadLetterKinds.add(c)) {
                continue;
            }
            FunctionCounter.builder("yaowen.dead.letters", c, DeadLetters::built).tag("stage", c.stage())
                    .tag("kind", c.kind()).description("dead letters built per stage and kind").register(registry);
        }
    }

    @Override
    public void close() {
        slowReads.shutdownNow();
        gc.close();
        registry.close();
    }
}
