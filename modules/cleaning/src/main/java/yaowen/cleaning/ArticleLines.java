package yaowen.cleaning;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import yaowen.cleaning.boilerplate.ChromeLines;
import yaowen.cleaning.boilerplate.ChromeLines.Kind;
import yaowen.cleaning.boilerplate.SiteChrome;
import yaowen.cleaning.fields.AuthorLine;
import yaowen.cleaning.fields.BylineCredits;
import yaowen.cleaning.fields.PublishTime;
import yaowen.cleaning.fields.PublishTimeParser;
import yaowen.cleaning.fields.SourceLine;
import yaowen.cleaning.fields.TitleFinder;

/**
 * Turns normalised lines into body and fields. Lines come in three zones: the header before the
 * content (only meta lines are read), the content (chrome dropped, meta lines read and dropped, the
 * title line dropped, cut at the first end marker such as 相关新闻 or 版权所有) and the trailer after it
 * (only meta lines up to the first end marker are read). Not thread-safe; one per page.
 */
final class ArticleLines {
    private static final int TITLE_ZONE = 4;
    /** Closing body lines searched for a cited issue. */
    private static final int CITATION_ZONE = 3;
    /** A line that is only a label, as in the cells of a disclosure table ({@code 发布机构：} above its value). */
    private static final java.util.regex.Pattern LABEL_ONLY = java.util.regex.Pattern.compile("[\\p{IsHan}\\s]{2,8}[:：]");
    private static final java.util.regex.Pattern DATE_ONLY = java.util.regex.Pattern.compile(
            "(?:19|20)\\d\\d\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日");
    private static final java.util.regex.Pattern SIGNER = java.util.regex.Pattern.compile(
            "[\\p{IsHan}()（）]{2,}(?:人民政府|政府|办公室|委员会|局|委|办|中心|组|会|院|厅|部)");
    /** A numbered section heading (一、 (二) 3.), which may follow an image but is no caption. */
    private static final java.util.regex.Pattern SECTION_HEADING = java.util.regex.Pattern.compile(
            "[一二三四五六七八九十]{1,3}\\s*[、.．]|[(（][一二三四五六七八九十\\d]{1,3}[)）]|\\d{1,2}\\s*[、.．](?!\\d)");
    private static final java.util.regex.Pattern COUNTER_WORDS = java.util.regex.Pattern.compile("浏览|点击|阅读|访问|字号|人气");

    private final Optional<Instant> fetchedAt;
    /** A page copied as plain text: the rules for its layout (broken lines, decks, link rows, captions) apply. */
    private final boolean plainText;
    private final String titleKey;
    private final List<String> body = new ArrayList<>();
    private final Set<String> authors = new LinkedHashSet<>();
    private Optional<PublishTime> headerLabelled = Optional.empty();
    private Optional<PublishTime> contentLabelled = Optional.empty();
    private Optional<PublishTime> trailerLabelled = Optional.empty();
    private Optional<PublishTime> byline = Optional.empty();
    private Optional<String> source = Optional.empty();
    private Optional<String> bylineSource = Optional.empty();
    /** A date banner (…星期…) above the title: the issue date of an e-paper page, or only today's date. */
    private Optional<PublishTime> banner = Optional.empty();
    /** The header holds an e-paper page marker (第A03版): a date banner there is the issue's date. */
    private boolean epaper;
    private boolean finished;

    ArticleLines(Optional<String> title, Optional<Instant> fetchedAt, boolean plainText) {
        this.fetchedAt = fetchedAt;
        this.plainText = plainText;
        this.titleKey = title.map(TitleFinder::squash).orElse("");
    }

    /** Reads fields from header lines, nearest to the content first. */
    void header(List<String> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            String line = lines.get(i);
            epaper |= SiteChrome.isPageMarker(line);
            if (i + 1 < lines.size() && LABEL_ONLY.matcher(line).matches()) {
                line = line + lines.get(i + 1); // a table cell holding only a label: its value is the next cell
            }
            if (ChromeLines.classify(line) == Kind.META) {
                readMeta(line, Zone.HEADER);
            }
        }
    }

    /**
     * Reads credit lines printed under the headline of a plain-text page ({@code 本报记者 张三 通讯员 李四}); only
     * there, since above the headline such words are navigation ({@code 记者调查}, {@code 摄影 真我}).
     */
    void underHeadline(List<String> lines) {
        for (String line : lines) {
            if (ChromeLines.classify(line) != Kind.META && AuthorLine.isCreditLine(line)) {
                authors.addAll(AuthorLine.authors(line));
            } else {
                BylineCredits.standaloneCredit(line).ifPresent(authors::addAll);
            }
        }
    }

    /** Reads content lines: keeps the body, reads and drops meta lines. */
    void content(List<String> lines) {
        int n = lines.size();
        Kind[] kinds = new Kind[n];
        int[] proseAfter = new int[n + 1];
        for (int i = n - 1; i >= 0; i--) {
            kinds[i] = ChromeLines.classify(lines.get(i));
            proseAfter[i] = proseAfter[i + 1] + (kinds[i] == Kind.BODY && hasSentence(lines.get(i)) ? lines.get(i).length() : 0);
        }
        int considered = 0;
        int kept = 0;
        boolean afterImage = false;
        for (int i = 0; i < n; i++) {
            String line = lines.get(i);
            Kind kind = kinds[i];
            boolean image = afterImage;
            afterImage = SiteChrome.isImageFile(line);
            if (kind == Kind.END) {
                boolean footerWord = ChromeLines.isFooterWord(line);
                if (footerWord ? proseAfter[i + 1] == 0
                        : kept > 0 && (kept >= proseAfter[i + 1] || ChromeLines.isHardEnd(line))) {
                    return; // what follows is less than what we have: the article ended
                }
                if (!footerWord) {
                    continue;
                }
                kind = Kind.BODY; // 合作单位：示范大学 with prose after it: a body line that opens with a footer word
            }
            if (kind == Kind.META) {
                boolean read = readMeta(line, Zone.CONTENT);
                if (isSignatureDate(line)) {
                    body.add(line); // the date under a document's signature is part of the document
                    continue;
                }
                if (read || !hasSentence(line)) {
                    continue;
                }
                kind = Kind.BODY;
            }
            if (kind == Kind.CHROME || image && isCaptionAfterImage(line)) {
                continue;
            }
            // Lines that look like body text: a caption only on a text copy or under an image, a row of links
            // only on a text copy and outside the article's prose (above its first kept line or below its last).
            if ((plainText || image) && SiteChrome.isSoftCaption(line)
                    || plainText && (kept == 0 || proseAfter[i + 1] == 0) && SiteChrome.isSpacedLinkRow(line)) {
                continue;
            }
            considered++;
            if (AuthorLine.isCreditLine(line)) {
                authors.addAll(AuthorLine.authors(line));
                continue;
            }
            Optional<List<String>> credit = BylineCredits.standaloneCredit(line, proseAfter[i + 1] == 0);
            if (credit.isPresent()) {
                authors.addAll(credit.get());
                continue;
            }
            if (considered <= TITLE_ZONE + 2 && isTitle(line)) {
                continue;
            }
            body.add(line);
            kept += line.length();
        }
    }

    /** Reads fields from lines after the content, up to the first end marker. */
    void trailer(List<String> lines) {
        for (String line : lines) {
            Kind kind = ChromeLines.classify(line);
            if (kind == Kind.END) {
                return;
            }
            if (kind == Kind.META) {
                readMeta(line, Zone.TRAILER);
            }
        }
    }

    List<String> body() {
        if (!finished) {
            finished = true;
            if (plainText) {
                BodyTidy.tidy(body, titleKey); // HTML keeps its paragraphs as the page marks them
            }
            authors.addAll(BylineCredits.leadCredit(body));
        }
        return body;
    }

    List<String> authors() {
        body();
        if (!body.isEmpty()) {
            for (int i = Math.max(0, body.size() - 3); i < body.size(); i++) {
                authors.addAll(AuthorLine.trailingCredit(body.get(i), source().orElse("")));
            }
        }
        return List.copyOf(authors);
    }

    Optional<String> source() {
        return source.or(() -> bylineSource);
    }

    /**
     * The stated publish time; {@code fromMeta} and {@code fromUrl} rank below labelled text. Last comes the
     * issue a reposted article cites in its closing lines ({@code ——《北京之春》1996年6月号}).
     */
    Optional<PublishTime> publishTime(Optional<PublishTime> fromMeta, Optional<PublishTime> fromUrl) {
        return headerLabelled.or(() -> contentLabelled).or(() -> fromMeta).or(() -> byline)
                .or(() -> trailerLabelled).or(() -> fromUrl).or(this::issueDate).or(this::cited);
    }

    /**
     * The date banner, when it is an issue's date: under an e-paper page marker, or on a text copy when it is not
     * the crawl day. A site's header prints today's date ({@code 2024年5月1日 星期三}) on every page.
     */
    private Optional<PublishTime> issueDate() {
        if (banner.isEmpty() || epaper) {
            return banner;
        }
        if (!plainText) {
            return Optional.empty();
        }
        return fetchedAt.isPresent()
                && banner.get().time().toLocalDate().equals(fetchedAt.get().atZone(PublishTime.CHINA).toLocalDate())
                ? Optional.empty() : banner;
    }

    private Optional<PublishTime> cited() {
        for (int i = body.size() - 1; i >= Math.max(0, body.size() - CITATION_ZONE); i--) {
            Optional<PublishTime> t = PublishTimeParser.fromCitation(body.get(i), fetchedAt);
            if (t.isPresent()) {
                return t;
            }
        }
        return Optional.empty();
    }

    private enum Zone { HEADER, CONTENT, TRAILER }

    /** Reads what a meta line states; true when it stated anything. */
    private boolean readMeta(String line, Zone zone) {
        boolean found = false;
        Optional<PublishTime> t = PublishTimeParser.fromLabelledText(line, fetchedAt);
        if (t.isPresent()) {
            found = true;
            switch (zone) {
                case HEADER -> headerLabelled = headerLabelled.or(() -> t);
                case CONTENT -> contentLabelled = contentLabelled.or(() -> t);
                case TRAILER -> trailerLabelled = trailerLabelled.or(() -> t);
            }
        } else if (zone == Zone.HEADER && line.contains("星期") && !line.contains("今天") && !line.contains("今日")) {
            Optional<PublishTime> d = PublishTimeParser.firstDate(line, fetchedAt);
            if (d.isPresent() && d.get().precision().compareTo(PublishTime.Precision.DAY) >= 0) {
                found = true;
                banner = banner.or(() -> d);
            }
        } else if (!line.contains("今天") && !line.contains("今日") && !line.contains("星期")) {
            Optional<PublishTime> d = PublishTimeParser.firstDate(line, fetchedAt);
            if (d.isPresent() && zone != Zone.TRAILER && d.get().precision().compareTo(PublishTime.Precision.DAY) >= 0) {
                found = true;
                byline = byline.or(() -> d);
                if (bylineSource.isEmpty()) {
                    bylineSource = SourceLine.byline(line);
                }
            }
        }
        if (t.isPresent() && bylineSource.isEmpty() && zone != Zone.TRAILER) {
            bylineSource = SourceLine.siteWithDomain(line).or(() -> SourceLine.afterDate(line));
        }
        Optional<String> s = SourceLine.labelled(line);
        if (s.isPresent()) {
            found = true;
            source = source.or(() -> s);
        }
        if (AuthorLine.isCreditLine(line) || COUNTER_WORDS.matcher(line).find()) {
            found = true;
        }
        List<String> a = AuthorLine.authors(line);
        if (!a.isEmpty()) {
            found = true;
            authors.addAll(a);
        }
        return found;
    }

    /** A date alone ({@code 2023年12月22日}) right under a signing body ({@code 某某市人民政府办公室}) at a document's end. */
    private boolean isSignatureDate(String line) {
        if (body.isEmpty() || !DATE_ONLY.matcher(line).matches()) {
            return false;
        }
        String last = body.get(body.size() - 1);
        return last.length() <= 24 && SIGNER.matcher(last).matches();
    }

    /** A line right after an image file name that is short and no sentence: the image's caption. */
    private static boolean isCaptionAfterImage(String line) {
        return line.length() <= 30 && line.indexOf('。') < 0 && line.indexOf('，') < 0 && line.indexOf(',') < 0
                && !SECTION_HEADING.matcher(line).lookingAt();
    }

    private boolean isTitle(String line) {
        if (titleKey.isEmpty()) {
            return false;
        }
        String k = TitleFinder.squash(line);
        return k.equals(titleKey) || k.length() >= 4 && titleKey.contains(k) && k.length() * 2 >= titleKey.length()
                || k.length() >= 4 && k.contains(titleKey) && titleKey.length() * 10 >= k.length() * 9;
    }

    private static boolean hasSentence(String line) {
        return line.indexOf('。') >= 0 || line.indexOf('，') >= 0 || line.indexOf(',') >= 0 || line.length() > 60;
    }
}
