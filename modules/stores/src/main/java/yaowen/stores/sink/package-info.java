/**
 * The Kafka sink: {@link yaowen.stores.sink.SinkConsumer} reads articles, meetings and metrics and
 * upserts them into an {@link yaowen.stores.ArticleStore}; {@link yaowen.stores.sink.RecordSink} is its
 * broker-free per-record step, which turns every failure into a dead letter, and
 * {@link yaowen.consume.DeadLetteringLoop} runs the consumer loop.
 */
package yaowen.stores.sink;
