package yaowen.cleaning.fingerprint;

/**
 * 64-bit SimHash over character 3-grams of the Han characters, letters and digits of a text
 * (whitespace and punctuation are skipped, so reflowed or re-punctuated copies hash alike). Each
 * shingle is hashed with 64-bit FNV-1a followed by a murmur finaliser and has weight 1. Texts that
 * differ in a few sentences land a few bits apart; unrelated texts about 32 bits apart.
 * Stateless and thread-safe.
 */
public final class SimHash {
    private static final int SHINGLE = 3;

    private SimHash() {
    }

    /** The SimHash of {@code text}; 0 for a text with fewer than one shingle of letters. */
    public static long of(CharSequence text) {
        int[] cps = significant(text);
        if (cps.length == 0) {
            return 0L;
        }
        int[] votes = new int[64];
        int shingles = Math.max(1, cps.length - SHINGLE + 1);
        for (int i = 0; i < shingles; i++) {
            long h = 0xcbf29ce484222325L;
            for (int k = i; k < Math.min(cps.length, i + SHINGLE); k++) {
                h ^= cps[k];
                h *= 0x100000001b3L;
            }
            h = mix(h);
            for (int bit = 0; bit < 64; bit++) {
                votes[bit] += (int) ((h >>> bit) & 1L);
            }
        }
        long out = 0L;
        for (int bit = 0; bit < 64; bit++) {
            if (votes[bit] * 2 > shingles) {
                out |= 1L << bit;
            }
        }
        return out;
    }

    /** Number of differing bits between two SimHashes (0–64). */
    public static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    private static int[] significant(CharSequence text) {
        return text.codePoints()
                .filter(Character::isLetterOrDigit)
                .map(Character::toLowerCase)
                .toArray();
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }
}
