/**
 * Telling people about meetings: the {@link yaowen.alerts.AlertDispatcher} SPI (a channel) and its console
 * implementation (the other channels, in their vendors' formats, are in {@code yaowen.alerts.channel}), the
 * readable one-line form of an alert ({@link yaowen.alerts.AlertLine}), the rules that choose which alerts each
 * channel announces ({@link yaowen.alerts.AlertRule}, {@link yaowen.alerts.RuleKeys}), and the delivery from
 * {@code yaowen.alerts} to the channels ({@link yaowen.alerts.AlertDelivery}: a consumer group per channel,
 * retries, a rate limit, batches held within the consumer's poll interval, a breaker for a channel that is down,
 * dead letters and the {@code yaowen.alerts.sent} ledger). Labels come from
 * {@link yaowen.records.Vocabulary}.
 */
package yaowen.alerts;
