package yaowen.crawler.discovery;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Whether a URL path looks like an article page of a common Chinese government CMS. */
public final class ArticleUrlShape {
    private static final List<Pattern> SHAPES = List.of(
            Pattern.compile("/art/\\d{4}/\\d{1,2}/\\d{1,2}/art_\\d+_\\d+\\.s?html?"),     // Hanweb JCMS
            Pattern.compile(".*/t\\d{8}_\\d+\\.s?html?"),                                 // TRS WCM
            Pattern.compile(".*/content_\\d+\\.s?html?"),                                  // district platforms
            Pattern.compile(".*/post_\\d+\\.s?html?"),
            Pattern.compile(".*/(19|20)\\d{2}(0[1-9]|1[0-2])/[^/]+\\.s?html?"),              // /YYYYMM/…
            Pattern.compile(".*/(19|20)\\d{2}-(0[1-9]|1[0-2])/\\d{2}/[^/]+\\.s?html?"),       // /YYYY-MM/DD/…
            Pattern.compile(".*/(19|20)\\d{2}/(0[1-9]|1[0-2])\\d{2}/[^/]+\\.s?html?"));      // /YYYY/MMDD/…
    private static final Pattern NOT_ARTICLE = Pattern.compile(".*/(index|list|default)(_\\d+)?\\.s?html?");

    private ArticleUrlShape() {
    }

    public static boolean matches(URI url) {
        String path = url.getRawPath();
        if (path == null) {
            return false;
        }
        path = path.toLowerCase(Locale.ROOT);
        if (NOT_ARTICLE.matcher(path).matches()) {
            return false;
        }
        for (Pattern shape : SHAPES) {
            if (shape.matcher(path).matches()) {
                return true;
            }
        }
        return false;
    }

    /** True for {@code index_N.html}-style pagination paths. */
    static boolean isIndexPage(URI url) {
        String path = url.getRawPath();
        return path != null && Pattern.matches(".*/index_\\d+\\.s?html?", path.toLowerCase(Locale.ROOT));
    }
}
