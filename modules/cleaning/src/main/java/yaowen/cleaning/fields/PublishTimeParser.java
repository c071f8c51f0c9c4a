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
    private static final String DATE_CORE =
            "((?:19[89]|20[0-9])\\d)\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?"
            + "(?:\\s*(?:T|\\s|&nbsp;)?\\s*(\\d{1,2})\\s*[:：时]\\s*(\\d{1,2})\\s*分?(?:\\s*[:：]\\s*(\\d{1,2})\\s*秒?)?)?";
    private static final Pattern DATE = Pattern.compile(DATE_CORE);
    private static final Pattern LABELLED = Pattern.compile(
            "(?:发布时间|发布日期|发表时间|发表日期|发稿时间|发文日期|成文日期|印发日期|更新时间|更新日期|上传时间|录入时间|"
            + "时间|日期|发布于|发表于)\\s*[:：]?\\s*[\\[【(（]?\\s*" + DATE_CORE);
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
        for (Element m : doc.select("meta[content], [itemprop=datePublished]")) {
            String key = (m.attr("name") + m.attr("property") + m.attr("itemprop") + m.attr("http-equiv"))
                    .toLowerCase(Locale.ROOT);
            if (!META_NAMES.contains(key)) {
                continue;
            }
            String v = m.hasAttr("content") ? m.attr("content") : m.hasAttr("datetime") ? m.attr("datetime") : m.text();
            Optional<PublishTime> t = firstDate(v, fetchedAt);
            if (t.isPresent()) {
                return t;
            }
        }
        return Optional.empty();
    }

    /** A date after a publish-time label (发布时间：…, 日期：…) in {@code line}. */
    public static Optional<PublishTime> fromLabelledText(String line, Optional<Instant> fetchedAt) {
        Matcher m = LABELLED.matcher(line);
        while (m.find()) {
            Optional<PublishTime> t = toTime(m, 1, fetchedAt);
            if (t.isPresent()) {
                return t;
            }
        }
        return Optional.empty();
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
