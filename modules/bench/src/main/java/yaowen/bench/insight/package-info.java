/**
 * Insight-only benchmark ({@code yaowen bench insight}): feeds the gold article text of each gold corpus
 * straight to {@link yaowen.insight.InsightExtractor}, scores meetings, regions, people and metrics with the
 * shared scorer of {@link yaowen.bench.quality}, and times {@code extract} alone on one thread.
 */
package yaowen.bench.insight;
