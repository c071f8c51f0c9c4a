/**
 * One page in, one analysis out: {@link yaowen.cli.analysis.Analyzer} runs the cleaning and insight cores
 * on raw bytes, and {@link yaowen.cli.analysis.AnalysisJson} writes the result in the JSON shape of
 * {@code docs/analysis.md} (what {@code yaowen analyze} prints and what the quality bench scores).
 */
package yaowen.cli.analysis;
