package yaowen.insight.metric;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The scope of a figure: the place or zone named just before its indicator label ("高新区规上工业增加值" → 高新区,
 * "鼓楼区实现地区生产总值" → 鼓楼区). Fillers between name and label (全年, 2023年, 实现, 累计, 的 …) are skipped.
 * The article's own region (全区, 我县, 本市, 祥符区) means no scope. Stateless and thread-safe.
 */
final class ScopeCue {
    private static final Pattern OWN_PREFIX = Pattern.compile("(全|我|本|该)(区|县|市|省|镇|乡|旗|州)$");
    /** Zones, and 县域 (the counties of a city taken together: "全市县域GDP" → 县域). */
    private static final Pattern ZONE_SUFFIX = Pattern.compile(
            "(高新区|经开区|开发区|综保区|自贸区|示范区|新区|工区|产业集聚区|集聚区|园区|县域)$");
    /** Words between a scope and its label: "县域地区实际利用…", "高新区全年实现…". */
    private static final Pattern TAIL_FILLER = Pattern.compile("(全年|今年|当年|上半年|一季度|\\d{4}年|实现|完成|累计|共|的|地区)$");
    /**
     * The longest match of the patterns here that end at the end of a text ({@code $}): a match of one ends within
     * this many characters of the end, so each is tried there only and a label late in a long clause costs no more
     * than one early (trying every position of the clause made a clause of many labels quadratic).
     */
    private static final int END_WINDOW = 6;

    /** A town, township or subdistrict named before a label (2 to 4 characters and its suffix). */
    private static final Pattern TOWN = Pattern.compile("\\p{IsHan}{2,4}(?:镇|乡|街道)");
    /**
     * Not a town's proper name: the region's own prefix (全县城镇, 我县…), a kind of place (城镇, 小镇, 集镇, 重点镇,
     * 乡村, 城乡) rather than one place ("全县城镇固定资产投资", "特色小镇完成投资").
     */
    private static final Pattern NOT_A_TOWN_NAME = Pattern.compile("^[全我本该各]|城镇|小镇|集镇|重点镇|乡村|城乡|乡镇");
    /** Words after which a name may start: a time (2023年, 一季度), 其中, a conjunction of an enumeration. */
    private static final Pattern NAME_OPENER = Pattern.compile("(?:年|月|季度|其中|、|和|及|与)$");
    /** A region's own prefix that ends just before a candidate name (全县|城关镇): the name starts after it. */
    private static final Pattern OWN_BEFORE = Pattern.compile("[全我本该各][县市区旗州盟省]$");
    /** The country as a whole: a figure of it is context, not the region's. */
    private static final Pattern NATIONAL = Pattern.compile("(全国|我国|国内|中国)$");

    private ScopeCue() {
    }

    /** Whether {@code s} up to {@code end} ends with {@code suffix}. */
    private static boolean endsAt(String s, int end, String suffix) {
        return end >= suffix.length() && s.startsWith(suffix, end - suffix.length());
    }

    /** Whether {@code zone} is the article's own zone ("开发区" in an article of 某某经济开发区). */
    static boolean isOwn(String zone, MetricContext ctx) {
        for (String own : ctx.ownNames()) {
            if (own.endsWith(zone)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether 全 + {@code level} (全县, 全市, 全区 …) names the article's own region: whether one of its own names ends
     * with that level; empty when the region is unknown.
     */
    static Optional<Boolean> ownLevel(char level, MetricContext ctx) {
        if (ctx.ownNames().isEmpty()) {
            return Optional.empty();
        }
        for (String own : ctx.ownNames()) {
            if (!own.isEmpty() && own.charAt(own.length() - 1) == level) {
                return Optional.of(true);
            }
        }
        return Optional.of(false);
    }

    /**
     * Whether {@code beforeLabel}, the clause text before a label, ends by naming a region above the article's own
     * (全省, or 全市/全州/全盟 in a county's or district's article): that region's figure ("全省GDP增长5.1%,全县GDP
     * 增长6.3%", "全市GDP增长6%,我县GDP增长6.5%") is context, like the country's. Only when the article's own region
     * is known, is of another level and its sentence names it as well ({@code sentenceNamesOwn}, {@link #namesOwn}
     * asked once per sentence): a region taken for the wrong level must not lose every figure of the article.
     */
    static boolean higherRegion(String beforeLabel, MetricContext ctx, java.util.function.BooleanSupplier sentenceNamesOwn) {
        if (beforeLabel.indexOf('全') < 0 || ctx.ownNames().isEmpty()) {
            return false;
        }
        int end = endBeforeFillers(beforeLabel);
        if (end < 2 || beforeLabel.charAt(end - 2) != '全') {
            return false;
        }
        char level = beforeLabel.charAt(end - 1);
        return "省市州盟".indexOf(level) >= 0 && ownLevel(level, ctx).equals(Optional.of(false))
                && sentenceNamesOwn.getAsBoolean();
    }

    /** Where {@code s} ends once the fillers at its end (全年, 2023年, 实现, 的 …) are taken off. */
    private static int endBeforeFillers(String s) {
        Matcher filler = TAIL_FILLER.matcher(s);
        int end = s.length();
        while (end > 0 && endsWith(filler, end)) {
            end = filler.start();
        }
        return end;
    }

    /** Whether {@code m}'s pattern (anchored at its end by $) matches {@code m}'s text up to {@code end}. */
    private static boolean endsWith(Matcher m, int end) {
        m.region(Math.max(0, end - END_WINDOW), end);
        return m.find();
    }

    /** Whether {@code sentence} names the article's own region by its level (全县, 我县, 本县 for a county). */
    static boolean namesOwn(String sentence, MetricContext ctx) {
        for (String own : ctx.ownNames()) {
            if (own.isEmpty()) {
                continue;
            }
            char level = own.charAt(own.length() - 1);
            if (sentence.contains("全" + level) || sentence.contains("我" + level) || sentence.contains("本" + level)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code beforeLabel}, the clause text before a label, ends by naming the whole country. */
    static boolean national(String beforeLabel) {
        return endsWith(NATIONAL.matcher(beforeLabel), endBeforeFillers(beforeLabel));
    }

    /**
     * The scope after reading {@code beforeLabel}, the clause text before a label: empty when it names the
     * article's own region, the place or zone it ends with, else {@code current} unchanged (a scope holds for the
     * rest of the sentence until another name replaces it).
     */
    static Optional<String> after(String beforeLabel, MetricContext ctx, Optional<String> current) {
        int end = endBeforeFillers(beforeLabel);
        if (end == 0) {
            return current;
        }
        if (endsWith(OWN_PREFIX.matcher(beforeLabel), end) || endsAt(beforeLabel, end, "*区")
                || endsAt(beforeLabel, end, "*县") || endsAt(beforeLabel, end, "*市")) {
            return Optional.empty();
        }
        for (String own : ctx.ownNames()) {
            if (endsAt(beforeLabel, end, own)) {
                return Optional.empty();
            }
        }
        for (int k = Math.min(12, end); k >= 2; k--) {
            String cand = beforeLabel.substring(end - k, end);
            if (ctx.knownPlace().test(cand)) {
                return Optional.of(cand);
            }
        }
        Matcher z = ZONE_SUFFIX.matcher(beforeLabel);
        if (endsWith(z, end)) {
            return isOwn(z.group(1), ctx) ? Optional.empty() : Optional.of(z.group(1));
        }
        Optional<String> town = town(beforeLabel, end);
        if (town.isPresent()) {
            return town; // "城关镇完成固定资产投资5.2亿元": a town of the county
        }
        return current;
    }

    /**
     * The town name {@code s} up to {@code end} ends with, longest first: a name starts at the start, after a non-Han
     * character or after the region's own prefix (全县城关镇 → 城关镇), and is a proper name, not a kind of place.
     */
    private static Optional<String> town(String s, int end) {
        for (int k = Math.max(0, end - 6); k <= end - 3; k++) {
            String cand = s.substring(k, end);
            if (!TOWN.matcher(cand).matches() || NOT_A_TOWN_NAME.matcher(cand).find()) {
                continue;
            }
            char prev = k == 0 ? ' ' : s.charAt(k - 1);
            boolean boundary = k == 0 || !Character.isIdeographic(prev) || endsWith(OWN_BEFORE.matcher(s), k)
                    || endsWith(NAME_OPENER.matcher(s), k);
            if (boundary) {
                return Optional.of(cand);
            }
        }
        return Optional.empty();
    }
}
