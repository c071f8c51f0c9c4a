package yaowen.cleaning;

import java.util.List;
import yaowen.cleaning.fields.TitleFinder;

/**
 * Last touches on the kept body lines, for patterns that need the whole body:
 * <ul>
 *   <li>a paragraph that a page broke inside a sentence ({@code …企业上} / {@code 市、高端人才…}) is joined: the
 *       line holds a full stop but stops on a character (a heading has no full stop), and the next starts with a
 *       fragment of at most three characters before its first comma or 、;</li>
 *   <li>a title glued to the first sentence ({@code 某县召开民主生活会根据…的部署，…}) loses the title;</li>
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

    private BodyTidy() {
    }

    static void tidy(List<String> body, String titleKey) {
        joinBrokenLines(body);
        if (titleKey.length() >= MIN_GLUED_TITLE) {
            for (int i = 0; i < Math.min(body.size(), 3); i++) {
                String rest = afterPrefix(body.get(i), titleKey);
                // glued means no punctuation between: "…召开会议，研究…" is a sentence that starts like the title
                if (rest != null && rest.length() >= MIN_GLUED_REST && (isHan(rest.charAt(0)) || Character.isDigit(rest.charAt(0)))) {
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

    private static void joinBrokenLines(List<String> body) {
        for (int i = body.size() - 2; i >= 0; i--) {
            String line = body.get(i);
            String next = body.get(i + 1);
            if (line.length() >= 20 && isHan(line.charAt(line.length() - 1)) && line.indexOf('。') >= 0
                    && startsWithFragment(next)) {
                body.set(i, line + next);
                body.remove(i + 1);
            }
        }
    }

    private static boolean startsWithFragment(String line) {
        for (int i = 0; i < Math.min(line.length(), MAX_FRAGMENT + 1); i++) {
            char c = line.charAt(i);
            if (c == '，' || c == ',' || c == '、') {
                return i > 0;
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
