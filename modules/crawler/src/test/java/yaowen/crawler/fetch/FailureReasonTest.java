package yaowen.crawler.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateExpiredException;
import java.util.stream.Stream;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FailureReasonTest {

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of(new UnknownHostException("x.invalid: Name or service not known"), "DNS: no such host x.invalid"),
                Arguments.of(new UnknownHostException("x.invalid"), "DNS: no such host x.invalid"),
                Arguments.of(new UnknownHostException(), "DNS: no such host"),
                Arguments.of(new IOException("fetch failed", new UnknownHostException("www.gov.invalid")),
                        "DNS: no such host www.gov.invalid"),
                Arguments.of(new ConnectException("Connection refused"), "connection refused"),
                Arguments.of(new ConnectException(), "connection refused"),
                Arguments.of(new ConnectException("connect timed out"), "connect timeout"),
                Arguments.of(new HttpConnectTimeoutException("HTTP connect timed out"), "connect timeout"),
                Arguments.of(new SocketTimeoutException("Read timed out"), "read timeout"),
                Arguments.of(new SocketException("Connection reset"), "connection reset"),
                Arguments.of(new EOFException(), "connection closed by the server"),
                Arguments.of(handshake(new CertificateExpiredException("NotAfter: Mon Jan 01 00:00:00 UTC 2024")),
                        "TLS: certificate expired"),
                Arguments.of(handshake(new CertPathValidatorException("validity check failed",
                        new CertificateExpiredException())), "TLS: certificate expired"),
                Arguments.of(handshake(new CertPathValidatorException("Path does not chain with any of the trust anchors")),
                        "TLS: certificate not trusted (self-signed or unknown issuer)"),
                Arguments.of(new SSLHandshakeException("PKIX path building failed: unable to find valid certification path"
                        + " to requested target"), "TLS: certificate not trusted (self-signed or unknown issuer)"),
                Arguments.of(new SSLHandshakeException("No subject alternative DNS name matching a.gov.cn found."),
                        "TLS: certificate does not match the host name"),
                Arguments.of(new SSLPeerUnverifiedException("peer not authenticated"),
                        "TLS: certificate does not match the host name"),
                Arguments.of(new SSLHandshakeException("Received fatal alert: protocol_version"),
                        "TLS: no TLS version in common"),
                Arguments.of(new IOException(), "IOException"),
                Arguments.of(new IllegalStateException("stream closed"), "IllegalStateException: stream closed"));
    }

    @ParameterizedTest
    @MethodSource("failures")
    void namesTheFailureInWords(Throwable error, String words) {
        assertThat(FailureReason.of(error)).isEqualTo(words);
    }

    @Test
    void neverSaysNull() {
        assertThat(FailureReason.of(null)).isEqualTo("unknown error");
        failures().forEach(a -> assertThat(FailureReason.of((Throwable) a.get()[0])).doesNotContain("null"));
    }

    @Test
    void namesAnHttpStatus() {
        assertThat(FailureReason.http(503)).isEqualTo("HTTP 503");
    }

    private static SSLHandshakeException handshake(Throwable cause) {
        SSLHandshakeException e = new SSLHandshakeException("PKIX path validation failed: " + cause.getMessage());
        e.initCause(cause);
        return e;
    }
}
