package yaowen.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import yaowen.stores.duckdb.DuckDbStore;
import yaowen.web.Servers;
import yaowen.web.WebServer;

/** {@code /openapi.json} lists exactly what the server accepts: read from the document, tried on the server. */
class OpenApiTest {
    static DuckDbStore store;
    static WebServer server;
    static Client client;
    static JsonNode doc;

    @BeforeAll
    static void start() {
        store = DuckDbStore.inMemory();
        ApiFixtures.fill(store);
        server = Servers.start(store.reader(), Feed.Settings.DEFAULT, "yaowen/web/teststatic");
        client = new Client(server.uri());
        doc = client.json("/openapi.json");
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    @Test
    void listsEveryRouteWithExactlyItsParameters() {
        List<Route> routes = new AnalystApi(store.reader(), r -> { }).routes();
        assertThat(doc.get("openapi").asText()).isEqualTo("3.1.0");
        assertThat(doc.get("paths").fieldNames()).toIterable().containsExactlyElementsOf(routes.stream().map(Route::path).toList());
        for (Route route : routes) {
            JsonNode params = doc.get("paths").get(route.path()).get("get").get("parameters");
            List<String> query = new ArrayList<>();
            for (JsonNode p : params) {
                if (p.get("in").asText().equals("query")) {
                    query.add(p.get("name").asText());
                    Param declared = route.params().stream().filter(d -> d.name().equals(p.get("name").asText())).findFirst().orElseThrow();
                    assertThat(p.get("required").asBoolean()).as(route.path() + " " + declared.name()).isEqualTo(declared.required());
                    JsonNode schema = p.get("schema").has("items") ? p.get("schema").get("items") : p.get("schema");
                    if (!declared.values().isEmpty()) {
                        assertThat(schema.get("enum")).extracting(JsonNode::asText).as(route.path() + " " + declared.name())
                                .containsExactlyElementsOf(declared.values());
                    }
                }
            }
            assertThat(query).as(route.path()).containsExactlyElementsOf(route.params().stream().map(Param::name).toList());
        }
        assertThat(doc.at("/paths/~1api~1meetings/get/parameters").findValuesAsText("name"))
                .contains("region", "type", "from", "to", "q", "limit", "cursor", "sort", "format");
    }

    @Test
    void everyReferenceResolves() {
        Matcher refs = Pattern.compile("\"\\$ref\":\"#/components/schemas/([A-Za-z]+)\"").matcher(doc.toString());
        int n = 0;
        while (refs.find()) {
            assertThat(doc.get("components").get("schemas").has(refs.group(1))).as(refs.group(1)).isTrue();
            n++;
        }
        assertThat(n).isGreaterThan(30);
        assertThat(doc.at("/components/schemas/Error/properties").fieldNames()).toIterable()
                .containsExactly("status", "error", "parameter", "message", "messageEn");
    }

    @Test
    void aParameterTheDocumentListsIsAcceptedAndOneItDoesNotIsRefused() {
        int tried = 0;
        for (var path : doc.get("paths").properties()) {
            if (path.getKey().equals("/api/feed")) {
                continue;
            }
            String url = path.getKey().replace("{key}", Http.encode(ApiFixtures.M2025)).replace("{id}", "a2");
            List<JsonNode> params = StreamSupport.stream(path.getValue().get("get").get("parameters").spliterator(), false)
                    .filter(p -> p.get("in").asText().equals("query")).toList();
            for (JsonNode p : params) {
                String name = p.get("name").asText();
                if (name.equals("cursor")) {
                    continue; // a cursor comes from a page: ApiTest tries real ones
                }
                String request = url + "?" + name + "=" + Http.encode(value(p)) + required(params, name);
                assertThat(client.get(request).statusCode()).as(request).isEqualTo(200);
                tried++;
            }
            client.refused(url + "?undocumented=1" + required(params, ""), "undocumented");
        }
        assertThat(tried).isGreaterThan(40);
    }

    /** {@code &name=value} for each required parameter of the document but {@code except}. */
    static String required(List<JsonNode> params, String except) {
        StringBuilder required = new StringBuilder();
        for (JsonNode p : params) {
            if (p.get("required").asBoolean() && !p.get("name").asText().equals(except)) {
                required.append('&').append(p.get("name").asText()).append('=').append(Http.encode(value(p)));
            }
        }
        return required.toString();
    }

    /** A value the parameter's schema in the document allows. */
    static String value(JsonNode param) {
        JsonNode schema = param.get("schema").has("items") ? param.get("schema").get("items") : param.get("schema");
        if (schema.has("enum")) {
            return schema.get("enum").get(0).asText();
        }
        String name = param.get("name").asText();
        return switch (schema.get("type").asText()) {
            case "integer" -> String.valueOf(Math.max(schema.path("minimum").asInt(2024), Math.min(2024, schema.path("maximum").asInt(2024))));
            case "boolean" -> "true";
            default -> {
                if (schema.path("format").asText().equals("date")) {
                    yield "2024-06-30";
                }
                if (schema.has("pattern")) {
                    for (String candidate : List.of("410202", "41", "YEAR")) {
                        if (candidate.matches(schema.get("pattern").asText().replaceAll("^\\^|\\$$", ""))) {
                            yield candidate;
                        }
                    }
                    throw new AssertionError("no candidate for " + name);
                }
                yield "龙亭";
            }
        };
    }
}
