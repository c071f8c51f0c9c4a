package yaowen.stores.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import yaowen.stores.ArticleStore;
import yaowen.stores.Fixtures;
import yaowen.stores.jdbc.JdbcStoreContract;

class DuckDbStoreTest extends JdbcStoreContract {
    @TempDir
    Path dir;

    @Override
    protected ArticleStore newEmptyStore() {
        return DuckDbStore.inMemory();
    }

    @Test
    void migrationsRunOnceAndDataSurvivesReopening() {
        Path file = dir.resolve("nested/yaowen.duckdb");
        try (DuckDbStore first = DuckDbStore.open(file)) {
            assertThat(first.schemaVersion()).isEqualTo(5);
            first.upsertMeeting(Fixtures.meeting("m1", "a1", LocalDate.of(2021, 1, 27)));
        }
        try (DuckDbStore second = DuckDbStore.open(file)) {
            assertThat(second.schemaVersion()).isEqualTo(5);
            assertThat(second.rowCounts()).containsEntry("meeting", 1L);
            assertThat(second.meeting("m1")).isPresent();
            second.upsertMeeting(Fixtures.meeting("m1", "a1", LocalDate.of(2021, 1, 27)));
            assertThat(second.rowCounts()).containsEntry("meeting", 1L);
        }
        assertThat(file).exists();
    }

    @Test
    void locationNamesTheFileOrMemory() {
        try (DuckDbStore memory = DuckDbStore.inMemory()) {
            assertThat(memory.location()).isEqualTo(":memory:");
        }
        Path file = dir.resolve("x.duckdb");
        try (DuckDbStore onDisk = DuckDbStore.open(file)) {
            assertThat(onDisk.location()).isEqualTo(file.toAbsolutePath().toString());
        }
    }

    @Override
    protected String slowQuery() {
        return "SELECT SUM(a.range * b.range) FROM range(1000000) a, range(1000000) b";
    }
}
