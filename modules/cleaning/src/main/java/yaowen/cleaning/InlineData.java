package yaowen.cleaning;

import java.util.Locale;
import java.util.Set;

/**
 * Removes inline data that carries no article text from HTML before the parse budget is applied, so a
 * multi-megabyte {@code data:} image or inline script ahead of the article does not push the article past
 * the cut. Removed: the payload of {@code data:} URIs in attribute values (src, href, srcset, style
 * {@code url(...)}; each becomes {@code data:,}), attribute values longer than {@value #MAX_ATTRIBUTE_CHARS}
 * characters (emptied: no field the cleaner reads is that long, and a hostile page can pad a {@code class} or
 * {@code title} to push the article past the cut), the bodies of {@code script}, {@code style},
 * {@code noscript}, {@code template} and {@code svg} (all skipped by the block extractor anyway) and
 * comments. Tags, attributes and text are kept as they are; raw-text elements that do carry text
 * ({@code title}, {@code textarea}, {@code xmp}, ...) are copied untouched.
 *
 * <p>One left-to-right scan with a small tag tokenizer, no regular expressions: every character is looked at
 * a bounded number of times, so the cost is linear in the page.
 */
final class InlineData {
    private static final Set<String> DROP_BODY = Set.of("script", "style", "noscript", "template", "svg");
    /** Longer attribute values are emptied. */
    static final int MAX_ATTRIBUTE_CHARS = 16_384;
    private static final Set<String> KEEP_RAW = Set.of("title", "textarea", "xmp", "iframe", "noembed", "noframes");

    private InlineData() {
    }

    /** The page without inline data; the same string when there is nothing to remove. */
    static String strip(String html) {
        int n = html.length();
        StringBuilder out = new StringBuilder(Math.min(n, 1 << 20));
        int copied = 0; // html[copied, i) is still to be appended
        int i = 0;
        while (i < n) {
            int lt = html.indexOf('<', i);
            if (lt < 0 || lt + 1 >= n) {
                break;
            }
            char c = html.charAt(lt + 1);
            if (html.startsWith("!--", lt + 1)) {
                int end = html.indexOf("-->", lt + 2);
                int close = end < 0 ? n : end + 3;
                out.append(html, copied, lt);
                copied = close;
                i = close;
            } else if (c == '!' || c == '?') {
                int end = html.indexOf('>', lt + 2);
                i = end < 0 ? n : end + 1;
            } else if (isAsciiLetter(c) || c == '/' && lt + 2 < n && isAsciiLetter(html.charAt(lt + 2))) {
                boolean endTag = c == '/';
                int nameStart = lt + (endTag ? 2 : 1);
                int nameEnd = nameStart;
                while (nameEnd < n && !isTagNameEnd(html.charAt(nameEnd))) {
                    nameEnd++;
                }
                // attributes: the payload of data: URIs goes
                int p = nameEnd;
                while (p < n) {
                    char a = html.charAt(p);
                    if (a == '>') {
                        break;
                    }
                    if (a != '=') {
                        p++;
                        continue;
                    }
                    p++;
                    while (p < n && isSpace(html.charAt(p))) {
                        p++;
                    }
                    if (p >= n) {
                        break;
                    }
                    char q = html.charAt(p);
                    int vs;
                    int ve;
                    if (q == '"' || q == '\'') {
                        vs = p + 1;
                        ve = html.indexOf(q, vs);
                        ve = ve < 0 ? n : ve;
                        p = Math.min(n, ve + 1);
                    } else {
                        vs = p;
                        ve = p;
                        while (ve < n && !isSpace(html.charAt(ve)) && html.charAt(ve) != '>') {
                            ve++;
                        }
                        p = ve;
                    }
                    if (ve - vs > MAX_ATTRIBUTE_CHARS) {
                        out.append(html, copied, vs);
                        copied = ve;
                    } else {
                        copied = dropDataPayloads(html, vs, ve, out, copied);
                    }
                }
                int tagEnd = Math.min(n, p + 1);
                i = tagEnd;
                if (endTag) {
                    continue;
                }
                String name = html.substring(nameStart, nameEnd).toLowerCase(Locale.ROOT);
                boolean drop = DROP_BODY.contains(name);
                if (drop || KEEP_RAW.contains(name)) {
                    if (name.equals("svg") && p < n && html.charAt(p - 1) == '/') {
                        continue; // <svg/>: no body
                    }
                    int close = closingTag(html, tagEnd, name);
                    if (drop) {
                        out.append(html, copied, tagEnd);
                        copied = close;
                    }
                    i = close;
                } else if (name.equals("plaintext")) {
                    break; // the rest is text
                }
            } else {
                i = lt + 1;
            }
        }
        if (copied == 0) {
            return html;
        }
        out.append(html, copied, n);
        return out.toString();
    }

    /** Drops data: payloads within the attribute value {@code [vs, ve)}; returns the new copy mark. */
    private static int dropDataPayloads(String html, int vs, int ve, StringBuilder out, int copied) {
        int k = vs;
        while (k + 5 <= ve) {
            char d = html.charAt(k);
            if ((d == 'd' || d == 'D') && html.regionMatches(true, k, "data:", 0, 5)
                    && (k == vs || startsUri(html.charAt(k - 1)))) {
                int runEnd = k + 5;
                while (runEnd < ve && !endsUri(html.charAt(runEnd))) {
                    runEnd++;
                }
                out.append(html, copied, k + 5).append(',');
                copied = runEnd;
                k = runEnd;
            } else {
                k++;
            }
        }
        return copied;
    }

    /** Where {@code </name} starts after {@code from}, or the end of the page (as the HTML parser reads it). */
    private static int closingTag(String html, int from, String name) {
        int n = html.length();
        for (int j = html.indexOf("</", from); j >= 0; j = html.indexOf("</", j + 2)) {
            int after = j + 2 + name.length();
            if (html.regionMatches(true, j + 2, name, 0, name.length()) && (after >= n || isTagNameEnd(html.charAt(after)))) {
                return j;
            }
        }
        return n;
    }

    private static boolean startsUri(char c) {
        return isSpace(c) || c == '(' || c == '\'' || c == '"' || c == ',';
    }

    private static boolean endsUri(char c) {
        return isSpace(c) || c == ')' || c == '\'' || c == '"';
    }

    private static boolean isTagNameEnd(char c) {
        return isSpace(c) || c == '>' || c == '/';
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
