package yaowen.stores;

/** A store operation failed; carries the operation and, when known, the key of the record. */
public final class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String operation;
    private final String key;

    public StoreException(String operation, String key, Throwable cause) {
        super(operation + (key == null ? "" : " [" + key + "]") + " failed: "
                + (cause == null ? "" : cause.getMessage()), cause);
        this.operation = operation;
        this.key = key;
    }

    /** What was attempted, e.g. {@code upsertMeeting}. */
    public String operation() {
        return operation;
    }

    /** Key of the record written or read; null for whole-table operations. */
    public String key() {
        return key;
    }
}
