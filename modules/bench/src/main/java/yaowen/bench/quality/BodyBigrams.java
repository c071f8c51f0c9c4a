package yaowen.bench.quality;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;
import yaowen.bench.quality.QualityReport.Prf;

/**
 * The body-text measure of {@code docs/analysis.md}: the multiset of character bigrams over Han
 * characters, letters and digits, whitespace and punctuation dropped. Text is NFKC-folded first, so
 * full-width letters and digits count as their ASCII forms. Bigrams span the dropped characters
 * ({@code "经济，发展" → 经济 济发 发展}).
 */
final class BodyBigrams {
    private BodyBigrams() {
    }

    /** Overlap of predicted and gold bigrams: matched = Σ min(count in predicted, count in gold). */
    static Prf overlap(String predicted, String gold) {
        Map<Long, Integer> p = bigrams(predicted);
        Map<Long, Integer> g = bigrams(gold);
        long matched = 0;
        for (Map.Entry<Long, Integer> e : p.entrySet()) {
            matched += Math.min(e.getValue(), g.getOrDefault(e.getKey(), 0));
        }
        return new Prf(matched, size(p), size(g));
    }

    /** The bigram multiset, each bigram packed as {@code first << 21 | second} (code points fit 21 bits). */
    static Map<Long, Integer> bigrams(String text) {
        Map<Long, Integer> counts = new HashMap<>();
        int[] kept = Normalizer.normalize(text, Normalizer.Form.NFKC).codePoints()
                .filter(BodyBigrams::counts)
                .toArray();
        for (int i = 1; i < kept.length; i++) {
            counts.merge(((long) kept[i - 1] << 21) | kept[i], 1, Integer::sum);
        }
        return counts;
    }

    /** Han characters, letters and digits count; whitespace, punctuation and symbols do not. */
    static boolean counts(int codePoint) {
        return Character.isLetterOrDigit(codePoint)
                || Character.isIdeographic(codePoint) && Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    private static long size(Map<Long, Integer> bigrams) {
        long n = 0;
        for (int c : bigrams.values()) {
            n += c;
        }
        return n;
    }
}
