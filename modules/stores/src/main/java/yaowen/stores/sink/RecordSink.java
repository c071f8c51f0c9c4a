package yaowen.stores.sink;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import yaowen.records.DeadLetter;
import yaowen.records.RecordSerdes;
import yaowen.records.TopicNames;
import yaowen.records.Topics;
import yaowen.consume.DeadLetters;
import yaowen.stores.ArticleStore;
import yaowen.stores.StoreException;

/**
 * The sink's per-record step, without a broker: decodes one record of {@link Topics#ARTICLES},
 * {@link Topics#MEETINGS} or {@link Topics#METRICS} and upserts it into the store.
 *
 * <p>Never throws for a bad record: an undecodable value ({@code UNDECODABLE_RECORD}), a store failure
 * ({@code STORE_ERROR}) or a record of another topic ({@code UNEXPECTED_TOPIC}) comes back as the
 * {@link DeadLetter} to publish, logged at WARN. A tombstone (null value) is counted and skipped.
 *
 * <p>Thread-safe if the store is; counters are atomic.
 */
public final class RecordSink {
    /** Stage named in dead letters. */
    public static final String STAGE = "sink";
    private static final Logger LOG = LoggerFactory.getLogger(RecordSink.class);

    private final ArticleStore store;
    private final Clock clock;
    private final TopicNames topics;
    private final AtomicLong articles = new AtomicLong();
    private final AtomicLong meetings = new AtomicLong();
    private final AtomicLong metrics = new AtomicLong();
    private final AtomicLong deadLetters = new AtomicLong();
    private final AtomicLong tombstones = new AtomicLong();
    private final AtomicLong writes = new AtomicLong();
    private final AtomicLong writeNanos = new AtomicLong();
    private volatile Optional<String> lastWriteFailure = Optional.empty();

    public RecordSink(ArticleStore store, Clock clock) {
        this(store, clock, TopicNames.DEFAULT);
    }

    public RecordSink(ArticleStore store) {
        this(store, Clock.systemUTC());
    }

    /** A sink for records of the topics as {@code topics} names them (see {@code kafka.topicPrefix}). */
    public RecordSink(ArticleStore store, TopicNames topics) {
        this(store, Clock.systemUTC(), topics);
    }

    private RecordSink(ArticleStore store, Clock clock, TopicNames topics) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.topics = Objects.requireNonNull(topics, "topics");
    }

    /**
     * Writes one record.
     *
     * @return empty when stored or skipped, else the dead letter describing the failure
     */
    public Optional<DeadLetter> handle(ConsumerRecord<String, byte[]> record) {
        Objects.requireNonNull(record, "record");
        if (record.value() == null) {
            tombstones.incrementAndGet();
            LOG.debug("skipped tombstone {}-{}@{} key {}", record.topic(), record.partition(), record.offset(), record.key());
            return Optional.empty();
        }
        Object decoded;
        try {
            decoded = decode(record);
        } catch (SerializationException e) {
            return Optional.of(deadLetter(record, "UNDECODABLE_RECORD", e));
        } catch (IllegalArgumentException e) {
            return Optional.of(deadLetter(record, "UNEXPECTED_TOPIC", e));
        }
        long start = System.nanoTime();
        try {
            switch (topics.base(record.topic()).orElseThrow()) {
                case Topics.ARTICLES -> {
                    store.upsertArticle((yaowen.records.Article) decoded);
                    articles.incrementAndGet();
                }
                case Topics.MEETINGS -> {
                    store.upsertMeeting((yaowen.records.Meeting) decoded);
                    meetings.incrementAndGet();
                }
                default -> {
                    store.upsertMetric((yaowen.records.MetricObservation) decoded);
                    metrics.incrementAndGet();
                }
            }
            wrote(start, Optional.empty());
            return Optional.empty();
        } catch (RuntimeException e) {
            // Only a store that failed makes the last write a failure (and the node unready); a record the
            // database refused is the record's problem: dead-lettered, and proof the store answers.
            boolean storeFailed = !(e instanceof StoreException se) || se.storeUnavailable();
            wrote(start, storeFailed ? Optional.of(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
                    : Optional.empty());
            return Optional.of(deadLetter(record, "STORE_ERROR", e));
        }
    }

    /** A snapshot of the counters. */
    public SinkStats stats() {
        return new SinkStats(articles.get(), meetings.get(), metrics.get(), deadLetters.get(), tombstones.get());
    }

    /** The writes to the store so far: count, time, and the last failure while no write succeeded since. */
    public StoreWrites writes() {
        return new StoreWrites(writes.get(), writeNanos.get(), lastWriteFailure);
    }

    private void wrote(long startNanos, Optional<String> failure) {
        writeNanos.addAndGet(System.nanoTime() - startNanos);
        writes.incrementAndGet();
        lastWriteFailure = failure;
    }

    private Object decode(ConsumerRecord<String, byte[]> record) {
        return switch (topics.base(record.topic()).orElse("")) {
            case Topics.ARTICLES -> RecordSerdes.ARTICLE.decode(record.value());
            case Topics.MEETINGS -> RecordSerdes.MEETING.decode(record.value());
            case Topics.METRICS -> RecordSerdes.METRIC.decode(record.value());
            default -> throw new IllegalArgumentException("the sink does not read topic " + record.topic());
        };
    }

    private DeadLetter deadLetter(ConsumerRecord<String, byte[]> record, String kind, Exception e) {
        deadLetters.incrementAndGet();
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        LOG.warn("dead letter {} for {}-{}@{} key {}: {}", kind, record.topic(), record.partition(), record.offset(),
                record.key(), message);
        return DeadLetters.of(STAGE, kind, message, Optional.of(e), record, clock.instant());
    }
}
