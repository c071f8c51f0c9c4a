package yaowen.stores.duckdb;

import yaowen.stores.ArticleStore;
import yaowen.stores.StoreQueriesContract;

class DuckDbQueriesTest extends StoreQueriesContract {
    @Override
    protected ArticleStore newEmptyStore() {
        return DuckDbStore.inMemory();
    }
}
