/** Routing of failed records to {@code yaowen.dlq}: nothing is dropped silently. */
package yaowen.pipeline.deadletter;
