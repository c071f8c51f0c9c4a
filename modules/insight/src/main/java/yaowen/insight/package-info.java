/**
 * Insight: clean article text to meeting facts and economic metrics with evidence. The front door is
 * {@link yaowen.insight.InsightExtractor}; its records ({@link yaowen.insight.ArticleText}, {@link yaowen.insight.Insight},
 * {@link yaowen.insight.MeetingFacts}, {@link yaowen.insight.Metric}, {@link yaowen.insight.Region}) are the API.
 * Subpackages are internal. Pure functions: no I/O beyond classpath resources loaded once, no clock, no logging.
 */
package yaowen.insight;
