package yaowen.records;

import java.util.List;

/** Names of Yaowen's topics: the one place they are spelled. */
public final class Topics {
    /** {@link RawPage} bytes as fetched; key = canonical URL. */
    public static final String PAGES_RAW = "yaowen.pages.raw";
    /** {@link Article}s, compacted; key = article id. */
    public static final String ARTICLES = "yaowen.articles";
    /** {@link Meeting}s, compacted; key = meeting key. */
    public static final String MEETINGS = "yaowen.meetings";
    /** {@link MetricObservation}s, compacted; key = metric key. */
    public static final String METRICS = "yaowen.metrics";
    /** {@link MeetingAlert}s; key = meeting key. */
    public static final String ALERTS = "yaowen.alerts";
    /** {@link DeadLetter}s; key = the failed record's key. */
    public static final String DLQ = "yaowen.dlq";

    /** Every topic, in data-flow order. */
    public static final List<String> ALL = List.of(PAGES_RAW, ARTICLES, MEETINGS, METRICS, ALERTS, DLQ);

    /** Topics whose latest value per key is the truth (cleanup.policy=compact). */
    public static final List<String> COMPACTED = List.of(ARTICLES, MEETINGS, METRICS);

    private Topics() {
    }
}
