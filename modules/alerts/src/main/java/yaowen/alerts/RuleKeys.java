package yaowen.alerts;

import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import yaowen.settings.Rule;
import yaowen.settings.Setting;
import yaowen.settings.Types;

/**
 * The keys of one alert rule ({@code alerts.rules[]} in a config file), defined once; {@link AlertRule} is
 * the rule they make. A filter left out lets every alert through; the filters given must all hold.
 */
public final class RuleKeys {
    /** Names of rules and channels: they are parts of the sent-ledger's keys, joined by {@code |}. */
    static final Pattern NAME_PATTERN = Pattern.compile("[A-Za-z0-9_.\\-]{1,64}");
    private static final Pattern REGION_CODE = Pattern.compile("\\d{2,12}");

    private RuleKeys() {
    }

    public static final Setting<String> NAME = Setting.string("name", null,
                    "The rule's name, in logs and dead letters; an alert is announced at most once per meeting, rule"
                            + " and channel, so renaming a rule announces its meetings again.")
            .withExample("kaifeng-economy")
            .withRule(Rule.of("letters, digits, '.', '_' or '-' (at most 64)", s -> NAME_PATTERN.matcher(s).matches()))
            .asRequired();
    public static final Setting<String> REGION_PREFIX = Setting.string("regionPrefix", null,
                    "Only meetings whose region code starts with these digits: 41 = 河南省, 4102 = all of 开封市,"
                            + " 410202 = 龙亭区.")
            .withExample("4102")
            .withRule(Rule.of("2 to 12 digits", s -> REGION_CODE.matcher(s).matches()));
    public static final Setting<List<String>> TYPES = Setting.of("types", Types.listOf(Types.STRING), List.of(),
            "Only meetings of one of these types (codes as on yaowen.meetings: PLENARY_SESSION,"
                    + " ECONOMIC_WORK_CONFERENCE, …); empty = any type.");
    public static final Setting<List<String>> KEYWORDS = Setting.of("keywords", Types.listOf(Types.STRING), List.of(),
            "Only meetings whose name or a headline figure's wording contains one of these words; empty = any.");
    public static final Setting<List<String>> INDICATORS = Setting.of("indicators", Types.listOf(Types.STRING),
            List.of(), "Only meetings announcing a figure of one of these indicators (GDP, …); empty = any.");
    public static final Setting<Boolean> HAS_METRICS = Setting.bool("hasMetrics", false,
            "Only meetings that announce at least one figure.");
    public static final Setting<Duration> NOT_OLDER_THAN = Setting.duration("notOlderThan", Duration.ofDays(3),
                    "Only meetings held (or, when the date is unknown, reported) this recently, e.g. 72h or 3d: a first"
                            + " start or a backfill then does not flood a chat with every meeting since 2021.")
            .withRule(Rule.of("longer than zero", d -> !d.isNegative() && !d.isZero()));
    public static final Setting<Boolean> UPDATES = Setting.bool("updates", false,
            "Also announce UPDATED alerts: a later report that adds figures or sources to a meeting already announced.");
    public static final Setting<List<String>> CHANNELS = Setting.of("channels", Types.listOf(Types.STRING), List.of(),
            "The channels (by name) this rule announces on; empty = every channel.");

    /** Every key of a rule, in the order of the reference file. */
    public static final List<Setting<?>> ALL = List.of(NAME, REGION_PREFIX, TYPES, KEYWORDS, INDICATORS, HAS_METRICS,
            NOT_OLDER_THAN, UPDATES, CHANNELS);
}
