package yaowen.cli.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A webhook on loopback that counts the alerts each channel posts ({@code /hook/<channel>}), by meeting key:
 * whether every alert came once. A channel may be made slow: each request then waits before it is answered
 * (the request is counted when it arrives, as a receiver that acts before answering would).
 */
public final class WebhookReceiver implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "faults-webhook");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Map<String, AtomicLong>> received = new ConcurrentHashMap<>();
    private final Map<String, Long> lastArrival = new ConcurrentHashMap<>();
    private final Map<String, Duration> delays = new ConcurrentHashMap<>();

    private WebhookReceiver(HttpServer server) {
        this.server = server;
    }

    public static WebhookReceiver start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        WebhookReceiver receiver = new WebhookReceiver(server);
        server.createContext("/hook/", receiver::handle);
        server.setExecutor(receiver.executor);
        server.start();
        return receiver;
    }

    /** The URL channel {@code channel} posts to. */
    public URI url(String channel) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hook/" + channel);
    }

    /** Makes {@code channel}'s requests wait {@code delay} before their answer. */
    public void slow(String channel, Duration delay) {
        delays.put(channel, delay);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String channel = exchange.getRequestURI().getPath().substring("/hook/".length());
            byte[] body = exchange.getRequestBody().readAllBytes();
            String key = meetingKey(body);
            received.computeIfAbsent(channel, c -> new ConcurrentHashMap<>())
                    .computeIfAbsent(key, k -> new AtomicLong()).incrementAndGet();
            lastArrival.put(channel, System.nanoTime());
            Duration delay = delays.get(channel);
            if (delay != null) {
                try {
                    Thread.sleep(delay.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            exchange.sendResponseHeaders(200, -1);
        }
    }

    /** The alert's meeting key from a webhook body ({@code alert.meetingKey}); "?" when it has none. */
    static String meetingKey(byte[] body) {
        try {
            JsonNode key = JSON.readTree(body).path("alert").path("meetingKey");
            return key.isTextual() ? key.asText() : "?";
        } catch (IOException e) {
            return "?";
        }
    }

    /** Requests per meeting key that {@code channel} received, sorted by key. */
    public Map<String, Long> received(String channel) {
        Map<String, Long> counts = new TreeMap<>();
        received.getOrDefault(channel, Map.of()).forEach((k, n) -> counts.put(k, n.get()));
        return counts;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
