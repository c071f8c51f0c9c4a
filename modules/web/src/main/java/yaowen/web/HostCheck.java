package yaowen.web;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which {@code Host} headers the server answers: a page on another site whose name was pointed at this machine
 * (DNS rebinding) sends its own name, and is refused. Pure: the names are given.
 *
 * <p>A request without a {@code Host} (HTTP/1.0) is answered: browsers always send one, and the attack needs one.
 * An address written as such (IPv4 or IPv6) is answered too: rebinding needs a name the attacker controls, and a
 * page served from an address is that address's own origin. So a metrics scraper or a probe reaching a pod by its
 * address needs no entry in {@code web.allowedHosts}.
 */
final class HostCheck {
    private final Set<String> names;
    private final boolean any;

    /** {@code names} host names or addresses (IPv6 with or without brackets); {@code *} allows any host. */
    HostCheck(Collection<String> names) {
        Set<String> n = new TreeSet<>();
        for (String name : names) {
            n.add(normalise(name));
        }
        this.any = n.contains("*");
        this.names = Set.copyOf(n);
    }

    /** Whether a request with this {@code Host} header (null: none) is answered. */
    boolean allows(String hostHeader) {
        if (any || hostHeader == null) {
            return true;
        }
        String host = hostOf(hostHeader);
        return names.contains(host) || isAddressLiteral(host);
    }

    /** Whether a host (as {@link #hostOf} gives it) is an IPv4 dotted quad or an IPv6 address, never a name. */
    static boolean isAddressLiteral(String host) {
        if (host.indexOf(':') >= 0) {
            return host.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == ':' || c == '.');
        }
        String[] parts = host.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(c -> c >= '0' && c <= '9')
                    || Integer.parseInt(part) > 255) {
                return false;
            }
        }
        return true;
    }

    /** The host of a {@code Host} header: port dropped, IPv6 without brackets, lower case, no trailing dot. */
    static String hostOf(String hostHeader) {
        String h = hostHeader.trim();
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            h = end < 0 ? h.substring(1) : h.substring(1, end);
        } else if (h.indexOf(':') == h.lastIndexOf(':') && h.indexOf(':') >= 0) {
            h = h.substring(0, h.indexOf(':'));
        }
        return normalise(h);
    }

    private static String normalise(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        if (n.startsWith("[") && n.endsWith("]")) {
            n = n.substring(1, n.length() - 1);
        }
        return n.endsWith(".") ? n.substring(0, n.length() - 1) : n;
    }
}
