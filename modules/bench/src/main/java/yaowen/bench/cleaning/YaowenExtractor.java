package yaowen.bench.cleaning;

import java.util.Optional;
import yaowen.cleaning.ArticleCleaner;
import yaowen.cleaning.CleanedArticle;
import yaowen.cleaning.FetchedPage;

/** Yaowen's cleaning core on the raw bytes: its time includes charset detection and decoding. */
final class YaowenExtractor implements Extractor {
    private final ArticleCleaner cleaner = ArticleCleaner.create();

    @Override
    public String name() {
        return "Yaowen";
    }

    @Override
    public Extracted extract(BenchPage page) {
        CleanedArticle a = clean(page);
        return new Extracted(a.text(), a.title(), a.publishedAt());
    }

    CleanedArticle clean(BenchPage page) {
        return cleaner.clean(new FetchedPage(page.bytes(), page.url(), Optional.empty(), Optional.empty()));
    }
}
