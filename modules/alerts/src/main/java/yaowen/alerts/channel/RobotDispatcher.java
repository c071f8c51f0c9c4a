package yaowen.alerts.channel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import yaowen.alerts.AlertDispatcher;
import yaowen.alerts.DispatchException;
import yaowen.records.MeetingAlert;

/**
 * A chat robot reached by a webhook URL: posts the message its vendor wants and reads the error code
 * the vendor puts in the answer's body. A robot answers HTTP 200 even when it refuses a message, so a
 * non-zero code is a failure with the vendor's message. Thread-safe.
 */
abstract class RobotDispatcher implements AlertDispatcher {
    static final ObjectMapper JSON = new ObjectMapper();

    /**
     * How a vendor answers: its word for itself in messages ({@code WeCom robot}), the body's error code
     * field ({@code errcode}, {@code code}; 0 = sent) and its message field.
     */
    record Answer(String vendor, String codeField, String messageField) {
    }

    private final String name;
    private final ChannelHttp http;
    private final Answer answer;
    protected final URI url;
    protected final Optional<String> secret;
    protected final Clock clock;
    private final Redactor redactor;

    RobotDispatcher(String name, ChannelHttp http, URI url, Optional<String> secret, Clock clock, Answer answer) {
        this.name = Objects.requireNonNull(name, "name");
        this.http = Objects.requireNonNull(http, "http");
        this.url = Objects.requireNonNull(url, "url");
        this.secret = Objects.requireNonNull(secret, "secret");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.answer = Objects.requireNonNull(answer, "answer");
        this.redactor = Redactor.of(url, secret.orElse(null));
    }

    /** A request: where to post and the JSON body. */
    record Request(URI url, ObjectNode body) {
    }

    /** The request for {@code alert}, at the clock's current time. */
    abstract Request request(MeetingAlert alert);

    @Override
    public final void dispatch(MeetingAlert alert) {
        Request r = request(alert);
        String reply;
        try {
            reply = http.postJson(r.url(), r.body().toString(), Map.of(), redactor);
        } catch (ChannelHttp.Failure e) {
            throw failure(alert, e.getMessage());
        }
        JsonNode body;
        try {
            body = JSON.readTree(reply);
        } catch (IOException e) {
            throw failure(alert, answer.vendor() + " answered with a body that is not JSON");
        }
        JsonNode code = body == null ? null : body.get(answer.codeField());
        if (code == null || !code.canConvertToInt()) {
            throw failure(alert, answer.vendor() + " answered without a numeric " + answer.codeField());
        }
        if (code.asInt() != 0) {
            throw failure(alert, answer.vendor() + " refused the message: " + answer.codeField() + " " + code.asInt() + " ("
                    + redactor.scrub(body.path(answer.messageField()).asText("no message")) + ")");
        }
    }

    private DispatchException failure(MeetingAlert alert, String reason) {
        return new DispatchException(name, alert.getMeetingKey(), reason, null);
    }

    @Override
    public final String name() {
        return name;
    }
}
