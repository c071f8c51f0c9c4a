package yaowen.crawler.discovery;

import java.net.URI;
import java.util.Locale;

/** Whether a URL path looks like an article page of a common Chinese government CMS. */
public final class ArticleUrlShape {
    private static final String[] HTML_EXTENSIONS = {".html", ".htm", ".shtml", ".shtm"};
    private static final String[] LIST_NAMES = {"index", "list", "default"};
    private static final String[] ID_PREFIXES = {"content_", "post_"};

    private ArticleUrlShape() {
    }

    /*
     * Read character by character rather than with regular expressions: this runs for every link of
     * every list page, and the patterns it replaced cost more than the rest of link discovery after
     * parsing. ArticleUrlShapeTest holds those patterns as the oracle.
     */

    /**
     * Whether the path (case-insensitive) has an article shape: Hanweb {@code /art/Y/M/D/art_N_N.html},
     * a TRS or platform id page as last segment ({@code t20240105_1.html}, {@code content_1.html},
     * {@code post_1.html}), or any page under a date directory ({@code /202401/}, {@code /2024-01/05/},
     * {@code /2024/0105/}); never an index or list page.
     */
    public static boolean matches(URI url) {
        String path = url.getRawPath();
        if (path == null) {
            return false;
        }
        path = path.toLowerCase(Locale.ROOT);
        int end = path.lastIndexOf('/');
        if (end < 0) {
            return false;
        }
        String stem = htmlStem(path.substring(end + 1));
        if (stem == null || isListName(stem)) {
            return false;
        }
        if (isIdName(stem) || isHanweb(path, stem)) {
            return true;
        }
        String parent = segmentBefore(path, end);
        if (parent == null) {
            return false;
        }
        if (parent.length() == 6 && isYear(parent, 0) && isMonth(parent, 4)) {
            return true; // /YYYYMM/
        }
        String grandparent = segmentBefore(path, end - parent.length() - 1);
        if (grandparent == null) {
            return false;
        }
        return grandparent.length() == 7 && isYear(grandparent, 0) && grandparent.charAt(4) == '-'
                    && isMonth(grandparent, 5) && parent.length() == 2 && digits(parent, 0, 2) // /YYYY-MM/DD/
                || grandparent.length() == 4 && isYear(grandparent, 0)
                    && parent.length() == 4 && isMonth(parent, 0) && digits(parent, 2, 4); // /YYYY/MMDD/
    }

    /** True for {@code index_N.html}-style pagination paths. */
    static boolean isIndexPage(URI url) {
        String path = url.getRawPath();
        if (path == null) {
            return false;
        }
        String stem = htmlStem(path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT));
        return stem != null && stem.startsWith("index_") && stem.length() > 6 && digits(stem, 6, stem.length());
    }

    /** The name before {@code .html}, {@code .htm}, {@code .shtml} or {@code .shtm}; null for other segments. */
    static String htmlStem(String segment) {
        for (String ext : HTML_EXTENSIONS) {
            if (segment.endsWith(ext) && segment.length() > ext.length()) {
                return segment.substring(0, segment.length() - ext.length());
            }
        }
        return null;
    }

    /** {@code (index|list|default)(_N)?}. */
    private static boolean isListName(String stem) {
        for (String name : LIST_NAMES) {
            if (stem.startsWith(name)) {
                int n = name.length();
                return stem.length() == n || stem.length() > n + 1 && stem.charAt(n) == '_' && digits(stem, n + 1, stem.length());
            }
        }
        return false;
    }

    /** {@code tYYYYMMDD_N}, {@code content_N}, {@code post_N}. */
    static boolean isIdName(String stem) {
        if (stem.length() > 10 && stem.charAt(0) == 't' && digits(stem, 1, 9) && stem.charAt(9) == '_') {
            return digits(stem, 10, stem.length());
        }
        for (String prefix : ID_PREFIXES) {
            if (stem.startsWith(prefix) && stem.length() > prefix.length()) {
                return digits(stem, prefix.length(), stem.length());
            }
        }
        return false;
    }

    /** The whole path is {@code /art/YYYY/M/D/art_N_N.html}. */
    private static boolean isHanweb(String path, String stem) {
        if (!path.startsWith("/art/") || !stem.startsWith("art_")) {
            return false;
        }
        String[] parts = path.substring(5).split("/", -1);
        if (parts.length != 4 || parts[0].length() != 4 || !digits(parts[0], 0, 4)) {
            return false;
        }
        for (int i = 1; i <= 2; i++) {
            if (parts[i].isEmpty() || parts[i].length() > 2 || !digits(parts[i], 0, parts[i].length())) {
                return false;
            }
        }
        return isHanwebId(stem);
    }

    /** {@code art_N_N}. */
    static boolean isHanwebId(String stem) {
        if (!stem.startsWith("art_")) {
            return false;
        }
        int underscore = stem.indexOf('_', 4);
        return underscore > 4 && underscore < stem.length() - 1 && digits(stem, 4, underscore)
                && digits(stem, underscore + 1, stem.length());
    }

    /** {@code (19|20)\\d{2}} at {@code i}. */
    private static boolean isYear(String s, int i) {
        return s.length() >= i + 4 && (s.startsWith("19", i) || s.startsWith("20", i)) && digits(s, i + 2, i + 4);
    }

    /** {@code 0[1-9]|1[0-2]} at {@code i}. */
    private static boolean isMonth(String s, int i) {
        if (s.length() < i + 2) {
            return false;
        }
        char a = s.charAt(i);
        char b = s.charAt(i + 1);
        return a == '0' && b >= '1' && b <= '9' || a == '1' && b >= '0' && b <= '2';
    }

    /** Whether {@code s[from, to)} is all ASCII digits (and not empty). */
    private static boolean digits(String s, int from, int to) {
        if (from >= to || to > s.length()) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** The segment ending at the slash at {@code slash}, or null when no slash precedes it. */
    private static String segmentBefore(String path, int slash) {
        if (slash <= 0) {
            return null;
        }
        int start = path.lastIndexOf('/', slash - 1);
        return start < 0 ? null : path.substring(start + 1, slash);
    }
}
