package yaowen.alerts;

/**
 * A dispatcher could not deliver an alert; names the dispatcher and the meeting. The message passes through
 * {@link yaowen.settings.Redaction}, so a reason that quotes a channel's URL never carries its token.
 */
public final class DispatchException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String dispatcher;
    private final String meetingKey;

    public DispatchException(String dispatcher, String meetingKey, String reason, Throwable cause) {
        super(yaowen.settings.Redaction.text(dispatcher + " could not deliver alert for " + meetingKey + ": " + reason), cause);
        this.dispatcher = dispatcher;
        this.meetingKey = meetingKey;
    }

    public String dispatcher() {
        return dispatcher;
    }

    public String meetingKey() {
        return meetingKey;
    }
}
