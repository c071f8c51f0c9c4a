/**
 * The contracts between Yaowen's stages: Avro classes generated from the top-level {@code schemas/},
 * their serdes ({@link yaowen.records.Serdes}) and topic names ({@link yaowen.records.Topics}).
 */
package yaowen.records;
