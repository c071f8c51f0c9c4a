/**
 * Telling people about meetings: the {@link yaowen.alerts.AlertDispatcher} SPI and its console implementation (the
 * other channels are in {@code yaowen.alerts.channel}), the readable one-line form of an alert ({@link yaowen.alerts.AlertLine}),
 * and the Kafka consumer ({@link yaowen.alerts.AlertConsumer}) that feeds them from
 * {@code yaowen.alerts}, with {@link yaowen.alerts.AlertHandler} as its broker-free per-record step run
 * by a {@link yaowen.consume.DeadLetteringLoop}. Labels come from {@link yaowen.records.Vocabulary}.
 */
package yaowen.alerts;
