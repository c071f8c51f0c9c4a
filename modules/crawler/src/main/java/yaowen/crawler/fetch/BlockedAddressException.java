package yaowen.crawler.fetch;

import java.io.IOException;
import java.net.URI;

/** A URL's host resolves to an address the crawler may not contact (loopback, private, link-local…). */
public final class BlockedAddressException extends IOException {
    private final URI url;

    public BlockedAddressException(URI url, String reason) {
        super("refused " + url + ": " + reason);
        this.url = url;
    }

    public URI url() {
        return url;
    }
}
