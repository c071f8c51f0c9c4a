package yaowen.pipeline.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import yaowen.records.Meeting;
import yaowen.records.MeetingSource;
import yaowen.records.MetricSummary;

/** The merge rules on invented meetings of an invented district. */
class MeetingMergeTest {
    static final String KEY = "419901|2024-01-12|PLENARY_SESSION";

    static MeetingSource source(String url, String site, long simhash) {
        return MeetingSource.newBuilder().setArticleId("id-" + url.hashCode()).setUrl(url).setSiteId(site)
                .setTitle("题 " + url).setPublishedAt("2024-01-12").setSimhash(String.format("%016x", simhash)).build();
    }

    static MetricSummary figure(String indicator, String kind, int year, double value) {
        return MetricSummary.newBuilder().setIndicator(indicator).setKind(kind).setMeasure("GROWTH").setYear(year)
                .setValue(value).setUnit("PERCENT").setRaw(indicator + value).build();
    }

    static Meeting report(MeetingSource source, String name, Integer plenary, List<MetricSummary> figures) {
        return Meeting.newBuilder().setKey(KEY).setArticleId(source.getArticleId()).setUrl(source.getUrl())
                .setTitle(source.getTitle()).setTypes(List.of("PLENARY_SESSION")).setName(name)
                .setDate(LocalDate.of(2024, 1, 12)).setPlenary(plenary).setSources(List.of(source))
                .setFigures(figures).build();
    }

    @Test
    void aNearCopyIsTheSameMeetingEvenUnderAnotherName() {
        Meeting first = report(source("http://a/1", "a", 0xF0F0L), "甲区委八次全会", 8, List.of());
        Meeting repost = report(source("http://b/1", "b", 0xF0F0L ^ 0x3FFL), "某次会议", 9, List.of()); // 10 bits apart
        assertThat(MeetingMerge.sameMeeting(first, repost)).isTrue();
    }

    @Test
    void anotherTextWithAnotherSessionNumberIsAnotherMeeting() {
        Meeting first = report(source("http://a/1", "a", 0L), "甲区委八次全会", 8, List.of());
        Meeting other = report(source("http://a/2", "a", 0x7FFL), "甲区委八次全会", 9, List.of()); // 11 bits apart
        assertThat(MeetingMerge.sameMeeting(first, other)).isFalse();
    }

    @Test
    void anotherTextWithUnrelatedNamesIsAnotherMeetingButAShortenedNameIsNot() {
        Meeting first = report(source("http://a/1", "a", 0L), "甲区委十五届八次全体会议", null, List.of());
        Meeting other = report(source("http://a/2", "a", -1L), "甲区政府常务会议", null, List.of());
        Meeting ownReport = report(source("http://b/2", "b", -1L), "八次全体会议", null, List.of());
        Meeting unnamed = report(source("http://c/2", "c", -1L), null, null, List.of());
        assertThat(MeetingMerge.sameMeeting(first, other)).isFalse();
        assertThat(MeetingMerge.sameMeeting(first, ownReport)).isTrue();
        assertThat(MeetingMerge.sameMeeting(first, unnamed)).isTrue();
    }

    @Test
    void mergeKeepsTheFirstReportListsEverySourceOnceAndAddsOnlyNewFigures() {
        Meeting first = report(source("http://a/1", "a", 1L), null, null,
                List.of(figure("GDP", "TARGET", 2024, 6.5)));
        Meeting second = Meeting.newBuilder(report(source("http://b/1", "b", 1L), "甲区委八次全会", 8,
                List.of(figure("GDP", "TARGET", 2024, 6.0), figure("RETAIL_SALES", "TARGET", 2024, 7.0)))).build();

        Meeting merged = MeetingMerge.merge(first, second);

        assertThat(merged.getUrl()).isEqualTo("http://a/1");
        assertThat(merged.getSources()).extracting(MeetingSource::getSiteId).containsExactly("a", "b");
        assertThat(merged.getName()).isEqualTo("甲区委八次全会");
        assertThat(merged.getPlenary()).isEqualTo(8);
        assertThat(merged.getFigures()).extracting(MetricSummary::getIndicator, MetricSummary::getValue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("GDP", 6.5),
                        org.assertj.core.groups.Tuple.tuple("RETAIL_SALES", 7.0));
        assertThat(MeetingMerge.added(first, merged)).extracting(MetricSummary::getIndicator).containsExactly("RETAIL_SALES");
        assertThat(MeetingMerge.merge(merged, second)).isEqualTo(merged);
    }

    @Test
    void sourcesAreCapped() {
        Meeting m = report(source("http://a/0", "a", 1L), null, null, List.of());
        for (int i = 1; i < MeetingMerge.MAX_SOURCES + 10; i++) {
            m = MeetingMerge.merge(m, report(source("http://a/" + i, "a", 1L), null, null, List.of()));
        }
        assertThat(m.getSources()).hasSize(MeetingMerge.MAX_SOURCES);
    }

    @Test
    void anUpdatedAlertNamesWhatWasAddedAndLinksEveryReport() {
        Meeting first = report(source("http://a/1", "a", 1L), "甲区委八次全会", 8, List.of(figure("GDP", "TARGET", 2024, 6.5)));
        Meeting merged = MeetingMerge.merge(first, report(source("http://b/1", "b", 1L), null, null,
                List.of(figure("RETAIL_SALES", "TARGET", 2024, 7.0))));
        var alert = MeetingMerge.alert(merged, MeetingMerge.added(first, merged), Instant.EPOCH);
        assertThat(alert.getChange()).isEqualTo("UPDATED");
        assertThat(alert.getAdded()).extracting(MetricSummary::getIndicator).containsExactly("RETAIL_SALES");
        assertThat(alert.getUrls()).containsExactly("http://a/1", "http://b/1");
        assertThat(MeetingMerge.alert(first, List.of(), Instant.EPOCH).getChange()).isEqualTo("NEW");
    }
}
