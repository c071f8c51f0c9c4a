package yaowen.stores.postgres;

import yaowen.stores.ArticleStore;
import yaowen.stores.jdbc.JdbcStoreContract;

/**
 * The store contract against a real PostgreSQL server named by {@code YAOWEN_TEST_PG_URL}, e.g.
 * {@code jdbc:postgresql://127.0.0.1:5432/yaowen?user=yaowen&password=yaowen}. Skipped when unset.
 * Each test drops Yaowen's tables first, so point it at a scratch database.
 */
class PostgresStoreIT extends JdbcStoreContract {

    @Override
    protected ArticleStore newEmptyStore() throws Exception {
        ScratchPostgres.dropYaowenTables();
        return PostgresStore.connect(ScratchPostgres.url());
    }
}
