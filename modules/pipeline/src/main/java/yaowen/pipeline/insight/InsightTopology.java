package yaowen.pipeline.insight;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
import yaowen.pipeline.ArticleAnalyser;
import yaowen.pipeline.deadletter.DeadLetters;
import yaowen.pipeline.deadletter.FailureKind;
import yaowen.pipeline.deadletter.Outcome;
import yaowen.pipeline.dedup.MeetingDeduplicator;
import yaowen.pipeline.insight.ArticleMapping.Findings;
import yaowen.records.Article;
import yaowen.records.RecordSerdes;
import yaowen.records.TopicNames;

/**
 * {@code yaowen.articles} → insight → {@code yaowen.meetings} and {@code yaowen.metrics}; the first report
 * of each meeting → {@code yaowen.alerts} (deduplicated by meeting key); failures → {@code yaowen.dlq}.
 */
public final class InsightTopology {
    static final String STAGE = "insight";

    private InsightTopology() {
    }

    /** Adds the insight, dedup and alert steps to {@code builder}, on the topics as {@code topics} names them. */
    public static void addTo(StreamsBuilder builder, ArticleAnalyser analyser, TopicNames topics) {
        Objects.requireNonNull(analyser, "analyser");
        Map<String, KStream<String, Outcome<Findings>>> branches = builder
                .stream(topics.articles(), Consumed.with(Serdes.String(), Serdes.ByteArray()).withName("articles-in"))
                .processValues(() -> new InsightProcessor(analyser), Named.as("extract-insight"))
                .split(Named.as("insight-"))
                .branch((key, outcome) -> outcome.isOk(), Branched.as("ok"))
                .defaultBranch(Branched.as("failed"));

        branches.get("insight-failed")
                .mapValues(Outcome::deadLetter, Named.as("insight-dead-letter"))
                .to(topics.dlq(), Produced.with(Serdes.String(), RecordSerdes.DEAD_LETTER).withName("insight-dlq"));

        KStream<String, Findings> findings = branches.get("insight-ok").mapValues(Outcome::value, Named.as("findings"));
        findings.flatMap((key, f) -> f.metrics().stream().map(m -> KeyValue.pair(m.getKey(), m)).toList(),
                        Named.as("metrics-by-key"))
                .to(topics.metrics(), Produced.with(Serdes.String(), RecordSerdes.METRIC).withName("metrics"));
        findings.flatMap((key, f) -> f.meeting().map(m -> KeyValue.pair(m.getKey(), m)).stream().toList(),
                        Named.as("meetings-by-key"))
                .to(topics.meetings(), Produced.with(Serdes.String(), RecordSerdes.MEETING).withName("meetings"));

        builder.addStateStore(MeetingDeduplicator.storeBuilder());
        findings.flatMap((key, f) -> f.alert().map(a -> KeyValue.pair(a.getMeetingKey(), a)).stream().toList(),
                        Named.as("alert-candidates-by-meeting"))
                .repartition(Repartitioned.with(Serdes.String(), RecordSerdes.ALERT).withName("alert-candidates"))
                .process(MeetingDeduplicator::new, Named.as("dedup-meetings"), MeetingDeduplicator.STORE)
                .to(topics.alerts(), Produced.with(Serdes.String(), RecordSerdes.ALERT).withName("alerts"));
    }

    /** Decodes one article and extracts its findings; never throws. */
    static final class InsightProcessor extends ContextualFixedKeyProcessor<String, byte[], Outcome<Findings>> {
        private static final Logger LOG = LoggerFactory.getLogger(InsightProcessor.class);
        private final ArticleAnalyser analyser;

        InsightProcessor(ArticleAnalyser analyser) {
            this.analyser = analyser;
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
            try {
                Findings findings = ArticleMapping.findings(article, analyser.extract(ArticleMapping.toArticleText(article)));
                Instant seen = Instant.ofEpochMilli(context().currentSystemTimeMs());
                return new Outcome.Ok<>(new Findings(findings.article(), findings.meeting(), findings.metrics(),
                        findings.alert().map(a -> { a.setDetectedAt(seen); return a; })));
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
