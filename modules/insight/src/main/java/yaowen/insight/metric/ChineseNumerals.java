package yaowen.insight.metric;

import java.util.regex.Pattern;
import java.util.OptionalDouble;

/**
 * Numerals as written in Chinese government text: Arabic ({@code 414.9}, {@code 4,565}, full-width
 * {@code ４５６５}), Chinese ({@code 三}, {@code 十二}, {@code 一百二十}, {@code 两}, {@code 七点五}), with an optional
 * magnitude ({@code 1.4万}, {@code 三千万}, {@code 1.3万亿}) and {@code 百分之十五} for percentages.
 * Stateless and thread-safe; never throws on odd input (unparsable text is empty).
 */
public final class ChineseNumerals {
    private static final Pattern DECIMAL = Pattern.compile("\\d+(\\.\\d+)?");

    private static final String DIGITS = "零一二三四五六七八九";

    private ChineseNumerals() {
    }

    /** Value of {@code text} including any trailing magnitude (万, 亿, 万亿, 千, 百); empty if not a numeral. */
    public static OptionalDouble parse(String text) {
        if (text == null) {
            return OptionalDouble.empty();
        }
        String s = fold(text).strip();
        if (s.startsWith("百分之")) {
            return parse(s.substring(3));
        }
        if (s.isEmpty()) {
            return OptionalDouble.empty();
        }
        double sign = 1;
        if (s.charAt(0) == '-' || s.charAt(0) == '负' || s.charAt(0) == '−') {
            sign = -1;
            s = s.substring(1);
        }
        // A magnitude after an Arabic number (1.4万, 1.3万亿) multiplies; Chinese numerals use 万/千 internally (三千万).
        double magnitude = 1;
        int cut = s.length();
        while (cut > 0 && magnitude(s.charAt(cut - 1)) > 0) {
            cut--;
        }
        if (cut < s.length() && cut > 0 && Character.isDigit(s.charAt(cut - 1))) {
            for (int i = cut; i < s.length(); i++) {
                magnitude *= magnitude(s.charAt(i));
            }
            s = s.substring(0, cut);
        }
        OptionalDouble v = arabic(s);
        if (v.isEmpty()) {
            v = chinese(s);
        }
        if (v.isEmpty()) {
            return v;
        }
        return OptionalDouble.of(sign * v.getAsDouble() * magnitude);
    }

    /** Folds full-width digits, dot, comma and percent sign to ASCII. */
    public static String fold(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '０' && c <= '９') {
                b.append((char) ('0' + (c - '０')));
            } else if (c == '．') {
                b.append('.');
            } else if (c == '％') {
                b.append('%');
            } else if (c == '，') {
                b.append(',');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** 万 → 1e4, 亿 → 1e8, 千 → 1e3, 百 → 1e2; 0 for anything else. */
    public static double magnitude(char c) {
        return switch (c) {
            case '万' -> 1e4;
            case '亿' -> 1e8;
            case '千' -> 1e3;
            case '百' -> 1e2;
            default -> 0;
        };
    }

    /** True for characters that can appear inside a Chinese numeral. */
    public static boolean isChineseNumeralChar(char c) {
        return DIGITS.indexOf(c) >= 0 || c == '〇' || c == '两' || c == '十' || c == '百' || c == '千'
                || c == '万' || c == '亿' || c == '点';
    }

    private static OptionalDouble arabic(String s) {
        String t = s.replace(",", "");
        if (t.isEmpty() || !DECIMAL.matcher(t).matches()) {
            return OptionalDouble.empty();
        }
        try {
            return OptionalDouble.of(Double.parseDouble(t));
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }

    private static OptionalDouble chinese(String s) {
        if (s.isEmpty()) {
            return OptionalDouble.empty();
        }
        for (int i = 0; i < s.length(); i++) {
            if (!isChineseNumeralChar(s.charAt(i))) {
                return OptionalDouble.empty();
            }
        }
        int dot = s.indexOf('点');
        if (dot >= 0) {
            OptionalDouble whole = dot == 0 ? OptionalDouble.of(0) : integer(s.substring(0, dot));
            String frac = s.substring(dot + 1);
            if (whole.isEmpty() || frac.isEmpty()) {
                return OptionalDouble.empty();
            }
            StringBuilder digits = new StringBuilder("0.");
            for (char c : frac.toCharArray()) {
                int d = digit(c);
                if (d < 0) {
                    return OptionalDouble.empty();
                }
                digits.append(d);
            }
            return OptionalDouble.of(whole.getAsDouble() + Double.parseDouble(digits.toString()));
        }
        return integer(s);
    }

    /** Chinese integer: 三, 十二, 一百二十, 三千零五, 四万五千, 二〇二三 (digit by digit). */
    private static OptionalDouble integer(String s) {
        if (s.chars().allMatch(c -> c == '万' || c == '亿' || c == '千' || c == '百')) {
            return OptionalDouble.empty();
        }
        boolean positional = s.chars().noneMatch(c -> c == '十' || c == '百' || c == '千' || c == '万' || c == '亿');
        if (positional) {
            long v = 0;
            for (char c : s.toCharArray()) {
                int d = digit(c);
                if (d < 0) {
                    return OptionalDouble.empty();
                }
                v = v * 10 + d;
            }
            return OptionalDouble.of(v);
        }
        double total = 0;
        double section = 0;
        double number = 0;
        boolean any = false;
        for (char c : s.toCharArray()) {
            int d = digit(c);
            if (d >= 0) {
                number = d;
                any = true;
                continue;
            }
            switch (c) {
                case '十', '百', '千' -> {
                    double unit = c == '十' ? 10 : c == '百' ? 100 : 1000;
                    section += (number == 0 && !any ? 1 : number) * unit;
                    number = 0;
                    any = true;
                }
                case '万' -> {
                    total += (section + number) * 1e4;
                    section = 0;
                    number = 0;
                }
                case '亿' -> {
                    total = (total + section + number) * 1e8;
                    section = 0;
                    number = 0;
                }
                default -> {
                    return OptionalDouble.empty();
                }
            }
        }
        return OptionalDouble.of(total + section + number);
    }

    private static int digit(char c) {
        if (c == '〇' || c == '零') {
            return 0;
        }
        if (c == '两') {
            return 2;
        }
        return DIGITS.indexOf(c);
    }
}
