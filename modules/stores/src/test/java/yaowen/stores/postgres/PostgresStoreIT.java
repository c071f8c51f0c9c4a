package yaowen.stores.postgres;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import yaowen.stores.ArticleStore;
import yaowen.stores.ArticleStoreContract;

/**
 * The store contract against a real PostgreSQL server named by {@code YAOWEN_TEST_PG_URL}, e.g.
 * {@code jdbc:postgresql://127.0.0.1:5432/yaowen?user=yaowen&password=yaowen}. Skipped when unset.
 * Each test drops Yaowen's tables first, so point it at a scratch database.
 */
class PostgresStoreIT extends ArticleStoreContract {
    private static final String URL = System.getenv("YAOWEN_TEST_PG_URL");

    @Override
    protected ArticleStore newEmptyStore() throws Exception {
        assumeTrue(URL != null && !URL.isBlank(),
                "YAOWEN_TEST_PG_URL is not set: skipping PostgreSQL tests (set it to a scratch database's JDBC URL)");
        try (Connection c = DriverManager.getConnection(URL); Statement st = c.createStatement()) {
            st.execute("DROP TABLE IF EXISTS article, meeting, meeting_person, metric, schema_version");
        }
        return PostgresStore.connect(URL);
    }
}
