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
public final class PinyinGlosses {
    private static final String TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ";
    private static final String SYLLABLE = "[a-zü" + TONED + "]*[" + TONED + "][a-zü" + TONED + "]*";
    private static final Pattern DAMAGED = Pattern.compile("[?\uFFFD]+[(（]?" + SYLLABLE + "[)）]");
    private static final Pattern MARKED = Pattern.compile("(?<=[\\p{IsHan}])[(（]" + SYLLABLE + "[)）]");
    private static final Pattern TONELESS = Pattern.compile("(?<=[\\p{IsHan}])[(（][a-zü]{1,6}[)）]");
    private static final Pattern ORPHAN = Pattern.compile("(?<![\\p{IsAlphabetic}])" + SYLLABLE + "[)）]");

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
        String out = DAMAGED.matcher(s).replaceAll("");
        Matcher m = MARKED.matcher(out);
        int marked = 0;
        while (m.find()) {
            marked++;
        }
        out = MARKED.matcher(out).replaceAll("");
        if (marked >= 2) {
            out = TONELESS.matcher(out).replaceAll("");
            out = ORPHAN.matcher(out).replaceAll("");
        }
        return out;
    }
}
