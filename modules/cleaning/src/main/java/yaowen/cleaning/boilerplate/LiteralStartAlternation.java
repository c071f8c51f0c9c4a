package yaowen.cleaning.boilerplate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An unanchored alternation of regexes that each begin with a literal character, searched fast.
 *
 * <p>{@code Pattern.compile("a|b|c").matcher(s).find()} tries every alternative at every position of
 * {@code s}; on a line of Chinese text with twenty alternatives that is most of the cost of classifying it.
 * Here the alternatives are grouped by their first character: a position is tried only when its character
 * can start an alternative, and then only with the alternatives that start with it. {@link #find} answers
 * exactly what {@code find()} on the whole alternation answers. The first character of every alternative
 * must be a literal (not a metacharacter, class, group or escape); the constructor checks it.
 * Immutable and thread-safe.
 */
final class LiteralStartAlternation {
    private static final String META = "\\[](){}.*+?^$|";

    private final long[] starts = new long[1024];
    private final char[] keys;
    /** Per key: the literal second characters its alternatives need, or null when one takes any. */
    private final String[] seconds;
    private final Pattern[] patterns;

    /** @param alternatives regexes, each starting with a literal character */
    LiteralStartAlternation(String... alternatives) {
        Map<Character, List<String>> byFirst = new LinkedHashMap<>();
        for (String a : alternatives) {
            if (a.isEmpty() || META.indexOf(a.charAt(0)) >= 0 || a.length() > 1 && isQuantifier(a.charAt(1))) {
                throw new IllegalArgumentException("alternative must start with a literal character: " + a);
            }
            byFirst.computeIfAbsent(a.charAt(0), c -> new ArrayList<>()).add(a);
        }
        keys = new char[byFirst.size()];
        seconds = new String[byFirst.size()];
        patterns = new Pattern[byFirst.size()];
        int i = 0;
        for (Map.Entry<Character, List<String>> e : byFirst.entrySet()) {
            char c = e.getKey();
            keys[i] = c;
            StringBuilder second = new StringBuilder();
            for (String a : e.getValue()) {
                if (second != null && a.length() >= 2 && META.indexOf(a.charAt(1)) < 0
                        && (a.length() == 2 || !isQuantifier(a.charAt(2)) && a.charAt(2) != '+')) {
                    second.append(a.charAt(1));
                } else {
                    second = null;
                }
            }
            seconds[i] = second == null ? null : second.toString();
            patterns[i] = Pattern.compile(String.join("|", e.getValue()));
            starts[c >>> 6] |= 1L << c;
            i++;
        }
    }

    /** Whether any alternative matches somewhere in {@code s}. */
    boolean find(String s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if ((starts[c >>> 6] & (1L << c)) == 0) {
                continue;
            }
            int k = indexOf(c);
            if (seconds[k] != null && (i + 1 >= n || seconds[k].indexOf(s.charAt(i + 1)) < 0)) {
                continue;
            }
            Matcher m = patterns[k].matcher(s).useAnchoringBounds(false).useTransparentBounds(true);
            m.region(i, n);
            if (m.lookingAt()) {
                return true;
            }
        }
        return false;
    }

    private int indexOf(char c) {
        for (int k = 0; k < keys.length; k++) {
            if (keys[k] == c) {
                return k;
            }
        }
        throw new IllegalStateException("no alternative starts with " + c);
    }

    private static boolean isQuantifier(char c) {
        return c == '?' || c == '*' || c == '{';
    }
}
