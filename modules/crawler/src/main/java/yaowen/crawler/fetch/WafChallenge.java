package yaowen.crawler.fetch;

import java.nio.charset.StandardCharsets;

/**
 * Recognises the challenge pages web application firewalls in front of Chinese government sites
 * answer with instead of content: HTTP 412 (Ruishu/瑞数 "$_ts") or 521 (Jiasule/加速乐 cookie
 * challenge) carrying a script, or a small 200 page whose only job is to set a cookie by script and
 * reload. Such a page must be flagged, not retried: hammering it gets the crawler banned.
 */
public final class WafChallenge {
    private static final int SMALL = 32 * 1024;

    private WafChallenge() {
    }

    public static boolean isChallenge(FetchResult r) {
        byte[] b = r.body();
        int status = r.status();
        boolean candidate = status == 412 || status == 521 || (status == 200 && b.length < SMALL);
        if (!candidate || b.length > 4 * SMALL) {
            return false;
        }
        // Latin-1 keeps one char per byte; String.indexOf is vectorised, a byte loop is not
        String text = new String(b, StandardCharsets.ISO_8859_1);
        if (!hasTag(text, "script")) {
            return false;
        }
        if (status == 412 || status == 521) {
            return true;
        }
        if (hasTag(text, "a ")) {
            return false;
        }
        return text.contains("$_ts") || (text.contains("document.cookie") && text.contains("location"));
    }

    /** Whether {@code <} followed by {@code name} (ASCII, any case) occurs in {@code text}. */
    static boolean hasTag(String text, String name) {
        for (int i = text.indexOf('<'); i >= 0; i = text.indexOf('<', i + 1)) {
            if (text.regionMatches(true, i + 1, name, 0, name.length())) {
                return true;
            }
        }
        return false;
    }
}
