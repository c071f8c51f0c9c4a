package yaowen.crawler.fetch;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.util.Locale;
import java.util.Objects;
import javax.net.ssl.SSLException;

/**
 * A GET that got no response, with the reason in words a user understands ("DNS: no such host
 * www.example.gov.cn", "TLS: certificate expired"), as shown on the console and in health checks.
 */
public final class FetchException extends IOException {
    /** Where the request failed. */
    public enum Kind {
        /** The host name does not resolve. */
        DNS("DNS"),
        /** No address of the host accepted a connection. */
        CONNECT("connect"),
        /** Connecting or the whole response took longer than allowed. */
        TIMEOUT("timeout"),
        /** The TLS handshake failed: certificate, host name, protocol. */
        TLS("TLS"),
        /** The server's answer is not readable HTTP. */
        PROTOCOL("HTTP"),
        /** Any other network failure, e.g. a connection reset mid-response. */
        NETWORK("network");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** The prefix of the reason, e.g. {@code TLS}. */
        public String label() {
            return label;
        }
    }

    private final Kind kind;

    public FetchException(Kind kind, String detail, Throwable cause) {
        super(Objects.requireNonNull(kind, "kind").label() + ": " + detail, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    /**
     * The failure {@code e} met while fetching {@code url}, classified, with its reason in words; an
     * exception that is a {@link FetchException} already is returned as it is.
     */
    public static FetchException of(URI url, IOException e) {
        if (e instanceof FetchException f) {
            return f;
        }
        String host = url.getHost();
        if (e instanceof UnknownHostException) {
            return new FetchException(Kind.DNS, "no such host " + host, e);
        }
        if (e instanceof HttpConnectTimeoutException) {
            return new FetchException(Kind.TIMEOUT, "connecting to " + host + " took too long", e);
        }
        if (e instanceof HttpTimeoutException || e instanceof java.net.SocketTimeoutException) {
            return new FetchException(Kind.TIMEOUT, "no complete response from " + host + " in time", e);
        }
        if (e instanceof ConnectException || e instanceof NoRouteToHostException) {
            return new FetchException(Kind.CONNECT, "connection to " + host + " refused", e);
        }
        if (e instanceof SSLException) {
            return new FetchException(Kind.TLS, tlsReason(e) + " (" + host + ")", e);
        }
        return new FetchException(Kind.NETWORK, e.getClass().getSimpleName() + " from " + host
                + (e.getMessage() == null ? "" : ": " + e.getMessage()), e);
    }

    /** Why a TLS handshake failed, in words. */
    static String tlsReason(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CertificateExpiredException) {
                return "certificate expired";
            }
            if (t instanceof CertificateNotYetValidException) {
                return "certificate not yet valid";
            }
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (m.contains("no subject alternative") || m.contains("no name matching")) {
                return "host name mismatch";
            }
            if (t instanceof CertPathBuilderException || m.contains("unable to find valid certification path")) {
                return "certificate not trusted (self-signed or unknown issuer)";
            }
            if (m.contains("protocol_version") || m.contains("no appropriate protocol")
                    || m.contains("protocol is disabled")) {
                return "no TLS version in common";
            }
        }
        return "handshake failed: " + e.getMessage();
    }
}
