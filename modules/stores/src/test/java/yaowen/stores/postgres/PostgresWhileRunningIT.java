package yaowen.stores.postgres;

import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeAll;
import yaowen.stores.ArticleStore;
import yaowen.stores.StoreWhileRunningContract;

/** The store-while-running contract against {@code YAOWEN_TEST_PG_URL}; skipped when unset. */
class PostgresWhileRunningIT extends StoreWhileRunningContract {

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
            st.execute("TRUNCATE article, meeting, meeting_person, metric, sink_offsets");
        }
        return store;
    }

    @Override
    protected String slowQuery() {
        return "SELECT SUM(a * b) FROM generate_series(1, 1000000) a, generate_series(1, 1000000) b";
    }
}
