package yaowen.crawler.discovery;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * An article's identity beyond its URL: the id the CMS gave it. The same article is often linked
 * under several URLs (another column's path, a mobile path, a tracking query), but its CMS id on one
 * host stays the same: Hanweb {@code art_1234_5678}, TRS {@code t20230127_123}, district platforms
 * {@code content_123} and {@code post_123}. Pure functions.
 */
public final class ArticleIdentity {

    private ArticleIdentity() {
    }

    /**
     * The CMS article id in the URL's last path segment, e.g. {@code t20230127_123}: the segment
     * {@code art_N_N}, {@code tYYYYMMDD_N}, {@code content_N} or {@code post_N} with an
     * {@code .html}, {@code .htm}, {@code .shtml} or {@code .shtm} extension (any case).
     */
    public static Optional<String> cmsId(URI url) {
        String path = url.getRawPath();
        if (path == null) {
            return Optional.empty();
        }
        String stem = ArticleUrlShape.htmlStem(path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT));
        return stem != null && (ArticleUrlShape.isIdName(stem) || ArticleUrlShape.isHanwebId(stem))
                ? Optional.of(stem) : Optional.empty();
    }

    /**
     * The identity key of an article URL, {@code cms:HOST/ID} (host lower case, without port when
     * default), or empty when the URL carries no CMS id; then the canonical URL alone identifies it.
     */
    public static Optional<String> key(URI url) {
        if (url.getHost() == null) {
            return Optional.empty();
        }
        String host = url.getHost().toLowerCase(Locale.ROOT) + (url.getPort() == -1 ? "" : ":" + url.getPort());
        return cmsId(url).map(id -> "cms:" + host + "/" + id);
    }
}
