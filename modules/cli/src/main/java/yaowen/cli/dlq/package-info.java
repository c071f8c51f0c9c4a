/**
 * Reading and replaying the dead-letter topic {@code yaowen.dlq} for {@code yaowen dlq}: the topic's records
 * with their coordinates ({@link yaowen.cli.dlq.DeadLetterTopic}) and how one is shown
 * ({@link yaowen.cli.dlq.DeadLetterView}, pure).
 */
package yaowen.cli.dlq;
