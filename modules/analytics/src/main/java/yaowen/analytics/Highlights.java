package yaowen.analytics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where each figure of an article sits in its clean text, for highlighting. Stateless.
 *
 * <p>Each quote, in the order given, is looked for in its evidence sentence — written as in the text, else the same
 * once whitespace is ignored (the sentence may have been stored with its spaces or line breaks changed) — and its
 * phrase is then the first occurrence inside that sentence not already taken by an earlier quote (so the same
 * "增长6.5%" of two sentences goes to each its own); failing that, the first occurrence not taken anywhere in the
 * text. A phrase is matched as written, else ignoring whitespace too. An occurrence overlapping a span already taken
 * is passed over, so spans never overlap; a quote with no free occurrence gets no span.
 *
 * <p>Cost: the text is copied once without its whitespace; a quote then costs a few {@link String#indexOf} scans
 * of the text (finding its sentence) and of its sentence, each moving only forward — past a taken span in one
 * step — so never a rescan per occurrence.
 */
public final class Highlights {
    private Highlights() {
    }

    /**
     * The spans of {@code quotes} in {@code text}, ordered by start and never overlapping: each phrase is looked for
     * inside its sentence first (the same phrase may stand in several sentences), else anywhere; a quote not found
     * has no span.
     */
    public static List<Span> locate(String text, List<Quote> quotes) {
        Locator locator = new Locator(text);
        List<Span> spans = new ArrayList<>();
        for (int i = 0; i < quotes.size(); i++) {
            Quote q = quotes.get(i);
            int[] found = q.raw().isEmpty() ? null : locator.find(q);
            if (found != null) {
                locator.taken.put(found[0], found[1]);
                spans.add(new Span(found[0], found[1], i));
            }
        }
        spans.sort(Comparator.comparingInt(Span::start));
        return spans;
    }

    private static boolean space(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static String squeeze(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (!space(s.charAt(i))) {
                b.append(s.charAt(i));
            }
        }
        return b.toString();
    }

    /** The index in {@code at} (ascending) of the first position at or after {@code position}. */
    private static int index(int[] at, int position) {
        int k = Arrays.binarySearch(at, position);
        return k >= 0 ? k : -k - 1;
    }

    /** One text being marked: the spans taken so far and what the searches so far have learnt. */
    private static final class Locator {
        final String text;
        /** The text without its whitespace, and where each of its characters stands in the text. */
        final String squeezed;
        final int[] at;
        /** Taken spans, start to end; they never overlap. */
        final TreeMap<Integer, Integer> taken = new TreeMap<>();
        /** Where each sentence first stands in the text (−1: not as written). */
        final Map<String, Integer> sentences = new HashMap<>();
        /** Where each search last succeeded: it resumes there, as what it passed over then is still taken. */
        final Map<String, Integer> cursors = new HashMap<>();

        Locator(String text) {
            this.text = text;
            StringBuilder b = new StringBuilder(text.length());
            int[] positions = new int[text.length()];
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (!space(c)) {
                    positions[b.length()] = i;
                    b.append(c);
                }
            }
            this.squeezed = b.toString();
            this.at = Arrays.copyOf(positions, b.length());
        }

        /** {@code [start, end)} of the quote's phrase, or null. */
        int[] find(Quote q) {
            String evidence = q.evidence();
            int s = evidence.isEmpty() ? -1 : sentences.computeIfAbsent(evidence, text::indexOf);
            if (s >= 0) {
                for (; s >= 0; s = text.indexOf(evidence, s + 1)) {
                    int[] in = phrase(q.raw(), s, s + evidence.length());
                    if (in != null) {
                        return in;
                    }
                }
            } else {
                String e = squeeze(evidence);
                for (int k = e.isEmpty() ? -1 : squeezed.indexOf(e); k >= 0; k = squeezed.indexOf(e, k + 1)) {
                    int[] in = phrase(q.raw(), at[k], at[k + e.length() - 1] + 1);
                    if (in != null) {
                        return in;
                    }
                }
            }
            return phrase(q.raw(), 0, text.length());
        }

        /** The first free occurrence of {@code raw} in {@code [from, to)} of the text: as written, else ignoring spaces. */
        int[] phrase(String raw, int from, int to) {
            int[] exact = free(text, raw, from, to, null);
            if (exact != null) {
                return exact;
            }
            String r = squeeze(raw);
            return r.isEmpty() ? null : free(squeezed, r, index(at, from), index(at, to), at);
        }

        /**
         * The first occurrence of {@code needle} in {@code [from, to)} of {@code whole} overlapping no taken span, as
         * {@code [start, end)} of the text; {@code map} maps {@code whole} to the text (null: it is the text).
         */
        int[] free(String whole, String needle, int from, int to, int[] map) {
            String resume = (map == null ? "t" : "s") + from + ':' + to + ':' + needle;
            String hay = whole.substring(from, to);
            for (int p = hay.indexOf(needle, cursors.getOrDefault(resume, 0)); p >= 0; ) {
                int first = from + p;
                int last = first + needle.length() - 1;
                int start = map == null ? first : map[first];
                int end = (map == null ? last : map[last]) + 1;
                Map.Entry<Integer, Integer> before = taken.lowerEntry(end);
                if (before == null || before.getValue() <= start) {
                    cursors.put(resume, p);
                    return new int[] {start, end};
                }
                // any later start before the blocking span's end overlaps it too
                int next = map == null ? before.getValue() : index(map, before.getValue());
                p = hay.indexOf(needle, Math.max(p + 1, next - from));
            }
            cursors.put(resume, hay.length()); // nothing free now is nothing free later
            return null;
        }
    }
}
