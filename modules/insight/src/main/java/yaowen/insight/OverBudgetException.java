package yaowen.insight;

import java.util.Optional;

/**
 * An extraction stopped because its caller's {@link Budget} ran out: a property of the article (its length, its
 * shape) and of the caller's limit, not a defect in a rule, so it is not an {@link InsightException}. Shells
 * dead-letter the article and go on.
 */
public final class OverBudgetException extends RuntimeException {
    private final transient Optional<String> title;

    public OverBudgetException(Optional<String> title) {
        super("insight stopped on " + title.map(t -> "«" + (t.length() <= 60 ? t : t.substring(0, 60) + "…") + "»")
                .orElse("an untitled article") + ": its time budget ran out", null, false, false);
        this.title = title;
    }

    /** The title of the article, when it has one. */
    public Optional<String> title() {
        return title;
    }
}
