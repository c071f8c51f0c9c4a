package yaowen.crawler.fetch;

import java.io.IOException;
import java.net.URI;
import java.util.Objects;

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
        return new FetchException(kindOf(words), reason, e);
    }

    /** The kind, read from the same words as the reason, so a counter and its reason never disagree. */
    private static Kind kindOf(String words) {
        if (words.startsWith("DNS")) {
            return Kind.DNS;
        }
        if (words.startsWith("TLS")) {
            return Kind.TLS;
        }
        if (words.contains("timeout")) {
            return Kind.TIMEOUT;
        }
        if (words.startsWith("connection refused") || words.startsWith("no route")) {
            return Kind.CONNECT;
        }
        return Kind.NETWORK;
    }
}
