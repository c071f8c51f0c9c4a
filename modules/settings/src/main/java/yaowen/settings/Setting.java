package yaowen.settings;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The one definition of a configuration key, after Debezium's {@code Field}: its name (the YAML path
 * inside its section), type, default, unit, a one-line reason and the rules a value must pass. Immutable;
 * the {@code with…} methods return modified copies. Two settings are equal only when they are the same object.
 *
 * @param <T> the value's type
 */
public final class Setting<T> {
    private final String name;
    private final Type<T> type;
    private final T defaultValue;
    private final String doc;
    private final String unit;
    private final List<Rule<T>> rules;
    private final boolean required;
    private final String example;

    private Setting(String name, Type<T> type, T defaultValue, String doc, String unit, List<Rule<T>> rules,
                    boolean required, String example) {
        if (Objects.requireNonNull(name, "name").isBlank()) {
            throw new IllegalArgumentException("a setting needs a name");
        }
        if (Objects.requireNonNull(doc, "doc").isBlank()) {
            throw new IllegalArgumentException("setting " + name + " needs a reason (doc)");
        }
        this.name = name;
        this.type = Objects.requireNonNull(type, "type");
        this.defaultValue = defaultValue;
        this.doc = doc;
        this.unit = Objects.requireNonNull(unit, "unit");
        this.rules = List.copyOf(rules);
        this.required = required;
        this.example = example;
    }

    /** A setting of {@code type}; a null {@code defaultValue} makes it optional (absent unless set). */
    public static <T> Setting<T> of(String name, Type<T> type, T defaultValue, String doc) {
        return new Setting<>(name, type, defaultValue, doc, "", List.of(), false, null);
    }

    public static Setting<Duration> duration(String name, Duration defaultValue, String doc) {
        return of(name, Types.DURATION_TYPE, defaultValue, doc);
    }

    public static Setting<Integer> integer(String name, Integer defaultValue, String doc) {
        return of(name, Types.INTEGER, defaultValue, doc);
    }

    public static Setting<Boolean> bool(String name, boolean defaultValue, String doc) {
        return of(name, Types.BOOLEAN, defaultValue, doc);
    }

    public static Setting<String> string(String name, String defaultValue, String doc) {
        return of(name, Types.STRING, defaultValue, doc);
    }

    /** A copy that also checks {@code rule}. */
    public Setting<T> withRule(Rule<T> rule) {
        List<Rule<T>> more = new ArrayList<>(rules);
        more.add(Objects.requireNonNull(rule, "rule"));
        return new Setting<>(name, type, defaultValue, doc, unit, more, required, example);
    }

    /** A copy whose values are counted in {@code unit} ({@code "bytes"}, {@code "characters"}). */
    public Setting<T> withUnit(String unit) {
        return new Setting<>(name, type, defaultValue, doc, unit, rules, required, example);
    }

    /** A copy that must be given (no default). */
    public Setting<T> asRequired() {
        return new Setting<>(name, type, null, doc, unit, rules, true, example);
    }

    /** A copy with {@code example} shown in the reference file when there is no default. */
    public Setting<T> withExample(String example) {
        return new Setting<>(name, type, defaultValue, doc, unit, rules, required, example);
    }

    /**
     * The same type and rules under another name, without default, with its own reason: a per-site
     * override of a crawler setting is checked exactly as the crawler setting is.
     */
    public Setting<T> asOverride(String overrideName, String overrideDoc) {
        return new Setting<>(overrideName, type, null, overrideDoc, unit, rules, false, example);
    }

    /** The key inside its section, dotted when nested ({@code schedule.minInterval}). */
    public String name() {
        return name;
    }

    public Type<T> type() {
        return type;
    }

    /** The default; empty when the setting is optional or required. */
    public Optional<T> defaultValue() {
        return Optional.ofNullable(defaultValue);
    }

    /** Why the setting exists and what it changes, one sentence or two. */
    public String doc() {
        return doc;
    }

    /** The unit of a number ({@code "bytes"}); empty when the type says it (durations) or there is none. */
    public String unit() {
        return unit;
    }

    public List<Rule<T>> rules() {
        return rules;
    }

    public boolean isRequired() {
        return required;
    }

    /** A value shown in the reference file for a setting without default. */
    public Optional<String> example() {
        return Optional.ofNullable(example);
    }

    /**
     * The value {@code text} stands for.
     *
     * @throws IllegalArgumentException in plain words when {@code text} is not of this setting's type
     */
    public T parse(String text) {
        return type.parse(text);
    }

    public String format(T value) {
        return type.format(value);
    }

    /** Every rule {@code value} breaks, in plain words ("must be between 0 and 20, was 25"); empty when valid. */
    public List<String> problems(T value) {
        if (value == null) {
            return List.of("is missing (" + type.describe() + ")");
        }
        return rules.stream().filter(r -> !r.valid().test(value)).map(r -> r.problem().apply(format(value)))
                .toList();
    }

    /** What a valid value is, for the reference file: type, unit and rules. */
    public String describe() {
        String what = type.describe() + (unit.isEmpty() ? "" : ", in " + unit);
        String allowed = rules.stream().map(Rule::description).collect(Collectors.joining(", "));
        return allowed.isEmpty() ? what : what + ", " + allowed;
    }

    @Override
    public String toString() {
        return name;
    }
}
