package yaowen.cli.logging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import yaowen.alerts.AlertDispatcher;
import yaowen.alerts.DispatchException;
import yaowen.alerts.channel.ChannelKeys;
import yaowen.alerts.channel.ChannelType;
import yaowen.alerts.channel.Channels;
import yaowen.consume.DeadLetters;
import yaowen.records.DeadLetter;
import yaowen.records.MeetingAlert;
import yaowen.records.RecordSerdes;
import yaowen.records.Region;
import yaowen.settings.Values;

/**
 * Issue 13, fault 6: a robot's key in its webhook URL must appear nowhere a failed delivery leaves a trace: not in
 * the exception, not in a dead letter's bytes, not in the log file or the console, as text or JSON. Real loopback
 * servers: one that refuses and echoes the key back (as robots' error bodies do), one that never answers.
 */
class SecretsStayOutTest {
    private static final Logger LOG = LoggerFactory.getLogger("yaowen.alerts.ChannelDelivery");
    private static final String KEY = "SECRET123wecomKeyQ7";
    private static final String HOOK = "SECRET456feishuHookZ9";
    private static final String SIGNING = "SECRET789signing";

    private HttpServer refusing;
    private ServerSocket silent;
    private final List<Socket> held = new ArrayList<>();
    private Thread acceptor;

    @BeforeEach
    void startServers() throws IOException {
        refusing = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        refusing.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            byte[] body = ("{\"errcode\":93000,\"errmsg\":\"invalid webhook url " + exchange.getRequestURI() + "\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(401, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        refusing.start();
        silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        acceptor = new Thread(() -> {
            try {
                while (true) {
                    held.add(silent.accept()); // accepted, never answered
                }
            } catch (IOException closed) {
                // the test is over
            }
        });
        acceptor.setDaemon(true);
        acceptor.start();
    }

    @AfterEach
    void stopServers() throws IOException {
        refusing.stop(0);
        silent.close();
        for (Socket s : held) {
            s.close();
        }
    }

    @Test
    void aRefusedAndATimedOutDeliveryLeaveNoSecretInExceptionsDeadLettersOrLogs(@TempDir Path data) throws Exception {
        String wecomUrl = "http://127.0.0.1:" + refusing.getAddress().getPort() + "/cgi-bin/webhook/send?key=" + KEY;
        String feishuUrl = "http://127.0.0.1:" + silent.getLocalPort() + "/open-apis/bot/v2/hook/" + HOOK;

        DispatchException refused = dispatch(webhook(wecomUrl, Duration.ofSeconds(20))); // answers, however loaded the machine
        DispatchException timedOut = dispatch(webhook(feishuUrl, Duration.ofMillis(500)));
        assertThat(refused.getMessage()).contains("HTTP 401", "key=***");
        assertThat(timedOut.getMessage()).contains("no answer");

        List<String> traces = new ArrayList<>();
        for (DispatchException e : List.of(refused, timedOut)) {
            traces.add(e.getMessage());
            // a dead letter as the alert consumer writes it, and one from a reason that quotes the raw URL
            traces.add(letterBytes("gave up after 3 attempts: " + e.getMessage(), e));
        }
        traces.add(letterBytes("gave up: cannot post to " + wecomUrl + " and " + feishuUrl, refused));

        for (LogFormat format : LogFormat.values()) {
            traces.addAll(logged(data.resolve(format.name()), format, refused, timedOut, wecomUrl, feishuUrl));
        }
        for (String trace : traces) {
            assertThat(trace).doesNotContain(KEY).doesNotContain(HOOK).doesNotContain(SIGNING);
        }
        assertThat(String.join("\n", traces)).contains("key=***", "/hook/***");
    }

    /** The log file and the console in {@code format} after a delivery failure is logged, with its stack. */
    private static List<String> logged(Path dataDir, LogFormat format, DispatchException refused,
                                       DispatchException timedOut, String wecomUrl, String feishuUrl) throws IOException {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        PrintStream realErr = System.err;
        Path file;
        System.setErr(new PrintStream(console, true, StandardCharsets.UTF_8));
        try (Logs logs = Logs.start(dataDir, format)) {
            file = logs.file();
            LOG.warn("channel hook: attempt 1 of 3 failed: {}", refused.getMessage(), timedOut);
            // a client library's exception that quotes the raw URL, with a cause quoting the other and the signing secret
            LOG.error("posting to {} failed", wecomUrl, new IOException("connect to " + feishuUrl,
                    new IllegalStateException("signature of " + SIGNING + " over " + wecomUrl)));
        } finally {
            System.setErr(realErr);
        }
        String fileText = Files.readString(file, StandardCharsets.UTF_8);
        String consoleText = console.toString(StandardCharsets.UTF_8);
        assertThat(fileText).contains("posting to", "IllegalStateException");
        assertThat(consoleText).contains("posting to");
        return List.of(fileText, consoleText);
    }

    private static String letterBytes(String reason, Exception e) {
        MeetingAlert alert = alert();
        byte[] value = RecordSerdes.ALERT.encode(alert);
        DeadLetter d = DeadLetters.of("alert", "DISPATCH_FAILED", reason, Optional.of(e),
                new ConsumerRecord<>("yaowen.alerts", 0, 3L, alert.getMeetingKey(), value), Instant.EPOCH);
        return new String(RecordSerdes.DEAD_LETTER.encode(d), StandardCharsets.ISO_8859_1);
    }

    private static DispatchException dispatch(AlertDispatcher dispatcher) {
        Throwable t = catchThrowable(() -> dispatcher.dispatch(alert()));
        assertThat(t).isInstanceOf(DispatchException.class);
        return (DispatchException) t;
    }

    private static AlertDispatcher webhook(String url, Duration timeout) {
        Values v = Values.none().with(ChannelKeys.URL, url).with(ChannelKeys.SECRET, SIGNING)
                .with(ChannelKeys.TIMEOUT, timeout);
        return Channels.create("hook", ChannelType.WEBHOOK, v, Map.<String, String>of()::get, Clock.systemUTC());
    }

    private static MeetingAlert alert() {
        return MeetingAlert.newBuilder()
                .setMeetingKey("990102|2025-01-20|PLENARY_SESSION")
                .setChange("NEW")
                .setTypes(List.of("PLENARY_SESSION"))
                .setName("样例区委全体会议")
                .setDate(LocalDate.of(2025, 1, 20))
                .setRegion(Region.newBuilder().setCode("990102").setName("新城区").setPath(List.of("测试省", "样例市", "新城区")).build())
                .setHeadline(List.of())
                .setUrls(List.of("https://xc.example.gov.cn/news/2025/0120/1.html"))
                .setDetectedAt(Instant.parse("2025-01-20T09:00:00Z"))
                .build();
    }
}
