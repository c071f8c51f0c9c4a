package yaowen.pipeline;

import yaowen.cleaning.CleanedArticle;
import yaowen.cleaning.FetchedPage;

/**
 * The cleaning step as the pipeline sees it; {@code ArticleCleaner::clean} in production. A seam so
 * topology tests can make the step fail in ways real pages rarely do.
 */
@FunctionalInterface
public interface PageCleaner {
    /** @throws yaowen.cleaning.CleaningException when the page holds no article */
    CleanedArticle clean(FetchedPage page);
}
