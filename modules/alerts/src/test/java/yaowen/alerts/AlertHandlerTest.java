package yaowen.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import yaowen.records.DeadLetter;
import yaowen.records.MeetingAlert;
import yaowen.records.RecordSerdes;
import yaowen.records.Topics;

class AlertHandlerTest {
    /** Remembers what it was given. */
    static final class Recording implements AlertDispatcher {
        final List<MeetingAlert> seen = new ArrayList<>();

        @Override
        public void dispatch(MeetingAlert alert) {
            seen.add(alert);
        }

        @Override
        public String name() {
            return "recording";
        }
    }

    static final class Failing implements AlertDispatcher {
        @Override
        public void dispatch(MeetingAlert alert) {
            throw new DispatchException(name(), alert.getMeetingKey(), "HTTP 500", null);
        }

        @Override
        public String name() {
            return "failing";
        }
    }

    static ConsumerRecord<String, byte[]> record(long offset, byte[] value) {
        return new ConsumerRecord<>(Topics.ALERTS, 1, offset, "key-" + offset, value);
    }

    @Test
    void dispatchesEachAlertToEveryDispatcher() {
        Recording first = new Recording();
        Recording second = new Recording();
        AlertHandler handler = new AlertHandler(List.of(first, second));

        assertThat(handler.handle(record(0, RecordSerdes.ALERT.encode(Alerts.longting())))).isEmpty();

        assertThat(first.seen).containsExactly(Alerts.longting());
        assertThat(second.seen).containsExactly(Alerts.longting());
        assertThat(handler.stats()).isEqualTo(new AlertStats(1, 0, 0));
    }

    @Test
    void routesUndecodableRecordToDeadLetterAndDispatchesNothing() {
        Recording recording = new Recording();
        AlertHandler handler = new AlertHandler(List.of(recording));

        List<DeadLetter> dead = handler.handle(record(9, new byte[] {(byte) 0xC3, 1, 2, 3}));

        assertThat(dead).singleElement().satisfies(d -> {
            assertThat(d.getStage()).isEqualTo("alert");
            assertThat(d.getErrorKind()).isEqualTo("UNDECODABLE_RECORD");
            assertThat(d.getSourceTopic()).isEqualTo(Topics.ALERTS);
            assertThat(d.getSourcePartition()).isEqualTo(1);
            assertThat(d.getSourceOffset()).isEqualTo(9L);
            assertThat(d.getValue()).isEqualTo(ByteBuffer.wrap(new byte[] {(byte) 0xC3, 1, 2, 3}));
        });
        assertThat(recording.seen).isEmpty();
        assertThat(handler.stats()).isEqualTo(new AlertStats(0, 1, 0));
    }

    @Test
    void aFailingDispatcherGivesADeadLetterAndTheOthersStillRun() {
        Recording after = new Recording();
        AlertHandler handler = new AlertHandler(List.of(new Failing(), after));

        List<DeadLetter> dead = handler.handle(record(3, RecordSerdes.ALERT.encode(Alerts.longting())));

        assertThat(dead).singleElement().satisfies(d -> {
            assertThat(d.getErrorKind()).isEqualTo("DISPATCH_FAILED");
            assertThat(d.getMessage()).contains("failing", "HTTP 500");
            assertThat(d.getExceptionClass()).isEqualTo(DispatchException.class.getName());
        });
        assertThat(after.seen).hasSize(1);
    }

    @Test
    void skipsTombstones() {
        AlertHandler handler = new AlertHandler(List.of(new Failing()));
        assertThat(handler.handle(record(0, null))).isEmpty();
        assertThat(handler.stats()).isEqualTo(new AlertStats(0, 0, 1));
    }
}
