/**
 * JDBC machinery shared by the SQL back ends: the store ({@link yaowen.stores.jdbc.JdbcArticleStore}),
 * which writes on one connection and reads on another ({@code JdbcReader}, whose lists are filtered by a
 * {@code Where} and paged by a {@code Keyset}); rows whose values are named by
 * column ({@link yaowen.stores.jdbc.ColumnValues}); and schema migration by Flyway
 * ({@link yaowen.stores.jdbc.SchemaMigrator}) from {@code db/migration/<dialect>/V<n>__*.sql}. Back ends
 * subclass the store and supply a {@link yaowen.stores.jdbc.ConnectionSource} and their dialect.
 */
package yaowen.stores.jdbc;
