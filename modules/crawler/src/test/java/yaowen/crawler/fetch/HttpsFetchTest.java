package yaowen.crawler.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The network fetcher over HTTPS against a local TLS server whose certificates are made here: a
 * trusted certificate works over TLS 1.2 and 1.3; a wrong host name, an expired certificate and an
 * untrusted (self-signed) one are refused with the reason in words, unless trusted explicitly.
 */
@Timeout(30)
class HttpsFetchTest {
    /** Every name resolves to 127.0.0.1 here, without DNS. */
    static final HostResolver LOOPBACK = host -> List.of(InetAddress.getByName("127.0.0.1"));

    @TempDir
    static Path dir;
    static TestCertificates.Identity ca;
    static Path caPem;

    @BeforeAll
    static void authority() throws Exception {
        ca = TestCertificates.authority("Yaowen Test CA");
        caPem = TestCertificates.pem(dir, "ca", ca.certificate());
    }

    static HttpPageFetcher fetcher(TlsOptions tls) throws Exception {
        return new HttpPageFetcher("YaowenBot/0.1", Duration.ofSeconds(2), Duration.ofSeconds(5), 1 << 20,
                new AddressGuard(true, LOOPBACK), tls, Clock.systemUTC());
    }

    static URI url(String host, TlsServer server) {
        return URI.create("https://" + host + ":" + server.port() + "/news/index.html");
    }

    @Test
    void fetchesFromAServerWhoseCertificateAConfiguredAuthoritySigned() throws Exception {
        try (TlsServer server = new TlsServer(TestCertificates.server("portal.test", ca));
             HttpPageFetcher fetcher = fetcher(new TlsOptions(List.of(caPem)))) {
            FetchResult r = fetcher.fetch(url("portal.test", server), Map.of());
            assertThat(r.status()).isEqualTo(200);
            assertThat(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo("<p>/news/index.html 安全</p>");
            fetcher.fetch(url("portal.test", server), Map.of());
            assertThat(server.protocols).hasSize(2);
        }
    }

    @Test
    void speaksTls12AndTls13() throws Exception {
        for (String version : List.of("TLSv1.2", "TLSv1.3")) {
            try (TlsServer server = new TlsServer(TestCertificates.server("portal.test", ca), version);
                 HttpPageFetcher fetcher = fetcher(new TlsOptions(List.of(caPem)))) {
                assertThat(fetcher.fetch(url("portal.test", server), Map.of()).status()).as(version).isEqualTo(200);
                assertThat(server.protocols).containsExactly(version);
            }
        }
    }

    @Test
    void refusesACertificateForAnotherHostName() throws Exception {
        try (TlsServer server = new TlsServer(TestCertificates.server("portal.test", ca));
             HttpPageFetcher fetcher = fetcher(new TlsOptions(List.of(caPem)))) {
            assertThatThrownBy(() -> fetcher.fetch(url("other.test", server), Map.of()))
                    .isInstanceOfSatisfying(FetchException.class, e -> assertThat(e.kind()).isEqualTo(FetchException.Kind.TLS))
                    .hasMessage("TLS: certificate does not match the host name (other.test)");
            assertThat(server.protocols).isEmpty();
        }
    }

    @Test
    void refusesAnExpiredCertificate() throws Exception {
        Instant now = Instant.now();
        TestCertificates.Identity expired = TestCertificates.server("portal.test", ca, now.minus(Duration.ofDays(10)),
                now.minus(Duration.ofDays(1)));
        try (TlsServer server = new TlsServer(expired);
             HttpPageFetcher fetcher = fetcher(new TlsOptions(List.of(caPem)))) {
            assertThatThrownBy(() -> fetcher.fetch(url("portal.test", server), Map.of()))
                    .isInstanceOf(FetchException.class).hasMessage("TLS: certificate expired (portal.test)");
            assertThat(server.protocols).isEmpty();
        }
    }

    @Test
    void refusesASelfSignedCertificateUnlessItIsTrusted() throws Exception {
        TestCertificates.Identity self = TestCertificates.selfSigned("intranet.test");
        try (TlsServer server = new TlsServer(self)) {
            try (HttpPageFetcher fetcher = fetcher(TlsOptions.DEFAULT)) {
                assertThatThrownBy(() -> fetcher.fetch(url("intranet.test", server), Map.of()))
                        .isInstanceOf(FetchException.class)
                        .hasMessage("TLS: certificate not trusted (self-signed or unknown issuer) (intranet.test)");
            }
            Path pem = TestCertificates.pem(dir, "intranet", self.certificate());
            try (HttpPageFetcher fetcher = fetcher(new TlsOptions(List.of(pem)))) {
                assertThat(fetcher.fetch(url("intranet.test", server), Map.of()).status()).isEqualTo(200);
            }
        }
    }

    @Test
    void refusesACertificateOfAnAuthorityNotConfigured() throws Exception {
        try (TlsServer server = new TlsServer(TestCertificates.server("portal.test", ca));
             HttpPageFetcher fetcher = fetcher(TlsOptions.DEFAULT)) {
            assertThatThrownBy(() -> fetcher.fetch(url("portal.test", server), Map.of()))
                    .isInstanceOf(FetchException.class).hasMessageStartingWith("TLS: certificate not trusted");
        }
    }

    @Test
    void saysWhichTrustedCertificateFileIsUnusable() throws Exception {
        Path missing = dir.resolve("missing.pem");
        assertThatThrownBy(() -> new TlsOptions(List.of(missing)).sslContext())
                .hasMessage("trusted certificate file " + missing + " does not exist");
        Path notPem = java.nio.file.Files.writeString(dir.resolve("not.pem"), "hello");
        assertThatThrownBy(() -> new TlsOptions(List.of(notPem)).sslContext())
                .hasMessageStartingWith("trusted certificate file " + notPem);
    }
}
