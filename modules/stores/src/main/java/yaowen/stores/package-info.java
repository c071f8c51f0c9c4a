/**
 * Where Yaowen keeps what it extracted: the {@link yaowen.stores.ArticleStore} SPI, the typed rows
 * its queries return, and its back ends ({@code duckdb}, {@code postgres}) plus the Kafka sink
 * ({@code sink}) that fills them.
 */
package yaowen.stores;
