/**
 * Economic figures: the indicator taxonomy (codes and synonyms, a classpath resource), numerals (Arabic,
 * Chinese, full-width, 万/亿, 百分之), unit normalisation, and the grammar that reads "全区生产总值实现414.9亿元,
 * 增长5.7%" as metrics with kind, year, period, measure, qualifier, scope, rank and comparison.
 * Internal to insight: not part of its API.
 */
package yaowen.insight.metric;
