package yaowen.cleaning.boilerplate;

import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * What an element's tag, {@code class} and {@code id} say about it: article body (TRS_Editor, zoom,
 * Custom_UnionStyle, bt_content, content, article …) or page chrome (nav, footer, sidebar, share,
 * related, breadcrumb, comment …). Cues only tilt the scoring; text still decides.
 */
final class NodeCues {
    /** No cue, a body cue, or a chrome cue. */
    public enum Cue { NONE, POSITIVE, NEGATIVE }

    private static final String[] POSITIVE = {
        "trs_editor", "custom_unionstyle", "bt_content", "zoom", "article", "content", "artibody", "detail",
        "maintext", "main_text", "newstext", "news_text", "neirong", "zhengwen", "wenzhang", "post-body", "entry",
    };
    private static final Set<String> POSITIVE_TOKENS = Set.of("zw", "text", "txt", "con", "nr", "body", "ccontent");
    private static final String[] NEGATIVE = {
        "nav", "menu", "footer", "sidebar", "share", "related", "relate", "breadcrumb", "crumb", "comment",
        "copyright", "banner", "friendlink", "toolbar", "pagination", "pager", "sitemap", "login", "search",
        "qrcode", "erweima", "advert", "guanggao", "bottom", "header", "location", "position", "dqwz", "xgxw",
        "xgwz", "fenxiang", "gotop", "backtop", "print", "hotnews", "recommend", "tuijian", "liuyan", "pinglun",
        "widget", "links", "topbar", "social",
    };
    private static final Set<String> NEGATIVE_TOKENS = Set.of("ad", "ads", "top", "foot", "side", "hot", "tags",
            "tag", "more", "link", "right_list", "rank", "weixin", "wx", "ewm");
    private static final Set<String> NEGATIVE_TAGS = Set.of("nav", "footer", "aside", "header", "menu");

    private NodeCues() {
    }

    /** The cue of one element, from its tag name, class and id. */
    public static Cue of(Element e) {
        boolean negTag = NEGATIVE_TAGS.contains(e.normalName());
        boolean attributes = e.attributesSize() > 0; // asking attributes() of an element without any creates them
        String cls = attributes ? e.attributes().getIgnoreCase("class") : "";
        String id = attributes ? e.attributes().getIgnoreCase("id") : "";
        if (cls.isEmpty() && id.isEmpty()) {
            return negTag ? Cue.NEGATIVE : "article".equals(e.normalName()) || "main".equals(e.normalName())
                    ? Cue.POSITIVE : Cue.NONE;
        }
        String s = (cls + " " + id).toLowerCase(Locale.ROOT);
        boolean pos = containsAny(s, POSITIVE) || hasToken(s, POSITIVE_TOKENS) || "article".equals(e.normalName());
        boolean neg = negTag || containsAny(s, NEGATIVE) || hasToken(s, NEGATIVE_TOKENS);
        if (pos == neg) {
            return Cue.NONE;
        }
        return pos ? Cue.POSITIVE : Cue.NEGATIVE;
    }

    private static boolean containsAny(String s, String[] needles) {
        for (String n : needles) {
            if (s.contains(n)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasToken(String s, Set<String> tokens) {
        int start = -1;
        for (int i = 0; i <= s.length(); i++) {
            boolean word = i < s.length() && (Character.isLetterOrDigit(s.charAt(i)));
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                if (tokens.contains(s.substring(start, i))) {
                    return true;
                }
                start = -1;
            }
        }
        return false;
    }
}
