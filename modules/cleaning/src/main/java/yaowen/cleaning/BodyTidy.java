package yaowen.cleaning;

import java.util.List;
import yaowen.cleaning.fields.TitleFinder;

/**
 * Last touches on the kept body lines of a page copied as plain text (an HTML page marks its paragraphs, so none
 * of this applies there), for patterns that need the whole body:
 * <ul>
 *   <li>a paragraph that the copy broke inside a sentence ({@code …新建高标准农田、水利设} / {@code 施、冷链仓储…})
 *       is joined: the line holds a full stop but stops on a character (a heading has no full stop), and the next
 *       starts with a fragment of at most three characters before its first comma or 、 that is no word opening a
 *       paragraph ({@code 今年，}, {@code 会上，}, {@code 同时，});</li>
 *   <li>a title glued to the first sentence ({@code 某县召开民主生活会根据…的部署，…}) loses the title, when what
 *       follows it opens like a lead (a date, 根据, 本报讯, 近日 …);</li>
 *   <li>a deck or teaser that the body repeats (the same words again inside a later paragraph) is dropped.</li>
 * </ul>
 * Stateless.
 */
final class BodyTidy {
    /** Opening lines looked at for a glued title or a deck. */
    private static final int OPENING = 5;
    private static final int MIN_DECK = 20;
    private static final int MIN_GLUED_REST = 10;
    private static final int MIN_GLUED_TITLE = 10;
    private static final int MAX_FRAGMENT = 3;
    /** Words that open a paragraph before a comma: a line starting so is a paragraph of its own, no fragment. */
    private static final java.util.Set<String> OPENERS = java.util.Set.of("今年", "去年", "明年", "当年", "会上", "会后",
            "会前", "会议", "同时", "此外", "另外", "其中", "目前", "当前", "近年", "近日", "日前", "近期", "为此", "对此",
            "因此", "但是", "然而", "首先", "其次", "再次", "最后", "一是", "二是", "三是", "四是", "五是", "据悉", "据了解",
            "据介绍", "今后", "下一步", "随后", "之后", "此前", "截至", "截止", "另一方面", "总之", "对", "为", "在", "据", "一",
            "二", "三", "四", "五", "六", "七", "八", "九", "十");
    /** How a lead opens: a date, 根据/按照, a news agency's 讯, 近日 … */
    private static final java.util.regex.Pattern LEAD_OPENING = java.util.regex.Pattern.compile(
            "^(?:(?:19|20)\\d\\d\\s*年|\\d{1,2}\\s*月|\\d{1,2}\\s*日|[一二三四五六七八九十]{1,3}月|根据|按照|依据|为(?:深入|进一步|全面|切实|加快|推动|做好|贯彻|落实|认真)|"
            + "本报讯|本网讯|本台讯|讯|据|近日|日前|近期|连日来|近年来|今年以来|今年|当天|日上午|日下午|上午|下午|晚上)");
    private BodyTidy() {
    }

    static void tidy(List<String> body, String titleKey) {
        joinBrokenLines(body);
        if (titleKey.length() >= MIN_GLUED_TITLE) {
            for (int i = 0; i < Math.min(body.size(), 3); i++) {
                String rest = afterPrefix(body.get(i), titleKey);
                // glued means no punctuation between: "…召开会议，研究…" is a sentence that starts like the title
                if (rest != null && rest.length() >= MIN_GLUED_REST && LEAD_OPENING.matcher(rest).lookingAt()) {
                    body.set(i, rest);
                    break;
                }
            }
        }
        dropDecks(body);
    }

    /** Drops an opening line that a later line repeats (whitespace aside). */
    private static void dropDecks(List<String> body) {
        for (int i = Math.min(body.size(), OPENING) - 1; i >= 0; i--) {
            String line = body.get(i);
            if (line.length() < MIN_DECK) {
                continue;
            }
            boolean spaced = line.indexOf(' ') >= 0; // lines are normalised: single spaces only
            String k = spaced ? TitleFinder.squash(line) : line;
            if (k.length() < MIN_DECK) {
                continue;
            }
            for (int j = i + 1; j < body.size(); j++) {
                String later = body.get(j);
                if (later.length() >= k.length() && (spaced || later.indexOf(' ') >= 0 ? TitleFinder.squash(later) : later).contains(k)) {
                    body.remove(i);
                    break;
                }
            }
        }
    }

    /** Joins broken lines in one pass: each line is copied once into the paragraph it ends up in. */
    private static void joinBrokenLines(List<String> body) {
        if (body.size() < 2) {
            return;
        }
        List<String> out = new java.util.ArrayList<>(body.size());
        StringBuilder paragraph = new StringBuilder(body.get(0));
        boolean fullStop = body.get(0).indexOf('。') >= 0;
        for (int i = 1; i < body.size(); i++) {
            String next = body.get(i);
            int len = paragraph.length();
            if (fullStop && len >= 20 && isHan(paragraph.charAt(len - 1)) && startsWithFragment(next)) {
                paragraph.append(next);
                continue;
            }
            out.add(paragraph.toString());
            paragraph.setLength(0);
            paragraph.append(next);
            fullStop = next.indexOf('。') >= 0;
        }
        out.add(paragraph.toString());
        if (out.size() < body.size()) {
            body.clear();
            body.addAll(out);
        }
    }

    /** The line starts with a fragment of a word (1–3 characters before a comma or 、) that opens no paragraph. */
    private static boolean startsWithFragment(String line) {
        for (int i = 0; i < Math.min(line.length(), MAX_FRAGMENT + 1); i++) {
            char c = line.charAt(i);
            if (c == '，' || c == ',' || c == '、') {
                return i > 0 && !OPENERS.contains(line.substring(0, i));
            }
            if (!isHan(c)) {
                return false;
            }
        }
        return false;
    }

    /** {@code line} after a prefix whose non-space characters are {@code key}; null when it does not start so. */
    private static String afterPrefix(String line, String key) {
        int k = 0;
        int i = 0;
        while (i < line.length() && k < key.length()) {
            char c = line.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u3000') {
                i++;
                continue;
            }
            if (c != key.charAt(k)) {
                return null;
            }
            i++;
            k++;
        }
        return k == key.length() ? line.substring(i).strip() : null;
    }

    private static boolean isHan(char c) {
        return c >= '\u3400' && c <= '\u9FFF';
    }
}
