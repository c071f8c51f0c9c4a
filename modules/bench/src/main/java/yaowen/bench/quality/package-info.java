/**
 * Quality benchmarks: {@link yaowen.bench.quality.QualityBench} runs the analyzer over a corpus folder and
 * {@link yaowen.bench.quality.QualityScorer} scores the predictions against gold exactly as
 * {@code docs/analysis.md} ("Scoring") defines, into a {@link yaowen.bench.quality.QualityReport} that lists
 * every miss per document.
 */
package yaowen.bench.quality;
