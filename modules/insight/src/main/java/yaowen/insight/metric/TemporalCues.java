package yaowen.insight.metric;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the year, period and kind cues of the text before a figure: "2022年", "去年", "“十四五”末" (end year 2025),
 * "一季度", "1-2月"; target cues (目标, 预期, 力争, 确保, 要 …) and estimates (预计). Stateless and thread-safe.
 */
final class TemporalCues {
    /*
     * Each cue pattern opens with a lookahead on the characters its alternatives can start with: the matcher tries
     * every position of a sentence, and one character test rejects most of them before the lookbehind and the
     * alternation run (these scans are the grammar's hot path).
     */
    /** A year stated for a figure; "2015年以来" (since) is a baseline, not the figure's year. */
    private static final Pattern YEAR = Pattern.compile(
            "(?=[0-9今本当全去上明来后十])(?:(?<![比较同与])(\\d{4})年(?!以来)|(?<![比较同])(今年|本年|当年|全年|去年|上年|明年|来年|后年)(?!同期)|十([一二三四五])五(?:末|期末|时期|期间|规划期))");
    /** A period; one named after 比/较/于 is what a figure is compared with (比一季度提高), not its own; 全年 resets. */
    static final Pattern PERIOD = Pattern.compile(
            "(?=[前一二三四第上下全0-9])(?<![比较于])(?:前三季度|一至三季度|1-3季度|第?[一二三四1-4]季度|上半年|下半年|(\\d{1,2})(?:月份?)?[-~至到](\\d{1,2})月|(\\d{1,2})月份|全年"
            + "|(\\d{1,2})月(?:末|底)(?!前|以前|之前)|前(\\d{1,2}|[两二三四五六七八九十]|十[一二])个月)");
    /** A balance named after a month's end in its sentence ("3月末,全县各项贷款余额…"). */
    private static final Pattern BALANCE_AFTER = Pattern.compile("[^。;]{0,30}?(?:余额|存款|贷款|存贷)");
    private static final Pattern EVENT_AFTER = Pattern.compile("^[^,，。;；]*?(?:活动|仪式|集中签约|集中开工|观摩|拉练)");
    static final Pattern EXPLICIT_YEAR = Pattern.compile("(?=[0-9])(?<![比较同与])(\\d{4})年(?!以来)");
    static final Pattern OTHER_YEAR = Pattern.compile("(?=[去上明来后])(?<![比较同与])(?:去年|上年|明年|来年|后年)(?!同期)");
    /** Earliest year a figure may belong to (local statistics go back to the founding years). */
    private static final int FIRST_YEAR = 1949;
    static final Pattern TARGET = Pattern.compile(
            "(?=[目预力确争计提要任])(?:目标|预期|力争|确保(?!了)|争取|计划|提出|(?<![主重需只纪必次])要(?![素求点闻件案])|任务:)");
    static final Pattern NOT_TARGET = Pattern.compile(
            "(?=[完目超圆好实执落预计])(?:完成目标|目标任务|完成预期|超额完成|圆满完成|目标考核|好于预期|超出预期|实现了|完成了"
            + "|预期目标完成|目标完成|计划执行|完成情况|执行情况|落实情况)");
    static final Pattern ESTIMATE = Pattern.compile("(?=[预初])(?:预计|初步核算|初步统计|预估|初步测算)");
    /** A result stated as such: year-on-year, done, or so far this year (今年以来: the months gone by, not a goal). */
    static final Pattern ACTUAL = Pattern.compile("(?=[同比较完实已累今])(?:同比|比上年|较上年|完成了|实现了|已完成|累计完成|今年以来)");

    private TemporalCues() {
    }

    /** The last year stated in {@code text}, resolved against {@code anchor}; empty if none. */
    static Optional<Integer> lastYear(String text, Optional<Integer> anchor) {
        return lastYear(text, anchor, Optional.empty());
    }

    /** The last explicitly written year ("2022年") in {@code text}; empty if none. */
    static Optional<Integer> explicitYear(String text) {
        if (text.indexOf('年') < 0) {
            return Optional.empty();
        }
        Matcher m = EXPLICIT_YEAR.matcher(text);
        Optional<Integer> found = Optional.empty();
        while (m.find()) {
            Optional<Integer> said = explicitYearDecision(text, m);
            if (said.isPresent()) {
                found = said;
            }
        }
        return found;
    }

    /** The year a match of {@link #EXPLICIT_YEAR} writes out; empty for a founding or a year out of range. */
    static Optional<Integer> explicitYearDecision(CharSequence text, Matcher m) {
        int y = Integer.parseInt(m.group(1));
        return y >= FIRST_YEAR && y <= 2100 && !founded(text, m.start()) ? Optional.of(y) : Optional.empty();
    }

    /**
     * The last year stated in {@code text}: "今年" is {@code anchor}; "全年"/"当年" is {@code context} (the year the
     * article last named, outside meetings) when known, else {@code anchor}.
     */
    static Optional<Integer> lastYear(String text, Optional<Integer> anchor, Optional<Integer> context) {
        if (text.indexOf('年') < 0 && text.indexOf('五') < 0) {
            return Optional.empty(); // every year cue ends in 年, or is a five-year plan (十四五)
        }
        Matcher m = YEAR.matcher(text);
        YearFold found = YearFold.NONE;
        while (m.find()) {
            YearCue cue = yearCue(text, m, anchor);
            if (cue.kind() == YearCue.Kind.BASELINE && FigureScanner.mayHoldFigure(text.substring(m.end()))) {
                continue; // "由1978年318.6万元增长到5.12亿元": 1978 is the baseline's year
            }
            found = found.then(cue);
        }
        return found.resolve(anchor, context);
    }

    /** A matcher of year cues over {@code text}, for a walk that reads a text as it grows ({@link ParagraphYears}). */
    static Matcher yearMatcher(CharSequence text) {
        return YEAR.matcher(text);
    }

    /**
     * How many characters from where it starts a year cue match reads (its lookahead included): a match, or its
     * absence, at a position this far before the end of a growing text no longer changes.
     */
    static final int YEAR_CUE_REACH = 7;

    /**
     * A year cue found by {@link #yearMatcher} at {@code m} in {@code text}, with {@code anchor} (今年) applied;
     * what only the text after it decides (a baseline's figure) is left to the caller.
     */
    static YearCue yearCue(CharSequence text, Matcher m, Optional<Integer> anchor) {
        if (m.group(1) != null) {
            int y = Integer.parseInt(m.group(1));
            if (y < FIRST_YEAR || y > 2100 || founded(text, m.start())) {
                return YearCue.NONE;
            }
            boolean from = m.start() > 0 && "从由".indexOf(text.charAt(m.start() - 1)) >= 0;
            return new YearCue(from ? YearCue.Kind.BASELINE : YearCue.Kind.YEAR, y);
        }
        if (m.group(2) != null) {
            switch (m.group(2)) {
                case "全年": return YearCue.WHOLE_YEAR;
                case "当年": return YearCue.SAME_YEAR;
                default: break;
            }
            if (anchor.isEmpty()) {
                return YearCue.NONE;
            }
            int a = anchor.get();
            return new YearCue(YearCue.Kind.YEAR, switch (m.group(2)) {
                case "去年", "上年" -> a - 1;
                case "明年", "来年" -> a + 1;
                case "后年" -> a + 2;
                default -> a;
            });
        }
        int n = "一二三四五".indexOf(m.group(3)) + 1;
        return new YearCue(YearCue.Kind.YEAR, fiveYearPlanEnd(n + 10));
    }

    /**
     * One year cue of a text.
     *
     * @param kind YEAR a year (2022年, 去年 with the anchor, 十四五末); BASELINE a year after 从/由, the year of
     *             a figure only when no figure follows it ("由1978年318.6万元…" is the baseline's); WHOLE_YEAR 全年
     *             (keeps the year just named, else the context year); SAME_YEAR 当年 (the context year, else the
     *             anchor); NONE no year (a founding, a year out of range, 今年 without an anchor)
     * @param year the year of YEAR and BASELINE
     */
    record YearCue(Kind kind, int year) {
        enum Kind { YEAR, BASELINE, WHOLE_YEAR, SAME_YEAR, NONE }

        static final YearCue NONE = new YearCue(Kind.NONE, 0);
        static final YearCue WHOLE_YEAR = new YearCue(Kind.WHOLE_YEAR, 0);
        static final YearCue SAME_YEAR = new YearCue(Kind.SAME_YEAR, 0);
    }

    /**
     * The year cues of a stretch of text read in order, folded: the last year stated and whether a 当年 or 全年
     * came after it. Folds compose ({@link #then(YearFold)}), so a text read piece by piece folds to what it folds
     * to read at once; only {@link #resolve} needs the context year.
     *
     * @param year      the last year stated (YEAR or a counted BASELINE), when any
     * @param sameYear  whether 当年 came after it
     * @param wholeYear whether 全年 came after it
     */
    record YearFold(Optional<Integer> year, boolean sameYear, boolean wholeYear) {
        static final YearFold NONE = new YearFold(Optional.empty(), false, false);

        /** This fold followed by {@code cue} (a BASELINE counted as a year: the caller drops it otherwise). */
        YearFold then(YearCue cue) {
            return switch (cue.kind()) {
                case YEAR, BASELINE -> new YearFold(Optional.of(cue.year()), false, false);
                case WHOLE_YEAR -> wholeYear ? this : new YearFold(year, sameYear, true);
                case SAME_YEAR -> sameYear ? this : new YearFold(year, true, wholeYear);
                case NONE -> this;
            };
        }

        /** This fold followed by {@code later}. */
        YearFold then(YearFold later) {
            return later.year.isPresent() ? later
                    : new YearFold(year, sameYear || later.sameYear, wholeYear || later.wholeYear);
        }

        /**
         * The year the folded text states: 当年 is {@code context} when known, else {@code anchor}; 全年 keeps the
         * year named before it ("2022年…全年"), else is {@code context}.
         */
        Optional<Integer> resolve(Optional<Integer> anchor, Optional<Integer> context) {
            if (context.isPresent()) {
                return sameYear ? context : wholeYear ? year.or(() -> context) : year;
            }
            return sameYear && anchor.isPresent() ? anchor : year;
        }
    }

    /**
     * Whether the year at {@code at} dates a founding ("始建于1958年", "成立于1984年", "设县于…"): a history of the
     * place, not the year of a figure.
     */
    private static boolean founded(CharSequence text, int at) {
        return at >= 2 && text.charAt(at - 1) == '于' && "建立设置始生".indexOf(text.charAt(at - 2)) >= 0;
    }

    /** End year of the n-th five-year plan (14 → 2025). */
    static int fiveYearPlanEnd(int n) {
        return 2025 + (n - 14) * 5;
    }

    /** The last period stated in {@code text} ({@code Q1}, {@code H1}, {@code Q1-Q3}, {@code M1-M2} …); empty if none. */
    static Optional<String> lastPeriod(String text) {
        return periodCue(text).filter(p -> !p.isEmpty());
    }

    /** The last period cue of {@code text}: a period code, {@code ""} for an explicit whole year (全年), or empty. */
    static Optional<String> periodCue(String text) {
        if (text.indexOf('季') < 0 && text.indexOf('半') < 0 && text.indexOf('月') < 0 && text.indexOf("全年") < 0) {
            return Optional.empty(); // every period names a quarter, a half, a month or the whole year
        }
        Matcher m = PERIOD.matcher(text);
        Optional<String> found = Optional.empty();
        while (m.find()) {
            Optional<Optional<String>> said = periodDecision(text, m);
            if (said.isPresent()) {
                found = said.get();
            }
        }
        return found;
    }

    /**
     * How many characters from where it starts a period match and its decision read: the match (at most 9), then
     * up to 32 after it for a balance (3月末,全县各项贷款余额…).
     */
    static final int PERIOD_REACH = 48;

    /**
     * What the period match {@code m} in {@code text} says: a period code, {@code ""} for the whole year, empty
     * inside for a period that names none (13月份); empty when it is no period of a figure (the name of an event, a
     * deadline).
     */
    static Optional<Optional<String>> periodDecision(CharSequence text, Matcher m) {
        String s = m.group();
        if (EVENT_AFTER.matcher(text.subSequence(m.end(), Math.min(text.length(), m.end() + 14))).find()) {
            return Optional.empty(); // "第二季度重大项目集中签约活动": the name of an event, not the period of a figure
        }
        if (s.equals("全年")) {
            return Optional.of(Optional.of(""));
        } else if (m.group(1) != null) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(2));
            return Optional.of(months(a, b));
        } else if (m.group(3) != null) {
            int a = Integer.parseInt(m.group(3));
            return Optional.of(a >= 1 && a <= 12 ? Optional.of("M" + a) : Optional.empty());
        } else if (m.group(4) != null) {
            // a balance at a month's end covers the year so far: 3月末 → Q1, 6月末 → H1, 12月末 → the year;
            // a month's end is a period only as of which a figure stands (截至6月末) or of a balance: else it
            // is a deadline ("确保6月底完成投资5亿元")
            if (!asOf(text, m.start()) && !BALANCE_AFTER.matcher(text).region(m.end(), text.length()).lookingAt()) {
                return Optional.empty();
            }
            int a = Integer.parseInt(m.group(4));
            return Optional.of(a == 12 ? Optional.of("") : a == 1 ? Optional.of("M1") : months(1, a));
        } else if (m.group(5) != null) {
            // 前5个月 → M1-M5, 前两个月 → M1-M2, 前三个月 → Q1
            OptionalDouble n = ChineseNumerals.parse(m.group(5).replace('两', '二'));
            return Optional.of(n.isPresent() && n.getAsDouble() >= 2 && n.getAsDouble() <= 12
                    ? (n.getAsDouble() == 12 ? Optional.of("") : months(1, (int) n.getAsDouble())) : Optional.empty());
        } else if (s.startsWith("前三") || s.startsWith("一至三") || s.startsWith("1-3")) {
            return Optional.of(Optional.of("Q1-Q3"));
        } else if (s.equals("上半年")) {
            return Optional.of(Optional.of("H1"));
        } else if (s.equals("下半年")) {
            return Optional.of(Optional.of("H2"));
        }
        char q = s.charAt(s.length() - 3);
        int n = "一二三四".indexOf(q) >= 0 ? "一二三四".indexOf(q) + 1 : q - '0';
        if (m.end() < text.length() && (text.charAt(m.end()) == '末' || text.charAt(m.end()) == '底')) {
            // a balance at a quarter's end covers the year so far: 三季度末 → Q1-Q3
            return Optional.of(Optional.of(n == 1 ? "Q1" : n == 2 ? "H1" : n == 3 ? "Q1-Q3" : ""));
        }
        return Optional.of(Optional.of("Q" + n));
    }

    /**
     * The periods enumerated at the end of {@code text} ("一季度、上半年、前三季度、全年"), in order, each a code or ""
     * for the whole year; empty unless at least two periods are joined only by 、/和/及.
     */
    static java.util.List<String> periodEnumeration(String text) {
        Matcher m = PERIOD.matcher(text);
        java.util.List<String> found = new java.util.ArrayList<>();
        int lastEnd = -1;
        while (m.find()) {
            if (lastEnd >= 0) {
                String gap = text.substring(lastEnd, m.start());
                if (!(gap.equals("、") || gap.equals("和") || gap.equals("及"))) {
                    found.clear();
                }
            }
            Optional<String> cue = periodCue(m.group());
            if (cue.isEmpty()) {
                found.clear();
                lastEnd = -1;
                continue;
            }
            found.add(cue.get());
            lastEnd = m.end();
        }
        return found.size() >= 2 ? found : java.util.List.of();
    }

    /** Whether the cue at {@code at} in {@code text} follows 截至/截止/到 (as of) or opens the sentence (a dateline). */
    private static boolean asOf(CharSequence text, int at) {
        String before = text.subSequence(Math.max(0, at - 2), at).toString();
        return at == 0 || before.endsWith("截至") || before.endsWith("截止") || before.endsWith("到");
    }

    private static Optional<String> months(int a, int b) {
        if (a < 1 || b > 12 || a >= b) {
            return Optional.empty();
        }
        if (a == 1) {
            switch (b) {
                case 3: return Optional.of("Q1");
                case 6: return Optional.of("H1");
                case 9: return Optional.of("Q1-Q3");
                case 12: return Optional.empty();
                default: break;
            }
        }
        return Optional.of("M" + a + "-M" + b);
    }

    /** Whether {@code text} names a year other than the current one by a word (去年, 明年), not as a comparison. */
    static boolean otherYearCue(String text) {
        return (text.indexOf('年') >= 0) && OTHER_YEAR.matcher(text).find();
    }

    /** Whether {@code text} (a sentence up to a figure) states a goal rather than a result. */
    static boolean targetCue(String text) {
        return TARGET.matcher(text).find() && TARGET.matcher(NOT_TARGET.matcher(text).replaceAll("")).find();
    }

    /** Whether {@code text} states a result explicitly (同比, 完成了 …). */
    static boolean actualCue(String text) {
        return ACTUAL.matcher(text).find();
    }

    /** Whether {@code text} marks an estimate (预计, 初步核算). */
    static boolean estimateCue(String text) {
        return (text.indexOf('预') >= 0 || text.indexOf('初') >= 0) && ESTIMATE.matcher(text).find();
    }
}
