package yaowen.broker;

/** The embedded Kafka node could not be started; the message says why in one line. */
public final class BrokerStartException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BrokerStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
