package yaowen.insight.metric;

/**
 * The form of text the metric grammar reads. {@link #normalise} drops quotes and spaces, folds full-width digits,
 * '％', '．' and '，', turns a run of dashes or tildes into one '-', and spells out joint income labels
 * (城乡居民人均可支配收入 → 城镇居民人均可支配收入和农村居民人均可支配收入) so that 分别 can pair each with its figure.
 * Stateless and thread-safe.
 */
final class MetricText {
    /** Joint labels of urban and rural income, split so that 分别 can pair them with their figures. */
    private static final String[][] JOINT_LABELS = {
            {"城乡居民人均可支配收入", "城镇居民人均可支配收入和农村居民人均可支配收入"},
            {"城镇和农村居民人均可支配收入", "城镇居民人均可支配收入和农村居民人均可支配收入"},
            {"城镇、农村居民人均可支配收入", "城镇居民人均可支配收入和农村居民人均可支配收入"},
            {"城乡常住居民人均可支配收入", "城镇常住居民人均可支配收入和农村常住居民人均可支配收入"}};

    private static final java.util.regex.Pattern ABBREVIATION = java.util.regex.Pattern.compile(
            "(?<=\\p{IsHan})\\(([A-Za-z&]{2,6})\\)");

    private static final java.util.regex.Pattern SPLIT_LABEL = java.util.regex.Pattern.compile(
            "(?=[产工服建])(产业|工业|工业企业|服务业|建筑业)(实现|完成)(增加值|营业收入|营收|总产值|产值)");

    private MetricText() {
    }

    /** Whether {@code b} holds a Latin letter right after an opening bracket: a cheap test before the regex. */
    private static boolean hasBracketedLatin(CharSequence b) {
        for (int i = 0; i + 1 < b.length(); i++) {
            if (b.charAt(i) == '(') {
                char n = b.charAt(i + 1);
                if (n >= 'A' && n <= 'Z' || n >= 'a' && n <= 'z') {
                    return true;
                }
            }
        }
        return false;
    }

    /** Drops quotes and spaces, folds full-width digits and turns dashes into '-' (one pass). */
    static String normalise(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '“', '”', '"', '‘', '’', '\'', '《', '》', '「', '」', '『', '』', ' ', '\t', '\u3000', '\u00a0' -> {
                }
                case '—', '–', '－', '~', '～' -> {
                    if (b.length() == 0 || b.charAt(b.length() - 1) != '-') {
                        b.append('-');
                    }
                }
                case '％', '℅' -> b.append('%'); // ℅ stands for % on some CMS pages
                case 'c' -> {
                    // NFKC folding (done before insight) turns ℅ into "c/o": after a digit it is still a percent sign
                    if (s.startsWith("c/o", i) && b.length() > 0 && Character.isDigit(b.charAt(b.length() - 1))) {
                        b.append('%');
                        i += 2;
                    } else {
                        b.append(c);
                    }
                }
                case '：' -> b.append(':');
                case '；' -> b.append(';');
                case '（' -> b.append('(');
                case '）' -> b.append(')');
                case '．' -> b.append('.');
                case '，' -> b.append(',');
                default -> b.append(c >= '０' && c <= '９' ? (char) ('0' + (c - '０')) : c);
            }
        }
        if (hasBracketedLatin(b)) {
            // "居民消费价格指数(CPI)同比上涨2.1%": an abbreviation in brackets restates the label before it
            String t = ABBREVIATION.matcher(b).replaceAll("");
            b.setLength(0);
            b.append(t);
        }
        if (b.indexOf("业实现") >= 0 || b.indexOf("业完成") >= 0) {
            // "第一产业实现增加值", "规模以上工业企业实现营业收入": the verb splits a label in two
            String t = SPLIT_LABEL.matcher(b).replaceAll("$1$3");
            b.setLength(0);
            b.append(t);
        }
        if (b.indexOf("居民人均可支配收入") >= 0) {
            String t = b.toString();
            for (String[] joint : JOINT_LABELS) {
                t = t.replace(joint[0], joint[1]);
            }
            return t;
        }
        return b.toString();
    }
}
