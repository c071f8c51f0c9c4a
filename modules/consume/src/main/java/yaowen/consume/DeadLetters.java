package yaowen.consume;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import yaowen.records.DeadLetter;
import yaowen.records.Topics;
import yaowen.settings.Redaction;

/**
 * Builds {@link DeadLetter}s: the one place that decides how a failed record's coordinates, key, bytes
 * and reason are written, for the Streams pipeline and the plain consumers alike; and counts them per
 * stage and kind ({@link #counts()}), for the metrics.
 */
public final class DeadLetters {
    /** Dead letters built in this process per stage and kind (a Streams task that is retried counts again). */
    private static final Map<Count, LongAdder> BUILT = new ConcurrentHashMap<>();

    /** How many dead letters of one stage and kind this process has built since it started. */
    public record Count(String stage, String kind) {
        public Count {
            Objects.requireNonNull(stage, "stage");
            Objects.requireNonNull(kind, "kind");
        }
    }

    private DeadLetters() {
    }

    /**
     * A dead letter for a record read from {@code topic}-{@code partition}@{@code offset} (each may be
     * unknown), keeping its key and value bytes exactly when they fit {@link Topics#MAX_DEAD_LETTER_BYTES};
     * a larger value keeps its first bytes, its whole size and SHA-256, and the reason says so. The reason is
     * {@linkplain Redaction#text masked} before anything else: dead letters are kept for weeks and read by
     * people who do not hold the channels' keys.
     *
     * @param message the reason; the kind stands in when it is blank
     * @param error   the exception that stopped the record, if one did
     */
    public static DeadLetter of(String stage, String kind, String message, Optional<? extends Throwable> error,
                                String topic, Integer partition, Long offset, String key, byte[] value, Instant at) {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(kind, "kind");
        BUILT.computeIfAbsent(new Count(stage, kind), k -> new LongAdder()).increment();
        String reason = message == null || message.isBlank() ? kind : cut(Redaction.text(message));
        String exceptionClass = error.map(e -> e.getClass().getName()).orElse(null);
        byte[] keyBytes = key == null ? null : key.getBytes(StandardCharsets.UTF_8);
        DeadLetter.Builder letter = DeadLetter.newBuilder()
                .setStage(stage)
                .setErrorKind(kind)
                .setExceptionClass(exceptionClass)
                .setSourceTopic(topic)
                .setSourcePartition(partition)
                .setSourceOffset(offset)
                .setKey(keyBytes == null ? null : ByteBuffer.wrap(keyBytes))
                .setFailedAt(Objects.requireNonNull(at, "at"));
        long room = Topics.MAX_DEAD_LETTER_BYTES - 2L * (keyBytes == null ? 0 : keyBytes.length)
                - utf8Length(reason) - utf8Length(stage) - utf8Length(kind) - utf8Length(exceptionClass)
                - utf8Length(topic);
        if (value == null || value.length <= room) {
            return letter.setMessage(reason).setValue(value == null ? null : ByteBuffer.wrap(value)).build();
        }
        int kept = (int) Math.max(0, room - NOTE_BYTES);
        String note = "（载荷过大已截断：只保留前 " + kept + " 字节，原 " + value.length
                + " 字节，整体的 SHA-256 见 valueSha256；payload truncated）";
        return letter.setMessage(reason + note)
                .setValue(ByteBuffer.wrap(Arrays.copyOf(value, kept)))
                .setValueSize((long) value.length)
                .setValueSha256(sha256(value))
                .build();
    }

    /** Room kept for the truncation note and the hash, in UTF-8 bytes. */
    private static final int NOTE_BYTES = 512;

    /** Longest reason kept, in characters: an exception message can carry a whole page. */
    static final int MAX_REASON_CHARS = 16_384;

    private static String cut(String message) {
        return message.length() <= MAX_REASON_CHARS ? message : message.substring(0, MAX_REASON_CHARS) + "…";
    }

    private static long utf8Length(String s) {
        return s == null ? 0 : s.getBytes(StandardCharsets.UTF_8).length;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** The stages and kinds of dead letters built so far, sorted. Thread-safe. */
    public static List<Count> counts() {
        return BUILT.keySet().stream().sorted(Comparator.comparing(Count::stage).thenComparing(Count::kind)).toList();
    }

    /** Dead letters of {@code count}'s stage and kind built so far. Thread-safe. */
    public static long built(Count count) {
        LongAdder n = BUILT.get(count);
        return n == null ? 0 : n.sum();
    }

    /** A dead letter for a consumed {@code record}. */
    public static DeadLetter of(String stage, String kind, String message, Optional<? extends Throwable> error,
                                ConsumerRecord<String, byte[]> record, Instant at) {
        return of(stage, kind, message, error, record.topic(), record.partition(), record.offset(), record.key(),
                record.value(), at);
    }
}
