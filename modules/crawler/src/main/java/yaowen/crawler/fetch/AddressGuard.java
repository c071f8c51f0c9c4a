package yaowen.crawler.fetch;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Objects;

/**
 * Refuses hosts that resolve to loopback, wildcard, private (RFC 1918), link-local, carrier-grade
 * NAT, unique-local IPv6 or multicast addresses, unless private addresses are allowed. Guards against
 * a configured or redirected URL reaching internal services. The {@link HttpPageFetcher} opens
 * connections only to the addresses {@link #resolve} checked, never to a second lookup, so DNS
 * rebinding between the check and the connection cannot reach an internal address. Thread-safe.
 */
public final class AddressGuard {
    private final boolean allowPrivate;
    private final HostResolver resolver;

    public AddressGuard(boolean allowPrivate) {
        this(allowPrivate, HostResolver.SYSTEM);
    }

    /** A guard that looks host names up with {@code resolver} (tests: names without DNS). */
    public AddressGuard(boolean allowPrivate, HostResolver resolver) {
        this.allowPrivate = allowPrivate;
        this.resolver = Objects.requireNonNull(resolver, "resolver");
    }

    /**
     * Checks the host of {@code url}.
     *
     * @throws BlockedAddressException when any address of the host is not public (or the URL has no host)
     * @throws UnknownHostException    when the host does not resolve
     */
    public void check(URI url) throws BlockedAddressException, UnknownHostException {
        String host = url.getHost();
        if (host == null || host.isEmpty()) {
            throw new BlockedAddressException(url, "no host");
        }
        if (!allowPrivate) {
            resolve(url, host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host);
        }
    }

    /**
     * Resolves {@code host} (a name or a literal address, IPv6 without brackets) for a connection and
     * checks every address it resolves to.
     *
     * @return the addresses to connect to, in the order to try them (at least one)
     * @throws BlockedAddressException when any address of the host is not public
     * @throws UnknownHostException    when the host does not resolve
     */
    List<InetAddress> resolve(URI url, String host) throws BlockedAddressException, UnknownHostException {
        List<InetAddress> addresses = resolver.resolve(host);
        if (addresses.isEmpty()) {
            throw new UnknownHostException(host);
        }
        if (!allowPrivate) {
            for (InetAddress address : addresses) {
                if (isNonPublic(address)) {
                    throw new BlockedAddressException(url, "host " + host + " resolves to non-public address "
                            + address.getHostAddress() + " (set allowPrivateAddresses to permit)");
                }
            }
        }
        return List.copyOf(addresses);
    }

    static boolean isNonPublic(InetAddress a) {
        if (a.isLoopbackAddress() || a.isAnyLocalAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress()
                || a.isMulticastAddress()) {
            return true;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet6Address) {
            return (b[0] & 0xFE) == 0xFC; // fc00::/7 unique local
        }
        int first = b[0] & 0xFF;
        int second = b[1] & 0xFF;
        return first == 0 || (first == 100 && second >= 64 && second <= 127); // 0/8, 100.64/10
    }
}
