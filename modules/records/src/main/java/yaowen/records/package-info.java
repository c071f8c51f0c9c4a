/**
 * The contracts between Yaowen's stages, and only those: Avro classes generated from the top-level
 * {@code schemas/}, their serdes ({@link yaowen.records.RecordSerdes}), topic names and definitions
 * ({@link yaowen.records.Topics}) and the shared vocabulary of codes and Chinese labels
 * ({@link yaowen.records.Vocabulary}). Code that runs consumers lives in {@code yaowen.consume}.
 */
package yaowen.records;
