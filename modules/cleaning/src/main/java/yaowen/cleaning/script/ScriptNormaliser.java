package yaowen.cleaning.script;

import com.hankcs.hanlp.HanLP;
import yaowen.cleaning.CleanedArticle.Script;

/**
 * Decides whether a text is in traditional script and normalises lines of it: pinyin glosses removed,
 * traditional converted to simplified (HanLP {@code t2s}), full-width digits/letters/spaces folded,
 * whitespace collapsed. Stateless and thread-safe; HanLP's dictionaries load lazily on the first
 * traditional page.
 */
public final class ScriptNormaliser {
    /** Frequent characters that exist only in traditional script. */
    private static final String TRADITIONAL =
            "這們個為會說時國對發後過裡來經還進現當沒動開關與從實點問題應學產業義機務設電員據將區長頭體見樣話歷"
            + "麼種裏幾處氣變總數報結場計資統規萬確傳師觀聯車親極辦議導運條係嗎讓識帶爭濟組質團價黨華級際約線視須"
            + "單寫稱農廣顯標圖專費號較語選紅響雖勢參構節維態護興驗責營紀舉術習環獲層範縣鎮鄉稅藝領書門東們網電該";
    /** Their simplified counterparts (and other simplified-only forms). */
    private static final String SIMPLIFIED =
            "这们个为会说时国对发后过里来经还进现当没动开关与从实点问题应学产业义机务设电员据将区长头体见样话历"
            + "么种几处气变总数报结场计资统规万确传师观联车亲极办议导运条吗让识带争济组质团价党华级际约线视须"
            + "单写称农广显标图专费号较语选红响虽势参构节维态护兴验责营纪举术习环获层范县镇乡税艺领书门东网该";
    private static final byte[] KIND = new byte[0x10000];

    static {
        for (char c : SIMPLIFIED.toCharArray()) {
            KIND[c] = 1;
        }
        for (char c : TRADITIONAL.toCharArray()) {
            KIND[c] = 2;
        }
    }

    private ScriptNormaliser() {
    }

    /** The script {@code text} is written in: traditional when traditional-only characters clearly dominate. */
    public static Script detect(CharSequence text) {
        int simplified = 0;
        int traditional = 0;
        for (int i = 0; i < text.length(); i++) {
            byte k = KIND[text.charAt(i)];
            if (k == 1) {
                simplified++;
            } else if (k == 2) {
                traditional++;
            }
        }
        return traditional >= 3 && traditional > 2 * simplified ? Script.TRADITIONAL : Script.SIMPLIFIED;
    }

    /**
     * One normalised line: glosses removed, converted to simplified when {@code script} is traditional,
     * full-width folded, whitespace collapsed to single spaces and trimmed.
     */
    public static String normalise(String line, Script script) {
        String s = PinyinGlosses.remove(line);
        if (script == Script.TRADITIONAL) {
            s = toSimplified(s);
        }
        return isNormal(s) ? s : collapseWhitespace(FullWidthFolding.fold(s));
    }

    /** Whether {@code s} has nothing to fold and no whitespace but single plain spaces between other characters. */
    private static boolean isNormal(String s) {
        boolean afterSpace = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c > ' ' && c < '\u00A0' || c > '\u3000' && c < '\uFEFF') {
                afterSpace = false; // printable ASCII, CJK and most scripts: kept as they are
            } else if (c == ' ') {
                if (afterSpace) {
                    return false;
                }
                afterSpace = true;
            } else if (FullWidthFolding.foldChar(c) != c || isSpace(c)) {
                return false;
            } else {
                afterSpace = false;
            }
        }
        return !afterSpace || s.isEmpty();
    }

    /** Traditional to simplified with HanLP. */
    public static String toSimplified(String s) {
        return s.isEmpty() ? s : HanLP.convertToSimplifiedChinese(s);
    }

    /** Runs of whitespace become one space; leading and trailing whitespace is removed. */
    public static String collapseWhitespace(String s) {
        if (isCollapsed(s)) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                space = sb.length() > 0;
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Whether {@code s} has no whitespace but single plain spaces between other characters. */
    private static boolean isCollapsed(String s) {
        boolean afterSpace = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ') {
                if (afterSpace) {
                    return false;
                }
                afterSpace = true;
            } else if (isSpace(c)) {
                return false;
            } else {
                afterSpace = false;
            }
        }
        return !afterSpace || s.isEmpty();
    }

    private static boolean isSpace(char c) {
        return c <= '\u3000' && (Character.isWhitespace(c) || c == '\u00A0' || c == '\u3000');
    }
}
