package yaowen.crawler.fetch;

import java.io.EOFException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.util.Locale;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;

/**
 * Why a request failed, in words an operator understands ("DNS: no such host x.gov.cn", "connection
 * refused", "HTTP 503", "TLS: certificate expired") — never {@code null}, never a bare class name when
 * a better word exists. Pure functions; thread-safe.
 */
public final class FailureReason {
    private FailureReason() {
    }

    /** The reason for an HTTP status that is not a success, e.g. {@code HTTP 503}. */
    public static String http(int status) {
        return "HTTP " + status;
    }

    /**
     * The reason for a failed request, read from {@code error} and its causes: the most specific one
     * that names a known failure wins (a TLS handshake failure caused by an expired certificate is
     * "TLS: certificate expired").
     */
    public static String of(Throwable error) {
        if (error == null) {
            return "unknown error";
        }
        java.util.List<Throwable> chain = new java.util.ArrayList<>();
        for (Throwable t = error; t != null && !chain.contains(t) && chain.size() < 16; t = t.getCause()) {
            if (t instanceof FetchException worded) { // the transport already said it, with the host
                return worded.getMessage();
            }
            chain.add(t);
        }
        for (Throwable t : chain) { // a certificate's dates say more than the validator that read them
            if (t instanceof CertificateExpiredException) {
                return "TLS: certificate expired";
            }
            if (t instanceof CertificateNotYetValidException) {
                return "TLS: certificate not yet valid";
            }
        }
        for (Throwable t : chain) {
            String words = specific(t);
            if (words != null) {
                return words;
            }
        }
        return chain.stream().filter(t -> t instanceof SSLException).findFirst().map(FailureReason::tls)
                .orElseGet(() -> generic(error));
    }

    /** Words for one exception whose kind alone says what happened; null when it does not. */
    private static String specific(Throwable t) {
        String message = t.getMessage() == null ? "" : t.getMessage();
        String lower = message.toLowerCase(Locale.ROOT);
        if (t instanceof UnknownHostException) {
            return message.isBlank() ? "DNS: no such host" : "DNS: no such host " + hostOf(message);
        }
        if (t instanceof SSLPeerUnverifiedException || lower.contains("no subject alternative")
                || lower.contains("no name matching")) {
            return "TLS: certificate does not match the host name";
        }
        if (t instanceof CertPathValidatorException || lower.contains("unable to find valid certification path")) {
            return lower.contains("expired") ? "TLS: certificate expired"
                    : "TLS: certificate not trusted (self-signed or unknown issuer)";
        }
        if (lower.contains("protocol_version") || lower.contains("no appropriate protocol")
                || lower.contains("protocol is disabled")) {
            return "TLS: no TLS version in common";
        }
        if (t instanceof HttpConnectTimeoutException || (t instanceof SocketTimeoutException && lower.contains("connect"))) {
            return "connect timeout";
        }
        if (t instanceof HttpTimeoutException || t instanceof SocketTimeoutException) {
            return "read timeout";
        }
        if (t instanceof NoRouteToHostException) {
            return "no route to host";
        }
        if (t instanceof ConnectException) {
            return lower.contains("timed out") ? "connect timeout" : "connection refused";
        }
        if (t instanceof EOFException) {
            return "connection closed by the server";
        }
        if (t instanceof SocketException) {
            if (lower.contains("reset")) {
                return "connection reset";
            }
            if (lower.contains("refused")) {
                return "connection refused";
            }
        }
        return null;
    }

    private static String tls(Throwable t) {
        String message = t.getMessage();
        String prefix = t instanceof SSLHandshakeException ? "TLS: handshake failed" : "TLS: error";
        return message == null || message.isBlank() ? prefix : prefix + " (" + message + ")";
    }

    /** The class's simple name and message, the message alone when the name adds nothing. */
    private static String generic(Throwable error) {
        String message = error.getMessage();
        String name = error.getClass().getSimpleName().isEmpty() ? error.getClass().getName()
                : error.getClass().getSimpleName();
        return message == null || message.isBlank() ? name : name + ": " + message;
    }

    /** {@code x.invalid: Name or service not known} → {@code x.invalid}. */
    private static String hostOf(String message) {
        int colon = message.indexOf(':');
        return (colon > 0 ? message.substring(0, colon) : message).strip();
    }
}
