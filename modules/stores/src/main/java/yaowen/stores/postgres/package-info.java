/** The server back end: {@link yaowen.stores.postgres.PostgresStore} over the PostgreSQL JDBC driver. */
package yaowen.stores.postgres;
