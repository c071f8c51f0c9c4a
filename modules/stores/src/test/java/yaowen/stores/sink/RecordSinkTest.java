package yaowen.stores.sink;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import yaowen.records.DeadLetter;
import yaowen.records.RecordSerdes;
import yaowen.records.Topics;
import yaowen.stores.ArticleStore;
import yaowen.stores.StoreException;
import yaowen.stores.Fixtures;
import yaowen.stores.duckdb.DuckDbStore;

class RecordSinkTest {
    private static final Instant NOW = Instant.parse("2024-05-01T00:00:00Z");
    private final DuckDbStore store = DuckDbStore.inMemory();
    private final RecordSink sink = new RecordSink(store, Clock.fixed(NOW, ZoneOffset.UTC));

    @AfterEach
    void close() {
        store.close();
    }

    static ConsumerRecord<String, byte[]> record(String topic, long offset, String key, byte[] value) {
        return new ConsumerRecord<>(topic, 0, offset, key, value);
    }

    @Test
    void storesRecordsOfEachTopic() {
        assertThat(sink.handle(record(Topics.ARTICLES, 0, "a1", RecordSerdes.ARTICLE.encode(Fixtures.article("a1"))))).isEmpty();
        assertThat(sink.handle(record(Topics.MEETINGS, 0, "m1",
                RecordSerdes.MEETING.encode(Fixtures.meeting("m1", "a1", LocalDate.of(2021, 1, 27)))))).isEmpty();
        assertThat(sink.handle(record(Topics.METRICS, 0, "x1", RecordSerdes.METRIC.encode(Fixtures.metric("x1", "a1", "m1"))))).isEmpty();

        assertThat(store.meeting("m1")).isPresent();
        assertThat(store.metricsOfMeeting("m1")).hasSize(1);
        assertThat(sink.stats()).isEqualTo(new SinkStats(1, 1, 1, 0, 0));
    }

    @Test
    void replayingRecordsNeverDuplicatesRows() {
        byte[] meeting = RecordSerdes.MEETING.encode(Fixtures.meeting("m1", "a1", LocalDate.of(2021, 1, 27)));
        for (int replay = 0; replay < 3; replay++) {
            sink.handle(record(Topics.MEETINGS, 7, "m1", meeting));
        }
        assertThat(store.rowCounts()).containsEntry("meeting", 1L).containsEntry("meeting_person", 2L);
        assertThat(sink.stats().meetings()).isEqualTo(3);
    }

    @Test
    void routesUndecodableValueToDeadLetterWithItsBytes() {
        byte[] garbage = "not avro".getBytes(StandardCharsets.UTF_8);

        Optional<DeadLetter> dead = sink.handle(new ConsumerRecord<>(Topics.METRICS, 2, 41L, "x9", garbage));

        assertThat(dead).isPresent();
        DeadLetter d = dead.get();
        assertThat(d.getStage()).isEqualTo("sink");
        assertThat(d.getErrorKind()).isEqualTo("UNDECODABLE_RECORD");
        assertThat(d.getMessage()).contains("MetricObservation");
        assertThat(d.getSourceTopic()).isEqualTo(Topics.METRICS);
        assertThat(d.getSourcePartition()).isEqualTo(2);
        assertThat(d.getSourceOffset()).isEqualTo(41L);
        assertThat(d.getKey()).isEqualTo(ByteBuffer.wrap("x9".getBytes(StandardCharsets.UTF_8)));
        assertThat(d.getValue()).isEqualTo(ByteBuffer.wrap(garbage));
        assertThat(d.getFailedAt()).isEqualTo(NOW);
        assertThat(RecordSerdes.DEAD_LETTER.decode(RecordSerdes.DEAD_LETTER.encode(d))).isEqualTo(d);
        assertThat(sink.stats().deadLetters()).isEqualTo(1);
        assertThat(store.rowCounts()).containsEntry("metric", 0L);
    }

    @Test
    void aMeetingOnTheMetricsTopicIsUndecodable() {
        byte[] meeting = RecordSerdes.MEETING.encode(Fixtures.meeting("m1", "a1", null));

        assertThat(sink.handle(record(Topics.METRICS, 0, "m1", meeting)))
                .hasValueSatisfying(d -> assertThat(d.getErrorKind()).isEqualTo("UNDECODABLE_RECORD"));
    }

    @Test
    void routesStoreFailureToDeadLetterAndCarriesOn() {
        DuckDbStore closed = DuckDbStore.inMemory();
        closed.close();
        RecordSink broken = new RecordSink(closed);

        Optional<DeadLetter> dead = broken.handle(record(Topics.ARTICLES, 3, "a1", RecordSerdes.ARTICLE.encode(Fixtures.article("a1"))));

        assertThat(dead).hasValueSatisfying(d -> {
            assertThat(d.getErrorKind()).isEqualTo("STORE_ERROR");
            assertThat(d.getExceptionClass()).isEqualTo("yaowen.stores.StoreException");
            assertThat(d.getMessage()).contains("upsertArticle", "a1");
        });
        assertThat(broken.stats()).isEqualTo(new SinkStats(0, 0, 0, 1, 0));
        assertThat(broken.writes().writes()).isEqualTo(1);
        assertThat(broken.writes().lastFailure()).hasValueSatisfying(m -> assertThat(m).contains("upsertArticle"));
    }

    @Test
    void aRecordTheDatabaseRefusesIsDeadLetteredWithoutMarkingTheStoreFailed() {
        ArticleStore refusing = (ArticleStore) java.lang.reflect.Proxy.newProxyInstance(ArticleStore.class.getClassLoader(),
                new Class<?>[] {ArticleStore.class}, (proxy, method, args) -> {
                    if (method.getName().equals("upsertArticle")) {
                        throw new StoreException("upsertArticle", "a1",
                                new java.sql.SQLException("value too long for type character varying(64)", "22001"));
                    }
                    return method.invoke(store, args);
                });
        RecordSink refusingSink = new RecordSink(refusing);

        Optional<DeadLetter> dead = refusingSink.handle(record(Topics.ARTICLES, 3, "a1", RecordSerdes.ARTICLE.encode(Fixtures.article("a1"))));

        assertThat(dead).hasValueSatisfying(d -> assertThat(d.getErrorKind()).isEqualTo("STORE_ERROR"));
        assertThat(refusingSink.writes().lastFailure()).as("the store answered: readiness stays up").isEmpty();
    }

    @Test
    void timesEveryWriteAndForgetsAFailureOnceAWriteSucceeds() {
        sink.handle(record(Topics.ARTICLES, 3, "a1", RecordSerdes.ARTICLE.encode(Fixtures.article("a1"))));
        sink.handle(record(Topics.ARTICLES, 4, "a2", RecordSerdes.ARTICLE.encode(Fixtures.article("a2"))));

        StoreWrites writes = sink.writes();
        assertThat(writes.writes()).isEqualTo(2);
        assertThat(writes.totalNanos()).isPositive();
        assertThat(writes.lastFailure()).isEmpty();
    }

    @Test
    void routesRecordOfUnknownTopicToDeadLetter() {
        assertThat(sink.handle(record(Topics.ALERTS, 0, "k", new byte[] {1})))
                .hasValueSatisfying(d -> assertThat(d.getErrorKind()).isEqualTo("UNEXPECTED_TOPIC"));
    }

    @Test
    void skipsTombstones() {
        assertThat(sink.handle(record(Topics.MEETINGS, 0, "m1", null))).isEmpty();
        assertThat(sink.stats()).isEqualTo(new SinkStats(0, 0, 0, 0, 1));
    }
}
