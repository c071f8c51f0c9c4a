package yaowen.cli.analysis;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import yaowen.cleaning.ArticleCleaner;
import yaowen.cleaning.CleanedArticle;
import yaowen.cleaning.CleaningException;
import yaowen.cleaning.FetchedPage;
import yaowen.insight.ArticleText;
import yaowen.insight.Insight;
import yaowen.insight.InsightExtractor;

/**
 * Raw page bytes to an {@link Analysis}: {@code FetchedPage → CleanedArticle → ArticleText → Insight}.
 *
 * <p>Thread-safe: the cleaner and the extractor are created once and shared, and both cores promise to
 * be safe for concurrent use. An analyzer holds no per-call state and never modifies the page bytes.
 */
public final class Analyzer {
    private static final Pattern ISO_DATE = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})");

    private final Function<FetchedPage, CleanedArticle> cleaner;
    private final Function<ArticleText, Insight> extractor;

    private Analyzer(Function<FetchedPage, CleanedArticle> cleaner, Function<ArticleText, Insight> extractor) {
        this.cleaner = Objects.requireNonNull(cleaner, "cleaner");
        this.extractor = Objects.requireNonNull(extractor, "extractor");
    }

    /** The analyzer over the real cores; loads the cleaner and insight's dictionaries once (slow: call once). */
    public static Analyzer create() {
        ArticleCleaner cleaner = ArticleCleaner.create();
        InsightExtractor extractor = InsightExtractor.load();
        return new Analyzer(cleaner::clean, extractor::extract);
    }

    /**
     * An analyzer over other stages, for tests and benches that isolate one core. Both functions must be
     * thread-safe if the analyzer is shared.
     */
    public static Analyzer of(Function<FetchedPage, CleanedArticle> cleaner, Function<ArticleText, Insight> extractor) {
        return new Analyzer(cleaner, extractor);
    }

    /**
     * Analyses one page whose site region is unknown.
     *
     * @throws CleaningException when the page holds no article (empty, binary, too large, no text)
     */
    public Analysis analyze(String input, FetchedPage page) {
        return analyze(input, page, Optional.empty());
    }

    /**
     * Analyses one page.
     *
     * @param input          the name the result is reported under
     * @param page           the bytes as served, with what the fetch knew
     * @param siteRegionCode GB/T 2260 code of the publishing site's region, a hint for region resolution
     * @throws CleaningException when the page holds no article (empty, binary, too large, no text)
     */
    public Analysis analyze(String input, FetchedPage page, Optional<String> siteRegionCode) {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(siteRegionCode, "siteRegionCode");
        CleanedArticle article = cleaner.apply(page);
        Insight insight = extractor.apply(articleText(article, siteRegionCode, page.url()));
        return new Analysis(input, article, insight, page.url());
    }

    /**
     * What insight reads of a clean article: title, text, the date part of publishedAt, the site's region, the
     * page's URL and the stated source.
     */
    static ArticleText articleText(CleanedArticle article, Optional<String> siteRegionCode, Optional<String> url) {
        return new ArticleText(article.title(), article.text(), publishedOn(article.publishedAt()), siteRegionCode,
                url, article.source());
    }

    /** The date part of an ISO date or date-time ({@code 2021-01-28T19:55:07 → 2021-01-28}); empty if none. */
    static Optional<LocalDate> publishedOn(Optional<String> publishedAt) {
        if (publishedAt.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = ISO_DATE.matcher(publishedAt.get().strip());
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(m.group(1)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
