package yaowen.settings;

import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One check of a setting's value. Immutable.
 *
 * @param description what a valid value is, for the reference file: {@code "between 1 and 256"}
 * @param valid       whether a value passes
 * @param problem     the problem, in plain words, given the value as the config file writes it
 * @param <T>         the value's type
 */
public record Rule<T>(String description, Predicate<T> valid, Function<String, String> problem) {

    /** A rule whose problem reads "must be DESCRIPTION, was VALUE". */
    public static <T> Rule<T> of(String description, Predicate<T> valid) {
        return new Rule<>(description, valid, v -> "must be " + description + ", was " + v);
    }

    /** At least {@code min}. */
    public static Rule<Integer> atLeast(int min) {
        return of("at least " + min, v -> v >= min);
    }

    /** Within {@code [min, max]}. */
    public static Rule<Integer> between(int min, int max) {
        return of("between " + min + " and " + max, v -> v >= min && v <= max);
    }

    /** At most {@code max}, for {@code why}. */
    public static Rule<Integer> atMost(int max, String why) {
        return new Rule<>("at most " + max + " (" + why + ")", v -> v <= max,
                v -> "must be at most " + max + " (" + why + "), was " + v);
    }

    /** Longer than zero and at most {@link Integer#MAX_VALUE} milliseconds (socket APIs take an int). */
    public static Rule<java.time.Duration> positive() {
        return of("longer than zero", d -> !d.isNegative() && !d.isZero() && d.toMillis() <= Integer.MAX_VALUE);
    }

    /** Zero or longer. */
    public static Rule<java.time.Duration> notNegative() {
        return of("zero or longer", d -> !d.isNegative());
    }

    /**
     * A name Kafka accepts for a topic, a group or an application id (or a prefix of one: {@code empty} says
     * whether it may be empty): letters, digits, {@code .}, {@code _} and {@code -}, at most 200.
     */
    public static Rule<String> kafkaName(boolean empty) {
        return of("letters, digits, '.', '_' or '-'", s -> (empty || !s.isEmpty()) && KAFKA_NAME.matcher(s).matches());
    }

    private static final java.util.regex.Pattern KAFKA_NAME = java.util.regex.Pattern.compile("[A-Za-z0-9._-]{0,200}");

    /** A non-blank single line. */
    public static Rule<String> singleLine() {
        return of("a non-blank single line", s -> !s.isBlank() && !s.contains("\n") && !s.contains("\r"));
    }
}
