/** The JSON mirrors of the sink topics ({@code kafka.jsonMirror}): each record again as plain JSON. */
package yaowen.pipeline.mirror;
