package yaowen.alerts.channel;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays an {@link AlertMessage} out as Markdown (the robots), plain text and HTML (e-mail). Pure.
 *
 * <p>Robots limit a message's length (WeCom: Markdown content at most 4096 bytes of UTF-8). {@link #markdown}
 * keeps within a byte budget by leaving out figures from the last one up (and saying how many were left
 * out), so the heading, facts and the link survive; only if that is not enough is the text cut, at a
 * character boundary, with an ellipsis.
 */
public final class AlertText {
    private static final String ELLIPSIS = "…";

    private AlertText() {
    }

    /**
     * Markdown: a heading, the facts in bold labels, the figures, and the links.
     *
     * @param lineBreak what ends a line: {@code "\n"} (WeCom, Feishu) or {@code "  \n"} (DingTalk, where a
     *                  single newline does not break a line)
     * @param maxBytes  the most UTF-8 bytes the result may have
     */
    public static String markdown(AlertMessage m, String lineBreak, int maxBytes) {
        List<String> head = new ArrayList<>();
        head.add("### " + escape(m.heading()));
        m.facts().forEach(f -> head.add("**" + f.label() + "**：" + escape(f.value())));
        List<String> links = new ArrayList<>();
        for (int i = 0; i < m.links().size(); i++) {
            links.add("[" + (i == 0 ? "查看原文" : "其他报道 " + (i + 1)) + "](" + m.links().get(i) + ")");
        }
        List<String> figures = m.figures().stream().map(f -> "· " + escape(f)).toList();
        for (int shown = figures.size(); ; shown--) {
            List<String> lines = new ArrayList<>(head);
            if (!figures.isEmpty()) {
                lines.add("**主要数据**");
                lines.addAll(figures.subList(0, shown));
                if (shown < figures.size()) {
                    lines.add("（另有 " + (figures.size() - shown) + " 项数据未列出）");
                }
            }
            lines.addAll(links);
            String text = String.join(lineBreak, lines);
            if (utf8Length(text) <= maxBytes || shown == 0) {
                return truncate(text, maxBytes);
            }
        }
    }

    /** Plain text: the heading, facts, figures and links, one per line. */
    public static String text(AlertMessage m) {
        StringBuilder s = new StringBuilder(m.heading()).append('\n');
        m.facts().forEach(f -> s.append(f.label()).append('：').append(f.value()).append('\n'));
        if (!m.figures().isEmpty()) {
            s.append("\n主要数据\n");
            m.figures().forEach(f -> s.append("· ").append(f).append('\n'));
        }
        if (!m.links().isEmpty()) {
            s.append('\n');
            for (int i = 0; i < m.links().size(); i++) {
                s.append(i == 0 ? "原文：" : "其他报道：").append(m.links().get(i)).append('\n');
            }
        }
        return s.toString();
    }

    /** A small HTML document (UTF-8), every value escaped. */
    public static String html(AlertMessage m) {
        StringBuilder s = new StringBuilder("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>")
                .append(html(m.heading())).append("</title></head><body>\n<h2>").append(html(m.heading())).append("</h2>\n");
        if (!m.facts().isEmpty()) {
            s.append("<table>\n");
            m.facts().forEach(f -> s.append("<tr><th align=\"left\">").append(html(f.label())).append("</th><td>")
                    .append(html(f.value())).append("</td></tr>\n"));
            s.append("</table>\n");
        }
        if (!m.figures().isEmpty()) {
            s.append("<h3>主要数据</h3>\n<ul>\n");
            m.figures().forEach(f -> s.append("<li>").append(html(f)).append("</li>\n"));
            s.append("</ul>\n");
        }
        if (!m.links().isEmpty()) {
            s.append("<p>");
            for (int i = 0; i < m.links().size(); i++) {
                s.append(i == 0 ? "" : " · ").append("<a href=\"").append(html(m.links().get(i))).append("\">")
                        .append(i == 0 ? "查看原文" : "其他报道 " + (i + 1)).append("</a>");
            }
            s.append("</p>\n");
        }
        return s.append("</body></html>\n").toString();
    }

    /**
     * {@code text} cut to at most {@code maxBytes} bytes of UTF-8, at a character (code point) boundary,
     * ending with an ellipsis when cut.
     */
    public static String truncate(String text, int maxBytes) {
        if (utf8Length(text) <= maxBytes) {
            return text;
        }
        int budget = maxBytes - utf8Length(ELLIPSIS);
        int used = 0;
        int end = 0;
        while (end < text.length()) {
            int cp = text.codePointAt(end);
            int size = utf8Length(new String(Character.toChars(cp)));
            if (used + size > budget) {
                break;
            }
            used += size;
            end += Character.charCount(cp);
        }
        return text.substring(0, end) + ELLIPSIS;
    }

    static int utf8Length(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    /** Markdown's link and emphasis characters in a value, made literal. */
    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]").replace("*", "\\*").replace("_", "\\_");
    }

    private static String html(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
