package yaowen.web.api;

import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Writing answers: JSON, errors, bytes, with the headers every answer carries. Stateless. */
public final class Http {
    public static final String JSON = "application/json; charset=utf-8";

    private Http() {
    }

    /** {@code node} as JSON, not to be cached (the store changes under it). */
    public static void json(HttpExchange exchange, int status, Object node) throws IOException {
        send(exchange, status, JSON, Json.bytes(node), "no-store");
    }

    /** The API's JSON error; {@code Allow: GET} with a 405. */
    public static void error(HttpExchange exchange, ApiError e) throws IOException {
        if (e.status() == 405) {
            exchange.getResponseHeaders().set("Allow", "GET");
        }
        json(exchange, e.status(), Json.error(e));
    }

    public static void send(HttpExchange exchange, int status, String contentType, byte[] body, String cacheControl)
            throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        exchange.getResponseHeaders().set("Cache-Control", cacheControl);
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, body.length == 0 || head ? -1 : body.length);
        if (body.length > 0 && !head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** Percent-encodes every byte of {@code s} outside the unreserved set (RFC 3986), for a path segment or a value. */
    public static String encode(String s) {
        StringBuilder out = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }

    /**
     * Decodes {@code %XX} escapes of a raw path segment as UTF-8 ({@code +} stays a plus).
     *
     * @throws ApiError 400 for a malformed escape
     */
    public static String decodeSegment(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                int hi = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 1), 16) : -1;
                int lo = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 2), 16) : -1;
                if (hi < 0 || lo < 0) {
                    throw ApiError.badParameter(null, "路径编码有误：" + raw, "malformed percent-encoding in the path: " + raw);
                }
                bytes.write(hi << 4 | lo);
                i += 2;
            } else {
                byte[] utf8 = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(utf8, 0, utf8.length);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
