package yaowen.bench.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import yaowen.stores.MeetingRow;
import yaowen.stores.duckdb.DuckDbStore;

/**
 * The generator writes straight into the tables, so it must follow the migrations: a store it filled reads back
 * through the store's own queries with the counts asked for.
 */
class StoreGeneratorTest {
    @TempDir
    Path dir;

    @Test
    void fillsTheStoreWithRowsItsOwnQueriesRead() throws Exception {
        Path file = dir.resolve("g.duckdb");
        DuckDbStore.open(file).close();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file)) {
            new StoreGenerator(7).fill(c, 40, 390);
        }
        try (DuckDbStore store = DuckDbStore.open(file)) {
            assertThat(store.rowCounts()).containsEntry("article", 40L).containsEntry("meeting", 40L)
                    .containsEntry("meeting_person", 120L).containsEntry("meeting_source", 40L)
                    .containsEntry("metric", 390L).containsEntry("metric_evidence", 390L);
            MeetingRow newest = store.recentMeetings(1).get(0);
            assertThat(newest.regionPath()).hasSize(3);
            assertThat(newest.people()).hasSize(3);
            assertThat(store.metricsOfMeeting(newest.key())).isNotEmpty()
                    .allSatisfy(m -> assertThat(m.reports()).hasSize(1));
        }
    }
}
