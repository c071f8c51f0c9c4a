package yaowen.pipeline.mirror;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import org.apache.avro.Schema;

/**
 * The one call of the Confluent Schema Registry REST API a registry mirror needs:
 * {@code POST <registry>/subjects/<subject>/versions} with {@code {"schema": "<schema JSON>"}}, answered
 * {@code {"id": N}}. Registering a schema already registered under the subject answers its existing id, so
 * every start may call it. Apicurio Registry serves the same API under {@code /apis/ccompat/v7}: give that
 * URL. No authentication (a registry behind one is left for later).
 */
public final class SchemaRegistryClient implements SchemaRegistry {
    static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI registry;
    private final Duration timeout;
    private final HttpClient http;

    public SchemaRegistryClient(URI registry, Duration timeout) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    @Override
    public int register(String subject, Schema schema) {
        String base = registry.toString().replaceAll("/+$", "");
        URI uri = URI.create(base + "/subjects/" + URLEncoder.encode(subject, StandardCharsets.UTF_8).replace("+", "%20")
                + "/versions");
        String refused = "schema registry at " + registry + " refused the schema of " + subject + ": ";
        try {
            String body = JSON.writeValueAsString(Map.of("schema", schema.toString()));
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout)
                    .header("Content-Type", CONTENT_TYPE).header("Accept", CONTENT_TYPE)
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException(refused + "HTTP " + response.statusCode() + " " + shortened(response.body()));
            }
            JsonNode id = JSON.readTree(response.body()).path("id");
            if (!id.canConvertToInt()) {
                throw new IllegalStateException(refused + "its answer has no id: " + shortened(response.body()));
            }
            return id.intValue();
        } catch (IOException e) {
            throw new IllegalStateException("cannot reach the schema registry at " + registry + " to register " + subject
                    + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted registering " + subject + " at " + registry, e);
        }
    }

    private static String shortened(String body) {
        String one = body == null ? "" : body.replaceAll("\\s+", " ").trim();
        return one.length() > 300 ? one.substring(0, 300) + "…" : one;
    }
}
