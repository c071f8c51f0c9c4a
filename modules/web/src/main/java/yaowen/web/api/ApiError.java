package yaowen.web.api;

/**
 * A refusal the client caused or can act on, answered as the API's JSON error
 * ({@code status, error, parameter, message, messageEn}): the message is safe to show, Chinese first.
 */
public final class ApiError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final String error;
    private final String parameter;
    private final String messageEn;

    public ApiError(int status, String error, String parameter, String message, String messageEn) {
        super(message, null, false, false);
        this.status = status;
        this.error = error;
        this.parameter = parameter;
        this.messageEn = messageEn;
    }

    /** 400 naming {@code parameter}. */
    public static ApiError badParameter(String parameter, String message, String messageEn) {
        return new ApiError(400, "bad_request", parameter, message, messageEn);
    }

    /** 404. */
    public static ApiError notFound(String message, String messageEn) {
        return new ApiError(404, "not_found", null, message, messageEn);
    }

    public int status() {
        return status;
    }

    /** {@code bad_request}, {@code not_found}, {@code method_not_allowed}, {@code unavailable}, {@code host_not_allowed}, {@code internal}. */
    public String error() {
        return error;
    }

    /** The parameter at fault, null when none. */
    public String parameter() {
        return parameter;
    }

    public String messageEn() {
        return messageEn;
    }
}
