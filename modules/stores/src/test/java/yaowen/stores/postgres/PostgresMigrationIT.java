package yaowen.stores.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Flyway on a real PostgreSQL ({@code YAOWEN_TEST_PG_URL}): sinks starting together, and a database made before Flyway. */
class PostgresMigrationIT {
    private static final int ROUNDS = 2;

    @BeforeEach
    void emptyDatabase() throws Exception {
        ScratchPostgres.dropYaowenTables();
    }

    @Test
    void twoSinksStartingTogetherMigrateOnce() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            ScratchPostgres.dropYaowenTables();
            startTwoTogether();
            assertThat(history()).as("round " + round).containsExactly("1 SQL true", "2 SQL true", "3 SQL true", "4 SQL true", "5 SQL true");
        }
    }

    @Test
    void twoSinksStartingTogetherOnADatabaseMadeBeforeFlywayBaselineItOnce() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            ScratchPostgres.dropYaowenTables();
            makeLegacyDatabase();
            startTwoTogether();
            assertThat(history()).as("round " + round).containsExactly("1 BASELINE true", "2 SQL true", "3 SQL true", "4 SQL true", "5 SQL true");
        }
    }

    /** Opens two stores on the database at the same moment, from two threads, and checks both came up. */
    private static void startTwoTogether() throws Exception {
        ExecutorService sinks = Executors.newFixedThreadPool(2);
        try {
            CyclicBarrier start = new CyclicBarrier(2);
            List<Future<PostgresStore>> opened = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                opened.add(sinks.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    return PostgresStore.connect(ScratchPostgres.url());
                }));
            }
            for (Future<PostgresStore> f : opened) {
                try (PostgresStore store = f.get(60, TimeUnit.SECONDS)) {
                    assertThat(store.schemaVersion()).isEqualTo(5);
                }
            }
        } finally {
            sinks.shutdownNow();
        }
    }

    @Test
    void aDatabaseMadeBeforeFlywayIsBaselinedAtItsVersionAndKeepsItsRows() throws Exception {
        makeLegacyDatabase();

        try (PostgresStore store = PostgresStore.connect(ScratchPostgres.url())) {
            assertThat(store.meeting("old")).isPresent();
            assertThat(store.schemaVersion()).isEqualTo(5);
        }
        assertThat(history()).containsExactly("1 BASELINE true", "2 SQL true", "3 SQL true", "4 SQL true", "5 SQL true");
        try (Connection c = ScratchPostgres.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT to_regclass('schema_version') IS NULL")) {
            rs.next();
            assertThat(rs.getBoolean(1)).as("the pre-Flyway table is dropped").isTrue();
        }
    }

    /** What the hand-rolled migrator left: its history table with V1 applied, V1's tables, and a row. */
    private static void makeLegacyDatabase() throws Exception {
        try (Connection c = ScratchPostgres.connect(); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, "
                    + "description VARCHAR(200) NOT NULL, applied_at_ms BIGINT NOT NULL)");
            st.execute(resource("db/migration/postgresql/V1__init.sql"));
            st.execute("INSERT INTO schema_version (version, description, applied_at_ms) VALUES (1, 'init', 1700000000000)");
            st.execute("INSERT INTO meeting (meeting_key, article_id, url, types, stored_at_ms) "
                    + "VALUES ('old', 'a0', 'http://x/', 'PLENARY_SESSION', 1700000000000)");
        }
    }

    private static List<String> history() throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = ScratchPostgres.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT version, type, success FROM flyway_schema_history ORDER BY installed_rank")) {
            while (rs.next()) {
                rows.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getBoolean(3));
            }
        }
        return rows;
    }

    private static String resource(String name) throws Exception {
        try (InputStream in = PostgresMigrationIT.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
