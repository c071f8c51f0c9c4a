/** The Kafka {@link yaowen.crawler.PageSink}: the only crawler package that touches Kafka. */
package yaowen.crawler.kafka;
