/**
 * JDBC machinery shared by the SQL back ends: the upsert and query statements
 * ({@link yaowen.stores.jdbc.JdbcArticleStore}) and versioned schema migrations
 * ({@link yaowen.stores.jdbc.Migrations}). Back ends subclass the store and supply the connection
 * and their migration directory.
 */
package yaowen.stores.jdbc;
