package yaowen.pipeline.insight;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.processor.api.ContextualFixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import yaowen.insight.Insight;
import yaowen.insight.OverBudgetException;
import yaowen.pipeline.ArticleAnalyser;
import yaowen.pipeline.deadletter.DeadLetters;
import yaowen.pipeline.deadletter.FailureKind;
import yaowen.pipeline.deadletter.Outcome;
import yaowen.pipeline.dedup.MeetingDeduplicator;
import yaowen.pipeline.dedup.MetricMerger;
import yaowen.pipeline.insight.ArticleMapping.Findings;
import yaowen.records.Article;
import yaowen.records.RecordSerdes;
import yaowen.records.TopicNames;

/**
 * {@code yaowen.articles} → insight → the figures, merged by metric key into one metric each with all its
 * evidence ({@link MetricMerger}) → {@code yaowen.metrics}, and the reports of meetings, merged by meeting
 * key into one record each ({@link MeetingDeduplicator}) → {@code yaowen.meetings}, with a NEW alert for a
 * meeting's first report and an UPDATED one for a later report that adds figures → {@code yaowen.alerts};
 * failures → {@code yaowen.dlq}. Insight works on one article for at most its budget ({@code pipeline.insightBudget}):
 * an article it cannot finish in time goes to {@code yaowen.dlq} as TOO_SLOW, so that no article holds a
 * transaction open past its timeout.
 */
public final class InsightTopology {
    static final String STAGE = "insight";
    /** Names of the repartition steps (topics {@code <application id>-<name>-repartition}). */
    public static final List<String> REPARTITIONS = List.of("metric-reports", "meeting-reports");

    private InsightTopology() {
    }

    /**
     * Adds the insight, dedup and alert steps to {@code builder}, on the topics as {@code topics} names them; insight
     * may work on one article for {@code budget} as {@code nanoClock} (monotonic nanoseconds) counts it.
     */
    public static void addTo(StreamsBuilder builder, ArticleAnalyser analyser, TopicNames topics, Duration budget,
                             LongSupplier nanoClock) {
        Objects.requireNonNull(analyser, "analyser");
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(nanoClock, "nanoClock");
        Map<String, KStream<String, Outcome<Findings>>> branches = builder
                .stream(topics.articles(), Consumed.with(Serdes.String(), Serdes.ByteArray()).withName("articles-in"))
                .processValues(() -> new InsightProcessor(analyser, budget, nanoClock), Named.as("extract-insight"))
                .split(Named.as("insight-"))
                .branch((key, outcome) -> outcome.isOk(), Branched.as("ok"))
                .defaultBranch(Branched.as("failed"));

        branches.get("insight-failed")
                .mapValues(Outcome::deadLetter, Named.as("insight-dead-letter"))
                .to(topics.dlq(), Produced.with(Serdes.String(), RecordSerdes.DEAD_LETTER).withName("insight-dlq"));

        KStream<String, Findings> findings = branches.get("insight-ok").mapValues(Outcome::value, Named.as("findings"));
        // Reports of one figure are regrouped by metric key, so each meets the same merged metric.
        builder.addStateStore(MetricMerger.storeBuilder());
        findings.flatMap((key, f) -> f.metrics().stream().map(m -> KeyValue.pair(m.getKey(), m)).toList(),
                        Named.as("metric-reports-by-key"))
                .repartition(Repartitioned.with(Serdes.String(), RecordSerdes.METRIC).withName(REPARTITIONS.get(0)))
                .process(MetricMerger::new, Named.as("merge-metrics"), MetricMerger.STORE)
                .to(topics.metrics(), Produced.with(Serdes.String(), RecordSerdes.METRIC).withName("metrics"));
        // Reports are regrouped by meeting key, so every report of one meeting meets the same merged record.
        builder.addStateStore(MeetingDeduplicator.storeBuilder());
        KStream<String, MeetingDeduplicator.Merged> merged = findings
                .flatMap((key, f) -> f.meeting().map(m -> KeyValue.pair(m.getKey(), m)).stream().toList(),
                        Named.as("meeting-reports-by-key"))
                .repartition(Repartitioned.with(Serdes.String(), RecordSerdes.MEETING).withName(REPARTITIONS.get(1)))
                .process(MeetingDeduplicator::new, Named.as("merge-meetings"), MeetingDeduplicator.STORE);
        merged.mapValues(MeetingDeduplicator.Merged::meeting, Named.as("merged-meetings"))
                .to(topics.meetings(), Produced.with(Serdes.String(), RecordSerdes.MEETING).withName("meetings"));
        merged.flatMapValues(m -> m.alert().stream().toList(), Named.as("meeting-alerts"))
                .to(topics.alerts(), Produced.with(Serdes.String(), RecordSerdes.ALERT).withName("alerts"));
    }

    /** Decodes one article and extracts its findings; never throws. */
    static final class InsightProcessor extends ContextualFixedKeyProcessor<String, byte[], Outcome<Findings>> {
        private static final Logger LOG = LoggerFactory.getLogger(InsightProcessor.class);
        private final ArticleAnalyser analyser;
        private final Duration budget;
        private final LongSupplier nanoClock;

        InsightProcessor(ArticleAnalyser analyser, Duration budget, LongSupplier nanoClock) {
            this.analyser = analyser;
            this.budget = budget;
            this.nanoClock = nanoClock;
        }

        @Override
        public void process(FixedKeyRecord<String, byte[]> record) {
            context().forward(record.withValue(analyse(record.key(), record.value())));
        }

        private Outcome<Findings> analyse(String key, byte[] bytes) {
            Article article;
            try {
                article = RecordSerdes.ARTICLE.decode(Objects.requireNonNull(bytes, "an article has no value"));
            } catch (RuntimeException e) {
                return failed(FailureKind.UNDECODABLE_RECORD, e.getMessage(), e, key, bytes);
            }
            Deadline deadline = Deadline.after(budget, nanoClock);
            try {
                Insight insight = analyser.extract(ArticleMapping.toArticleText(article), deadline);
                if (deadline.exhausted()) { // finished after its last check: kept, the time is spent anyway
                    LOG.warn("Insight took {} on {}, over its budget of {}", Deadline.words(deadline.elapsed()),
                            article.getUrl(), Deadline.words(budget));
                }
                return new Outcome.Ok<>(ArticleMapping.findings(article, insight));
            } catch (OverBudgetException e) {
                return failed(FailureKind.TOO_SLOW, "insight took longer than " + Deadline.words(budget)
                        + " (pipeline.insightBudget) and was stopped: " + article.getUrl(), e, key, bytes);
            } catch (RuntimeException | StackOverflowError e) {
                return failed(FailureKind.PROCESSING_ERROR, e + " (" + article.getUrl() + ")", e, key, bytes);
            }
        }

        private Outcome<Findings> failed(FailureKind kind, String message, Throwable error, String key, byte[] bytes) {
            var metadata = context().recordMetadata();
            LOG.warn("Dead letter from {}@{}: {} {}", metadata.map(m -> m.topic() + "-" + m.partition()).orElse("?"),
                    metadata.map(m -> m.offset()).orElse(-1L), kind, message);
            return new Outcome.Failed<>(DeadLetters.of(STAGE, kind, message, Optional.ofNullable(error), metadata,
                    key, bytes, Instant.ofEpochMilli(context().currentSystemTimeMs())));
        }
    }
}
