/**
 * The contracts between Yaowen's stages: Avro classes generated from the top-level {@code schemas/},
 * their serdes ({@link yaowen.records.Serdes}), topic names and definitions ({@link yaowen.records.Topics}),
 * the shared vocabulary of codes and Chinese labels ({@link yaowen.records.Vocabulary}), and the
 * dead-lettering consumer loop the sink and alert consumers share ({@code yaowen.records.consume}).
 */
package yaowen.records;
