/**
 * Cleaning core: raw page bytes to a clean article. The front door is
 * {@link yaowen.cleaning.ArticleCleaner}; its values are {@link yaowen.cleaning.FetchedPage} and
 * {@link yaowen.cleaning.CleanedArticle}, its failure {@link yaowen.cleaning.CleaningException}.
 * Subpackages ({@code charset}, {@code boilerplate}, {@code fields}, {@code script},
 * {@code fingerprint}) are internal. Pure functions: no I/O, no Kafka, no clock, no logging.
 */
package yaowen.cleaning;
