package yaowen.cleaning.fields;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import yaowen.cleaning.fields.PublishTime.Precision;

/**
 * Reads publish times from where Chinese CMSs put them: {@code <meta>} tags (PubDate, publishdate,
 * article:published_time …), label-anchored text (发布时间：2021-01-28, 发布日期：2021年01月28日 19:55),
 * short bylines ({@code 南阳广播电视台 2023-03-17 15:53:20}) and CMS URLs ({@code t20230127_},
 * {@code /art/2023/1/27/}, {@code /2023-01/27/}). Every method rejects a time after the fetch time and
 * years before 1990. Stateless and thread-safe.
 */
public final class PublishTimeParser {
    /** Year, month, day; not a month range ({@code 2023年1-5月}). */
    private static final String DATE_CORE =
            "((?:19[89]|20[0-9])\\d)\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})(?![\\d月])\\s*日?"
            + "(?:\\s*(?:T|\\s|&nbsp;)?\\s*(\\d{1,2})\\s*[:：时]\\s*(\\d{1,2})\\s*分?(?:\\s*[:：]\\s*(\\d{1,2})\\s*秒?)?)?";
    private static final Pattern DATE = Pattern.compile(DATE_CORE);
    /** Publish-time labels; a bare 时间/日期 only when no other word precedes it (not 会议时间, 发行日期, 出生日期). */
    private static final String LABEL_WORDS =
            "(?:发布时间|发布日期|发表时间|发表日期|发稿时间|发文日期|成文日期|印发日期|更新时间|更新日期|上传时间|录入时间|"
            + "(?<![\\p{IsHan}])时间|(?<![\\p{IsHan}])日期|发布于|发表于)";
    private static final Pattern LABELLED = Pattern.compile(LABEL_WORDS + "\\s*[:：]?\\s*[\\[【(（]?\\s*" + DATE_CORE);
    /**
     * A slashed date with the year last after a label, as ASP.NET sites print it: {@code 发布日期：9/17/2004 5:54:13 AM}.
     * With AM/PM it is the US order (month first); otherwise the order must be plain from the numbers
     * ({@code 17/9/2004}, {@code 9/17/2004}): {@code 06/02/2022} is left unread (France writes day first).
     */
    private static final Pattern LABELLED_US = Pattern.compile(LABEL_WORDS + "\\s*[:：]?\\s*[\\[【(（]?\\s*"
            + "(\\d{1,2})/(\\d{1,2})/((?:19[89]|20[0-9])\\d)(?!\\d)"
            + "(?:\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:\\s*([AaPp])\\.?[Mm]\\.?)?)?");
    /**
     * A forum post stamp: {@code 本贴由 大卫 于2005年8月12日16:12:21在〖心灵体操〗发表.} A date with a time of day
     * after 于/在, and the line ending with 发表/发布/发贴/发帖.
     */
    private static final Pattern POSTED = Pattern.compile("[于在]\\s*" + DATE_CORE.substring(0, DATE_CORE.length() - 1) // time of day required
            + "[^。，,；;]{0,40}?(?:发表|发布|发贴|发帖)\\s*[.。]?\\s*$");
    /**
     * The issue a reposted magazine or paper article cites: {@code ——《北京之春》1996年6月号}, {@code 原载《求是》2023年第5期}.
     */
    private static final Pattern CITATION = Pattern.compile(
            "《[^《》]{1,30}》\\s*(?:杂志|月刊|周刊|半月刊)?\\s*((?:19[89]|20[0-9])\\d)\\s*年\\s*(?:(\\d{1,2})\\s*月(?:号|刊)?|第\\s*\\d{1,3}\\s*期)");
    /**
     * A day-first dotted date, as some CMS templates print it: {@code 24.02.2015 09:40}. Read only when the day
     * cannot be a month (over 12) or a time of day follows: {@code 1.2.2016} may be a version number.
     */
    private static final Pattern DAY_FIRST = Pattern.compile(
            "(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.((?:19[89]|20[0-9])\\d)(?![\\d.年])(?:\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?");
    private static final Pattern YEAR_MONTH = Pattern.compile("((?:19[89]|20[0-9])\\d)\\s*[-/.年]\\s*(\\d{1,2})\\s*月?(?!\\s*[-/.\\d])");
    private static final List<Pattern> URL_DATES = List.of(
            Pattern.compile("[/_]t((?:19|20)\\d\\d)(\\d\\d)(\\d\\d)_"),
            Pattern.compile("/art/((?:19|20)\\d\\d)/(\\d{1,2})/(\\d{1,2})/"),
            Pattern.compile("/((?:19|20)\\d\\d)-(\\d{1,2})/(\\d{1,2})/"),
            Pattern.compile("/((?:19|20)\\d\\d)(\\d\\d)/(\\d\\d)/"),
            Pattern.compile("/((?:19|20)\\d\\d)/(\\d\\d)(\\d\\d)/"),
            Pattern.compile("/((?:19|20)\\d\\d)/(\\d{1,2})/(\\d{1,2})/"),
            Pattern.compile("/((?:19|20)\\d\\d)-(\\d\\d)-(\\d\\d)/"),
            Pattern.compile("[/_-]((?:19|20)\\d\\d)(\\d\\d)(\\d\\d)[/_.-]"));
    private static final Set<String> META_NAMES = Set.of("pubdate", "publishdate", "publish_date", "publishtime",
            "publish_time", "article:published_time", "og:article:published_time", "og:published_time", "datepublished",
            "firstpublishedtime", "published_time", "dc.date", "dc.date.issued", "dcterms.issued", "dcterms.created",
            "created", "date", "sentdate", "releasedate", "weibo:article:create_at", "article:published",
            "publication_date", "ptime", "pdate", "contentdate", "artdate");

    private PublishTimeParser() {
    }

    /** The first date stated by a publish-time {@code <meta>} tag (or {@code itemprop=datePublished}). */
    public static Optional<PublishTime> fromMetaTags(Document doc, Optional<Instant> fetchedAt) {
        return fromMetaTags(FieldElements.of(doc), fetchedAt);
    }

    /** The first date stated by a publish-time tag among the collected field elements. */
    public static Optional<PublishTime> fromMetaTags(FieldElements elements, Optional<Instant> fetchedAt) {
        for (Element m : elements.timeTags) {
            String v = m.hasAttr("content") ? m.attr("content") : m.hasAttr("datetime") ? m.attr("datetime") : m.text();
            Optional<PublishTime> t = firstDate(v, fetchedAt);
            if (t.isPresent()) {
                return t;
            }
        }
        return Optional.empty();
    }

    /** Whether {@code m}'s name, property, itemprop and http-equiv together name a publish time. */
    static boolean isPublishTimeTag(Element m) {
        String key = (m.attr("name") + m.attr("property") + m.attr("itemprop") + m.attr("http-equiv"))
                .toLowerCase(Locale.ROOT);
        return META_NAMES.contains(key);
    }

    /**
     * A date after a publish-time label (发布时间：…, 日期：…, also {@code 发布日期：9/17/2004 5:54:13 AM}) in
     * {@code line}, or the date of a forum post stamp ({@code …于2005年8月12日16:12:21在〖…〗发表}).
     */
    public static Optional<PublishTime> fromLabelledText(String line, Optional<Instant> fetchedAt) {
        Matcher m = LABELLED.matcher(line);
        while (m.find()) {
            Optional<PublishTime> t = toTime(m, 1, fetchedAt);
            if (t.isPresent()) {
                return t;
            }
        }
        if (line.indexOf('/') >= 0) {
            Matcher us = LABELLED_US.matcher(line);
            while (us.find()) {
                Optional<PublishTime> t = usTime(us, fetchedAt);
                if (t.isPresent()) {
                    return t;
                }
            }
        }
        if (line.contains("发")) {
            Matcher p = POSTED.matcher(line);
            if (p.find()) {
                return toTime(p, 1, fetchedAt);
            }
        }
        return Optional.empty();
    }

    /** Whether {@code line} is a forum post stamp ({@code 本贴由 大卫 于2005年8月12日16:12:21在〖心灵体操〗发表.}). */
    public static boolean isPostStamp(String line) {
        return line.contains("发") && POSTED.matcher(line).find();
    }

    /**
     * The month (or year) of the issue that a reposted article cites: {@code ——《北京之春》1996年6月号} gives
     * {@code 1996-06}, {@code 原载《求是》2023年第5期} gives {@code 2023}.
     */
    public static Optional<PublishTime> fromCitation(String line, Optional<Instant> fetchedAt) {
        if (line.indexOf('《') < 0) {
            return Optional.empty();
        }
        Matcher m = CITATION.matcher(line);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            int year = Integer.parseInt(m.group(1));
            PublishTime t = m.group(2) != null
                    ? new PublishTime(LocalDateTime.of(year, Integer.parseInt(m.group(2)), 1, 0, 0), Precision.MONTH)
                    : new PublishTime(LocalDateTime.of(year, 1, 1, 0, 0), Precision.YEAR);
            return t.notAfter(fetchedAt) ? Optional.of(t) : Optional.empty();
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The first full date (year, month, day, optional time) anywhere in {@code text}. */
    public static Optional<PublishTime> firstDate(String text, Optional<Instant> fetchedAt) {
        Matcher m = DATE.matcher(text);
        while (m.find()) {
            Optional<PublishTime> t = toTime(m, 1, fetchedAt);
            if (t.isPresent()) {
                return t;
            }
        }
        if (text.indexOf('.') > 0) {
            Matcher d = DAY_FIRST.matcher(text);
            while (d.find()) {
                Optional<PublishTime> t = dayFirst(d, fetchedAt);
                if (t.isPresent()) {
                    return t;
                }
            }
        }
        Matcher ym = YEAR_MONTH.matcher(text);
        if (ym.find()) {
            try {
                PublishTime t = new PublishTime(LocalDateTime.of(Integer.parseInt(ym.group(1)),
                        Integer.parseInt(ym.group(2)), 1, 0, 0), Precision.MONTH);
                return t.notAfter(fetchedAt) ? Optional.of(t) : Optional.empty();
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The date a CMS URL carries ({@code t20230127_}, {@code /art/2023/1/27/}, {@code /2023-01/27/} …). */
    public static Optional<PublishTime> fromUrl(String url, Optional<Instant> fetchedAt) {
        for (Pattern p : URL_DATES) {
            Matcher m = p.matcher(url);
            while (m.find()) {
                Optional<PublishTime> t = toTime(m, 1, fetchedAt);
                if (t.isPresent()) {
                    return t;
                }
            }
        }
        return Optional.empty();
    }

    /** Groups: day, month, year, then optional hour, minute, second (see {@link #DAY_FIRST}). */
    private static Optional<PublishTime> dayFirst(Matcher m, Optional<Instant> fetchedAt) {
        if (m.group(4) == null && Integer.parseInt(m.group(1)) <= 12) {
            return Optional.empty(); // 1.2.2016: day and month cannot be told apart, and it may be no date at all
        }
        try {
            LocalDateTime day = LocalDateTime.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(1)), 0, 0);
            PublishTime t = m.group(4) == null ? new PublishTime(day, Precision.DAY)
                    : m.group(6) == null
                    ? new PublishTime(day.withHour(Integer.parseInt(m.group(4))).withMinute(Integer.parseInt(m.group(5))), Precision.MINUTE)
                    : new PublishTime(day.withHour(Integer.parseInt(m.group(4))).withMinute(Integer.parseInt(m.group(5)))
                            .withSecond(Integer.parseInt(m.group(6))), Precision.SECOND);
            return t.notAfter(fetchedAt) ? Optional.of(t) : Optional.empty();
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Groups: two numbers, year, then optional hour, minute, second and A/P (see {@link #LABELLED_US}). */
    private static Optional<PublishTime> usTime(Matcher m, Optional<Instant> fetchedAt) {
        try {
            int first = Integer.parseInt(m.group(1));
            int second = Integer.parseInt(m.group(2));
            int year = Integer.parseInt(m.group(3));
            boolean monthFirst = m.group(7) != null || second > 12;
            if (!monthFirst && first <= 12) {
                return Optional.empty(); // day and month cannot be told apart
            }
            int month = monthFirst ? first : second;
            int day = monthFirst ? second : first;
            PublishTime t;
            if (m.group(4) != null) {
                int hour = Integer.parseInt(m.group(4));
                int minute = Integer.parseInt(m.group(5));
                boolean seconds = m.group(6) != null;
                String half = m.group(7);
                if (half != null && hour >= 1 && hour <= 12) {
                    hour = hour % 12 + (half.equalsIgnoreCase("p") ? 12 : 0);
                }
                t = new PublishTime(LocalDateTime.of(year, month, day, hour, minute, seconds ? Integer.parseInt(m.group(6)) : 0),
                        seconds ? Precision.SECOND : Precision.MINUTE);
            } else {
                t = new PublishTime(LocalDateTime.of(year, month, day, 0, 0), Precision.DAY);
            }
            return t.notAfter(fetchedAt) ? Optional.of(t) : Optional.empty();
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<PublishTime> toTime(Matcher m, int g, Optional<Instant> fetchedAt) {
        try {
            int year = Integer.parseInt(m.group(g));
            int month = Integer.parseInt(m.group(g + 1));
            int day = Integer.parseInt(m.group(g + 2));
            int groups = m.groupCount();
            PublishTime t;
            if (groups >= g + 4 && m.group(g + 3) != null) {
                int hour = Integer.parseInt(m.group(g + 3));
                int minute = Integer.parseInt(m.group(g + 4));
                boolean seconds = groups >= g + 5 && m.group(g + 5) != null;
                int second = seconds ? Integer.parseInt(m.group(g + 5)) : 0;
                if (hour == 24 && minute == 0 && second == 0) {
                    hour = 0;
                }
                t = new PublishTime(LocalDateTime.of(year, month, day, hour, minute, second),
                        seconds ? Precision.SECOND : Precision.MINUTE);
            } else {
                t = new PublishTime(LocalDateTime.of(year, month, day, 0, 0), Precision.DAY);
            }
            if (year < 1990 || !t.notAfter(fetchedAt)) {
                return Optional.empty();
            }
            return Optional.of(t);
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
