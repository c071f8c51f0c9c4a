package yaowen.insight;

/**
 * How long a caller lets one extraction run, without insight reading a clock: {@link InsightExtractor#extract(ArticleText,
 * Budget)} asks {@link #exhausted()} between its steps and before each sentence of the metric walk, and stops with
 * {@link OverBudgetException} at the first "yes". The caller decides what time is (a deadline on its own clock, a
 * count of questions in a test). Implementations must be cheap: they are asked thousands of times per long article.
 */
@FunctionalInterface
public interface Budget {
    /** A budget that never runs out. */
    Budget UNLIMITED = () -> false;

    /** Whether the extraction should stop now. */
    boolean exhausted();
}
