package yaowen.cli.faults;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A portal on loopback whose list page links many articles that each answer only after a delay: a crawler
 * that waits for one site's round before checking the others would stall every site on it.
 */
final class SlowSite implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "faults-slow-site");
        t.setDaemon(true);
        return t;
    });
    private final int links;
    private final Duration delay;
    private final AtomicInteger served = new AtomicInteger();

    private SlowSite(HttpServer server, int links, Duration delay) {
        this.server = server;
        this.links = links;
        this.delay = delay;
    }

    static SlowSite start(int links, Duration delay) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        SlowSite site = new SlowSite(server, links, delay);
        server.createContext("/", site::handle);
        server.setExecutor(site.executor);
        server.start();
        return site;
    }

    URI listUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/news/");
    }

    /** Article pages answered so far. */
    int served() {
        return served.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (path.equals("/news/") || path.equals("/news/index.html")) {
                StringBuilder html = new StringBuilder("<html><head><meta charset=\"utf-8\"><title>慢站新闻</title></head><body><ul>");
                for (int i = 0; i < links; i++) {
                    html.append("<li><a href=\"/news/2024/").append(i).append(".html\">慢站第").append(i)
                            .append("条新闻</a> 2024-05-0").append(1 + i % 9).append("</li>");
                }
                send(exchange, 200, html.append("</ul></body></html>").toString());
            } else if (path.startsWith("/news/2024/")) {
                try {
                    Thread.sleep(delay.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                served.incrementAndGet();
                send(exchange, 200, "<html><head><meta charset=\"utf-8\"><title>慢站新闻</title></head><body><article><h1>"
                        + "慢站新闻" + path + "</h1><p>本站服务器很慢，每个页面都要等待很久才会返回。这是一条测试新闻，"
                        + "用来检验其他网站是否因此而等待。</p></article></body></html>");
            } else {
                send(exchange, 404, "not here");
            }
        }
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
