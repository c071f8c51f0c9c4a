package yaowen.cleaning;

import java.util.Objects;

/** The page holds no article that can be cleaned; {@link #reason()} says why. */
public final class CleaningException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why a page could not be cleaned. */
    public enum Reason {
        /** No bytes, or only whitespace. */
        EMPTY,
        /** Not text: a PDF, an image, an archive, or bytes no charset decodes. */
        BINARY,
        /** Over the size cap. */
        TOO_LARGE,
        /** Parsed, but no body text was found. */
        NO_TEXT
    }

    private final Reason reason;

    public CleaningException(Reason reason, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public Reason reason() {
        return reason;
    }
}
