package yaowen.settings;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Values given for some settings; the rest read as their defaults. Immutable. */
public final class Values {
    private static final Values EMPTY = new Values(new IdentityHashMap<>());
    private final Map<Setting<?>, Object> given;

    private Values(Map<Setting<?>, Object> given) {
        this.given = given;
    }

    /** No value given: every setting reads as its default. */
    public static Values none() {
        return EMPTY;
    }

    /** A copy where {@code setting} is {@code value}. */
    public <T> Values with(Setting<T> setting, T value) {
        Map<Setting<?>, Object> copy = new IdentityHashMap<>(given);
        copy.put(Objects.requireNonNull(setting, "setting"), Objects.requireNonNull(value, "value"));
        return new Values(copy);
    }

    /** The value given for {@code setting}, if one was. */
    public <T> Optional<T> given(Setting<T> setting) {
        @SuppressWarnings("unchecked")
        T value = (T) given.get(setting);
        return Optional.ofNullable(value);
    }

    /**
     * The value given for {@code setting}, else its default.
     *
     * @throws IllegalStateException when neither exists
     */
    public <T> T get(Setting<T> setting) {
        return given(setting).or(setting::defaultValue)
                .orElseThrow(() -> new IllegalStateException("no value and no default for " + setting.name()));
    }
}
