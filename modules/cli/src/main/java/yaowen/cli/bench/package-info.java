/**
 * Quality benchmarks: {@link yaowen.cli.bench.QualityBench} runs the analyzer over a corpus folder and
 * {@link yaowen.cli.bench.QualityScorer} scores the predictions against gold exactly as
 * {@code docs/analysis.md} ("Scoring") defines, into a {@link yaowen.cli.bench.QualityReport} that lists
 * every miss per document.
 */
package yaowen.cli.bench;
