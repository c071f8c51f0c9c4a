package yaowen.stores.postgres;

import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeAll;
import yaowen.stores.ArticleStore;
import yaowen.stores.StoreQueriesContract;
import yaowen.stores.jdbc.JdbcArticleStore;

/**
 * The analyst's queries against a real PostgreSQL server named by {@code YAOWEN_TEST_PG_URL} (skipped when
 * unset). Drops Yaowen's tables once and empties them before each test: point it at a scratch database.
 */
class PostgresQueriesIT extends StoreQueriesContract {

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
            st.execute("TRUNCATE " + String.join(", ", JdbcArticleStore.TABLES) + ", sink_offsets");
        }
        return store;
    }
}
