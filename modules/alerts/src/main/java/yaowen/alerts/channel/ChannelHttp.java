package yaowen.alerts.channel;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * How every HTTP channel posts: JSON in UTF-8 over the JDK's client, with a connect and a request timeout,
 * no redirects followed (a robot URL that redirects is misconfigured). A status other than 2xx, a
 * timeout or an I/O error becomes a {@link Failure} whose reason is in words and free of the URL's
 * secrets ({@link Redactor}); the exception's cause is left out, as an I/O message may quote the URL.
 *
 * <p>Thread-safe: the client is shared by the calls.
 */
final class ChannelHttp {
    /** A failed post: the reason, safe to log. */
    static final class Failure extends Exception {
        private static final long serialVersionUID = 1L;

        Failure(String reason) {
            super(reason, null, false, false);
        }
    }

    private final HttpClient client;
    private final Duration timeout;

    ChannelHttp(Duration timeout) {
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /**
     * POSTs {@code json} to {@code url} with {@code headers} and returns the answer's body (UTF-8).
     *
     * @throws Failure for a non-2xx status, a timeout or an I/O error; the reason names the masked URL
     */
    String postJson(URI url, String json, Map<String, String> headers, Redactor redactor) throws Failure {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(timeout)
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        String where = redactor.url(url);
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() / 100 != 2) {
                throw new Failure("HTTP " + response.statusCode() + " from " + where + snippet(response.body(), redactor));
            }
            return response.body();
        } catch (HttpTimeoutException e) {
            throw new Failure("no answer from " + where + " within " + timeout.toMillis() + " ms");
        } catch (IOException e) {
            throw new Failure("cannot post to " + where + ": " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + redactor.scrub(e.getMessage())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failure("interrupted while posting to " + where);
        }
    }

    private static String snippet(String body, Redactor redactor) {
        if (body == null || body.isBlank()) {
            return "";
        }
        String one = body.strip().replaceAll("\\s+", " ");
        return ": " + redactor.scrub(one.length() > 200 ? one.substring(0, 200) + "…" : one);
    }
}
