/**
 * The Kafka Streams pipeline: {@link yaowen.pipeline.PipelineApp} wires the cleaning and insight cores
 * between Yaowen's topics, deduplicates meetings for alerts and routes every failure to the dead-letter
 * topic.
 */
package yaowen.pipeline;
