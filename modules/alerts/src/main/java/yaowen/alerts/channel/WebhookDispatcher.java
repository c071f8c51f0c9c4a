package yaowen.alerts.channel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import yaowen.alerts.AlertDispatcher;
import yaowen.alerts.AlertLine;
import yaowen.alerts.DispatchException;
import yaowen.records.MeetingAlert;
import yaowen.records.MetricSummary;

/**
 * The generic webhook: POSTs each alert as JSON to a URL, for a receiver of the user's own.
 *
 * <p>The body's field names are stable (receivers parse them): {@code {"text": <AlertLine>, "alert":
 * {meetingKey, change, types, name, date, region: {code, name, path}, headline: [{indicator, kind,
 * measure, year, value, unit, raw, text}], urls, detectedAt}}}; {@code text} is one readable line, so a
 * Slack-compatible receiver shows something too. Any 2xx answer is success; anything else, a timeout or
 * an I/O error is a {@link DispatchException} whose message masks the URL's secrets. No retries here.
 *
 * <p>Headers: {@code X-Yaowen-Timestamp} (epoch seconds) always; with a secret,
 * {@code X-Yaowen-Signature: sha256=<hex HmacSHA256(secret, timestamp + "." + body)>}
 * ({@link Signatures#webhook}). The timestamp is signed with the body so a receiver that checks both, and
 * refuses a timestamp older than a few minutes, cannot be fed a recorded request again.
 *
 * <p>Thread-safe: the JDK client is shared.
 */
public final class WebhookDispatcher implements AlertDispatcher {
    /** Header carrying the signature. */
    public static final String SIGNATURE_HEADER = "X-Yaowen-Signature";
    /** Header carrying the signing time, epoch seconds. */
    public static final String TIMESTAMP_HEADER = "X-Yaowen-Timestamp";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String name;
    private final ChannelHttp http;
    private final URI endpoint;
    private final Optional<String> secret;
    private final Clock clock;
    private final Redactor redactor;

    WebhookDispatcher(String name, ChannelHttp http, URI endpoint, Optional<String> secret, Clock clock) {
        this.name = Objects.requireNonNull(name, "name");
        this.http = Objects.requireNonNull(http, "http");
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        this.secret = Objects.requireNonNull(secret, "secret");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.redactor = Redactor.of(endpoint, secret.orElse(null));
    }

    @Override
    public void dispatch(MeetingAlert alert) {
        String body = body(alert);
        long now = clock.instant().getEpochSecond();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(TIMESTAMP_HEADER, Long.toString(now));
        secret.ifPresent(s -> headers.put(SIGNATURE_HEADER, Signatures.webhook(s, now, body)));
        try {
            http.postJson(endpoint, body, headers, redactor);
        } catch (ChannelHttp.Failure e) {
            throw new DispatchException(name, alert.getMeetingKey(), e.getMessage(), null);
        }
    }

    @Override
    public String name() {
        return name;
    }

    /** The JSON body posted for {@code alert}. */
    public static String body(MeetingAlert alert) {
        ObjectNode root = JSON.createObjectNode();
        root.put("text", AlertLine.format(alert));
        ObjectNode a = root.putObject("alert");
        a.put("meetingKey", alert.getMeetingKey());
        a.put("change", alert.getChange());
        alert.getTypes().forEach(a.putArray("types")::add);
        a.put("name", alert.getName());
        a.put("date", alert.getDate() == null ? null : alert.getDate().toString());
        if (alert.getRegion() == null) {
            a.putNull("region");
        } else {
            ObjectNode r = a.putObject("region");
            r.put("code", alert.getRegion().getCode());
            r.put("name", alert.getRegion().getName());
            alert.getRegion().getPath().forEach(r.putArray("path")::add);
        }
        ArrayNode headline = a.putArray("headline");
        for (MetricSummary m : alert.getHeadline()) {
            ObjectNode h = headline.addObject();
            h.put("indicator", m.getIndicator());
            h.put("kind", m.getKind());
            h.put("measure", m.getMeasure());
            h.put("year", m.getYear());
            h.put("value", m.getValue());
            h.put("unit", m.getUnit());
            h.put("raw", m.getRaw());
            h.put("text", AlertLine.figure(m));
        }
        alert.getUrls().forEach(a.putArray("urls")::add);
        a.put("detectedAt", alert.getDetectedAt().toString());
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write alert JSON", e);
        }
    }
}
