package yaowen.crawler.discovery;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/** URL canonicalisation shared by discovery, the seen-set and Kafka keys. */
public final class Urls {
    private Urls() {
    }

    /**
     * The canonical form of an absolute http(s) URL: scheme and host lower case, default port
     * dropped, dot segments resolved, empty path made {@code /}, fragment removed. Query kept.
     */
    public static URI canonical(URI url) {
        if (isCanonical(url)) {
            return url; // most URLs reaching here came out of this method already: skip a re-parse
        }
        String scheme = url.getScheme().toLowerCase(Locale.ROOT);
        String host = url.getHost() == null ? null : url.getHost().toLowerCase(Locale.ROOT);
        int port = url.getPort();
        if ((scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443)) {
            port = -1;
        }
        String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
        StringBuilder s = new StringBuilder(scheme).append("://");
        if (url.getRawUserInfo() != null) {
            s.append(url.getRawUserInfo()).append('@');
        }
        s.append(host);
        if (port != -1) {
            s.append(':').append(port);
        }
        s.append(path);
        if (url.getRawQuery() != null) {
            s.append('?').append(url.getRawQuery());
        }
        return URI.create(s.toString()).normalize();
    }

    private static boolean isCanonical(URI url) {
        String scheme = url.getScheme();
        String host = url.getHost();
        String path = url.getRawPath();
        int port = url.getPort();
        return scheme != null && host != null && path != null && !path.isEmpty() && url.getRawFragment() == null
                && isLowerCase(scheme) && isLowerCase(host)
                && !((port == 80 && scheme.equals("http")) || (port == 443 && scheme.equals("https")))
                && url.normalize() == url;
    }

    private static boolean isLowerCase(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z' || c > 0x7f) {
                return false;
            }
        }
        return true;
    }

    /** Parses an absolute http(s) URL as found in a page, or empty when it is not one. */
    public static Optional<URI> parseHttp(String href) {
        if (href == null || href.isBlank()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(href.strip().replace(" ", "%20"));
            String scheme = uri.getScheme();
            if (scheme == null || uri.getHost() == null
                    || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
                return Optional.empty();
            }
            return Optional.of(canonical(uri));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** True when both URLs have the same host and effective port. */
    public static boolean sameSite(URI a, URI b) {
        return a.getHost() != null && a.getHost().equalsIgnoreCase(b.getHost()) && port(a) == port(b);
    }

    private static int port(URI u) {
        return u.getPort() != -1 ? u.getPort() : "https".equalsIgnoreCase(u.getScheme()) ? 443 : 80;
    }

    /**
     * A URL as logs may show it: scheme, host, port and path, with user info dropped and every query
     * value masked ({@code ?id=…&token=…}), so a password or token in a URL never reaches a log line.
     */
    public static String forLog(URI url) {
        StringBuilder s = new StringBuilder();
        if (url.getScheme() != null) {
            s.append(url.getScheme()).append("://");
        }
        s.append(url.getHost() == null ? "?" : url.getHost());
        if (url.getPort() != -1) {
            s.append(':').append(url.getPort());
        }
        s.append(url.getRawPath() == null ? "" : url.getRawPath());
        String query = url.getRawQuery();
        if (query != null) {
            s.append('?');
            String[] parts = query.split("&", -1);
            for (int i = 0; i < parts.length; i++) {
                int eq = parts[i].indexOf('=');
                s.append(i == 0 ? "" : "&").append(eq < 0 ? "…" : parts[i].substring(0, eq) + "=…");
            }
        }
        return s.toString();
    }
}
