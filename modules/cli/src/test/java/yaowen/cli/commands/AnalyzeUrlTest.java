package yaowen.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import yaowen.cli.Main;

/**
 * {@code analyze URL} against hostile servers on loopback (issue 13): it fetches through the crawler's fetcher,
 * so a 10 GB body, a 1 byte/s drip, a server that never answers, a redirect loop and a loopback or metadata
 * address are each refused with one line and a non-zero exit, in bounded time and memory.
 */
class AnalyzeUrlTest {
    private static final long TEN_GB = 10L * 1024 * 1024 * 1024;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final List<RawServer> servers = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        servers.forEach(RawServer::close);
    }

    private int run(String... args) {
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void aTenGigabyteStreamIsRefusedAtTheCapWithoutReadingIt(boolean chunked) throws Exception {
        AtomicLong sent = new AtomicLong();
        RawServer server = serve(socket -> {
            OutputStream o = socket.getOutputStream();
            o.write(("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
                    + (chunked ? "Transfer-Encoding: chunked" : "Content-Length: " + TEN_GB) + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = "<p>会议召开。</p>".repeat(4096).getBytes(StandardCharsets.UTF_8); // made on the fly, never held whole
            byte[] size = (Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
            while (sent.get() < TEN_GB) {
                if (chunked) {
                    o.write(size);
                }
                o.write(chunk);
                if (chunked) {
                    o.write('\r');
                    o.write('\n');
                }
                sent.addAndGet(chunk.length);
            }
        });

        int exit = run("analyze", "--allow-private-addresses", "--max-page-bytes", "1000000", server.url("/big.html"));

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("页面超过 1000000 字节的上限").contains("--max-page-bytes");
        assertThat(out.toString()).isEmpty();
        assertThat(sent.get()).as("bytes the server could push before the client hung up").isLessThan(64L * 1024 * 1024);
    }

    @Test
    @Timeout(10)
    void theSchemeIsAUrlInAnyCaseAndAFileNameLikeOneIsAFile() throws Exception {
        assertThat(AnalyzeCommand.webAddress("HTTP://www.gov.cn/Zhengce/a.htm")).contains("http://www.gov.cn/Zhengce/a.htm");
        assertThat(AnalyzeCommand.webAddress("Https://x.cn/")).contains("https://x.cn/");
        assertThat(AnalyzeCommand.webAddress("http-notes.html")).isEmpty();
        assertThat(AnalyzeCommand.webAddress("httpx://x.cn/")).isEmpty();
        assertThat(AnalyzeCommand.sources("HTTPS://x.cn/a.htm")).singleElement()
                .isInstanceOf(AnalyzeCommand.Web.class).extracting(AnalyzeCommand.Source::name).isEqualTo("https://x.cn/a.htm");
    }

    @Test
    void aOneBytePerSecondDripTimesOutWithinTheDeadline() throws Exception {
        RawServer server = serve(socket -> {
            OutputStream o = socket.getOutputStream();
            o.write("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100000\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < 100_000; i++) {
                o.write('x');
                o.flush();
                Thread.sleep(1000); // the hostile server's pace, not the test's wait
            }
        });

        long started = System.nanoTime();
        int exit = run("analyze", "--allow-private-addresses", "--timeout", "2s", server.url("/drip.html"));
        long tookMillis = (System.nanoTime() - started) / 1_000_000;

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("在 2 秒内没有收到完整响应", "--timeout");
        assertThat(tookMillis).isLessThan(15_000); // the analyzer's dictionaries load first; the fetch itself is cut at 2 s
    }

    @Test
    void aServerThatNeverAnswersTimesOut() throws Exception {
        RawServer server = serve(socket -> {
            InputStream in = socket.getInputStream();
            while (in.read() >= 0) {
                // reads the request and says nothing, until the client gives up
            }
        });

        int exit = run("analyze", "--allow-private-addresses", "--timeout", "1s", server.url("/silent.html"));

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("秒内没有收到完整响应");
    }

    @Test
    void aRedirectLoopIsRefused() throws Exception {
        RawServer server = serve(socket -> {
            String requestLine = new String(socket.getInputStream().readNBytes(16), StandardCharsets.US_ASCII);
            String to = requestLine.contains("/a") ? "/b" : "/a";
            socket.getOutputStream().write(("HTTP/1.1 302 Found\r\nLocation: " + to + "\r\nContent-Length: 0\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        });

        int exit = run("analyze", "--allow-private", server.url("/a"));

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("重定向循环");
    }

    @Test
    void loopbackAndMetadataAddressesAreRefusedUnlessAllowed() throws Exception {
        AtomicInteger connections = new AtomicInteger();
        RawServer server = serve(socket -> connections.incrementAndGet());

        int loopback = run("analyze", server.url("/page.html"));
        int metadata = run("analyze", "http://169.254.169.254/latest/meta-data/");

        assertThat(loopback).isEqualTo(1);
        assertThat(metadata).isEqualTo(1);
        assertThat(err.toString().lines().toList()).satisfiesExactly(
                l -> assertThat(l).contains("地址被拒绝：127.0.0.1", "--allow-private"),
                l -> assertThat(l).contains("地址被拒绝：169.254.169.254"));
        assertThat(connections).hasValue(0);
    }

    /** What a raw server does with one accepted connection. */
    interface Handler {
        void handle(Socket socket) throws Exception;
    }

    private RawServer serve(Handler handler) throws IOException {
        RawServer s = new RawServer(handler);
        servers.add(s);
        return s;
    }

    /** A socket server on loopback that hands each connection to a handler on its own daemon thread. */
    static final class RawServer implements AutoCloseable {
        private final ServerSocket socket;
        private final List<Socket> open = new CopyOnWriteArrayList<>();

        RawServer(Handler handler) throws IOException {
            socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            Thread acceptor = new Thread(() -> {
                while (!socket.isClosed()) {
                    try {
                        Socket s = socket.accept();
                        open.add(s);
                        Thread t = new Thread(() -> {
                            try (s) {
                                handler.handle(s);
                            } catch (Exception e) {
                                // the client hung up: what the hostile cases expect
                            }
                        });
                        t.setDaemon(true);
                        t.start();
                    } catch (IOException closed) {
                        return;
                    }
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
        }

        String url(String path) {
            return "http://127.0.0.1:" + socket.getLocalPort() + path;
        }

        @Override
        public void close() {
            try {
                socket.close();
                for (Socket s : open) {
                    s.close();
                }
            } catch (IOException e) {
                // closing anyway
            }
        }
    }
}
