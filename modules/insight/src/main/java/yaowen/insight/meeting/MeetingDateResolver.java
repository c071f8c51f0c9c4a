package yaowen.insight.meeting;

import yaowen.insight.metric.ChineseNumerals;
import yaowen.insight.url.UrlDate;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves the day a meeting was held from its lead ("1月27日", "2月13日上午", "2022年12月28日", "5日在县行政中心召开",
 * "昨天") and what anchors a date without a year: the publication date, else a date in the page's URL
 * (/2020-02-28/, /202002/t20200228_…, /2020/0228/, /html/2016-10/21/), else the year in the meeting's own name
 * ("2021年项目建设誓师大会"; "2020年度工作总结大会" reviews 2020 and is held early in 2021), else a year-only URL
 * (/2017-45/), else the plan year, else the year a five-year plan's milestone names ("十四五"规划收官之年 → 2025).
 * A date after its anchor belongs to the year before (a December meeting published in January). A dateline
 * ("北岭网4月3日讯", "南川在线湖滨6月9日电") is when the report was filed, not the meeting day. A lead that says only
 * 近日 gives no date. Two days ("5月6日至7日") give the first. A date a figure is counted up to ("截至6月30日") or a
 * later sitting announced ("将于…") is not the meeting's. A lead whose 月 was lost in transmission ("409日上午,…召开")
 * is read as month and day only when the digits are followed as a day is (上午, 在, 召开, a comma) and that date falls
 * within a month before publication.
 * Stateless and thread-safe.
 */
public final class MeetingDateResolver {
    private static final Pattern DATE = Pattern.compile(
            "(?:(\\d{4})年)?(\\d{1,2}|[一二三四五六七八九十]{1,3}|元)月(\\d{1,2}|[一二三四五六七八九十]{1,3})日");
    /** The filing date of a news-agency or site dateline: "…11月12日讯", "…28日电". */
    private static final Pattern DATELINE = Pattern.compile(
            "(?:\\d{4}年)?\\d{1,2}月\\d{1,2}日(?:讯|电)|(?<![\\d月])\\d{1,2}日(?:讯|电)");
    /** 近日/日前: the report does not say the day. */
    private static final Pattern VAGUE = Pattern.compile("近日|日前|近期|前不久|不久前");
    /**
     * Month and day run together ("1218日下午,…"): only at a clause start and followed as a meeting day is; a count of
     * days ("120日攻坚行动", "为期100日", "第100日", "100日后") is none.
     */
    private static final Pattern LOST_MONTH = Pattern.compile(
            "(?:^|[,，。)])\\s*(\\d{3,4})日(?=上午|下午|晚|在|召开|举行|[,，])");
    /** A day without its month ("5日在县行政中心召开", "19日上午,…"): the month of the anchor, or the one before. */
    private static final Pattern DAY_ONLY = Pattern.compile(
            "(?<![\\d月年号期])([0-3]?\\d)日(?=上午|下午|晚|在|召开|举行|开幕|闭幕|,|，)");
    /** What follows a date that belongs to another event: "…召开的", "…举行的", "…的". */
    private static final Pattern OTHER_EVENT_AFTER = Pattern.compile("(?:上午|下午|晚上?)?(?:召开|举行|印发|发布)?的");
    /** Words before a date that make it another day: a later sitting (将于), the end of a counting period (截至, 到). */
    private static final Pattern NOT_THE_DAY_BEFORE = Pattern.compile("(?:将于|截至|截止|截止到|[到至])$");
    private static final Pattern RELATIVE = Pattern.compile("(今天|今日|昨天|昨日|前天)(?:上午|下午|晚上)?[,，]?");
    private static final Pattern NAME_YEAR = Pattern.compile("(\\d{4})年(度)?");
    /** A plan year as government reports phrase it: "2022年工作安排", "2022年经济社会发展主要预期目标", "安排部署2022年". */
    private static final Pattern PLAN_YEAR = Pattern.compile(
            "(\\d{4})年(?:工作安排|(?:经济社会发展)?(?:的)?(?:主要)?预期目标)|(?:安排部署|部署|研究确定|确定|谋划)了?(\\d{4})年");
    /** A period of the current year a meeting reviews ("通报了2010年上半年…", "2023年前三季度"): the year it is held. */
    private static final Pattern PERIOD_YEAR = Pattern.compile(
            "(\\d{4})年(?:上半年|前三季度|[一二三]季度|第[一二三]季度|1[-—至~]\\d{1,2}月)");
    /** A five-year plan's first or last year: "十四五"规划收官之年, "十五五"开局之年, "十四五"收官战. */
    private static final Pattern MILESTONE = Pattern.compile("十([一二三四五])五\\W{0,2}(?:规划)?(?:的)?(开局|收官)(?:之年|战)");
    private static final int HEAD = 200;
    private static final int CONTEXT = 2000;

    /**
     * What anchors a date without a year, besides the lead itself.
     *
     * @param published publication date of the article
     * @param url       the page's URL (its path may carry the publication day, month or year)
     * @param name      the meeting's name (a year in it is when the meeting is held)
     * @param planYear  the year the meeting plans, when known
     * @param text      the article's text (its opening is searched for plan years and five-year milestones)
     */
    public record Anchors(Optional<LocalDate> published, Optional<String> url, Optional<String> name,
                         Optional<Integer> planYear, String text) {
        public Anchors {
            Objects.requireNonNull(published, "published");
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(planYear, "planYear");
            Objects.requireNonNull(text, "text");
        }
    }

    private MeetingDateResolver() {
    }

    /** The meeting date stated in {@code lead}, or empty. */
    public static Optional<LocalDate> resolve(String lead, Optional<LocalDate> published, Optional<Integer> planYear) {
        return resolve(lead, new Anchors(published, Optional.empty(), Optional.empty(), planYear, ""));
    }

    /** The meeting date stated in {@code lead}, its year taken from {@code anchors} when the lead gives none. */
    public static Optional<LocalDate> resolve(String lead, Anchors anchors) {
        String head = lead.length() > HEAD ? lead.substring(0, HEAD) : lead;
        head = DATELINE.matcher(head).replaceAll(r -> "#".repeat(r.group().length()));
        Optional<LocalDate> reference = anchors.published().or(() -> urlDate(anchors).flatMap(UrlDate.Stated::fullDate));
        Matcher m = DATE.matcher(head);
        if (findMeetingDay(m, head)) {
            if (vagueBefore(head, m.start())) {
                return Optional.empty();
            }
            Optional<Integer> month = m.group(2).equals("元") ? Optional.of(1) : num(m.group(2)); // 元月 is January
            Optional<Integer> day = num(m.group(3));
            if (month.isEmpty() || day.isEmpty()) {
                return Optional.empty();
            }
            if (m.group(1) != null) {
                return date(Integer.parseInt(m.group(1)), month.get(), day.get());
            }
            return withoutYear(month.get(), day.get(), reference, anchors);
        }
        Matcher lost = LOST_MONTH.matcher(head);
        if (lost.find() && lost.start() < 80 && reference.isPresent() && !vagueBefore(head, lost.start())) {
            String digits = lost.group(1);
            for (int split = 1; split <= 2 && split < digits.length(); split++) {
                int month = Integer.parseInt(digits.substring(0, split));
                int day = Integer.parseInt(digits.substring(split));
                Optional<LocalDate> d = withoutYear(month, day, reference, anchors);
                if (d.isPresent() && !d.get().isBefore(reference.get().minusDays(31))) {
                    return d;
                }
            }
            return Optional.empty();
        }
        Matcher dayOnly = DAY_ONLY.matcher(head);
        if (dayOnly.find() && reference.isPresent() && !vagueBefore(head, dayOnly.start())) {
            int day = Integer.parseInt(dayOnly.group(1));
            LocalDate ref = reference.get();
            YearMonth ym = YearMonth.from(ref);
            if (day > ref.getDayOfMonth()) {
                ym = ym.minusMonths(1);
            }
            return date(ym.getYear(), ym.getMonthValue(), day);
        }
        Matcher rel = RELATIVE.matcher(head);
        if (rel.find() && reference.isPresent() && !vagueBefore(head, rel.start())) {
            int back = switch (rel.group(1)) {
                case "昨天", "昨日" -> 1;
                case "前天" -> 2;
                default -> 0;
            };
            return Optional.of(reference.get().minusDays(back));
        }
        return Optional.empty();
    }

    /**
     * Finds the first date that is not another event's: "12月25日召开的…会议精神" names an earlier meeting the report
     * studies, "将于4月28日开幕" a later sitting, "截至6月30日" the day a figure is counted to. When every date is
     * another event's, the first is taken.
     */
    private static boolean findMeetingDay(Matcher m, String head) {
        int first = -1;
        while (m.find()) {
            if (first < 0) {
                first = m.start();
            }
            if (!OTHER_EVENT_AFTER.matcher(head).region(m.end(), head.length()).lookingAt()
                    && !NOT_THE_DAY_BEFORE.matcher(head).region(Math.max(0, m.start() - 3), m.start()).find()) {
                return true;
            }
        }
        return first >= 0 && m.find(first);
    }

    private static boolean vagueBefore(String head, int at) {
        Matcher v = VAGUE.matcher(head);
        return v.find() && v.start() < at;
    }

    private static Optional<LocalDate> withoutYear(int month, int day, Optional<LocalDate> reference, Anchors anchors) {
        if (reference.isPresent()) {
            return beforeOrOn(month, day, reference.get());
        }
        Optional<Integer> named = anchors.name().flatMap(n -> yearHeld(n, month));
        if (named.isPresent()) {
            return date(named.get(), month, day);
        }
        Optional<UrlDate.Stated> filed = urlDate(anchors);
        if (filed.isPresent() && filed.get().month().isPresent()) {
            return beforeOrOn(month, day, YearMonth.of(filed.get().year(), filed.get().month().get()).atEndOfMonth());
        }
        if (filed.isPresent()) {
            return date(filed.get().year(), month, day);
        }
        Optional<Integer> plan = anchors.planYear().or(() -> planYear(anchors.text()));
        if (plan.isPresent()) {
            return date(month >= 10 ? plan.get() - 1 : plan.get(), month, day);
        }
        Optional<Integer> period = firstYear(PERIOD_YEAR, anchors.text());
        if (period.isPresent()) {
            return date(period.get(), month, day);
        }
        Optional<Integer> milestone = milestoneYear(anchors.text());
        if (milestone.isPresent()) {
            return date(milestone.get(), month, day);
        }
        return Optional.empty();
    }

    /** The day in the year of {@code reference}, or the year before when it would fall after it. */
    private static Optional<LocalDate> beforeOrOn(int month, int day, LocalDate reference) {
        Optional<LocalDate> d = date(reference.getYear(), month, day);
        if (d.isPresent() && d.get().isAfter(reference.plusDays(1))) {
            d = date(reference.getYear() - 1, month, day);
        }
        return d;
    }

    /** "2020年…大会" is held in 2020; "2020年度…总结大会" reviews 2020, so held late in 2020 or in 2021. */
    private static Optional<Integer> yearHeld(String name, int month) {
        Matcher y = NAME_YEAR.matcher(name);
        if (!y.find()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(y.group(1));
        if (year < 1949 || year > 2100) {
            return Optional.empty();
        }
        return Optional.of(y.group(2) != null && month < 10 ? year + 1 : year);
    }

    /** The date the page's URL path is filed under, if it states one. */
    private static Optional<UrlDate.Stated> urlDate(Anchors anchors) {
        return UrlDate.of(anchors.url());
    }

    private static Optional<Integer> planYear(String text) {
        return firstYear(PLAN_YEAR, text);
    }

    private static Optional<Integer> firstYear(Pattern p, String text) {
        Matcher m = p.matcher(text.length() > CONTEXT ? text.substring(0, CONTEXT) : text);
        while (m.find()) {
            int y = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
            if (y >= 1980 && y <= 2100) {
                return Optional.of(y);
            }
        }
        return Optional.empty();
    }

    private static Optional<Integer> milestoneYear(String text) {
        Matcher m = MILESTONE.matcher(text.length() > CONTEXT ? text.substring(0, CONTEXT) : text);
        if (!m.find()) {
            return Optional.empty();
        }
        int plan = "一二三四五".indexOf(m.group(1)) + 11; // 十一五 … 十五五
        int first = 2006 + (plan - 11) * 5;
        return Optional.of(m.group(2).equals("开局") ? first : first + 4);
    }

    private static Optional<Integer> num(String s) {
        OptionalDouble v = ChineseNumerals.parse(s);
        return v.isPresent() ? Optional.of((int) v.getAsDouble()) : Optional.empty();
    }

    private static Optional<LocalDate> date(int y, int m, int d) {
        try {
            return Optional.of(LocalDate.of(y, m, d));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
