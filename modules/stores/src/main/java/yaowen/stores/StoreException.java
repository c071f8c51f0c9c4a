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

    /**
     * Whether the store itself failed — closed, its connection lost, the server down or out of
     * resources — rather than the record (a constraint, a value the column refuses), which the database
     * answered and which a dead letter settles. Read from the causes: SQLState classes 08 (connection),
     * 53 (insufficient resources) and 57 (operator intervention, e.g. a server shutting down), the
     * JDBC connection exceptions, DuckDB's I/O and invalidated-database errors, and a closed store.
     */
    public boolean storeUnavailable() {
        for (Throwable t = getCause(); t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLTransientConnectionException || t instanceof java.sql.SQLNonTransientConnectionException
                    || t instanceof java.sql.SQLRecoverableException) {
                return true;
            }
            if (t instanceof java.sql.SQLException sql) {
                String state = sql.getSQLState() == null ? "" : sql.getSQLState();
                String message = sql.getMessage() == null ? "" : sql.getMessage();
                if (state.startsWith("08") || state.startsWith("53") || state.startsWith("57")
                        || message.contains("IO Error") || message.contains("database has been invalidated")) {
                    return true;
                }
            }
            if (t instanceof IllegalStateException && "store is closed".equals(t.getMessage())) {
                return true;
            }
        }
        return false;
    }
}
