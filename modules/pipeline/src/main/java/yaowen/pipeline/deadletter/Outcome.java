package yaowen.pipeline.deadletter;

import java.util.Objects;
import yaowen.records.DeadLetter;

/** The result of one record's step: a value to pass on, or a dead letter to route. */
public sealed interface Outcome<T> {

    /** The step succeeded. */
    record Ok<T>(T value) implements Outcome<T> {
        public Ok {
            Objects.requireNonNull(value, "value");
        }
    }

    /** The step failed; the dead letter carries the reason and the record's bytes. */
    record Failed<T>(DeadLetter deadLetter) implements Outcome<T> {
        public Failed {
            Objects.requireNonNull(deadLetter, "deadLetter");
        }
    }

    default boolean isOk() {
        return this instanceof Ok;
    }

    /** The value of an {@link Ok}; throws on a {@link Failed}. */
    default T value() {
        if (this instanceof Ok<T> ok) {
            return ok.value();
        }
        throw new IllegalStateException("not ok");
    }

    /** The dead letter of a {@link Failed}; throws on an {@link Ok}. */
    default DeadLetter deadLetter() {
        if (this instanceof Failed<T> failed) {
            return failed.deadLetter();
        }
        throw new IllegalStateException("not failed");
    }
}
