package yaowen.stores;

/**
 * A query the store refuses because of what was asked, not because the store failed: an unknown sort, a
 * malformed or foreign cursor, a limit out of range, a filter that makes no sense. {@link #parameter()} names
 * the part of the query at fault with the API's parameter name, so the web can answer 400 and say which.
 */
public final class BadQuery extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String parameter;

    public BadQuery(String parameter, String message) {
        super(parameter + ": " + message);
        this.parameter = parameter;
    }

    /** The API parameter at fault, e.g. {@code cursor}, {@code sort}, {@code limit}. */
    public String parameter() {
        return parameter;
    }
}
