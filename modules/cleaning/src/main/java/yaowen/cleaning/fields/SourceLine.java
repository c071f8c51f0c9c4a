package yaowen.cleaning.fields;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the stated source of an article from a meta line: {@code 来源：开封市龙亭区人民政府},
 * {@code 信息来源: 县融媒体中心}, or the name in a byline such as {@code 南阳广播电视台 2023-03-17 15:53:20}.
 * Stateless and thread-safe.
 */
public final class SourceLine {
    private static final Pattern LABELLED = Pattern.compile(
            "(?:信息来源|文章来源|稿件来源|新闻来源|内容来源|来源|稿源|出处|来自|转载自|转自|发布机构|发文机构|发布单位)\\s*[:：]\\s*(.+)");
    private static final Pattern VALUE_END = Pattern.compile(
            "\\s{2,}|\\s*[|｜【\\[•●]|\\s+(?=[\\p{IsHan}]{1,6}\\s*[:：])"
            + "|\\s*(?=(?:19|20)\\d\\d\\s*[-/.年]\\s*\\d)"
            + "|(?:发布时间|发布日期|作者|编辑|责任编辑|浏览|点击|时间|日期|字号)\\s*[:：]"
            + "|\\s*(?:浏览次数|浏览量|阅读量|阅读数|点击量|点击数|分享到|字体|字号)"
            + "|\\s*(?:浏览|点击|阅读|访问)\\s*\\d|\\s*[(（]\\s*(?:记者|通讯员|作者|编辑)");
    private static final Pattern BYLINE = Pattern.compile(
            "^([\\p{IsHan}A-Za-z]{2,20}?)\\s*[|｜]?\\s*(?:19|20)\\d\\d\\s*[-/.年]");

    private static final Pattern DATE_THEN_ORGANISATION = Pattern.compile(
            "(?:19|20)\\d\\d\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}\\s*日?(?:\\s*\\d{1,2}:\\d{2}(?::\\d{2})?)?\\s*[|｜]?\\s*"
            + "([\\p{IsHan}]{2,16}(?:委员会|局|中心|办公室|政府|网|报|台|社|委|办|部|院))\\s*$");
    private static final Pattern SITE_WITH_DOMAIN = Pattern.compile(
            "([\\p{IsHan}]{2,20})\\s+(?:https?://)?(?:www\\.)?[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+\\s");

    private SourceLine() {
    }

    /** The source a {@code 来源：} label names in {@code line}. */
    public static Optional<String> labelled(String line) {
        if (!line.contains("源") && !line.contains("出处") && !line.contains("自") && !line.contains("发布") && !line.contains("发文")) {
            return Optional.empty(); // every label holds one of these
        }
        Matcher m = LABELLED.matcher(line);
        if (!m.find()) {
            return Optional.empty();
        }
        String v = m.group(1);
        Matcher end = VALUE_END.matcher(v);
        if (end.find()) {
            v = v.substring(0, end.start());
        }
        return clean(v);
    }

    /** The site named with its web address before a date: {@code 某某网 example.com.cn 时间: 2011-04-15}. */
    public static Optional<String> siteWithDomain(String line) {
        Matcher m = SITE_WITH_DOMAIN.matcher(line);
        return m.lookingAt() ? clean(m.group(1)) : Optional.empty();
    }

    /**
     * The name in a byline: before the date ({@code 南阳广播电视台 2023-03-17 15:53:20}), or after it when it names
     * an organisation ({@code 2023-02-14市发展和改革委员会}, as mobile templates print it).
     */
    public static Optional<String> byline(String line) {
        Matcher m = BYLINE.matcher(line);
        if (m.find()) {
            return clean(m.group(1));
        }
        return afterDate(line);
    }

    /** An organisation named after a date at the end of a line ({@code 发布时间：2023-02-14 某某委员会}). */
    public static Optional<String> afterDate(String line) {
        Matcher after = DATE_THEN_ORGANISATION.matcher(line);
        return after.find() ? clean(after.group(1)) : Optional.empty();
    }

    private static Optional<String> clean(String v) {
        String s = v.strip().replaceAll("^[\\s:：\\[【(（]+|[\\s,，。;；:：\\]】)）]+$", "");
        if (s.isEmpty() || s.length() > 40 || s.matches("[\\d\\s:：/.-]+") || s.startsWith("http")) {
            return Optional.empty();
        }
        return Optional.of(s);
    }
}
