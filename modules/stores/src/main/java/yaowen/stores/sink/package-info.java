/**
 * The Kafka sink: {@link yaowen.stores.sink.SinkConsumer} reads articles, meetings and metrics and
 * upserts them into an {@link yaowen.stores.ArticleStore}; {@link yaowen.stores.sink.RecordSink} is its
 * broker-free per-record step, which turns every failure into a dead letter; {@code BatchedSink} makes
 * each polled batch one store transaction with its offsets ({@code sink_offsets}) and resumes assigned
 * partitions there; {@link yaowen.consume.DeadLetteringLoop} runs the consumer loop.
 */
package yaowen.stores.sink;
