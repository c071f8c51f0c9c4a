package yaowen.crawler.fetch;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
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
        DNS,
        /** No address of the host accepted a connection. */
        CONNECT,
        /** Connecting or the whole response took longer than allowed. */
        TIMEOUT,
        /** The TLS handshake failed: certificate, host name, protocol. */
        TLS,
        /** Any other network failure, e.g. a connection reset mid-response. */
        NETWORK
    }

    private final Kind kind;

    /** A failure of {@code kind}, {@code reason} in words as the user should read it. */
    public FetchException(Kind kind, String reason, Throwable cause) {
        super(Objects.requireNonNull(reason, "reason"), cause);
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    public Kind kind() {
        return kind;
    }

    /**
     * The failure {@code e} met while fetching {@code url}, classified, with its reason in the words of
     * {@link FailureReason} and the host it concerns; an exception that is a {@link FetchException}
     * already is returned as it is.
     */
    public static FetchException of(URI url, IOException e) {
        if (e instanceof FetchException f) {
            return f;
        }
        String host = url.getHost();
        String words = FailureReason.of(e);
        String reason = host == null || words.contains(host) ? words : words + " (" + host + ")";
        return new FetchException(kindOf(e), reason, e);
    }

    private static Kind kindOf(IOException e) {
        if (e instanceof UnknownHostException) {
            return Kind.DNS;
        }
        if (e instanceof HttpTimeoutException || e instanceof java.net.SocketTimeoutException) {
            return Kind.TIMEOUT; // HttpConnectTimeoutException is one too
        }
        if (e instanceof ConnectException || e instanceof NoRouteToHostException) {
            return Kind.CONNECT;
        }
        if (e instanceof SSLException) {
            return Kind.TLS;
        }
        return Kind.NETWORK;
    }
}
