package yaowen.consume;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import yaowen.records.DeadLetter;

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
}
