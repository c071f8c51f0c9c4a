package yaowen.crawler.fetch;

import java.io.IOException;
import java.net.URI;
import java.util.Map;

/**
 * The crawler's transport: one GET of one URL, no redirect followed (the crawler follows redirects
 * hop by hop, so robots.txt and politeness apply to each hop's host). Everything above it — host
 * gate, robots.txt, retries, breaker, discovery — is transport-free and is tested with an in-memory
 * implementation; {@link HttpPageFetcher} is the one that talks to the network.
 *
 * <p>An implementation applies the crawler's limits: the {@link AddressGuard} to every address it
 * connects to, the body cap (on the wire and after gzip/deflate decoding, marking the result
 * truncated), one deadline for the whole response. Implementations are thread-safe.
 */
public interface PageFetcher extends AutoCloseable {
    /**
     * GETs {@code url} once. A redirect is returned as it is (status 3xx, {@code location} header).
     *
     * @param requestHeaders extra request headers for this URL, e.g. the conditional-GET validators
     *                       {@code If-None-Match} and {@code If-Modified-Since}
     * @return the response, whatever its status
     * @throws BlockedAddressException        when the host (any address of it) may not be contacted
     * @throws java.io.InterruptedIOException when the calling thread is interrupted
     * @throws FetchException                 when no response arrived: DNS, connect, timeout, TLS,
     *                                        protocol; its message says why in words
     * @throws IOException                    any other failure of the transport
     */
    FetchResult fetch(URI url, Map<String, String> requestHeaders) throws IOException;

    /** Releases connections kept for later requests; idempotent. */
    @Override
    void close();
}
