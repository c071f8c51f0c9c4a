package yaowen.pipeline.clean;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.processor.api.ContextualFixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import yaowen.cleaning.CleaningException;
import yaowen.pipeline.PageCleaner;
import yaowen.pipeline.deadletter.DeadLetters;
import yaowen.pipeline.deadletter.FailureKind;
import yaowen.pipeline.deadletter.Outcome;
import yaowen.records.Article;
import yaowen.records.RawPage;
import yaowen.records.RecordSerdes;
import yaowen.records.TopicNames;

/**
 * {@code yaowen.pages.raw} → clean → {@code yaowen.articles}, failures → {@code yaowen.dlq}.
 * Only wires: decoding, cleaning and mapping are called per record, and any failure becomes a dead letter.
 */
public final class CleanTopology {
    static final String STAGE = "clean";

    private CleanTopology() {
    }

    /** Adds the cleaning step to {@code builder}, on the topics as {@code topics} names them. */
    public static void addTo(StreamsBuilder builder, PageCleaner cleaner, TopicNames topics) {
        Objects.requireNonNull(cleaner, "cleaner");
        KStream<String, Outcome<Article>> outcomes = builder
                .stream(topics.pagesRaw(), Consumed.with(Serdes.String(), Serdes.ByteArray()).withName("raw-pages"))
                .processValues(() -> new CleanProcessor(cleaner), Named.as("clean-page"));
        outcomes.split(Named.as("clean-"))
                .branch((key, outcome) -> outcome.isOk(), Branched.withConsumer(ok -> ok
                        .map((key, outcome) -> org.apache.kafka.streams.KeyValue.pair(outcome.value().getId(), outcome.value()),
                                Named.as("key-by-article-id"))
                        .to(topics.articles(), Produced.with(Serdes.String(), RecordSerdes.ARTICLE).withName("articles")),
                        "ok"))
                .defaultBranch(Branched.withConsumer(failed -> failed
                        .mapValues(Outcome::deadLetter, Named.as("clean-dead-letter"))
                        .to(topics.dlq(), Produced.with(Serdes.String(), RecordSerdes.DEAD_LETTER).withName("clean-dlq")),
                        "failed"));
    }

    /** Decodes and cleans one raw page; never throws. */
    static final class CleanProcessor extends ContextualFixedKeyProcessor<String, byte[], Outcome<Article>> {
        private static final Logger LOG = LoggerFactory.getLogger(CleanProcessor.class);
        private final PageCleaner cleaner;

        CleanProcessor(PageCleaner cleaner) {
            this.cleaner = cleaner;
        }

        @Override
        public void process(FixedKeyRecord<String, byte[]> record) {
            context().forward(record.withValue(clean(record.key(), record.value())));
        }

        private Outcome<Article> clean(String key, byte[] bytes) {
            RawPage raw;
            try {
                raw = RecordSerdes.RAW_PAGE.decode(Objects.requireNonNull(bytes, "a raw page has no value"));
            } catch (RuntimeException e) {
                return failed(FailureKind.UNDECODABLE_RECORD, e.getMessage(), e, key, bytes);
            }
            if (raw.getStatus() < 200 || raw.getStatus() > 299) {
                return failed(FailureKind.HTTP_ERROR, "HTTP status " + raw.getStatus() + " for " + raw.getUrl(), null, key, bytes);
            }
            try {
                return new Outcome.Ok<>(RawPageMapping.toArticle(raw, cleaner.clean(RawPageMapping.toFetchedPage(raw))));
            } catch (CleaningException e) {
                return failed(FailureKind.valueOf(e.reason().name()), e.getMessage() + " (" + raw.getUrl() + ")", e, key, bytes);
            } catch (RuntimeException | StackOverflowError e) {
                return failed(FailureKind.PROCESSING_ERROR, e + " (" + raw.getUrl() + ")", e, key, bytes);
            }
        }

        private Outcome<Article> failed(FailureKind kind, String message, Throwable error, String key, byte[] bytes) {
            var metadata = context().recordMetadata();
            LOG.warn("Dead letter from {}@{}: {} {}", metadata.map(m -> m.topic() + "-" + m.partition()).orElse("?"),
                    metadata.map(m -> m.offset()).orElse(-1L), kind, message);
            return new Outcome.Failed<>(DeadLetters.of(STAGE, kind, message, Optional.ofNullable(error), metadata,
                    key, bytes, Instant.now()));
        }
    }
}
