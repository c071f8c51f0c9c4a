/** One alert per real meeting, however many reports. */
package yaowen.pipeline.dedup;
