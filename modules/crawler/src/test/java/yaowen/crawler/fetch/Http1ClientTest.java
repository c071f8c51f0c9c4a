package yaowen.crawler.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import yaowen.testkit.Await;

/** The blocking HTTP/1.1 client against a raw socket server that answers in each framing. */
@Timeout(30)
class Http1ClientTest {
    private static final long SECOND = 1_000_000_000L;

    /** Answers every request on a connection with {@code answer}; closes after {@code perConnection} answers. */
    static final class RawServer implements AutoCloseable {
        final ServerSocket server;
        final AtomicInteger connections = new AtomicInteger();
        final AtomicInteger requests = new AtomicInteger();
        final AtomicInteger closed = new AtomicInteger();

        interface Answer {
            void write(OutputStream out, int request) throws Exception;
        }

        RawServer(int perConnection, Answer answer) throws IOException {
            server = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
            Thread t = new Thread(() -> {
                try {
                    while (true) {
                        Socket s = server.accept();
                        connections.incrementAndGet();
                        Thread c = new Thread(() -> {
                            try (s) {
                                InputStream in = s.getInputStream();
                                for (int i = 0; i < perConnection; i++) {
                                    if (!readHead(in)) {
                                        return;
                                    }
                                    answer.write(s.getOutputStream(), requests.incrementAndGet());
                                }
                            } catch (Exception e) {
                                // connection ends
                            } finally {
                                closed.incrementAndGet();
                            }
                        });
                        c.setDaemon(true);
                        c.start();
                    }
                } catch (IOException e) {
                    // closed
                }
            });
            t.setDaemon(true);
            t.start();
        }

        static boolean readHead(InputStream in) throws IOException {
            int state = 0;
            for (int b; (b = in.read()) != -1; ) {
                state = b == '\r' && (state == 0 || state == 2) ? state + 1 : b == '\n' && (state == 1 || state == 3) ? state + 1 : 0;
                if (state == 4) {
                    return true;
                }
            }
            return false;
        }

        URI uri(String path) {
            return URI.create("http://127.0.0.1:" + server.getLocalPort() + path);
        }

        @Override
        public void close() throws IOException {
            server.close();
        }
    }

    static void write(OutputStream out, String s) throws IOException {
        out.write(s.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    private static final List<String[]> NO_HEADERS = List.of();

    @Test
    void connectsToTheAddressItsResolverCheckedWithoutLookingTheNameUpAgain() throws Exception {
        try (RawServer server = new RawServer(1, (out, n) -> write(out,
                "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok"))) {
            List<String> asked = new java.util.concurrent.CopyOnWriteArrayList<>();
            Http1Client client = new Http1Client(1000, (url, host) -> {
                asked.add(host);
                return List.of(InetAddress.getByName("127.0.0.1"));
            }, TlsOptions.DEFAULT);
            // .invalid never resolves (RFC 6761): only the resolver's answer can reach the server
            URI url = URI.create("http://rebind.invalid:" + server.server.getLocalPort() + "/a");
            Http1Client.Response r = client.get(url, NO_HEADERS, 2 * SECOND, 1 << 20);
            assertThat(new String(r.body(), StandardCharsets.US_ASCII)).isEqualTo("ok");
            assertThat(asked).containsExactly("rebind.invalid");
        }
    }

    @Test
    void aRefusedResolutionOpensNoConnection() throws Exception {
        try (RawServer server = new RawServer(1, (out, n) -> write(out,
                "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok"))) {
            Http1Client client = new Http1Client(1000, (url, host) -> {
                throw new BlockedAddressException(url, "host " + host + " resolves to non-public address");
            }, TlsOptions.DEFAULT);
            assertThatThrownBy(() -> client.get(server.uri("/a"), NO_HEADERS, 2 * SECOND, 1 << 20))
                    .isInstanceOf(BlockedAddressException.class);
            assertThat(server.connections.get()).isZero();
        }
    }

    @Test
    void fallsBackToTheNextAddressWhenOneRefusesTheConnection() throws Exception {
        try (RawServer server = new RawServer(1, (out, n) -> write(out,
                "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok"))) {
            // the server listens on 127.0.0.1 only: 127.0.0.2 refuses at once
            Http1Client client = new Http1Client(1000, (url, host) -> List.of(InetAddress.getByName("127.0.0.2"),
                    InetAddress.getByName("127.0.0.1")), TlsOptions.DEFAULT);
            URI url = URI.create("http://two-addresses.invalid:" + server.server.getLocalPort() + "/a");
            assertThat(new String(client.get(url, NO_HEADERS, 2 * SECOND, 1 << 20).body(), StandardCharsets.US_ASCII))
                    .isEqualTo("ok");
            assertThat(server.connections.get()).isEqualTo(1);
        }
    }

    @Test
    void refusesAHostWhenEveryAddressRefuses() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            port = probe.getLocalPort();
        }
        Http1Client client = new Http1Client(1000, (url, host) -> List.of(InetAddress.getByName("127.0.0.2"),
                InetAddress.getByName("127.0.0.1")), TlsOptions.DEFAULT);
        assertThatThrownBy(() -> client.get(URI.create("http://dead.invalid:" + port + "/"), NO_HEADERS, 2 * SECOND, 1 << 20))
                .isInstanceOf(java.net.ConnectException.class);
    }

    @Test
    void theGuardChecksEveryAddressBeforeAnyConnection() throws Exception {
        try (RawServer server = new RawServer(1, (out, n) -> write(out,
                "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok"))) {
            // a public address first, a loopback one second: refused as a whole, nothing connected
            AddressGuard guard = new AddressGuard(false, host -> List.of(InetAddress.getByName("203.0.113.9"),
                    InetAddress.getByName("127.0.0.1")));
            try (HttpPageFetcher fetcher = new HttpPageFetcher("YaowenBot/0.1", Duration.ofSeconds(1), Duration.ofSeconds(2),
                    1 << 20, guard, TlsOptions.DEFAULT, java.time.Clock.systemUTC())) {
                assertThatThrownBy(() -> fetcher.fetch(URI.create("http://mixed.invalid:" + server.server.getLocalPort() + "/"),
                        java.util.Map.of())).isInstanceOf(BlockedAddressException.class).hasMessageContaining("127.0.0.1");
            }
            assertThat(server.connections.get()).isZero();
        }
    }

    @Test
    void holdsNoThreadUntilARequestAndNoneAfterClose() throws Exception {
        try (RawServer server = new RawServer(10, (out, n) -> write(out,
                "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok"))) {
            Http1Client client = new Http1Client(1000);
            assertThat(client.reaperRunning()).isFalse();
            client.get(server.uri("/"), NO_HEADERS, 2 * SECOND, 1 << 20);
            assertThat(client.reaperRunning()).isTrue();
            client.close();
            // within less than the thread's own 2 s idle exit: only close() can have ended it
            Await.until("the deadline thread to end on close", Duration.ofMillis(1000), () -> !client.reaperRunning());
        }
    }

    @Test
    void readsChunkedBodiesAndKeepsTheConnection() throws Exception {
        try (RawServer server = new RawServer(10, (out, n) -> write(out,
                "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nX-Multi: a\r\n b\r\n\r\n5;ext=1\r\nhello\r\n6\r\n world\r\n0\r\nTrailer: x\r\n\r\n"))) {
            Http1Client client = new Http1Client(1000);
            for (int i = 0; i < 3; i++) {
                Http1Client.Response r = client.get(server.uri("/a"), NO_HEADERS, 2 * SECOND, 1 << 20);
                assertThat(r.status()).isEqualTo(200);
                assertThat(new String(r.body(), StandardCharsets.US_ASCII)).isEqualTo("hello world");
                assertThat(r.first("x-multi")).isEqualTo("a b");
            }
            assertThat(server.connections.get()).isEqualTo(1);
        }
    }

    @Test
    void readsCloseDelimitedHttp10BodiesAndSkipsInterimResponses() throws Exception {
        try (RawServer server = new RawServer(1, (out, n) -> write(out,
                "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.0 200 OK\r\nContent-Type: text/html\r\n\r\n<p>closed</p>"))) {
            Http1Client client = new Http1Client(1000);
            for (int i = 0; i < 2; i++) {
                Http1Client.Response r = client.get(server.uri("/"), NO_HEADERS, 2 * SECOND, 1 << 20);
                assertThat(new String(r.body(), StandardCharsets.US_ASCII)).isEqualTo("<p>closed</p>");
            }
            assertThat(server.connections.get()).isEqualTo(2);
        }
    }

    @Test
    void sendsAgainOnANewConnectionWhenTheServerClosedAKeptAliveOne() throws Exception {
        // keep-alive announced, but the server closes after each answer
        try (RawServer server = new RawServer(1, (out, n) -> write(out,
                "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok"))) {
            Http1Client client = new Http1Client(1000);
            for (int i = 0; i < 3; i++) {
                int closedBefore = i;
                Await.until("the server to close connection " + i, Duration.ofSeconds(5),
                        () -> server.closed.get() == closedBefore);
                Http1Client.Response r = client.get(server.uri("/"), NO_HEADERS, 2 * SECOND, 1 << 20);
                assertThat(new String(r.body(), StandardCharsets.US_ASCII)).isEqualTo("ok");
            }
            assertThat(server.requests.get()).isEqualTo(3);
        }
    }

    @Test
    void cutsBodiesAtTheCapAndClosesTheirConnection() throws Exception {
        try (RawServer server = new RawServer(10, (out, n) -> write(out,
                "HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n0123456789"))) {
            Http1Client client = new Http1Client(1000);
            Http1Client.Response r = client.get(server.uri("/"), NO_HEADERS, 2 * SECOND, 4);
            assertThat(r.truncated()).isTrue();
            assertThat(new String(r.body(), StandardCharsets.US_ASCII)).isEqualTo("0123");
            client.get(server.uri("/"), NO_HEADERS, 2 * SECOND, 100);
            assertThat(server.connections.get()).isEqualTo(2);
        }
    }

    @Test
    void aTricklingBodyEndsAtTheDeadline() throws Exception {
        try (RawServer server = new RawServer(1, (out, n) -> {
            write(out, "HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n");
            for (int i = 0; i < 1000; i++) {
                write(out, "x");
                Thread.sleep(100);
            }
        })) {
            Http1Client client = new Http1Client(1000);
            // the body would take 100 s: only the deadline can end the request before the test's timeout
            assertThatThrownBy(() -> client.get(server.uri("/"), NO_HEADERS, SECOND / 2, 1 << 20))
                    .isInstanceOf(HttpTimeoutException.class);
        }
    }

    @Test
    void anInterruptEndsAHangingRequest() throws Exception {
        try (RawServer server = new RawServer(1, (out, n) -> Thread.sleep(10_000))) {
            Http1Client client = new Http1Client(1000);
            Thread caller = Thread.currentThread();
            Thread interrupter = new Thread(() -> {
                Await.until("the request to reach the server", Duration.ofSeconds(5), () -> server.requests.get() == 1);
                caller.interrupt();
            });
            interrupter.start();
            // the server never answers and the deadline is far: only the interrupt can end the request
            assertThatThrownBy(() -> client.get(server.uri("/"), NO_HEADERS, 60 * SECOND, 1 << 20))
                    .isInstanceOf(java.io.InterruptedIOException.class);
            assertThat(Thread.interrupted()).isTrue();
        }
    }
}
