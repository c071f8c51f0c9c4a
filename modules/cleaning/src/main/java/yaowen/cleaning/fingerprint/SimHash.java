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
        int[] cps = new int[text.length()];
        int n = significant(text, cps);
        if (n == 0) {
            return 0L;
        }
        // Votes are counted eight bits at a time: byte lane k of lanes[j] counts bit 8k + j, flushed before a
        // lane can overflow, so each shingle costs 8 additions instead of 64.
        int[] votes = new int[64];
        long[] lanes = new long[8];
        int pending = 0;
        int shingles = Math.max(1, n - SHINGLE + 1);
        for (int i = 0; i < shingles; i++) {
            long h = 0xcbf29ce484222325L;
            for (int k = i, end = Math.min(n, i + SHINGLE); k < end; k++) {
                h ^= cps[k];
                h *= 0x100000001b3L;
            }
            h = mix(h);
            for (int j = 0; j < 8; j++) {
                lanes[j] += (h >>> j) & 0x0101010101010101L;
            }
            if (++pending == 255) {
                flush(lanes, votes);
                pending = 0;
            }
        }
        flush(lanes, votes);
        long out = 0L;
        for (int bit = 0; bit < 64; bit++) {
            if (votes[bit] * 2 > shingles) {
                out |= 1L << bit;
            }
        }
        return out;
    }

    private static void flush(long[] lanes, int[] votes) {
        for (int j = 0; j < 8; j++) {
            long l = lanes[j];
            for (int k = 0; k < 8; k++) {
                votes[8 * k + j] += (int) ((l >>> (8 * k)) & 0xFF);
            }
            lanes[j] = 0;
        }
    }

    /** Number of differing bits between two SimHashes (0–64). */
    public static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    /** Writes the lower-cased letters and digits of {@code text} (as code points) into {@code out}; returns how many. */
    private static int significant(CharSequence text, int[] out) {
        int n = 0;
        int len = text.length();
        for (int i = 0; i < len; i++) {
            char c = text.charAt(i);
            if (c >= '\u4E00' && c <= '\u9FA5') {
                out[n++] = c; // common Han: a letter without case
            } else if (c < 0x80) {
                if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                    out[n++] = c;
                } else if (c >= 'A' && c <= 'Z') {
                    out[n++] = c + ('a' - 'A');
                }
            } else {
                int cp = c;
                if (Character.isHighSurrogate(c) && i + 1 < len && Character.isLowSurrogate(text.charAt(i + 1))) {
                    cp = Character.toCodePoint(c, text.charAt(++i));
                }
                if (Character.isLetterOrDigit(cp)) {
                    out[n++] = Character.toLowerCase(cp);
                }
            }
        }
        return n;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }
}
