package yaowen.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import yaowen.stores.SqlQueries;
import yaowen.stores.StoreException;

/**
 * {@code POST /api/sql}: an analyst's SQL against the running node's store ({@code yaowen sql} is its
 * client). The body is one reading statement, as UTF-8 text. The answer streams as JSON lines
 * ({@code application/x-ndjson}): {@code {"columns":[…]}}, then one JSON array per row, then
 * {@code {"rows":N,"truncated":false}} — or, if the statement fails after rows were sent,
 * {@code {"error":"…"}} as the last line.
 *
 * <p>Refusals are 400 with a JSON error saying why (a statement that would write, bad SQL, too slow);
 * 403 for a client not on loopback unless {@link Settings#fromAnyHost()}; 405 for a method other than
 * POST; 413 for a body over 64 KiB. What may run is decided by {@link SqlQueries}. Thread-safe.
 */
public final class SqlEndpoint {
    /** Where it is served. */
    public static final String PATH = "/api/sql";
    /** The content type of the answer. */
    public static final String NDJSON = "application/x-ndjson; charset=utf-8";
    private static final int MAX_BODY = 64 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(SqlEndpoint.class);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /**
     * @param timeout     how long one statement may run, reading its rows included
     * @param maxRows     the most rows one answer holds
     * @param fromAnyHost serve clients that are not on loopback too (only behind something that
     *                    authenticates: the statements read every table)
     */
    public record Settings(Duration timeout, int maxRows, boolean fromAnyHost) {
        public Settings {
            Objects.requireNonNull(timeout, "timeout");
        }
    }

    private final SqlQueries queries;
    private final Settings settings;
    private final SqlQueries.Limits limits;

    public SqlEndpoint(SqlQueries queries, Settings settings) {
        this.queries = Objects.requireNonNull(queries, "queries");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.limits = new SqlQueries.Limits(settings.timeout(), settings.maxRows());
    }

    /** Answers one exchange on {@link #PATH}; the caller closes it. */
    void handle(HttpExchange exchange) throws IOException {
        if (!answers(exchange.getRemoteAddress(), settings.fromAnyHost())) {
            error(exchange, 403, "SQL is answered to clients on this machine (loopback) only;"
                    + " set web.sqlFromAnyHost to allow others");
            return;
        }
        if (!exchange.getRequestMethod().equals("POST")) {
            exchange.getResponseHeaders().set("Allow", "POST");
            error(exchange, 405, "POST the SQL statement as the request body");
            return;
        }
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readNBytes(MAX_BODY + 1);
        }
        if (body.length > MAX_BODY) {
            error(exchange, 413, "a statement may be at most " + MAX_BODY / 1024 + " KiB");
            return;
        }
        Streaming out = new Streaming(exchange);
        try {
            SqlQueries.Outcome outcome = queries.query(new String(body, StandardCharsets.UTF_8), limits, out);
            Map<String, Object> end = new LinkedHashMap<>();
            end.put("rows", outcome.rows());
            end.put("truncated", outcome.truncated());
            out.line(end);
        } catch (SqlQueries.SqlRefused | StoreException e) {
            if (e instanceof StoreException) {
                LOG.error("SQL failed on the store", e);
            }
            String message = e instanceof StoreException ? "the store does not answer" : e.getMessage();
            if (out.started) {
                out.line(Map.of("error", message));
            } else {
                error(exchange, e instanceof StoreException ? 503 : 400, message);
            }
        } finally {
            out.finish();
        }
    }

    /** Whether a client at {@code remote} is answered: one on loopback always, others when allowed. */
    static boolean answers(InetSocketAddress remote, boolean fromAnyHost) {
        return fromAnyHost || remote != null && remote.getAddress() != null && remote.getAddress().isLoopbackAddress();
    }

    private static void error(HttpExchange exchange, int status, String message) throws IOException {
        byte[] body = MAPPER.writeValueAsBytes(Map.of("status", status, "error", message));
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** The answer, begun when the columns are known (so a refusal before that is still a 400). */
    private static final class Streaming implements SqlQueries.Rows {
        private final HttpExchange exchange;
        private OutputStream body;
        boolean started;

        Streaming(HttpExchange exchange) {
            this.exchange = exchange;
        }

        @Override
        public void columns(List<String> names) throws IOException {
            exchange.getResponseHeaders().set("Content-Type", NDJSON);
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(200, 0);
            body = exchange.getResponseBody();
            started = true;
            line(Map.of("columns", names));
        }

        @Override
        public void row(List<Object> values) throws IOException {
            line(values);
        }

        void line(Object value) throws IOException {
            body.write(MAPPER.writeValueAsBytes(value));
            body.write('\n');
        }

        void finish() throws IOException {
            if (body != null) {
                body.close();
            }
        }
    }
}
