package yaowen.web.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * {@code /openapi.json}: the API in OpenAPI 3.1, written from the same {@link Route}s and {@link Param}s the
 * server validates with, so the document lists exactly what is accepted. Stateless.
 */
final class OpenApi {
    private OpenApi() {
    }

    static ObjectNode document(List<Route> routes) {
        ObjectNode doc = Json.object();
        doc.put("openapi", "3.1.0");
        ObjectNode info = doc.putObject("info");
        info.put("title", "Yaowen 要闻 API");
        info.put("version", "1");
        info.put("description", "地方政府会议与经济数据的查询接口。The analyst's API over meetings and economic figures"
                + " reported by local governments. Every endpoint is GET; unknown or malformed parameters are a 400.");
        ObjectNode paths = doc.putObject("paths");
        for (Route route : routes) {
            ObjectNode get = paths.putObject(route.path()).putObject("get");
            get.put("summary", route.zh() + " · " + route.en());
            get.put("operationId", operationId(route.path()));
            ArrayNode params = get.putArray("parameters");
            route.variable().ifPresent(v -> {
                ObjectNode p = params.addObject();
                p.put("name", v);
                p.put("in", "path");
                p.put("required", true);
                p.put("description", "百分号编码 · percent-encoded");
                p.putObject("schema").put("type", "string");
            });
            for (Param param : route.params()) {
                params.add(parameter(param));
            }
            ObjectNode responses = get.putObject("responses");
            ObjectNode ok = responses.putObject("200");
            ok.put("description", route.en());
            String mediaType = route.path().equals("/api/feed") ? "text/event-stream" : "application/json";
            ok.putObject("content").putObject(mediaType).putObject("schema").put("$ref", "#/components/schemas/" + route.response());
            if (route.params().stream().anyMatch(p -> p.name().equals("format"))) {
                ObjectNode content = (ObjectNode) ok.get("content");
                for (Exporter e : Exporter.all()) {
                    content.putObject(e.contentType().split(";")[0]).putObject("schema").put("type", "string")
                            .put("contentEncoding", "binary");
                }
            }
            for (String status : List.of("400", "404", "405", "500")) {
                responses.putObject(status).put("description", switch (status) {
                    case "400" -> "bad parameter";
                    case "404" -> "not found";
                    case "405" -> "method not allowed";
                    default -> "internal error";
                }).putObject("content").putObject("application/json").putObject("schema").put("$ref", "#/components/schemas/Error");
            }
        }
        doc.set("components", Schemas.components());
        return doc;
    }

    static ObjectNode parameter(Param param) {
        ObjectNode p = Json.object();
        p.put("name", param.name());
        p.put("in", "query");
        p.put("required", param.required());
        p.put("description", param.zh() + " · " + param.en());
        ObjectNode schema = Json.object();
        ObjectNode item = schema;
        if (param.type() == Param.Type.CODES) {
            schema.put("type", "array");
            item = schema.putObject("items");
            p.put("style", "form");
            p.put("explode", true);
        }
        switch (param.type()) {
            case STRING, CURSOR -> item.put("type", "string");
            case CODE, CODES -> {
                item.put("type", "string");
                param.values().forEach(item.putArray("enum")::add);
            }
            case INT -> {
                item.put("type", "integer");
                if (param.min() != null) {
                    item.put("minimum", param.min());
                }
                if (param.max() != null) {
                    item.put("maximum", param.max());
                }
            }
            case DATE -> item.put("type", "string").put("format", "date");
            case BOOLEAN -> item.put("type", "boolean");
        }
        if (param.maxLength() != null) {
            item.put("maxLength", param.maxLength());
        }
        if (param.pattern() != null) {
            item.put("pattern", "^" + param.pattern() + "$");
        }
        if (param.defaultValue() != null) {
            if (param.type() == Param.Type.INT) {
                schema.put("default", Integer.parseInt(param.defaultValue()));
            } else {
                schema.put("default", param.defaultValue());
            }
        }
        p.set("schema", schema);
        return p;
    }

    private static String operationId(String path) {
        StringBuilder id = new StringBuilder("get");
        for (String part : path.replaceAll("[{}.]", "/").split("/")) {
            if (!part.isEmpty() && !part.equals("api")) {
                id.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return id.toString();
    }
}
