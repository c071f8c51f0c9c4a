package yaowen.pipeline.dedup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import yaowen.records.MetricEvidence;
import yaowen.records.MetricObservation;

/**
 * The rules that make one metric of one figure stated by several reports (same region, indicator, kind,
 * year, period, measure and scope: one metric key). Every report is kept as evidence. The report that
 * stands is the one of highest standing — a statistics bureau's release over a meeting report over
 * anything else — a final figure before an estimate (预计) of the same standing, then the first. Reports
 * of that same standing that state another value, qualifier or range make the metric a visible conflict;
 * a differing report of lower standing is superseded, not a conflict. Pure functions over the records.
 */
public final class MetricMerge {
    /** Standings, lowest first. */
    public static final List<String> STANDINGS = List.of("REPORT", "MEETING", "STATISTICS");
    /** Reports kept per figure, so one much-repeated figure cannot grow its state without end. */
    public static final int MAX_REPORTS = 32;

    private MetricMerge() {
    }

    /**
     * The standing of an article: {@code STATISTICS} when its source or title names a statistics bureau
     * (统计局) or it is a statistical communiqué (统计公报), else {@code MEETING} when it reports a meeting,
     * else {@code REPORT}.
     */
    public static String standing(String source, String title, boolean reportsMeeting) {
        if (contains(source, "统计局") || contains(title, "统计局") || contains(title, "统计公报")) {
            return "STATISTICS";
        }
        return reportsMeeting ? "MEETING" : "REPORT";
    }

    private static boolean contains(String text, String word) {
        return text != null && text.contains(word);
    }

    /** The evidence {@code o} itself gives (its one report). */
    public static MetricEvidence evidenceOf(MetricObservation o, String standing) {
        return MetricEvidence.newBuilder().setArticleId(o.getArticleId()).setUrl(o.getUrl())
                .setMeetingKey(o.getMeetingKey()).setStanding(standing).setValue(o.getValue())
                .setQualifier(o.getQualifier()).setRangeMin(o.getRangeMin()).setRangeMax(o.getRangeMax())
                .setPreliminary(o.getPreliminary()).setRaw(o.getRaw()).setEvidence(o.getEvidence()).build();
    }

    /**
     * {@code known} with {@code report}'s reports added (a report from an article already listed replaces its
     * entry: the article was re-fetched), the standing report's value and sentence on top, and the conflict
     * flag set by the rule above.
     */
    public static MetricObservation merge(MetricObservation known, MetricObservation report) {
        Map<String, MetricEvidence> byArticle = new LinkedHashMap<>();
        reports(known).forEach(e -> byArticle.put(e.getArticleId(), e));
        for (MetricEvidence e : reports(report)) {
            if (byArticle.containsKey(e.getArticleId()) || byArticle.size() < MAX_REPORTS) {
                byArticle.put(e.getArticleId(), e);
            }
        }
        List<MetricEvidence> all = new ArrayList<>(byArticle.values());
        MetricEvidence top = all.stream().max(ORDER).orElseThrow();
        boolean conflict = all.stream().anyMatch(e -> ORDER.compare(e, top) == 0 && !sameFigure(e, top));
        return MetricObservation.newBuilder(known)
                .setArticleId(top.getArticleId())
                .setUrl(top.getUrl())
                .setMeetingKey(known.getMeetingKey() != null ? known.getMeetingKey() : report.getMeetingKey())
                .setValue(top.getValue())
                .setQualifier(top.getQualifier())
                .setRangeMin(top.getRangeMin())
                .setRangeMax(top.getRangeMax())
                .setPreliminary(top.getPreliminary())
                .setRaw(top.getRaw())
                .setEvidence(top.getEvidence())
                .setReports(all)
                .setConflict(conflict)
                .build();
    }

    /** Standing, then final over estimate; among equals {@code max} keeps the first (BinaryOperator.maxBy). */
    private static final Comparator<MetricEvidence> ORDER = Comparator
            .<MetricEvidence>comparingInt(e -> STANDINGS.indexOf(e.getStanding()))
            .thenComparing(e -> !e.getPreliminary());

    /** Whether two reports state the same figure: value, qualifier and range. */
    static boolean sameFigure(MetricEvidence a, MetricEvidence b) {
        return Math.abs(a.getValue() - b.getValue()) <= 1e-9 * Math.max(1, Math.abs(a.getValue()))
                && Objects.equals(a.getQualifier(), b.getQualifier())
                && Objects.equals(a.getRangeMin(), b.getRangeMin())
                && Objects.equals(a.getRangeMax(), b.getRangeMax());
    }

    /** The reports of {@code o}: its list, else (a record written before reports were kept) its own. */
    public static List<MetricEvidence> reports(MetricObservation o) {
        return o.getReports().isEmpty() ? List.of(evidenceOf(o, "REPORT")) : o.getReports();
    }
}
