package yaowen.crawler.fetch;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsExchange;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * An HTTPS server on 127.0.0.1 presenting a test certificate, limited to the given TLS versions;
 * answers the pages set with {@link #page}, and any other path with a small HTML page naming it;
 * records the TLS version each request came over.
 */
public final class TlsServer implements AutoCloseable {
    private final HttpsServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(2);
    /** The TLS version of each request, e.g. {@code TLSv1.3}. */
    public final List<String> protocols = new CopyOnWriteArrayList<>();
    private final Map<String, String> pages = new ConcurrentHashMap<>();

    public TlsServer(TestCertificates.Identity identity, String... tlsVersions) throws IOException, GeneralSecurityException {
        SSLContext context = identity.serverContext();
        server = HttpsServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(context) {
            @Override
            public void configure(HttpsParameters params) {
                SSLParameters p = context.getDefaultSSLParameters();
                if (tlsVersions.length > 0) {
                    p.setProtocols(tlsVersions);
                }
                params.setSSLParameters(p);
            }
        });
        server.setExecutor(executor);
        server.createContext("/", exchange -> {
            try (exchange) {
                protocols.add(((HttpsExchange) exchange).getSSLSession().getProtocol());
                String path = exchange.getRequestURI().getPath();
                byte[] body = pages.getOrDefault(path, "<p>" + path + " 安全</p>").getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "text/html; charset=UTF-8");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        });
        server.start();
    }

    /** Serves {@code html} at {@code path}. */
    public TlsServer page(String path, String html) {
        pages.put(path, html);
        return this;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
