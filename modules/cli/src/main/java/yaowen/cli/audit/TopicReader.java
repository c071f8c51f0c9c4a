package yaowen.cli.audit;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import yaowen.cli.node.KafkaClients;
import yaowen.consume.ReadToEnd;
import yaowen.records.DeadLetter;
import yaowen.records.MeetingAlert;
import yaowen.records.RawPage;
import yaowen.records.RecordSerdes;
import yaowen.records.TopicNames;
import yaowen.records.Topics;

/**
 * Reads the committed records of Yaowen's topics ({@code read_committed}, from the start to the end they
 * have now, no consumer group) into an {@link AuditInput}: keys, coordinates and fingerprints only, so a
 * topic of large pages is read without holding them.
 */
public final class TopicReader {
    private final KafkaClients kafka;
    private final TopicNames topics;
    private final Duration timeout;

    /** A topic could not be read to its end: the cluster did not answer, or not in time. */
    public static final class UnreadableException extends IllegalStateException {
        UnreadableException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    public TopicReader(KafkaClients kafka, TopicNames topics, Duration timeout) {
        this.kafka = kafka;
        this.topics = topics;
        this.timeout = timeout;
    }

    /** The raw topic's records. */
    public List<AuditInput.Raw> raw() {
        List<AuditInput.Raw> raw = new ArrayList<>();
        read(topics.pagesRaw(), r -> raw.add(new AuditInput.Raw(r.partition(), r.offset(), r.key(), url(r.value()))));
        return raw;
    }

    /** The topics' records, and {@code store}'s keys when given. */
    public AuditInput read(Optional<AuditInput.Stored> store) {
        List<AuditInput.Raw> raw = raw();
        List<AuditInput.ArticleRef> articles = new ArrayList<>();
        read(topics.articles(), r -> {
            if (r.value() != null) {
                articles.add(new AuditInput.ArticleRef(r.key(), RecordSerdes.ARTICLE.decode(r.value()).getUrl()));
            }
        });
        List<AuditInput.DeadLetterRef> letters = new ArrayList<>();
        read(topics.dlq(), r -> letter(r.value()).ifPresent(d -> letters.add(new AuditInput.DeadLetterRef(
                d.getStage(), d.getSourceTopic(), d.getSourcePartition() == null ? -1 : d.getSourcePartition(),
                d.getSourceOffset() == null ? -1 : d.getSourceOffset()))));
        List<AuditInput.Keyed> meetings = new ArrayList<>();
        read(topics.meetings(), r -> keyed(r).ifPresent(meetings::add));
        List<AuditInput.Keyed> metrics = new ArrayList<>();
        read(topics.metrics(), r -> keyed(r).ifPresent(metrics::add));
        List<AuditInput.AlertRef> alerts = new ArrayList<>();
        read(topics.alerts(), r -> {
            if (r.value() != null) {
                MeetingAlert alert = RecordSerdes.ALERT.decode(r.value());
                String change = String.valueOf(alert.getChange());
                alert.setDetectedAt(java.time.Instant.EPOCH); // a repeat differs only in when it was detected
                alerts.add(new AuditInput.AlertRef(alert.getMeetingKey(), change,
                        fingerprint(RecordSerdes.ALERT.encode(alert))));
            }
        });
        return new AuditInput(raw, articles, letters, meetings, metrics, alerts, store);
    }

    private void read(String topic, Consumer<ConsumerRecord<String, byte[]>> each) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config(), new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = ReadToEnd.partitions(consumer, topic, timeout);
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            if (!ReadToEnd.read(consumer, partitions, timeout, each)) {
                throw new UnreadableException("could not read " + topic + " to its end within " + timeout, null);
            }
        } catch (org.apache.kafka.common.errors.SerializationException e) {
            throw e; // a record that does not decode is no matter of reaching the cluster
        } catch (KafkaException e) { // a timeout, a refusal: not a record the audit could count
            throw new UnreadableException("could not read " + topic + ": " + e.getMessage(), e);
        }
    }

    private Properties config() {
        Properties p = kafka.config();
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "yaowen-audit-" + UUID.randomUUID());
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, Topics.MAX_MESSAGE_BYTES);
        p.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, Topics.MAX_MESSAGE_BYTES);
        return p;
    }

    /** The page's URL, null when the value is no raw page. */
    static String url(byte[] value) {
        if (value == null) {
            return null;
        }
        try {
            RawPage page = RecordSerdes.RAW_PAGE.decode(value);
            return page.getUrl();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static Optional<DeadLetter> letter(byte[] value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(RecordSerdes.DEAD_LETTER.decode(value));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<AuditInput.Keyed> keyed(ConsumerRecord<String, byte[]> r) {
        return r.value() == null ? Optional.empty() : Optional.of(new AuditInput.Keyed(r.key(), fingerprint(r.value())));
    }

    /** SHA-256 of {@code bytes}, hex. */
    static String fingerprint(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
