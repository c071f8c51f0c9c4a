package yaowen.pipeline;

import yaowen.insight.ArticleText;
import yaowen.insight.Budget;
import yaowen.insight.Insight;

/**
 * The insight step as the pipeline sees it; {@code InsightExtractor::extract} in production. It asks {@code budget}
 * now and then whether to go on and throws {@link yaowen.insight.OverBudgetException} when told to stop.
 */
@FunctionalInterface
public interface ArticleAnalyser {
    Insight extract(ArticleText article, Budget budget);
}
