package yaowen.alerts;

/**
 * Progress of the alert consumer: alerts delivered to every dispatcher, dead letters written
 * (undecodable records and failed deliveries) and tombstones skipped. An immutable snapshot.
 */
public record AlertStats(long dispatched, long deadLetters, long tombstones) {
}
