/**
 * {@code yaowen bench dashboard}: how fast the analyst's first view and filtered queries answer against a large
 * generated store, on DuckDB and PostgreSQL.
 */
package yaowen.bench.dashboard;
