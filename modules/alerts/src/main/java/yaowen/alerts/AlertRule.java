package yaowen.alerts;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import yaowen.records.MeetingAlert;
import yaowen.records.MetricSummary;
import yaowen.settings.InvalidSettingsException;
import yaowen.settings.Values;

/**
 * Which alerts one rule announces, and on which channels ({@link RuleKeys}). Every filter given must hold;
 * an empty list lets everything through. Immutable and pure: {@link #matches} reads only its arguments.
 *
 * @param regionPrefix leading digits of the region code; empty = any region
 * @param types        meeting type codes, any of which must be among the alert's; empty = any
 * @param keywords     words one of which the meeting's name or a headline figure's wording must contain
 * @param indicators   indicator codes one of which a headline figure must have
 * @param hasMetrics   whether the alert must announce at least one figure
 * @param notOlderThan the oldest meeting date (or report time, when undated) still announced, back from now
 * @param updates      whether UPDATED alerts are announced too (NEW ones always are)
 * @param channels     channel names; empty = every channel
 */
public record AlertRule(String name, Optional<String> regionPrefix, Set<String> types, List<String> keywords,
                        Set<String> indicators, boolean hasMetrics, Duration notOlderThan, boolean updates,
                        List<String> channels) {
    /** Meeting dates are Chinese calendar days: a meeting held "today" in 开封 is today there. */
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    /** The change of an alert for a meeting seen for the first time. */
    public static final String NEW = "NEW";
    /** The change of an alert for a meeting a later report added to. */
    public static final String UPDATED = "UPDATED";

    public AlertRule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(regionPrefix, "regionPrefix");
        types = Set.copyOf(types);
        keywords = List.copyOf(keywords);
        indicators = Set.copyOf(indicators);
        Objects.requireNonNull(notOlderThan, "notOlderThan");
        channels = List.copyOf(channels);
    }

    /**
     * The rule used when none is configured: every meeting not older than {@link RuleKeys#NOT_OLDER_THAN}'s
     * default, NEW alerts only, on every channel.
     */
    public static AlertRule everything() {
        return from(Values.none().with(RuleKeys.NAME, "default"));
    }

    /**
     * The rule {@code values} give (by {@link RuleKeys}).
     *
     * @throws InvalidSettingsException naming each key whose value breaks its rules
     */
    public static AlertRule from(Values values) {
        InvalidSettingsException.Collector problems = new InvalidSettingsException.Collector();
        for (var s : RuleKeys.ALL) {
            check(problems, s, values);
        }
        problems.throwIfAny("alert rule");
        return new AlertRule(values.get(RuleKeys.NAME), values.given(RuleKeys.REGION_PREFIX),
                Set.copyOf(values.get(RuleKeys.TYPES)), values.get(RuleKeys.KEYWORDS),
                Set.copyOf(values.get(RuleKeys.INDICATORS)), values.get(RuleKeys.HAS_METRICS),
                values.get(RuleKeys.NOT_OLDER_THAN), values.get(RuleKeys.UPDATES), values.get(RuleKeys.CHANNELS));
    }

    private static <T> void check(InvalidSettingsException.Collector problems, yaowen.settings.Setting<T> s, Values v) {
        if (s.isRequired() && v.given(s).isEmpty()) {
            problems.add(s.name(), "is missing (" + s.type().describe() + ")");
        } else {
            problems.checkIfPresent(s, v.given(s));
        }
    }

    /** Whether this rule announces on {@code channel}. */
    public boolean announcesOn(String channel) {
        return channels.isEmpty() || channels.contains(channel);
    }

    /** Whether {@code alert} passes every filter of this rule at {@code now}. */
    public boolean matches(MeetingAlert alert, Instant now) {
        String change = alert.getChange();
        if (!NEW.equals(change) && !(updates && UPDATED.equals(change))) {
            return false;
        }
        if (regionPrefix.isPresent()
                && (alert.getRegion() == null || !alert.getRegion().getCode().startsWith(regionPrefix.get()))) {
            return false;
        }
        if (!types.isEmpty() && alert.getTypes().stream().noneMatch(types::contains)) {
            return false;
        }
        if (hasMetrics && alert.getHeadline().isEmpty()) {
            return false;
        }
        if (!indicators.isEmpty() && alert.getHeadline().stream().map(MetricSummary::getIndicator).noneMatch(indicators::contains)) {
            return false;
        }
        if (!keywords.isEmpty() && keywords.stream().noneMatch(k -> mentions(alert, k))) {
            return false;
        }
        return recentEnough(alert, now);
    }

    private static boolean mentions(MeetingAlert alert, String keyword) {
        return (alert.getName() != null && alert.getName().contains(keyword))
                || alert.getHeadline().stream().anyMatch(m -> m.getRaw() != null && m.getRaw().contains(keyword));
    }

    /**
     * A dated meeting counts by its day in China (a meeting held on the cut-off day still passes); an undated
     * one by when Yaowen saw its report.
     */
    private boolean recentEnough(MeetingAlert alert, Instant now) {
        Instant cutOff = now.minus(notOlderThan);
        LocalDate date = alert.getDate();
        if (date != null) {
            return !date.isBefore(cutOff.atZone(CHINA).toLocalDate());
        }
        return !alert.getDetectedAt().isBefore(cutOff);
    }
}
