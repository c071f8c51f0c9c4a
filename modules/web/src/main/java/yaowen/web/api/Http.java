package yaowen.web.api;

import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import yaowen.stores.BadQuery;

/** Writing answers: JSON, errors, bytes, with the headers every answer carries. Stateless. */
public final class Http {
    public static final String JSON = "application/json; charset=utf-8";
    /** The methods every endpoint but SQL answers, as the {@code Allow} header of a 405 says. */
    public static final String ALLOWED = "GET, HEAD";
    /** Characters of a client's value repeated in an error message at most. */
    static final int SHOWN = 50;
    private static final Logger LOG = LoggerFactory.getLogger(Http.class);
    /** Exchanges another thread answers and closes, see {@link #handOff}. */
    private static final Set<HttpExchange> HANDED_OFF = ConcurrentHashMap.newKeySet();

    /** Writes one exchange's answer. */
    @FunctionalInterface
    public interface Answer {
        void write() throws IOException;
    }

    /**
     * Runs {@code answer} and closes the exchange. Before the answer began, a failure becomes the JSON error: the
     * {@link ApiError}'s, a 400 for a {@link BadQuery}, else 500 (logged as ERROR). Once the status line was sent a
     * failure cannot be told to the client any more, so the connection is dropped (this rethrows and leaves the
     * exchange open: the JDK's server then closes the connection instead of ending the body cleanly), and the
     * client sees a truncated answer rather than a complete 200. An {@link IOException} after the answer began
     * is the client leaving (broken pipe, reset): DEBUG, not ERROR.
     *
     * @throws AbortedAnswer when the answer had begun and failed
     */
    public static void answer(HttpExchange exchange, Answer answer) {
        boolean close = true;
        try {
            answer.write();
        } catch (IOException | RuntimeException e) {
            String what = exchange.getRequestMethod() + " " + shown(exchange.getRequestURI().getRawPath());
            if (exchange.getResponseCode() != -1) {
                if (e instanceof IOException) {
                    LOG.debug("{}: the client left during the answer: {}", what, e.toString());
                } else {
                    LOG.error("{} failed after its answer began; dropping the connection", what, e);
                }
                close = false;
                throw new AbortedAnswer(e);
            }
            ApiError error;
            if (e instanceof ApiError a) {
                error = a;
            } else if (e instanceof BadQuery b) {
                error = badQuery(b);
            } else {
                LOG.error("{} failed", what, e);
                error = new ApiError(500, "internal", null, "内部错误", "internal error");
            }
            try {
                error(exchange, error);
            } catch (IOException | RuntimeException failed) {
                LOG.debug("{}: cannot send {}: {}", what, error.status(), failed.toString());
            }
        } finally {
            if (!HANDED_OFF.remove(exchange) && close) {
                exchange.close();
            }
        }
    }

    /**
     * Marks {@code exchange}, inside {@link #answer}, as answered by another thread that closes it: {@link #answer}
     * returns leaving it open. Mark before handing it over, {@link #takeBack} when the hand-over fails.
     */
    public static void handOff(HttpExchange exchange) {
        HANDED_OFF.add(exchange);
    }

    /** Undoes {@link #handOff}: {@link #answer} closes the exchange again. */
    public static void takeBack(HttpExchange exchange) {
        HANDED_OFF.remove(exchange);
    }

    /** Thrown out of a handler to have the server drop a connection whose answer had begun. */
    public static final class AbortedAnswer extends RuntimeException {
        private static final long serialVersionUID = 1L;

        AbortedAnswer(Throwable cause) {
            super("answer aborted: " + cause, cause, false, false);
        }
    }

    /** The store's refusal as a 400 naming its parameter. */
    static ApiError badQuery(BadQuery b) {
        String p = b.parameter();
        String detail = b.getMessage().startsWith(p + ": ") ? b.getMessage().substring(p.length() + 2) : b.getMessage();
        String zh = p.equals("cursor") ? "参数 cursor 无效（已损坏或属于别的查询）：请去掉它，从第一页重新开始"
                : "参数 " + p + " 的值不可用";
        return ApiError.badParameter(p, zh, "bad parameter " + p + ": " + detail);
    }

    /** A client's value as repeated in a message: its first {@value #SHOWN} characters, then "…". */
    public static String shown(String value) {
        if (value == null || value.length() <= SHOWN) {
            return value;
        }
        return value.substring(0, SHOWN) + "…";
    }

    /** @throws ApiError 405 for a method other than GET or HEAD */
    public static void requireGetOrHead(HttpExchange exchange) {
        String method = exchange.getRequestMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            throw new ApiError(405, "method_not_allowed", null, "只接受 GET 和 HEAD 请求", "only GET and HEAD are answered here");
        }
    }

    /** Whether only the headers are asked for. */
    public static boolean head(HttpExchange exchange) {
        return exchange.getRequestMethod().equals("HEAD");
    }

    private Http() {
    }

    /** {@code node} as JSON, not to be cached (the store changes under it). */
    public static void json(HttpExchange exchange, int status, Object node) throws IOException {
        send(exchange, status, JSON, Json.bytes(node), "no-store");
    }

    /** The API's JSON error; {@code Allow: GET, HEAD} with a 405. */
    public static void error(HttpExchange exchange, ApiError e) throws IOException {
        if (e.status() == 405) {
            exchange.getResponseHeaders().set("Allow", ALLOWED);
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
                    throw ApiError.badParameter(null, "路径编码有误：" + shown(raw), "malformed percent-encoding in the path: " + shown(raw));
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
