package yaowen.alerts;

/**
 * Progress of one channel's delivery: alerts sent, attempts that failed (each retry follows one), alerts no
 * rule of the channel wanted, alerts skipped as already announced (a restart, a rebalance, a replay), and
 * dead letters (undecodable records and alerts that used up their attempts). An immutable snapshot.
 */
public record AlertStats(long sent, long failedAttempts, long filtered, long duplicates, long deadLetters) {
    /** The sum of two snapshots, e.g. of every channel. */
    public AlertStats plus(AlertStats o) {
        return new AlertStats(sent + o.sent, failedAttempts + o.failedAttempts, filtered + o.filtered,
                duplicates + o.duplicates, deadLetters + o.deadLetters);
    }
}
