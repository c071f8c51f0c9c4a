package yaowen.crawler.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Why a GET got no response, in the words the console and the health check show. */
@Timeout(30)
class FetchExceptionTest {
    static final URI URL = URI.create("https://www.example.gov.cn/news/index.html");

    static String words(IOException e) {
        return FetchException.of(URL, e).getMessage();
    }

    @Test
    void namesTheStageThatFailed() {
        assertThat(words(new UnknownHostException("www.example.gov.cn"))).isEqualTo("DNS: no such host www.example.gov.cn");
        assertThat(words(new ConnectException("Connection refused"))).isEqualTo("connection refused (www.example.gov.cn)");
        assertThat(words(new HttpConnectTimeoutException("x"))).isEqualTo("connect timeout (www.example.gov.cn)");
        assertThat(words(new HttpTimeoutException("x"))).isEqualTo("read timeout (www.example.gov.cn)");
        assertThat(words(new java.net.SocketException("Connection reset")))
                .isEqualTo("connection reset (www.example.gov.cn)");
        assertThat(FetchException.of(URL, new ConnectException()).kind()).isEqualTo(FetchException.Kind.CONNECT);
        // the counter (kind) and the reason come from one reading: a connect that timed out is a timeout
        assertThat(FetchException.of(URL, new ConnectException("connect timed out")))
                .hasMessage("connect timeout (www.example.gov.cn)")
                .satisfies(e -> assertThat(e.kind()).isEqualTo(FetchException.Kind.TIMEOUT));
        assertThat(FetchException.of(URL, new UnknownHostException("www.example.gov.cn")).kind()).isEqualTo(FetchException.Kind.DNS);
        assertThat(FetchException.of(URL, new javax.net.ssl.SSLHandshakeException("PKIX path building failed")).kind())
                .isEqualTo(FetchException.Kind.TLS);
    }

    @Test
    void theNetworkFetcherReportsAHostThatDoesNotResolveAndOneThatRefuses() throws Exception {
        HostResolver none = host -> {
            throw new UnknownHostException(host);
        };
        try (HttpPageFetcher fetcher = new HttpPageFetcher("YaowenBot/0.1", Duration.ofSeconds(1), Duration.ofSeconds(2),
                1 << 20, new AddressGuard(false, none), TlsOptions.DEFAULT, Clock.systemUTC())) {
            assertThatThrownBy(() -> fetcher.fetch(URI.create("https://nowhere.invalid/"), Map.of()))
                    .isInstanceOfSatisfying(FetchException.class, e -> assertThat(e.kind()).isEqualTo(FetchException.Kind.DNS))
                    .hasMessage("DNS: no such host nowhere.invalid");
        }
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            port = probe.getLocalPort();
        }
        HostResolver loopback = host -> List.of(InetAddress.getByName("127.0.0.1"));
        try (HttpPageFetcher fetcher = new HttpPageFetcher("YaowenBot/0.1", Duration.ofSeconds(1), Duration.ofSeconds(2),
                1 << 20, new AddressGuard(true, loopback), TlsOptions.DEFAULT, Clock.systemUTC())) {
            assertThatThrownBy(() -> fetcher.fetch(URI.create("http://closed.invalid:" + port + "/"), Map.of()))
                    .isInstanceOf(FetchException.class).hasMessage("connection refused (closed.invalid)");
        }
    }
}
