/** The default, embedded back end: {@link yaowen.stores.duckdb.DuckDbStore} on a DuckDB file or in memory. */
package yaowen.stores.duckdb;
