package yaowen.web.api;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One GET endpoint: its path ({@code /api/meetings/{key}}: at most one variable, the last segment), what it is
 * for in Chinese and English, the parameters it accepts, the schema of its answer, and its handler. The
 * parameters validate the request before the handler runs and are what {@code /openapi.json} lists. Immutable.
 *
 * @param response the name of the answer's schema in {@code /openapi.json}'s components
 */
public record Route(String path, String zh, String en, List<Param> params, String response, Handler handler) {
    /** Answers one validated request. */
    @FunctionalInterface
    public interface Handler {
        void handle(Request request) throws IOException;
    }

    /**
     * A validated request.
     *
     * @param variable the decoded path variable, null for a path without one
     */
    public record Request(HttpExchange exchange, Args args, String variable) {
    }

    public Route {
        Objects.requireNonNull(path, "path");
        params = List.copyOf(params);
        Objects.requireNonNull(handler, "handler");
    }

    /** The fixed part before the variable ({@code /api/meetings/}), or the whole path. */
    String prefix() {
        int brace = path.indexOf('{');
        return brace < 0 ? path : path.substring(0, brace);
    }

    /** The variable's name, empty for a fixed path. */
    Optional<String> variable() {
        int brace = path.indexOf('{');
        return brace < 0 ? Optional.empty() : Optional.of(path.substring(brace + 1, path.length() - 1));
    }

    /** The raw (still percent-encoded) variable if {@code rawPath} is this route's; empty string for a fixed match. */
    Optional<String> match(String rawPath) {
        if (variable().isEmpty()) {
            return rawPath.equals(path) ? Optional.of("") : Optional.empty();
        }
        String prefix = prefix();
        if (!rawPath.startsWith(prefix)) {
            return Optional.empty();
        }
        String rest = rawPath.substring(prefix.length());
        return rest.isEmpty() || rest.contains("/") ? Optional.empty() : Optional.of(rest);
    }
}
