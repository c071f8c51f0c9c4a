/**
 * {@code yaowen tap}: any Yaowen topic as JSON lines, for people and for tools that cannot read Avro.
 * {@link yaowen.cli.tap.TapJson} turns one record into a line (pure); {@link yaowen.cli.tap.Tap} reads.
 */
package yaowen.cli.tap;
