/**
 * One definition per configuration key: {@link yaowen.settings.Setting} holds a key's name, type, default,
 * unit, reason and rules, in the module that uses the key (the crawler's in {@code yaowen.crawler.CrawlerKeys},
 * the pipeline's in {@code yaowen.pipeline.PipelineKeys}). The settings records take their defaults and
 * validation from these definitions, and the CLI's loader, its messages and the reference YAML read the same
 * ones. No I/O and no YAML here: a value arrives as text and leaves as a typed value or a problem.
 */
package yaowen.settings;
