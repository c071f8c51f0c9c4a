/**
 * {@code yaowen bench cleaning}: body quality and speed of the cleaning core beside jsoup's own parse and two
 * peer extractors (Readability4J, WebCollector's ContentExtractor), on the same pages in the same run. The
 * peers live only in this module, never in the product.
 */
package yaowen.bench.cleaning;
