/**
 * Consuming Yaowen's topics outside Kafka Streams: {@link yaowen.consume.DeadLetteringLoop} runs
 * a plain consumer loop that hands each record to a {@link yaowen.consume.RecordHandler}, sends
 * the dead letters it returns to {@code yaowen.dlq} and commits offsets only after they are
 * acknowledged. The sink and the alert consumer are built on it.
 */
package yaowen.consume;
