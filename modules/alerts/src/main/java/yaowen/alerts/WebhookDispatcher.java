package yaowen.alerts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Objects;
import yaowen.records.MeetingAlert;
import yaowen.records.MetricSummary;

/**
 * POSTs each alert as JSON to a URL: {@code {"text": <AlertLine>, "alert": {meetingKey, change, types,
 * name, date, region: {code, name, path}, headline: [...], urls, detectedAt}}}. Any 2xx answer is
 * success; anything else, a timeout or an I/O error is a {@link DispatchException}. No retries here:
 * a failed alert goes to dead letters.
 *
 * <p>Thread-safe: the JDK client is shared.
 */
public final class WebhookDispatcher implements AlertDispatcher {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI endpoint;
    private final Duration timeout;
    private final HttpClient client;

    /** Posts to {@code endpoint}, waiting at most {@code timeout} for each answer. */
    public WebhookDispatcher(URI endpoint, Duration timeout) {
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Posts to {@code endpoint} with a 10 s timeout. */
    public WebhookDispatcher(URI endpoint) {
        this(endpoint, Duration.ofSeconds(10));
    }

    @Override
    public void dispatch(MeetingAlert alert) {
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(timeout)
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(body(alert)))
                .build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new DispatchException(name(), alert.getMeetingKey(), "HTTP " + response.statusCode() + " from " + endpoint, null);
            }
        } catch (IOException e) {
            throw new DispatchException(name(), alert.getMeetingKey(), e.getClass().getSimpleName() + " posting to " + endpoint, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DispatchException(name(), alert.getMeetingKey(), "interrupted", e);
        }
    }

    @Override
    public String name() {
        return "webhook";
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
