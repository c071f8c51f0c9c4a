package yaowen.stores.duckdb;

import yaowen.stores.ArticleStore;
import yaowen.stores.StoreWhileRunningContract;

class DuckDbWhileRunningTest extends StoreWhileRunningContract {

    @Override
    protected ArticleStore newEmptyStore() {
        return DuckDbStore.inMemory();
    }

    @Override
    protected String slowQuery() {
        return "SELECT SUM(a.range * b.range) FROM range(1000000) a, range(1000000) b";
    }
}
