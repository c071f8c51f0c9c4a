package yaowen.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import yaowen.stores.Page;

/**
 * A download that fails after its answer began reaches the client as a broken one, never as a complete 200; a
 * client that leaves is not logged as the server's failure. On the JDK's server, through {@link Http#answer}.
 */
class DownloadFailureTest {
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    HttpServer server;
    ListAppender<ILoggingEvent> log;
    Logger logger;

    /** Writes half a file, then fails as a full disk or a bug would. */
    static final Exporter HALF_CSV = new Exporter() {
        @Override
        public String format() {
            return "csv";
        }

        @Override
        public String contentType() {
            return "text/csv; charset=utf-8";
        }

        @Override
        public void write(List<Column> columns, List<Object[]> rows, OutputStream out) throws IOException {
            out.write("x\n".repeat(100_000).getBytes(StandardCharsets.UTF_8));
            out.flush();
            throw new IllegalStateException("the exporter broke midway");
        }
    };

    /** The same failure in a file built whole before it is sent. */
    static final Exporter BROKEN_PARQUET = new Exporter() {
        @Override
        public String format() {
            return "parquet";
        }

        @Override
        public String contentType() {
            return "application/vnd.apache.parquet";
        }

        @Override
        public boolean streams() {
            return false;
        }

        @Override
        public void write(List<Column> columns, List<Object[]> rows, OutputStream out) throws IOException {
            out.write(new byte[1000]);
            throw new IllegalStateException("the exporter broke midway");
        }
    };

    @BeforeEach
    void start() throws IOException {
        logger = (Logger) LoggerFactory.getLogger(Http.class);
        log = new ListAppender<>();
        log.start();
        logger.addAppender(log);
        logger.setLevel(Level.DEBUG);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
    }

    @AfterEach
    void stop() {
        server.stop(0);
        logger.detachAppender(log);
        logger.setLevel(null);
    }

    URI serve(List<Exporter> exporters) {
        Listing<Integer> listing = new Listing<>("n", (a, p) -> new Page<>(List.of(1, 2, 3), null),
                n -> Json.object().put("x", "row " + n), List.of(Column.text("x")), null, new Exports(2, exporters));
        List<Param> params = List.of(Params.sort(List.of("x"), "x"), Params.FORMAT);
        server.createContext("/", exchange -> Http.answer(exchange, () -> listing.answer(
                new Route.Request(exchange, Args.parse(params, exchange.getRequestURI().getRawQuery()), null))));
        server.start();
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    static HttpResponse<byte[]> get(URI uri) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void aStreamedExportThatFailsMidwayIsCutOffNotEndedAsComplete() throws Exception {
        URI base = serve(List.of(HALF_CSV, new CsvExporter()));
        assertThatThrownBy(() -> get(base.resolve("/n?format=csv"))).isInstanceOf(IOException.class);
        assertThat(log.list).anyMatch(e -> e.getLevel() == Level.ERROR && e.getFormattedMessage().contains("dropping"));
    }

    @Test
    void aWholeFileThatCannotBeBuiltIsA500NotA200() throws Exception {
        URI base = serve(List.of(BROKEN_PARQUET));
        HttpResponse<byte[]> r = get(base.resolve("/n?format=parquet"));
        assertThat(r.statusCode()).isEqualTo(500);
        assertThat(r.headers().firstValue("Content-Type")).hasValue(Http.JSON);
        assertThat(r.headers().firstValue("Content-Disposition")).isEmpty();
    }

    @Test
    void aGoodExportIsWholeWithItsLengthWhenBuiltFirst() throws Exception {
        URI base = serve(Exporter.all());
        HttpResponse<byte[]> csv = get(base.resolve("/n?format=csv"));
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(new String(csv.body(), StandardCharsets.UTF_8)).contains("row 1", "row 3");
        HttpResponse<byte[]> parquet = get(base.resolve("/n?format=parquet"));
        assertThat(parquet.statusCode()).isEqualTo(200);
        assertThat(parquet.headers().firstValueAsLong("Content-Length")).hasValue(parquet.body().length);
        assertThat(new String(parquet.body(), 0, 4, StandardCharsets.US_ASCII)).isEqualTo("PAR1");
    }

    @Test
    void aClientThatLeavesMidAnswerIsLoggedAtDebugNotAsAnError() throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        server.createContext("/endless", exchange -> {
            try {
                Http.answer(exchange, () -> {
                    exchange.sendResponseHeaders(200, 0);
                    OutputStream out = exchange.getResponseBody();
                    byte[] chunk = new byte[64 * 1024];
                    for (int i = 0; i < 100_000; i++) { // about 6 GB: the client is gone long before
                        out.write(chunk);
                    }
                    out.close();
                });
            } finally {
                done.countDown();
            }
        });
        server.start();
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.getAddress().getPort())) {
            socket.getOutputStream().write("GET /endless HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            assertThat(in.readNBytes(12)).asString(StandardCharsets.US_ASCII).isEqualTo("HTTP/1.1 200");
            socket.setSoLinger(true, 0); // a reset, as a browser's cancelled download
        }
        assertThat(done.await(20, TimeUnit.SECONDS)).isTrue();
        assertThat(log.list).noneMatch(e -> e.getLevel() == Level.ERROR);
        assertThat(log.list).anyMatch(e -> e.getLevel() == Level.DEBUG && e.getFormattedMessage().contains("client left"));
    }
}
