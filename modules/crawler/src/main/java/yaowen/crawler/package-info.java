/**
 * The crawler shell: watches configured government sites and publishes each new article page, as
 * raw bytes, to a {@link yaowen.crawler.PageSink}.
 *
 * <p>The front door is {@link yaowen.crawler.Crawler}; its inputs are {@link yaowen.crawler.CrawlerSettings}
 * and {@link yaowen.crawler.SiteConfig}s, its outputs {@link yaowen.crawler.CrawlReport}s and
 * {@code RawPage} records. Politeness (robots.txt, one request at a time per host, minimum delay) is
 * in {@code politeness}, HTTP in {@code fetch}, link discovery in {@code discovery}. Only
 * {@code yaowen.crawler.kafka} touches Kafka.
 */
package yaowen.crawler;
