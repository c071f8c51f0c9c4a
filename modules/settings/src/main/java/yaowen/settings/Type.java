package yaowen.settings;

/**
 * How a setting's value is written in a config file: parsed from text, formatted back. Immutable.
 *
 * @param <T> the value's Java type
 */
public interface Type<T> {
    /** What a valid value looks like, in words: {@code "a duration like 500ms, 1s, 5m or 1h"}. */
    String describe();

    /**
     * The value {@code text} stands for.
     *
     * @throws IllegalArgumentException with a message in plain words, quoting {@code text}, when it is not one
     */
    T parse(String text);

    /** {@code value} as a config file writes it; {@code parse(format(v))} equals {@code v}. */
    String format(T value);
}
