package yaowen.cleaning;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import yaowen.cleaning.boilerplate.ChromeLines;
import yaowen.cleaning.boilerplate.ChromeLines.Kind;
import yaowen.cleaning.boilerplate.SiteChrome;
import yaowen.cleaning.fields.AuthorLine;
import yaowen.cleaning.fields.BylineCredits;
import yaowen.cleaning.fields.TitleFinder;
import yaowen.cleaning.script.ScriptNormaliser;

/**
 * Splits a page copied as plain text into its header, its title and its content.
 *
 * <p>A page copied as text starts with what stood above the article: navigation and tool words, date
 * banners, e-paper chrome with the page's list of headlines, then the headline (often with a kicker or a
 * sub-line), the date/source lines and widgets. The first prose line (a sentence with {@code 。}, or a long
 * clause) starts the content; everything above it is the header, of which only meta lines are read. Section
 * headings, salutations and a notice's addressees right above it ({@code 一、…}, {@code 同志们：}) go back to
 * the content.
 *
 * <p>The headline block ends at the first meta line under a headline; the title is its first line after the
 * last chrome line above it (a kicker + headline or headline + sub-line keeps the first line), except on
 * e-paper pages that list the article's headline above the chrome: then the line that the list names. A page
 * whose first line is prose has no header and no title.
 */
final class PlainTextLayout {
    /** Headers are short: the first prose line is looked for in this many lines. */
    private static final int HEADER_LIMIT = 40;
    private static final int MIN_TITLE = 6;
    private static final int MAX_TITLE = 120;
    private static final int LONG_LINE = 80;
    private static final int MIN_RUN_ON = 30;
    private static final Pattern CELL_SEPARATOR = Pattern.compile("\\s*[|｜\\t]\\s*|\\s+");
    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(?:\\.\\d+)?%?");
    private static final Pattern TABLE_HEAD = Pattern.compile("指标.*(?:绝对值|总量|数值|金额).*(?:增速|增长|增幅|比上年|同比)");
    /** A numbered section heading: 一、… (一)… 1.… 第一部分…. */
    private static final Pattern NUMBERED = Pattern.compile(
            "^(?:[一二三四五六七八九十]{1,3}\\s*[、.．]|[(（][一二三四五六七八九十\\d]{1,3}[)）]|\\d{1,2}\\s*[、.．](?!\\d)|第[一二三四五六七八九十]{1,3}[部章节])");

    /** A site's name standing above the headline: 某某县人民政府, 某某新闻网, 某某日报. */
    private static final Pattern SITE_NAME = Pattern.compile(
            "(?:人民政府|政府网|政务网|门户网站|网站|新闻网|信息网|网|频道|首页|日报|晚报|电视台|融媒体中心|新闻中心|融媒|宣传部|"
            + "办公室|客户端)$");

    /**
     * The header lines (meta lines are read from them), the title when the header holds one, the header lines
     * under the title (credit lines are read from them), the content.
     */
    record Layout(List<String> header, Optional<String> title, List<String> underTitle, List<String> content) {
    }

    private PlainTextLayout() {
    }

    /** The layout of a page's normalised, non-blank lines. */
    static Layout of(List<String> lines) {
        int n = Math.min(lines.size(), HEADER_LIMIT);
        Kind[] kinds = new Kind[n];
        int prose = -1;
        for (int i = 0; i < n; i++) {
            kinds[i] = ChromeLines.classify(lines.get(i));
            if (kinds[i] == Kind.BODY && SiteChrome.isSpacedLinkRow(lines.get(i))) {
                kinds[i] = Kind.CHROME; // above the first paragraph, a row of spaced short words is navigation
            }
            if (kinds[i] == Kind.BODY && isProse(lines.get(i))) {
                prose = i;
                break;
            }
        }
        if (prose <= 0) {
            return new Layout(List.of(), Optional.empty(), List.of(), lines);
        }
        int contentStart = prose;
        while (contentStart > 0 && kinds[contentStart - 1] == Kind.BODY && opensContent(lines.get(contentStart - 1))) {
            contentStart--;
        }
        for (int i = 0; i < contentStart; i++) {
            if (kinds[i] == Kind.BODY && isTableRow(lines.get(i))) {
                contentStart = i; // a table before the first sentence (a statistics release) is content
                break;
            }
        }
        List<String> header = lines.subList(0, contentStart);
        int title = title(header, kinds);
        return new Layout(header, title < 0 ? Optional.empty() : Optional.of(header.get(title)),
                title < 0 ? List.of() : header.subList(title + 1, contentStart), lines.subList(contentStart, lines.size()));
    }

    /** The index of the title line in {@code header}; -1 when it holds none. */
    private static int title(List<String> header, Kind[] kinds) {
        // The headline block ends at the first meta line under it (date, source): what follows is widgets.
        int lastCandidate = -1;
        for (int i = 0; i < header.size(); i++) {
            if (isHeadline(header.get(i), kinds[i])) {
                lastCandidate = i;
            } else if (kinds[i] == Kind.META && lastCandidate >= 0) {
                break;
            }
        }
        if (lastCandidate < 0) {
            return -1;
        }
        int barrier = -1;
        for (int i = 0; i < lastCandidate; i++) {
            if (kinds[i] == Kind.CHROME || kinds[i] == Kind.END) {
                barrier = i;
            }
        }
        int first = -1;
        for (int i = barrier + 1; i <= lastCandidate; i++) {
            if (isHeadline(header.get(i), kinds[i])) {
                first = i;
                break;
            }
        }
        // An e-paper page lists the page's headlines above its chrome: the article's block (kicker, headline,
        // sub-line) holds the one line that the list names.
        for (int i = first; i <= lastCandidate && barrier > 0; i++) {
            if (!isHeadline(header.get(i), kinds[i])) {
                break;
            }
            String key = TitleFinder.squash(header.get(i));
            for (int j = 0; j < barrier; j++) {
                if (isHeadline(header.get(j), kinds[j]) && TitleFinder.squash(header.get(j)).equals(key)) {
                    return i;
                }
            }
        }
        return first;
    }

    /**
     * A section heading, a salutation ({@code 同志们：}) or a document's addressees and opening
     * ({@code 各乡镇人民政府,县直各单位:}, {@code …现将有关事项通知如下:}) right above the first paragraph.
     */
    private static boolean opensContent(String line) {
        char last = line.charAt(line.length() - 1);
        return NUMBERED.matcher(line).lookingAt() || last == ':' || last == '：';
    }

    /**
     * A line that can be a headline: body text of title length, not a section heading, a lead-in ending with a
     * colon, a site's name or a credit line.
     */
    private static boolean isHeadline(String line, Kind kind) {
        if (kind != Kind.BODY) {
            return false;
        }
        int len = TitleFinder.squash(line).length();
        char last = line.charAt(line.length() - 1);
        return len >= MIN_TITLE && len <= MAX_TITLE && last != ':' && last != '：' && hanCount(line) >= 4
                && !NUMBERED.matcher(line).lookingAt() && !(len <= 16 && SITE_NAME.matcher(line).find())
                && !AuthorLine.isCreditLine(line) && BylineCredits.standaloneCredit(line).isEmpty();
    }

    /**
     * A row of a table copied as text: three or more cells separated by spaces, tabs or pipes, two of them
     * numbers ({@code 地区生产总值 亿元 1234.5 5.6}), or a head naming the columns ({@code 指标 | 绝对值 | 增速}); a
     * headline with one figure ({@code 一季度 GDP 增长 5.2%}) is no row.
     */
    private static boolean isTableRow(String line) {
        String[] cells = CELL_SEPARATOR.split(line);
        if (cells.length < 3) {
            return false;
        }
        int numbers = 0;
        for (String c : cells) {
            if (NUMBER.matcher(c).matches()) {
                numbers++;
            }
        }
        return numbers >= 2 && numbers < cells.length || TABLE_HEAD.matcher(line).find() && numbers == 0;
    }

    /** A paragraph of the article: a sentence, a clause longer than any headline, or clauses running on. */
    private static boolean isProse(String line) {
        if (line.indexOf('。') >= 0) {
            return true;
        }
        int clauses = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == ',' || c == '，' || c == ';' || c == '；') {
                clauses++;
            }
        }
        // a first paragraph cut before its first full stop still runs on clause after clause
        return clauses > 0 && (line.length() > LONG_LINE || clauses >= 2 && line.length() >= MIN_RUN_ON) && !SiteChrome.isLinkRow(line);
    }

    private static int hanCount(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.UnicodeScript.of(s.charAt(i)) == Character.UnicodeScript.HAN) {
                n++;
            }
        }
        return n;
    }

    /** Non-blank lines, whitespace collapsed. */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int from = 0;
        int n = text.length();
        for (int i = 0; i <= n; i++) {
            char c = i < n ? text.charAt(i) : '\n';
            if (c != '\n' && c != '\r') {
                continue;
            }
            String s = ScriptNormaliser.collapseWhitespace(text.substring(from, i));
            if (!s.isEmpty()) {
                lines.add(s);
            }
            if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                i++;
            }
            from = i + 1;
        }
        return lines;
    }
}
