/**
 * A real Kafka node inside Yaowen's JVM for one-machine use ({@code yaowen demo}, {@code yaowen run}),
 * and topic creation that waits until topics can take writes.
 */
package yaowen.broker;
