package yaowen.stores.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import yaowen.records.Article;
import yaowen.records.DeadLetter;
import yaowen.records.RecordSerdes;
import yaowen.records.Topics;
import yaowen.stores.Fixtures;
import yaowen.stores.SinkOffset;
import yaowen.stores.StoreException;
import yaowen.stores.duckdb.DuckDbStore;

class BatchedSinkTest {
    private static final TopicPartition ARTICLES = new TopicPartition(Topics.ARTICLES, 0);
    private final DuckDbStore store = DuckDbStore.inMemory();
    /** Article "poison" breaks a constraint inside the store's transaction, which spoils it (DuckDB, PostgreSQL). */
    private final PoisonedStore poisoned = new PoisonedStore(store);
    private final BatchedSink sink = new BatchedSink(new RecordSink(poisoned), poisoned, "sink");

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aRecordTheStoreRefusesIsDeadLetteredAndTheRestOfTheBatchCommitsWithTheOffsets() {
        sink.beginBatch();
        List<DeadLetter> first = sink.handle(article(0, "a1"));
        List<DeadLetter> refused = sink.handle(article(1, "poison"));
        List<DeadLetter> last = sink.handle(article(2, "a2"));
        sink.commitBatch(Map.of(ARTICLES, 3L));

        assertThat(first).isEmpty();
        assertThat(refused).singleElement().satisfies(d -> assertThat(d.getErrorKind()).isEqualTo("STORE_ERROR"));
        assertThat(last).isEmpty();
        assertThat(store.rowCounts().get("article")).isEqualTo(2);
        assertThat(store.sinkOffsets("sink")).containsExactly(new SinkOffset(Topics.ARTICLES, 0, 3));
        assertThat(sink.positions(List.of(ARTICLES, new TopicPartition(Topics.METRICS, 0))))
                .isEqualTo(Map.of(ARTICLES, 3L));
    }

    @Test
    void anAbortedBatchLeavesNothingAndTheNextOneCommits() {
        sink.beginBatch();
        sink.handle(article(0, "a1"));
        sink.abortBatch();
        sink.beginBatch();
        sink.handle(article(0, "a1"));
        sink.commitBatch(Map.of(ARTICLES, 1L));

        assertThat(store.rowCounts().get("article")).isEqualTo(1);
        assertThat(store.sinkOffsets("sink")).containsExactly(new SinkOffset(Topics.ARTICLES, 0, 1));
    }

    @Test
    void aBatchThatCannotBeWrittenAgainIsNotCommittedSoTheLoopReadsItAgain() {
        sink.beginBatch();
        sink.handle(article(0, "a1"));
        poisoned.refuseEverything = true;
        sink.handle(article(1, "poison"));

        assertThatThrownBy(() -> sink.commitBatch(Map.of(ARTICLES, 2L))).isInstanceOf(StoreException.class);
        poisoned.refuseEverything = false;
        assertThat(store.rowCounts().get("article")).isZero();
        assertThat(store.sinkOffsets("sink")).isEmpty();
        store.upsertArticle(Fixtures.article("a3"));
        assertThat(store.rowCounts().get("article")).as("the store writes on afterwards").isEqualTo(1);
    }

    private static ConsumerRecord<String, byte[]> article(long offset, String id) {
        Article a = Fixtures.article(id);
        return new ConsumerRecord<>(Topics.ARTICLES, 0, offset, id, RecordSerdes.ARTICLE.encode(a));
    }

    /** The store, but writing article "poison" (or, when told, anything) runs a statement that fails. */
    private static final class PoisonedStore extends DelegatingStore {
        volatile boolean refuseEverything;

        PoisonedStore(DuckDbStore store) {
            super(store);
        }

        @Override
        public void upsertArticle(Article article) {
            if (refuseEverything || article.getId().equals("poison")) {
                ((DuckDbStore) store).inWriteTransaction("poison", article.getId(), c -> {
                    try (Statement st = c.createStatement()) {
                        return st.execute("INSERT INTO sink_offsets VALUES (NULL, 't', 0, 0)");
                    }
                });
            }
            super.upsertArticle(article);
        }
    }
}
