package yaowen.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** GETs against a running server, answers read as text, bytes or JSON. */
final class Client {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;

    Client(URI base) {
        this.base = base;
    }

    HttpResponse<String> get(String pathAndQuery) {
        try {
            return HTTP.send(HttpRequest.newBuilder(base.resolve(pathAndQuery)).timeout(Duration.ofSeconds(60)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new AssertionError("GET " + pathAndQuery, e);
        }
    }

    HttpResponse<byte[]> bytes(String pathAndQuery) {
        try {
            return HTTP.send(HttpRequest.newBuilder(base.resolve(pathAndQuery)).timeout(Duration.ofSeconds(60)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (Exception e) {
            throw new AssertionError("GET " + pathAndQuery, e);
        }
    }

    /** The JSON of a 200 answer; fails showing the body otherwise. */
    JsonNode json(String pathAndQuery) {
        HttpResponse<String> r = get(pathAndQuery);
        if (r.statusCode() != 200) {
            throw new AssertionError("GET " + pathAndQuery + " answered " + r.statusCode() + ": " + r.body());
        }
        return tree(r.body());
    }

    /** The JSON error of a 400 answer naming {@code parameter}; fails otherwise. */
    JsonNode refused(String pathAndQuery, String parameter) {
        HttpResponse<String> r = get(pathAndQuery);
        String what = "GET " + pathAndQuery + " answered " + r.statusCode() + " " + r.body();
        if (r.statusCode() != 400 || !r.headers().firstValue("Content-Type").orElse("").startsWith("application/json")) {
            throw new AssertionError(what + " (expected a 400 JSON naming " + parameter + ")");
        }
        JsonNode error = tree(r.body());
        if (!error.path("error").asText().equals("bad_request") || !error.path("parameter").asText().equals(parameter)
                || error.path("message").asText().isBlank() || error.path("messageEn").asText().isBlank()) {
            throw new AssertionError(what + " (expected the error shape naming " + parameter + ")");
        }
        return error;
    }

    static JsonNode tree(String body) {
        try {
            return JSON.readTree(body);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }
}
