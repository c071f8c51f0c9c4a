package yaowen.insight;

import java.util.Objects;
import java.util.Optional;

/**
 * Insight failed on one article: a defect in a rule, not a property of the article. Shells catch it per record
 * and dead-letter the article with this message, so a grammar bug shows as failures rather than as a quiet day.
 */
public final class InsightException extends RuntimeException {
    private final transient Optional<String> title;

    public InsightException(Optional<String> title, Throwable cause) {
        super("insight failed on " + title.map(t -> "«" + abbreviate(t) + "»").orElse("an untitled article") + ": "
                + Objects.requireNonNull(cause, "cause"), cause);
        this.title = title;
    }

    /** The title of the article insight failed on, when it has one. */
    public Optional<String> title() {
        return title;
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 60) + "…";
    }
}
