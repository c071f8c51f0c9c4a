package yaowen.stores.postgres;

import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeAll;
import yaowen.stores.ArticleStore;
import yaowen.stores.jdbc.JdbcStoreContract;

/**
 * The store contract against a real PostgreSQL server named by {@code YAOWEN_TEST_PG_URL}, e.g.
 * {@code jdbc:postgresql://127.0.0.1:5432/yaowen?user=yaowen&password=yaowen}. Skipped when unset.
 * The class drops Yaowen's tables once and empties them before each test, so point it at a scratch
 * database.
 */
class PostgresStoreIT extends JdbcStoreContract {

    @BeforeAll
    static void freshSchema() throws Exception {
        if (System.getenv("YAOWEN_TEST_PG_URL") != null) {
            ScratchPostgres.dropYaowenTables();
        }
    }

    @Override
    protected ArticleStore newEmptyStore() throws Exception {
        PostgresStore store = PostgresStore.connect(ScratchPostgres.url());
        try (Connection c = ScratchPostgres.connect(); Statement st = c.createStatement()) {
            st.execute("TRUNCATE " + String.join(", ", yaowen.stores.jdbc.JdbcArticleStore.TABLES) + ", sink_offsets");
        }
        return store;
    }

    @Override
    protected String slowQuery() {
        return "SELECT SUM(a * b) FROM generate_series(1, 1000000) a, generate_series(1, 1000000) b";
    }
}
