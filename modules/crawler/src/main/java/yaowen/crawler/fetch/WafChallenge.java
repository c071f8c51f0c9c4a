package yaowen.crawler.fetch;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

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
        if (r.body().length > 4 * SMALL) {
            return false;
        }
        String text = new String(r.body(), 0, Math.min(r.body().length, 4 * SMALL), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        boolean script = text.contains("<script");
        if ((r.status() == 412 || r.status() == 521) && script) {
            return true;
        }
        if (r.status() == 200 && script && r.body().length < SMALL && !text.contains("<a ")) {
            return text.contains("$_ts") || (text.contains("document.cookie") && text.contains("location"));
        }
        return false;
    }
}
