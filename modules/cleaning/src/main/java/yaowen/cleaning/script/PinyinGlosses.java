package yaowen.cleaning.script;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes pinyin glosses that some reposting sites put after each character, e.g.
 * {@code 會(huì)議} → {@code 會議}. Also removes damaged glosses whose character was lost in transcoding
 * ({@code ?jiǎng)}, {@code \uFFFD(fù)}), since the character cannot be recovered.
 *
 * <p>A gloss needs a tone-marked vowel; toneless glosses ({@code (de)}) are removed only when the
 * text already has several marked ones, so ordinary bracketed Latin text is left alone.
 */
final class PinyinGlosses {
    private static final String TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ";
    private static final String SYLLABLE = "[a-zü" + TONED + "]*[" + TONED + "][a-zü" + TONED + "]*";
    private static final Pattern DAMAGED = Pattern.compile("[?\uFFFD]+[(（]?" + SYLLABLE + "[)）]");
    // The bracket (or, for orphans, a letter) is tested before the lookbehind, which is dearer: same matches.
    private static final Pattern MARKED = Pattern.compile("[(（](?<=[\\p{IsHan}][(（])" + SYLLABLE + "[)）]");
    private static final Pattern TONELESS = Pattern.compile("[(（](?<=[\\p{IsHan}][(（])[a-zü]{1,6}[)）]");
    private static final Pattern ORPHAN = Pattern.compile("(?=[a-zü" + TONED + "])(?<![\\p{IsAlphabetic}])" + SYLLABLE + "[)）]");

    private PinyinGlosses() {
    }

    /** Whether {@code s} carries pinyin glosses at all (cheap test before the regexes). */
    public static boolean present(String s) {
        int open = s.indexOf('(');
        if (open < 0) {
            open = s.indexOf('（');
        }
        if (open < 0) {
            return false;
        }
        for (int i = open; i < s.length(); i++) {
            if (TONED.indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** {@code s} without pinyin glosses. */
    public static String remove(String s) {
        if (!present(s)) {
            return s;
        }
        String out = s.indexOf('?') >= 0 || s.indexOf('\uFFFD') >= 0 ? DAMAGED.matcher(s).replaceAll("") : s;
        Matcher m = MARKED.matcher(out);
        int marked = 0;
        StringBuilder kept = new StringBuilder(out.length());
        int last = 0;
        while (m.find()) {
            marked++;
            kept.append(out, last, m.start());
            last = m.end();
        }
        out = kept.append(out, last, out.length()).toString();
        if (marked >= 2) {
            out = TONELESS.matcher(out).replaceAll("");
            out = ORPHAN.matcher(out).replaceAll("");
        }
        return out;
    }
}
