package yaowen.stores.duckdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import yaowen.stores.StoreException;

/** Flyway on DuckDB: a fresh file, a file made before Flyway, and a migration edited after it ran. */
class DuckDbMigrationTest {
    @TempDir
    Path dir;

    @Test
    void aFreshDatabaseRecordsEveryMigrationWithItsChecksum() throws Exception {
        Path file = dir.resolve("fresh.duckdb");
        try (DuckDbStore store = DuckDbStore.open(file)) {
            assertThat(store.schemaVersion()).isEqualTo(5);
        }
        assertThat(history(file)).containsExactly("1 SQL true checksum", "2 SQL true checksum", "3 SQL true checksum", "4 SQL true checksum", "5 SQL true checksum");
    }

    @Test
    void aDatabaseMadeBeforeFlywayIsBaselinedAtItsVersionAndKeepsItsRows() throws Exception {
        Path file = dir.resolve("legacy.duckdb");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file); Statement st = c.createStatement()) {
            // What the hand-rolled migrator left: its history table with V1 applied, V1's tables, and data.
            st.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, "
                    + "description VARCHAR(200) NOT NULL, applied_at_ms BIGINT NOT NULL)");
            st.execute(resource("db/migration/duckdb/V1__init.sql"));
            st.execute("INSERT INTO schema_version (version, description, applied_at_ms) VALUES (1, 'init', 1700000000000)");
            st.execute("INSERT INTO meeting (meeting_key, article_id, url, types, stored_at_ms) "
                    + "VALUES ('old', 'a0', 'http://x/', 'PLENARY_SESSION', 1700000000000)");
        }

        try (DuckDbStore store = DuckDbStore.open(file)) {
            assertThat(store.meeting("old")).get().extracting(m -> m.types()).isEqualTo(List.of("PLENARY_SESSION"));
            assertThat(store.schemaVersion()).isEqualTo(5);
        }
        assertThat(history(file)).containsExactly("1 BASELINE true -", "2 SQL true checksum", "3 SQL true checksum", "4 SQL true checksum", "5 SQL true checksum");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM duckdb_tables() WHERE table_name = 'schema_version'")) {
            rs.next();
            assertThat(rs.getInt(1)).as("the pre-Flyway table is dropped").isZero();
        }
        try (DuckDbStore again = DuckDbStore.open(file)) {
            assertThat(again.schemaVersion()).as("reopening changes nothing").isEqualTo(5);
        }
        assertThat(history(file)).hasSize(5);
    }

    @Test
    void aMigrationEditedAfterItRanStopsTheStore() throws Exception {
        Path file = dir.resolve("edited.duckdb");
        DuckDbStore.open(file).close();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file); Statement st = c.createStatement()) {
            st.execute("UPDATE flyway_schema_history SET checksum = checksum + 1 WHERE version = '1'");
        }

        assertThatThrownBy(() -> DuckDbStore.open(file)).isInstanceOf(StoreException.class)
                .hasMessageContaining("checksum mismatch for migration version 1");
    }

    private static List<String> history(Path file) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT version, type, success, checksum FROM flyway_schema_history ORDER BY installed_rank")) {
            while (rs.next()) {
                rows.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getBoolean(3) + " "
                        + (rs.getObject(4) == null ? "-" : "checksum"));
            }
        }
        return rows;
    }

    static String resource(String name) throws Exception {
        try (InputStream in = DuckDbMigrationTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
