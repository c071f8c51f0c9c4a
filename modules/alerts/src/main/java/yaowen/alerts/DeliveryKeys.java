package yaowen.alerts;

import java.time.Duration;
import java.util.List;
import yaowen.settings.Rule;
import yaowen.settings.Setting;

/**
 * How alerts are delivered ({@code alerts.delivery.*}), defined once; {@link DeliverySettings} carries them.
 */
public final class DeliveryKeys {
    private DeliveryKeys() {
    }

    public static final Setting<String> GROUP_PREFIX = Setting.string("groupPrefix", "yaowen-alerts-",
                    "Each channel reads yaowen.alerts in a consumer group of its own, this prefix + the channel's name"
                            + " (yaowen-alerts-wecom-team), so a channel that is down holds back only its own alerts."
                            + " Processes with the same prefix share each channel's work; another prefix announces"
                            + " everything again.")
            .withRule(Rule.kafkaName(false));
    public static final Setting<Integer> MAX_ATTEMPTS = Setting.integer("maxAttempts", 8,
                    "Attempts to deliver one alert to a channel before it goes to yaowen.dlq (yaowen dlq replay sends"
                            + " it again). The alerts behind it in its partition of yaowen.alerts wait meanwhile; the channel's other"
                            + " partitions and the other channels do not.")
            .withRule(Rule.between(1, 100));
    public static final Setting<Duration> FIRST_RETRY = Setting.duration("firstRetry", Duration.ofSeconds(2),
                    "Wait before the second attempt; each next wait doubles, up to maxRetryWait.")
            .withRule(Rule.positive());
    public static final Setting<Duration> MAX_RETRY_WAIT = Setting.duration("maxRetryWait", Duration.ofMinutes(2),
                    "Longest wait between two attempts. With the defaults an alert is tried for about 4 minutes.")
            .withRule(Rule.positive());
    public static final Setting<Integer> RATE_PER_MINUTE = Setting.integer("ratePerMinute", 20,
                    "Messages per minute to one channel (a token bucket holding one minute's worth): WeCom, DingTalk"
                            + " and Feishu robots allow about 20. Each process keeps its own bucket.")
            .withUnit("messages per minute").withRule(Rule.between(1, 60_000));
    public static final Setting<Duration> ATTEMPT_TIMEOUT = Setting.duration("attemptTimeout", Duration.ofSeconds(30),
                    "Longest one attempt may take, whatever the channel's own timeout (a robot that drips its answer, a"
                            + " mail server that stalls): an attempt still running then is abandoned and counts as failed."
                            + " It is held under half the consumer's max.poll.interval.ms, the time each batch of alerts"
                            + " may take before the rest waits for the next poll, so a slow channel never gets its"
                            + " consumer put out of the group.")
            .withRule(Rule.positive());
    public static final Setting<Integer> BREAKER_AFTER = Setting.integer("breakerAfter", 5,
                    "Failed attempts in a row, whatever the alerts, after which a channel counts as down: its alerts"
                            + " are then tried at most once every maxRetryWait (the wait doubling from firstRetry) until"
                            + " one goes through, instead of each alert starting its retries afresh.")
            .withRule(Rule.between(1, 1000));

    /** Every key under {@code alerts.delivery}, in the order of the reference file. */
    public static final List<Setting<?>> ALL = List.of(GROUP_PREFIX, MAX_ATTEMPTS, FIRST_RETRY, MAX_RETRY_WAIT,
            RATE_PER_MINUTE, ATTEMPT_TIMEOUT, BREAKER_AFTER);
}
