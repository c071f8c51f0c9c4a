package yaowen.pipeline.mirror;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.avro.Schema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import yaowen.records.Meeting;

/**
 * {@link SchemaRegistryClient} against a loopback HTTP server that implements the one endpoint of the
 * Confluent Schema Registry REST API the client calls ({@code POST /subjects/{subject}/versions}) as that
 * API is documented. It is a stand-in, not a real registry (Confluent's or Apicurio's): it proves the
 * request is the documented one and the answer is read, not that a given registry accepts it.
 */
class SchemaRegistryClientTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    HttpServer server;
    final List<String> problems = new CopyOnWriteArrayList<>();
    volatile int status = 200;
    volatile String answer = "{\"id\": 42}";

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/apis/ccompat/v7/subjects/", this::register);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void register(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (!exchange.getRequestMethod().equals("POST")) {
                problems.add("method " + exchange.getRequestMethod());
            }
            if (!path.equals("/apis/ccompat/v7/subjects/yaowen.meetings.avro-value/versions")) {
                problems.add("path " + path);
            }
            String type = exchange.getRequestHeaders().getFirst("Content-Type");
            if (!"application/vnd.schemaregistry.v1+json".equals(type)) {
                problems.add("content type " + type);
            }
            JsonNode body = JSON.readTree(exchange.getRequestBody());
            if (!body.path("schema").isTextual()
                    || !new Schema.Parser().parse(body.path("schema").asText()).equals(Meeting.getClassSchema())) {
                problems.add("body " + body);
            }
            byte[] out = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/vnd.schemaregistry.v1+json");
            exchange.sendResponseHeaders(status, out.length);
            exchange.getResponseBody().write(out);
        }
    }

    private SchemaRegistryClient client() {
        // The URL as an Apicurio user gives it: the compatibility API's base path, with a trailing slash.
        return new SchemaRegistryClient(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/apis/ccompat/v7/"),
                Duration.ofSeconds(5));
    }

    @Test
    void postsTheSchemaAsTheDocumentedRequestAndReadsTheId() {
        assertThat(client().register("yaowen.meetings.avro-value", Meeting.getClassSchema())).isEqualTo(42);
        assertThat(problems).isEmpty();
    }

    @Test
    void aRefusalNamesTheRegistryTheSubjectAndTheStatus() {
        status = 409;
        answer = "{\"error_code\": 409, \"message\": \"Schema being registered is incompatible\"}";

        assertThatThrownBy(() -> client().register("yaowen.meetings.avro-value", Meeting.getClassSchema()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("schema registry at http://127.0.0.1:" + server.getAddress().getPort())
                .hasMessageContaining("refused the schema of yaowen.meetings.avro-value: HTTP 409")
                .hasMessageContaining("incompatible");
    }

    @Test
    void anUnreachableRegistryIsNamed() {
        int port = server.getAddress().getPort();
        server.stop(0);

        assertThatThrownBy(() -> client().register("yaowen.meetings.avro-value", Meeting.getClassSchema()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cannot reach the schema registry at http://127.0.0.1:" + port);
    }
}
