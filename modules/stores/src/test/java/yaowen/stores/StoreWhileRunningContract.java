package yaowen.stores;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A store while Yaowen runs: the sink's batches commit with their offsets or not at all, and an analyst's
 * SQL runs beside an open batch, reads only, within its limits.
 */
public abstract class StoreWhileRunningContract extends ArticleStoreContract {
    private static final SqlQueries.Limits LIMITS = new SqlQueries.Limits(Duration.ofSeconds(30), 100);
    private static final long WAIT_SECONDS = 30;

    /** A reading query that runs for minutes in this dialect. */
    protected abstract String slowQuery();

    @Test
    void aBatchCommitsItsRowsWithItsOffsetsAndAQueryMeanwhileSeesNeither() throws Exception {
        SinkBatch batch = store.beginSinkBatch();
        store.upsertArticle(Fixtures.article("a1"));
        store.upsertMeeting(Fixtures.meeting("m1", "a1", LocalDate.of(2021, 1, 27)));

        Result during = CompletableFuture.supplyAsync(() -> query("SELECT COUNT(*) AS n FROM article", LIMITS))
                .get(WAIT_SECONDS, TimeUnit.SECONDS);
        batch.commit("sink", List.of(new SinkAdvance("yaowen.articles", 0, 0, 1), new SinkAdvance("yaowen.meetings", 2, 6, 7)));

        assertThat(during.rows).as("the open batch is not visible, and the query did not wait for it")
                .containsExactly(List.of(0L));
        assertThat(query("SELECT COUNT(*) AS n FROM article", LIMITS).rows).containsExactly(List.of(1L));
        assertThat(store.meeting("m1")).isPresent();
        assertThat(store.sinkOffsets("sink")).containsExactly(new SinkOffset("yaowen.articles", 0, 1),
                new SinkOffset("yaowen.meetings", 2, 7));
        assertThat(store.sinkOffsets("another group")).isEmpty();
    }

    @Test
    void aRolledBackBatchLeavesNothingAndTheStoreWritesOnAfterwards() {
        SinkBatch batch = store.beginSinkBatch();
        store.upsertArticle(Fixtures.article("a1"));
        batch.rollback();
        batch.rollback();

        assertThat(store.rowCounts().get("article")).isZero();
        assertThat(store.sinkOffsets("sink")).isEmpty();
        store.upsertArticle(Fixtures.article("a2"));
        assertThat(store.rowCounts().get("article")).isEqualTo(1);
    }

    @Test
    void aLaterBatchMovesTheOffsetsOn() {
        store.beginSinkBatch().commit("sink", List.of(new SinkAdvance("t", 0, 0, 5)));
        // a batch may begin past the stored offset (transaction markers take offsets no record holds)
        store.beginSinkBatch().commit("sink", List.of(new SinkAdvance("t", 0, 6, 9), new SinkAdvance("t", 1, 0, 2)));

        assertThat(store.sinkOffsets("sink")).containsExactly(new SinkOffset("t", 0, 9), new SinkOffset("t", 1, 2));
    }

    @Test
    void aBatchOvertakenByAnotherSinkIsDroppedWhole() {
        store.beginSinkBatch().commit("sink", List.of(new SinkAdvance("t", 0, 0, 9)));
        // a sink that lost partition 0 long ago still holds a batch that began at 5
        SinkBatch stale = store.beginSinkBatch();
        store.upsertArticle(Fixtures.article("stale"));

        assertThatThrownBy(() -> stale.commit("sink", List.of(new SinkAdvance("t", 0, 5, 7))))
                .isInstanceOf(StoreException.class).hasMessageContaining("another sink owns it now");
        assertThat(store.sinkOffsets("sink")).as("not moved back").containsExactly(new SinkOffset("t", 0, 9));
        assertThat(store.rowCounts().get("article")).as("its rows rolled back").isZero();
        store.upsertArticle(Fixtures.article("a1"));
        assertThat(store.rowCounts().get("article")).as("the store writes on").isEqualTo(1);
    }

    @Test
    void sqlHandsOverColumnsAndRowsUpToTheCap() {
        for (String id : List.of("a1", "a2", "a3")) {
            store.upsertArticle(Fixtures.article(id));
        }

        Result all = query("SELECT id, fetched_at_ms, title FROM article ORDER BY id", LIMITS);
        Result capped = query("SELECT id FROM article ORDER BY id", new SqlQueries.Limits(Duration.ofSeconds(30), 2));

        assertThat(all.columns).containsExactly("id", "fetched_at_ms", "title");
        assertThat(all.rows).hasSize(3).first().isEqualTo(List.of("a1", 1611802800000L, "区委十届九次全会暨区委经济工作会议召开"));
        assertThat(all.outcome).isEqualTo(new SqlQueries.Outcome(3, false));
        assertThat(capped.rows).containsExactly(List.of("a1"), List.of("a2"));
        assertThat(capped.outcome).isEqualTo(new SqlQueries.Outcome(2, true));
    }

    @Test
    void sqlRefusesWhatWouldWriteAndLeavesTheStoreAsItWas() {
        store.upsertArticle(Fixtures.article("a1"));

        for (String write : List.of("INSERT INTO article (id) VALUES ('x')", "DROP TABLE article",
                "DELETE FROM article", "UPDATE article SET title = 'x'", "CREATE TABLE x (y INTEGER)")) {
            assertThatThrownBy(() -> query(write, LIMITS)).as(write).isInstanceOf(SqlQueries.SqlRefused.class)
                    .hasMessageContaining("only reading statements may run here");
        }
        for (String write : List.of("COPY article TO '/tmp/yaowen-sql-test.csv'", "ATTACH '/tmp/yaowen-sql-test.db' AS x",
                "SELECT 1; DROP TABLE article", "",
                // a READ ONLY transaction alone does not hold against these: one statement only
                "SET TRANSACTION READ WRITE; DELETE FROM article; COMMIT; SELECT 1",
                "SELECT 1; COMMIT; DELETE FROM article; SELECT 2",
                // nothing outside the store may be read (DuckDB reads files and URLs in a SELECT)
                "SELECT content FROM read_text('/etc/hostname')", "SET enable_external_access = true")) {
            assertThatThrownBy(() -> query(write, LIMITS)).as(write).isInstanceOf(SqlQueries.SqlRefused.class);
        }
        assertThatThrownBy(() -> query("SELEC 1", LIMITS)).isInstanceOf(SqlQueries.SqlRefused.class)
                .hasMessageContaining("SELEC");
        assertThat(store.rowCounts().get("article")).isEqualTo(1);
        assertThat(store.meeting("x")).isEmpty();
    }

    @Test
    void sqlThatRunsPastItsLimitIsCancelled() {
        SqlQueries.Limits oneSecond = new SqlQueries.Limits(Duration.ofSeconds(1), 10);

        assertThatThrownBy(() -> query(slowQuery(), oneSecond)).isInstanceOf(SqlQueries.SqlRefused.class)
                .hasMessageContaining("longer than its limit of 1 s");
        assertThat(query("SELECT 1 AS one", LIMITS).rows).containsExactly(List.of(1));
    }

    private Result query(String sql, SqlQueries.Limits limits) {
        Result result = new Result();
        try {
            result.outcome = store.sqlQueries().query(sql, limits, result);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return result;
    }

    private static final class Result implements SqlQueries.Rows {
        final List<String> columns = new ArrayList<>();
        final List<List<Object>> rows = new ArrayList<>();
        SqlQueries.Outcome outcome;

        @Override
        public void columns(List<String> names) {
            columns.addAll(names);
        }

        @Override
        public void row(List<Object> values) {
            rows.add(values);
        }
    }
}
