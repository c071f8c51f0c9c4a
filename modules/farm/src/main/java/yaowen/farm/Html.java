package yaowen.farm;

import java.util.List;

/** HTML helpers shared by the templates. */
final class Html {
    private Html() {
    }

    static String esc(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Paragraphs as {@code <p>} elements with the given opening tag. */
    static String paragraphs(List<String> paragraphs, String open) {
        StringBuilder out = new StringBuilder();
        for (String p : paragraphs) {
            out.append(open).append(esc(p)).append("</p>\n");
        }
        return out.toString();
    }

    /** A deterministic fake view counter, as portals show one. */
    static int views(StoredArticle a) {
        return 300 + Math.floorMod((a.siteId() + a.file()).hashCode(), 4000);
    }
}
