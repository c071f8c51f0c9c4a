package yaowen.pipeline.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import yaowen.records.MetricEvidence;
import yaowen.records.MetricObservation;

/** The metric merge rules on an invented district's 2024 GDP growth target. */
class MetricMergeTest {
    static MetricObservation report(String article, String standing, double value, String qualifier, boolean preliminary) {
        MetricObservation o = MetricObservation.newBuilder().setKey("419901|GDP|TARGET|2024|-|GROWTH|-")
                .setArticleId(article).setUrl("http://x/" + article).setMeetingKey(standing.equals("MEETING") ? "m" : null)
                .setIndicator("GDP").setLabel("生产总值").setKind("TARGET").setYear(2024).setMeasure("GROWTH")
                .setValue(value).setUnit("PERCENT").setQualifier(qualifier).setPreliminary(preliminary)
                .setRaw("增长" + value + "%").setEvidence(article + ":生产总值增长" + value + "%").build();
        o.setReports(List.of(MetricMerge.evidenceOf(o, standing)));
        return o;
    }

    static MetricObservation mergeAll(MetricObservation... reports) {
        MetricObservation m = reports[0];
        for (int i = 1; i < reports.length; i++) {
            m = MetricMerge.merge(m, reports[i]);
        }
        return m;
    }

    @Test
    void theSameFigureFromThreeReportsIsOneMetricWithThreePiecesOfEvidence() {
        MetricObservation m = mergeAll(report("a", "MEETING", 6.5, "APPROX", false),
                report("b", "MEETING", 6.5, "APPROX", false), report("c", "REPORT", 6.5, "APPROX", false));
        assertThat(m.getConflict()).isFalse();
        assertThat(m.getArticleId()).isEqualTo("a");
        assertThat(m.getReports()).extracting(MetricEvidence::getArticleId).containsExactly("a", "b", "c");
    }

    @Test
    void differentQualifiersOfEqualStandingAreOneMetricMarkedAsAConflict() {
        MetricObservation m = mergeAll(report("a", "MEETING", 6.5, "APPROX", false),
                report("b", "MEETING", 6.5, "AT_LEAST", false), report("c", "MEETING", 6.0, null, false));
        assertThat(m.getConflict()).isTrue();
        assertThat(m.getValue()).isEqualTo(6.5);
        assertThat(m.getQualifier()).isEqualTo("APPROX");
        assertThat(m.getReports()).extracting(MetricEvidence::getValue, MetricEvidence::getQualifier)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(6.5, "APPROX"),
                        org.assertj.core.groups.Tuple.tuple(6.5, "AT_LEAST"), org.assertj.core.groups.Tuple.tuple(6.0, null));
    }

    @Test
    void aLaterStatisticsReleaseSupersedesAMeetingReportWithoutAConflict() {
        MetricObservation m = mergeAll(report("a", "MEETING", 5.9, null, true), report("s", "STATISTICS", 5.7, null, false));
        assertThat(m.getConflict()).isFalse();
        assertThat(m.getValue()).isEqualTo(5.7);
        assertThat(m.getArticleId()).isEqualTo("s");
        assertThat(m.getMeetingKey()).isEqualTo("m");
        assertThat(m.getReports()).hasSize(2);
    }

    @Test
    void aFinalFigureSupersedesAnEstimateOfEqualStanding() {
        MetricObservation m = mergeAll(report("a", "MEETING", 5.9, null, true), report("b", "MEETING", 5.8, null, false));
        assertThat(m.getConflict()).isFalse();
        assertThat(m.getValue()).isEqualTo(5.8);
    }

    @Test
    void aRefetchedArticleReplacesItsOwnEvidenceAndARepeatChangesNothing() {
        MetricObservation first = mergeAll(report("a", "MEETING", 6.5, null, false), report("b", "MEETING", 6.5, null, false));
        assertThat(MetricMerge.merge(first, report("b", "MEETING", 6.5, null, false))).isEqualTo(first);
        MetricObservation corrected = MetricMerge.merge(first, report("a", "MEETING", 6.0, null, false));
        assertThat(corrected.getReports()).hasSize(2);
        assertThat(corrected.getConflict()).isTrue();
    }

    @Test
    void theStandingOfAnArticleComesFromItsSourceOrTitle() {
        assertThat(MetricMerge.standing("甲区统计局", "2023年经济运行情况", false)).isEqualTo("STATISTICS");
        assertThat(MetricMerge.standing(null, "甲区2023年国民经济和社会发展统计公报", false)).isEqualTo("STATISTICS");
        assertThat(MetricMerge.standing("甲区融媒体中心", "区委全会召开", true)).isEqualTo("MEETING");
        assertThat(MetricMerge.standing("甲区融媒体中心", "项目签约", false)).isEqualTo("REPORT");
    }
}
