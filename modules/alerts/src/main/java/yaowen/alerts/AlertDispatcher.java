package yaowen.alerts;

import yaowen.records.MeetingAlert;

/**
 * Delivers a meeting alert somewhere: the console, a webhook, a chat robot, e-mail.
 *
 * <p>Called by one consumer thread at a time, but implementations should be safe for use by several
 * threads (the shipped ones are). {@link #dispatch} either delivers or throws; a thrown exception
 * sends the alert to dead letters and never stops the consumer. Implementations must not modify the
 * alert.
 */
public interface AlertDispatcher {

    /** Delivers {@code alert}; throws (e.g. {@link DispatchException}) when it could not. */
    void dispatch(MeetingAlert alert);

    /** Short name for logs and dead letters, e.g. {@code console}, {@code webhook}. */
    String name();
}
