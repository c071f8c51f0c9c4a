package yaowen.analytics;

import java.util.Objects;

/** A figure's phrase and the sentence it was read from, to find in an article's text. Immutable. */
public record Quote(String raw, String evidence) {
    public Quote {
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(evidence, "evidence");
    }
}
