package yaowen.stores;

import java.util.Objects;

/**
 * A stored metric observation. Values are normalised as in the {@code MetricObservation} schema: yuan
 * for money, percent for percentages, plain numbers for counts. Nullable components are null when
 * the page does not state them. Immutable.
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
        String evidence) {

    public MetricRow {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(unit, "unit");
    }
}
