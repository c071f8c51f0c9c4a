package yaowen.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Settings that break their rules; {@link #problems()} names each key and what is wrong with it, so a
 * config loader can point at the file and key.
 */
public final class InvalidSettingsException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    /**
     * One broken rule: the setting's {@code key}, the {@code problem} in plain words, and the other keys a
     * rule across settings compared it with ({@code related}; empty for a rule of one setting).
     */
    public record Problem(String key, String problem, List<String> related) {
        public Problem {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(problem, "problem");
            related = List.copyOf(related);
        }

        public Problem(String key, String problem) {
            this(key, problem, List.of());
        }

        /** Whether this problem is about {@code someKey}, as its key or a related one. */
        public boolean concerns(String someKey) {
            return key.equals(someKey) || related.contains(someKey);
        }

        @Override
        public String toString() {
            return key + " " + problem;
        }
    }

    public InvalidSettingsException(String what, List<Problem> problems) {
        super(what + ": " + String.join("; ", problems.stream().map(Problem::toString).toList()));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    /** Collects the problems of a settings record's values, then throws them all at once. */
    public static final class Collector {
        private final List<Problem> problems = new ArrayList<>();

        /** Checks {@code value} against {@code setting}'s rules. */
        public <T> Collector check(Setting<T> setting, T value) {
            setting.problems(value).forEach(p -> problems.add(new Problem(setting.name(), p)));
            return this;
        }

        /** Checks {@code value} against {@code setting}'s rules when it is present. */
        public <T> Collector checkIfPresent(Setting<T> setting, java.util.Optional<T> value) {
            value.ifPresent(v -> check(setting, v));
            return this;
        }

        /** A problem no single setting's rules see: {@code key} disagrees with the {@code related} keys. */
        public Collector add(String key, String problem, String... related) {
            problems.add(new Problem(key, problem, List.of(related)));
            return this;
        }

        /** The problems collected so far. */
        public List<Problem> problems() {
            return List.copyOf(problems);
        }

        /**
         * @throws InvalidSettingsException naming {@code what} and every problem, when there is one
         */
        public void throwIfAny(String what) {
            if (!problems.isEmpty()) {
                throw new InvalidSettingsException(what, problems);
            }
        }
    }
}
