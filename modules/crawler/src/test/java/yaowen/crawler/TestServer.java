package yaowen.crawler;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A loopback HTTP server with fixed routes that records every request: path, arrival time and user
 * agent.
 */
public final class TestServer implements AutoCloseable {
    public record Hit(String path, long nanos, String agent) {
    }

    public interface Route {
        void handle(HttpExchange exchange) throws IOException;
    }

    private final HttpServer server;
    private final Map<String, Route> routes = new ConcurrentHashMap<>();
    final List<Hit> hits = new CopyOnWriteArrayList<>();
    private final String host;

    TestServer() throws IOException {
        this("127.0.0.1");
    }

    /** A server on {@code loopbackAddress} (any of 127.0.0.0/8: distinct hosts on one machine). */
    public TestServer(String loopbackAddress) throws IOException {
        host = loopbackAddress;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(loopbackAddress), 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", exchange -> {
            try (exchange) {
                String pathAndQuery = exchange.getRequestURI().getRawPath()
                        + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
                hits.add(new Hit(pathAndQuery, System.nanoTime(), exchange.getRequestHeaders().getFirst("User-Agent")));
                Route route = routes.get(pathAndQuery);
                if (route == null) {
                    send(exchange, 404, "text/html; charset=UTF-8", "<h1>404</h1>".getBytes(StandardCharsets.UTF_8));
                } else {
                    route.handle(exchange);
                }
            }
        });
        server.start();
    }

    public TestServer html(String path, String html) {
        return bytes(path, "text/html; charset=UTF-8", html.getBytes(StandardCharsets.UTF_8));
    }

    TestServer bytes(String path, String contentType, byte[] body) {
        routes.put(path, ex -> send(ex, 200, contentType, body));
        return this;
    }

    public TestServer robots(String text) {
        return bytes("/robots.txt", "text/plain", text.getBytes(StandardCharsets.UTF_8));
    }

    TestServer status(String path, int status) {
        routes.put(path, ex -> send(ex, status, "text/html", "<p>error</p>".getBytes(StandardCharsets.UTF_8)));
        return this;
    }

    TestServer redirect(String path, String location) {
        routes.put(path, ex -> {
            ex.getResponseHeaders().set("Location", location);
            ex.sendResponseHeaders(301, -1);
        });
        return this;
    }

    public TestServer route(String path, Route route) {
        routes.put(path, route);
        return this;
    }

    public URI uri(String path) {
        return URI.create("http://" + host + ":" + server.getAddress().getPort() + path);
    }

    /** Every request so far. */
    public List<Hit> hits() {
        return List.copyOf(hits);
    }

    public List<String> paths() {
        return hits.stream().map(Hit::path).toList();
    }

    public static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
