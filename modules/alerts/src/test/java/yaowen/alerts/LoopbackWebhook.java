package yaowen.alerts;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntUnaryOperator;

/**
 * A real HTTP server on loopback standing in for a chat robot: answers the n-th POST (1-based) with
 * {@code status.applyAsInt(n)} after {@code delayMillis}, and records the meeting key of every alert it
 * answered with a 2xx — what the chat would show — with when it arrived.
 */
final class LoopbackWebhook implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One alert the robot accepted. */
    record Receipt(String meetingKey, Instant at) { }

    final List<Receipt> accepted = new CopyOnWriteArrayList<>();
    final AtomicInteger requests = new AtomicInteger();
    private final HttpServer server;
    private volatile IntUnaryOperator status;
    private volatile java.util.function.IntToLongFunction delayMillis = n -> 0;

    LoopbackWebhook(IntUnaryOperator status) {
        this.status = status;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/hook", this::handle);
        server.start();
    }

    /** Always 200. */
    static LoopbackWebhook up() {
        return new LoopbackWebhook(n -> 200);
    }

    LoopbackWebhook delay(long millis) {
        return delay(n -> millis);
    }

    /** Answers the n-th POST (1-based) after {@code millis.applyAsLong(n)} ms. */
    LoopbackWebhook delay(java.util.function.IntToLongFunction millis) {
        this.delayMillis = millis;
        return this;
    }

    void answer(IntUnaryOperator status) {
        this.status = status;
    }

    /** The hook's URL, with a token in the query as the robots have it. */
    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hook?key=SECRET-TOKEN-42");
    }

    List<String> acceptedKeys() {
        return accepted.stream().map(Receipt::meetingKey).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            int n = requests.incrementAndGet();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Instant at = Instant.now();
            long delay = delayMillis.applyAsLong(n);
            if (delay > 0) {
                Thread.sleep(delay);
            }
            int code = status.applyAsInt(n);
            exchange.sendResponseHeaders(code, -1);
            if (code / 100 == 2) {
                accepted.add(new Receipt(JSON.readTree(body).path("alert").path("meetingKey").asText(), at));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
