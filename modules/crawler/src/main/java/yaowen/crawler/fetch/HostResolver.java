package yaowen.crawler.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/** Turns a host name (or literal address, IPv6 without brackets) into its addresses, in the order to try. */
@FunctionalInterface
public interface HostResolver {
    /** The system resolver (the JDK's, with its cache). */
    HostResolver SYSTEM = host -> List.of(InetAddress.getAllByName(host));

    /**
     * @return at least one address
     * @throws UnknownHostException when the name does not resolve
     */
    List<InetAddress> resolve(String host) throws UnknownHostException;
}
