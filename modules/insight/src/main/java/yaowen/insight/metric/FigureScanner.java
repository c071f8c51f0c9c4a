package yaowen.insight.metric;

import yaowen.insight.Metric;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds figures in a clause: number (Arabic or Chinese), optional range, magnitude and unit, and the qualifiers
 * around them (约/左右/近 → APPROX, 以上/超过/突破/不低于 → AT_LEAST, 以下/以内/控制在/不超过 → AT_MOST).
 * Years, dates, ordinals and durations are not figures. Stateless and thread-safe.
 */
final class FigureScanner {
    private static final String NUM = "(?:-)?\\d+(?:,\\d{3})*(?:\\.\\d+)?|[零一二三四五六七八九十百千两〇点]+";
    private static final String UNIT = "%|个百分点|百分点|(?:万亿|亿|万|千|百)?(?:元人民币|元|美元|人次|家|个|人|项|户|名|座|所|件|宗|台|辆|套|吨|亩|斤|公里|平方米|千瓦时)|万亿|亿|万";
    private static final Pattern FIGURE = Pattern.compile(
            "(百分之)?(" + NUM + ")(%)?(?:(?:-|至|到)(" + NUM + "))?(余|多)?(" + UNIT + ")?");
    /** 约 as "about", not the end of 签约/节约/合约 ("项目签约6个" is exact). */
    private static final Pattern BEFORE_APPROX = Pattern.compile("((?<![签节合协预制契公邀特制])约|近|接近|大约|将近|左右达)$");
    private static final Pattern BEFORE_AT_LEAST = Pattern.compile("(超过|突破|不低于|不少于|逾|高于|超)$");
    private static final Pattern BEFORE_AT_MOST = Pattern.compile("(不超过|不高于|控制在|(?<!不)低于|(?<!不)少于)$");

    private FigureScanner() {
    }

    /** Cheap pre-filter: a figure needs a digit, 百分之, or a Chinese numeral before 元/%. */
    static boolean mayHoldFigure(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (startsFigureHint(s, i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether what {@link #mayHoldFigure} looks for starts at {@code i} of {@code s}: a digit, 百分之, or a Chinese
     * numeral before 万/亿/千/百/元/人/家/个/项/%.
     */
    static boolean startsFigureHint(CharSequence s, int i) {
        char c = s.charAt(i);
        if (c >= '0' && c <= '9') {
            return true;
        }
        if (c == '百' && i + 2 < s.length() && s.charAt(i + 1) == '分' && s.charAt(i + 2) == '之') {
            return true;
        }
        return i + 1 < s.length() && ChineseNumerals.isChineseNumeralChar(c) && "万亿千百元人家个项%".indexOf(s.charAt(i + 1)) >= 0;
    }

    static List<Figure> scan(String clause) {
        List<Figure> out = new ArrayList<>();
        Matcher m = FIGURE.matcher(clause);
        int n = clause.length();
        int i = 0;
        while (i < n) {
            char c = clause.charAt(i);
            boolean start = c >= '0' && c <= '9' || c == '-' && i + 1 < n && Character.isDigit(clause.charAt(i + 1))
                    || ChineseNumerals.isChineseNumeralChar(c) && c != '点' && c != '万' && c != '亿';
            if (!start) {
                i++;
                continue;
            }
            m.region(i, n);
            if (m.lookingAt() && m.end() > i) {
                Figure f = figure(clause, m);
                if (f != null) {
                    out.add(f);
                }
                i = m.end();
            } else {
                i++;
            }
        }
        return out;
    }

    private static Figure figure(String clause, Matcher m) {
        boolean percentWords = m.group(1) != null;
        String number = m.group(2);
        String unit = m.group(6);
        boolean arabic = Character.isDigit(number.charAt(number.length() - 1));
        if (percentWords) {
            unit = "%";
        } else if (m.group(3) != null) {
            unit = "%";
        }
        if (unit == null || unit.isEmpty()) {
            return null;
        }
        if (!arabic && !percentWords && number.length() == 1 && "十百千".contains(number)) {
            return null;
        }
        int s = m.start();
        int e = m.end();
        // a number glued to Latin letters is part of a code (G318, 5G), unless the letters are an indicator's own
        // abbreviation written before its figure ("GDP 85亿元" once spaces are dropped)
        if (s > 0 && (clause.charAt(s - 1) == '第' || clause.charAt(s - 1) == '前' || Character.isLetter(clause.charAt(s - 1))
                && clause.charAt(s - 1) < 128 && !clause.startsWith("GDP", s - 3))) {
            return null;
        }
        if (e < clause.length() && "年月日号季小倍周天届次".indexOf(clause.charAt(e)) >= 0) {
            return null;
        }
        if (!arabic && !percentWords && !isMoneyOrPercent(unit) && number.length() < 2) {
            return null; // 一批, 三大 … read as words, not counts
        }
        OptionalDouble v = ChineseNumerals.parse(number);
        Optional<UnitNormaliser.Normalised> u = UnitNormaliser.normalise(unit);
        if (v.isEmpty() || u.isEmpty() || Double.isNaN(v.getAsDouble()) || Double.isInfinite(v.getAsDouble())) {
            return null;
        }
        double factor = u.get().factor();
        double value = v.getAsDouble() * factor;
        Optional<Metric.Range> range = Optional.empty();
        Optional<Metric.Qualifier> q = Optional.empty();
        if (m.group(4) != null) {
            OptionalDouble hi = ChineseNumerals.parse(m.group(4));
            if (hi.isPresent() && hi.getAsDouble() * factor > value) {
                range = Optional.of(new Metric.Range(value, hi.getAsDouble() * factor));
                q = Optional.of(Metric.Qualifier.AT_LEAST);
            }
        }
        if (m.group(5) != null) {
            q = Optional.of(Metric.Qualifier.AT_LEAST);
        }
        String before = clause.substring(Math.max(0, s - 4), s);
        int start = s;
        Matcher b;
        if ((b = BEFORE_APPROX.matcher(before)).find()) {
            q = Optional.of(Metric.Qualifier.APPROX);
            start = s - b.group().length();
        } else if ((b = BEFORE_AT_MOST.matcher(before)).find()) {
            q = Optional.of(Metric.Qualifier.AT_MOST);
            start = s - b.group().length();
        } else if ((b = BEFORE_AT_LEAST.matcher(before)).find() && range.isEmpty()) {
            q = Optional.of(Metric.Qualifier.AT_LEAST);
            start = s - b.group().length();
        }
        String after = clause.substring(e, Math.min(clause.length(), e + 2));
        int end = e;
        if (after.startsWith("左右") || after.startsWith("上下")) {
            q = Optional.of(Metric.Qualifier.APPROX);
            end += 2;
        } else if (after.startsWith("以上")) {
            q = Optional.of(Metric.Qualifier.AT_LEAST);
            end += 2;
        } else if (after.startsWith("以下") || after.startsWith("以内")) {
            q = Optional.of(Metric.Qualifier.AT_MOST);
            end += 2;
        }
        boolean milestone = clause.startsWith("大关", end) || clause.startsWith("关口", end);
        return new Figure(start, end, s, value, u.get().unit(), q, range, milestone);
    }

    private static boolean isMoneyOrPercent(String unit) {
        return unit.contains("元") || unit.equals("%") || unit.endsWith("万") || unit.endsWith("亿");
    }
}
