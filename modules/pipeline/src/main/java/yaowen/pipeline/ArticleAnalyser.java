package yaowen.pipeline;

import yaowen.insight.ArticleText;
import yaowen.insight.Insight;

/** The insight step as the pipeline sees it; {@code InsightExtractor::extract} in production. */
@FunctionalInterface
public interface ArticleAnalyser {
    Insight extract(ArticleText article);
}
