/** The mirrors of the sink topics: each record again as plain JSON ({@code kafka.jsonMirror}) or in the Schema Registry wire format ({@code kafka.registryMirror}). */
package yaowen.pipeline.mirror;
