package yaowen.insight;

import java.util.Objects;
import java.util.Optional;

/**
 * One economic figure stated in an article.
 *
 * @param indicator   canonical code (ANALYSIS.md), e.g. {@code GDP}
 * @param label       the wording on the page, e.g. 生产总值
 * @param kind        result or goal
 * @param year        calendar year the figure belongs to; a five-year goal uses the end year
 * @param period      empty for a whole year, else {@code Q1}, {@code H1}, {@code Q1-Q3}, {@code M1-M2}, …
 * @param measure     level or year-on-year growth
 * @param value       normalised: yuan for money, percent for percentages, plain numbers for counts; falls negative
 * @param unit        {@code CNY}, {@code PERCENT}, {@code COUNT} or another unit code
 * @param qualifier   约/左右 → APPROX, 以上 → AT_LEAST, 以内 → AT_MOST; empty when exact
 * @param range       a stated range (7%—8%), with {@code value} its lower end
 * @param scope       sub-area the figure belongs to (高新区); empty for the article's own region
 * @param preliminary true for estimates (预计)
 * @param rank        a stated rank (全市第2)
 * @param versus      a stated comparison (高于全市1.4个百分点)
 * @param raw         the phrase the figure was read from
 * @param evidence    the whole sentence the figure was read from
 */
public record Metric(
        String indicator,
        String label,
        Kind kind,
        Optional<Integer> year,
        Optional<String> period,
        Measure measure,
        double value,
        String unit,
        Optional<Qualifier> qualifier,
        Optional<Range> range,
        Optional<String> scope,
        boolean preliminary,
        Optional<Rank> rank,
        Optional<Versus> versus,
        String raw,
        String evidence) {

    public Metric {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(qualifier, "qualifier");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(rank, "rank");
        Objects.requireNonNull(versus, "versus");
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(evidence, "evidence");
    }

    public enum Kind { ACTUAL, TARGET }

    public enum Measure { LEVEL, GROWTH }

    public enum Qualifier { APPROX, AT_LEAST, AT_MOST }

    public record Range(double min, double max) { }

    /** 全市第2 → scope 全市, rank 2. */
    public record Rank(String scope, int rank) {
        public Rank {
            Objects.requireNonNull(scope, "scope");
        }
    }

    /** 高于全市1.4个百分点 → scope 全市, deltaPp 1.4 (negative when lower). */
    public record Versus(String scope, double deltaPp) {
        public Versus {
            Objects.requireNonNull(scope, "scope");
        }
    }
}
