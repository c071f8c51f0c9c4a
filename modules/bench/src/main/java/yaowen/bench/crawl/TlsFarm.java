package yaowen.bench.crawl;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.concurrent.Executors;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * The HTTPS farm of {@link TransportBench}, run in a child JVM so that its CPU is not the crawler's:
 * one TLS port on 127.0.0.1 answering for every host name {@code hNNNN.bench.test} (SNI; one
 * wildcard certificate), each with robots.txt, a list page linking {@code articles} articles of
 * ≈ 8 KB, ETags and 304 answers to conditional GETs. Prints {@code ready} when it listens.
 */
public final class TlsFarm {
    private static final String ETAG = "\"v1\"";

    private TlsFarm() {
    }

    /** Arguments: port, articles per host, PKCS12 key store, its password. */
    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        int articles = Integer.parseInt(args[1]);
        KeyStore store = KeyStore.getInstance("PKCS12");
        char[] password = args[3].toCharArray();
        try (InputStream in = Files.newInputStream(Path.of(args[2]))) {
            store.load(in, password);
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(store, password);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(kmf.getKeyManagers(), null, null);
        HttpsServer server = HttpsServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 4096);
        server.setHttpsConfigurator(new HttpsConfigurator(tls));
        server.setExecutor(Executors.newFixedThreadPool(8));
        StringBuilder list = new StringBuilder("<html><body><ul class=\"list\">");
        for (int i = 1; i <= articles; i++) {
            list.append("<li><a href=\"/news/202401/t20240105_").append(i).append(".html\">标题").append(i)
                    .append("</a><span>2024-01-05</span></li>");
        }
        byte[] listPage = list.append("</ul></body></html>").toString().getBytes(StandardCharsets.UTF_8);
        byte[] article = ("<html><body><h1>标题</h1><div class=\"content\"><p>"
                + "某某区召开常务会议，研究部署当前重点工作。".repeat(130) + "</p></div></body></html>")
                .getBytes(StandardCharsets.UTF_8);
        byte[] robots = "User-agent: *\nAllow: /\n".getBytes(StandardCharsets.UTF_8);
        server.createContext("/", exchange -> {
            try (exchange) {
                String path = exchange.getRequestURI().getPath();
                if (path.equals("/robots.txt")) {
                    send(exchange, "text/plain", robots);
                } else if (path.equals("/news/index.html") || path.startsWith("/news/202401/")) {
                    if (ETAG.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                        exchange.getResponseHeaders().set("ETag", ETAG);
                        exchange.sendResponseHeaders(304, -1);
                    } else {
                        exchange.getResponseHeaders().set("ETag", ETAG);
                        send(exchange, "text/html; charset=UTF-8", path.endsWith("index.html") ? listPage : article);
                    }
                } else {
                    exchange.sendResponseHeaders(404, -1);
                }
            }
        });
        server.start();
        System.out.println("ready");
        System.out.flush();
        System.in.read(); // until the parent closes our stdin (or dies)
        server.stop(0);
        System.exit(0);
    }

    private static void send(HttpExchange exchange, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
