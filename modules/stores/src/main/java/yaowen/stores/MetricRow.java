package yaowen.stores;

import java.util.List;
import java.util.Objects;

/**
 * A stored metric observation. Values are normalised as in the {@code MetricObservation} schema: yuan
 * for money, percent for percentages, plain numbers for counts. Nullable components are null when
 * the page does not state them. The value, qualifier and sentence are those of the report that stands;
 * {@link #reports} lists every report stating the figure, and {@link #conflict} is true when reports of equal
 * standing disagree. Immutable.
 */
public record MetricRow(
        String key,
        String articleId,
        String url,
        String meetingKey,
        String regionCode,
        String regionName,
        String indicator,
        String label,
        String kind,
        Integer year,
        String period,
        String measure,
        double value,
        String unit,
        String qualifier,
        Double rangeMin,
        Double rangeMax,
        String scope,
        boolean preliminary,
        String rankScope,
        Integer rank,
        String versusScope,
        Double versusDeltaPp,
        String raw,
        String evidence,
        boolean conflict,
        List<EvidenceRow> reports) {

    /** A metric stated by one report only. */
    public MetricRow(String key, String articleId, String url, String meetingKey, String regionCode, String regionName,
                     String indicator, String label, String kind, Integer year, String period, String measure,
                     double value, String unit, String qualifier, Double rangeMin, Double rangeMax, String scope,
                     boolean preliminary, String rankScope, Integer rank, String versusScope, Double versusDeltaPp,
                     String raw, String evidence) {
        this(key, articleId, url, meetingKey, regionCode, regionName, indicator, label, kind, year, period, measure,
                value, unit, qualifier, rangeMin, rangeMax, scope, preliminary, rankScope, rank, versusScope,
                versusDeltaPp, raw, evidence, false, List.of());
    }

    public MetricRow {
        reports = List.copyOf(reports);
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(unit, "unit");
    }
}
