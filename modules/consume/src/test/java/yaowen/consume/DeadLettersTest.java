package yaowen.consume;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Random;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import yaowen.records.DeadLetter;
import yaowen.records.RecordSerdes;
import yaowen.records.Topics;

class DeadLettersTest {
    static final Instant AT = Instant.parse("2026-11-22T08:00:00Z");

    @Test
    void keepsTheRecordsCoordinatesKeyAndBytesExactly() {
        byte[] value = {(byte) 0xC3, 0x01, 0x00, (byte) 0xFF};
        DeadLetter d = DeadLetters.of("sink", "UNDECODABLE_RECORD", "not a record",
                Optional.of(new IllegalStateException("x")), new ConsumerRecord<>("yaowen.articles", 2, 41L, "k", value), AT);

        assertThat(d.getSourceTopic()).isEqualTo("yaowen.articles");
        assertThat(d.getSourcePartition()).isEqualTo(2);
        assertThat(d.getSourceOffset()).isEqualTo(41L);
        assertThat(d.getKey()).isEqualTo(ByteBuffer.wrap("k".getBytes(StandardCharsets.UTF_8)));
        assertThat(d.getValue()).isEqualTo(ByteBuffer.wrap(value));
        assertThat(d.getExceptionClass()).isEqualTo(IllegalStateException.class.getName());
        assertThat(d.getFailedAt()).isEqualTo(AT);
    }

    @Test
    void masksSecretsInTheReasonButKeepsTheRecordsBytes() throws Exception {
        String secret = "SECRET123abcWeCom";
        byte[] value = "{\"meetingKey\":\"m1\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        DeadLetter d = DeadLetters.of("alert", "DISPATCH_FAILED",
                "HTTP 500 from http://127.0.0.1:9/cgi-bin/webhook/send?key=" + secret + " and https://open.feishu.cn/"
                        + "open-apis/bot/v2/hook/" + secret + "-4a07", Optional.empty(),
                new ConsumerRecord<>("yaowen.alerts", 0, 7L, "m1", value), AT);

        assertThat(d.getMessage()).doesNotContain(secret).contains("key=***", "/hook/***");
        assertThat(new String(yaowen.records.RecordSerdes.DEAD_LETTER.encode(d), java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain(secret);
        assertThat(d.getValue().array()).isEqualTo(value);
    }

    @Test
    void acceptsATombstoneAndAnUnknownSourceAndFallsBackToTheKindAsReason() {
        DeadLetter d = DeadLetters.of("alert", "DISPATCH_FAILED", " ", Optional.empty(), null, null, null, null, null, AT);

        assertThat(d.getValue()).isNull();
        assertThat(d.getKey()).isNull();
        assertThat(d.getSourceTopic()).isNull();
        assertThat(d.getExceptionClass()).isNull();
        assertThat(d.getMessage()).isEqualTo("DISPATCH_FAILED");
    }

    @Test
    void countsTheDeadLettersItBuildsPerStageAndKind() {
        DeadLetters.Count count = new DeadLetters.Count("counting-test", "KIND_A");
        long before = DeadLetters.built(count);
        DeadLetters.of("counting-test", "KIND_A", "x", Optional.empty(), null, null, null, null, null, AT);
        DeadLetters.of("counting-test", "KIND_A", "y", Optional.empty(), null, null, null, null, null, AT);

        assertThat(DeadLetters.built(count)).isEqualTo(before + 2);
        assertThat(DeadLetters.counts()).contains(count);
        assertThat(DeadLetters.built(new DeadLetters.Count("counting-test", "NEVER"))).isZero();
    }

    @Test
    void keepsAPrefixWithTheWholeSizeAndHashWhenTheValueWouldNotFitARecord() throws Exception {
        String key = "http://www.example.gov.cn/" + "长".repeat(300) + ".html";
        byte[] value = new byte[Topics.MAX_MESSAGE_BYTES - 1000];
        new Random(13).nextBytes(value);
        DeadLetter d = DeadLetters.of("clean", "HTTP_ERROR", "HTTP 500：" + key, Optional.empty(),
                new ConsumerRecord<>(Topics.PAGES_RAW, 0, 7L, key, value), AT);

        byte[] encoded = RecordSerdes.DEAD_LETTER.encode(d);
        // Kafka adds a 61-byte batch header and at most 21 bytes per record without headers: 1 KiB covers them.
        assertThat((long) encoded.length + key.getBytes(StandardCharsets.UTF_8).length)
                .isLessThanOrEqualTo(Topics.MAX_MESSAGE_BYTES - 1024);
        byte[] kept = bytes(d.getValue());
        assertThat(kept.length).isGreaterThan(Topics.MAX_MESSAGE_BYTES - 200 * 1024).isLessThan(value.length);
        assertThat(kept).isEqualTo(Arrays.copyOf(value, kept.length));
        assertThat(d.getValueSize()).isEqualTo(value.length);
        assertThat(d.getValueSha256())
                .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value)));
        assertThat(d.getMessage()).startsWith("HTTP 500：").contains("截断").contains(String.valueOf(value.length));
        assertThat(RecordSerdes.DEAD_LETTER.decode(encoded)).isEqualTo(d);
    }

    @Test
    void keepsAValueThatFitsWholeWithoutSizeNorHash() {
        byte[] value = new byte[1024 * 1024];
        new Random(7).nextBytes(value);
        DeadLetter d = DeadLetters.of("clean", "BINARY", "不是网页", Optional.empty(),
                new ConsumerRecord<>(Topics.PAGES_RAW, 1, 3L, "k", value), AT);

        assertThat(bytes(d.getValue())).isEqualTo(value);
        assertThat(d.getValueSize()).isNull();
        assertThat(d.getValueSha256()).isNull();
        assertThat(d.getMessage()).isEqualTo("不是网页");
    }

    @Test
    void cutsAReasonLongEnoughToCrowdOutTheBytes() {
        String reason = "页面".repeat(DeadLetters.MAX_REASON_CHARS);
        DeadLetter d = DeadLetters.of("clean", "PROCESSING_ERROR", reason, Optional.empty(), null, null, null, "k",
                new byte[] {1, 2}, AT);

        assertThat(d.getMessage()).hasSize(DeadLetters.MAX_REASON_CHARS + 1).startsWith("页面页面").endsWith("…");
        assertThat(bytes(d.getValue())).containsExactly(1, 2);
    }

    static byte[] bytes(ByteBuffer buffer) {
        ByteBuffer b = buffer.duplicate();
        byte[] out = new byte[b.remaining()];
        b.get(out);
        return out;
    }
}
