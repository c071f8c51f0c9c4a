package yaowen.stores;

import java.util.Objects;

/**
 * One report stating a stored metric's figure: the value it states and the sentence. Immutable.
 *
 * @param standing STATISTICS, MEETING or REPORT (see the {@code MetricEvidence} schema)
 */
public record EvidenceRow(String articleId, String url, String meetingKey, String standing, double value,
                          String qualifier, Double rangeMin, Double rangeMax, boolean preliminary, String raw,
                          String evidence) {
    public EvidenceRow {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(standing, "standing");
    }
}
