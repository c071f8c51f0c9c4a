package yaowen.stores;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import yaowen.records.Meeting;
import yaowen.records.MeetingSource;
import yaowen.records.MetricEvidence;
import yaowen.records.MetricObservation;

/** What every {@link ArticleStore} must do; subclasses supply a fresh, empty store. */
public abstract class ArticleStoreContract {
    protected ArticleStore store;

    protected abstract ArticleStore newEmptyStore() throws Exception;

    @BeforeEach
    void openStore() throws Exception {
        store = newEmptyStore();
    }

    @AfterEach
    void closeStore() {
        if (store != null) {
            store.close();
        }
    }

    @Test
    void upsertingTwiceKeepsOneRow() {
        store.upsertArticle(Fixtures.article("a1"));
        store.upsertArticle(Fixtures.article("a1"));
        store.upsertMeeting(Fixtures.meeting("m1", "a1", LocalDate.of(2021, 1, 27)));
        store.upsertMeeting(Fixtures.meeting("m1", "a1", LocalDate.of(2021, 1, 27)));
        store.upsertMetric(Fixtures.metric("x1", "a1", "m1"));
        store.upsertMetric(Fixtures.metric("x1", "a1", "m1"));

        assertThat(store.rowCounts())
                .containsEntry("article", 1L).containsEntry("meeting", 1L)
                .containsEntry("meeting_person", 2L).containsEntry("metric", 1L);
        assertThat(store.stats()).isEqualTo(new StoreStats(1, 1, 1, 6));
    }

    @Test
    void laterUpsertReplacesFieldsAndPeople() {
        store.upsertMeeting(Fixtures.meeting("m1", "a1", LocalDate.of(2021, 1, 27)));
        Meeting changed = Meeting.newBuilder(Fixtures.meeting("m1", "a2", LocalDate.of(2021, 1, 26)))
                .setName("新名称").setPeople(List.of()).build();
        store.upsertMeeting(changed);
        MetricObservation metric = Fixtures.metric("x1", "a1", "m1");
        store.upsertMetric(metric);
        store.upsertMetric(MetricObservation.newBuilder(metric).setValue(6.1).build());

        MeetingRow row = store.meeting("m1").orElseThrow();
        assertThat(row.name()).isEqualTo("新名称");
        assertThat(row.articleId()).isEqualTo("a2");
        assertThat(row.date()).isEqualTo(LocalDate.of(2021, 1, 26));
        assertThat(row.people()).isEmpty();
        assertThat(store.rowCounts()).containsEntry("meeting_person", 0L);
        assertThat(store.metricsOfMeeting("m1")).singleElement().extracting(MetricRow::value).isEqualTo(6.1);
    }

    @Test
    void aMergedMeetingIsOneRowWithEverySourceAndAMergedMetricOneRowWithEveryReport() {
        MeetingSource own = MeetingSource.newBuilder().setArticleId("a1").setUrl("http://jia.example/1.html")
                .setSiteId("jia").setTitle("全会召开").setPublishedAt("2021-01-27 18:00").build();
        MeetingSource repost = MeetingSource.newBuilder().setArticleId("a2").setUrl("http://yi.example/9.html")
                .setSiteId("yi").setTitle("转载:全会召开").setPublishedAt("2021-01-28").build();
        Meeting first = Meeting.newBuilder(Fixtures.meeting("m1", "a1", LocalDate.of(2021, 1, 27)))
                .setSources(List.of(own)).build();
        store.upsertMeeting(first);
        store.upsertMeeting(Meeting.newBuilder(first).setSources(List.of(own, repost)).build());

        assertThat(store.rowCounts()).containsEntry("meeting", 1L).containsEntry("meeting_source", 2L);
        assertThat(store.meeting("m1").orElseThrow().sources())
                .extracting(SourceRow::siteId, SourceRow::url)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("jia", "http://jia.example/1.html"),
                        org.assertj.core.groups.Tuple.tuple("yi", "http://yi.example/9.html"));

        MetricObservation metric = Fixtures.metric("x1", "a1", "m1");
        MetricEvidence meeting = MetricEvidence.newBuilder().setArticleId("a1").setUrl("http://jia.example/1.html")
                .setMeetingKey("m1").setStanding("MEETING").setValue(6.5).setQualifier("APPROX").setRaw("6.5%左右")
                .setEvidence("增长6.5%左右").build();
        MetricEvidence other = MetricEvidence.newBuilder(meeting).setArticleId("a3").setUrl("http://bing.example/3.html")
                .setMeetingKey(null).setQualifier("AT_LEAST").build();
        store.upsertMetric(MetricObservation.newBuilder(metric).setReports(List.of(meeting, other)).setConflict(true).build());

        assertThat(store.rowCounts()).containsEntry("metric", 1L).containsEntry("metric_evidence", 2L);
        MetricRow row = store.metricsOfMeeting("m1").get(0);
        assertThat(row.conflict()).isTrue();
        assertThat(row.reports()).extracting(EvidenceRow::articleId, EvidenceRow::qualifier)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a1", "APPROX"),
                        org.assertj.core.groups.Tuple.tuple("a3", "AT_LEAST"));
        assertThat(store.metricsOfArticle("a3")).extracting(MetricRow::key).containsExactly(metric.getKey());
    }

    @Test
    void meetingReadsBackEveryField() {
        store.upsertMeeting(Fixtures.meeting("410202|2021-01-27|ECONOMIC_WORK_CONFERENCE+PLENARY_SESSION", "a1",
                LocalDate.of(2021, 1, 27)));

        MeetingRow row = store.meeting("410202|2021-01-27|ECONOMIC_WORK_CONFERENCE+PLENARY_SESSION").orElseThrow();
        assertThat(row.types()).containsExactly("PLENARY_SESSION", "ECONOMIC_WORK_CONFERENCE");
        assertThat(row.date()).isEqualTo(LocalDate.of(2021, 1, 27));
        assertThat(row.regionCode()).isEqualTo("410202");
        assertThat(row.regionPath()).containsExactly("河南省", "开封市", "龙亭区");
        assertThat(row.regionLabel()).isEqualTo("河南省开封市龙亭区");
        assertThat(row.congress()).isEqualTo(10);
        assertThat(row.plenary()).isEqualTo(9);
        assertThat(row.enlarged()).isTrue();
        assertThat(row.reviewYear()).isEqualTo(2020);
        assertThat(row.planYear()).isEqualTo(2021);
        assertThat(row.format()).isEqualTo("IN_PERSON");
        assertThat(row.people()).containsExactly(
                new PersonRow("张正濠", "区委书记", List.of("区委书记"), "SPOKE"),
                new PersonRow("刘玉杰", "区长", List.of("区委副书记", "区长"), null));
    }

    @Test
    void meetingWithoutOptionalFieldsReadsBackNulls() {
        store.upsertMeeting(Meeting.newBuilder().setKey("k").setArticleId("a").setUrl("http://x/").build());

        MeetingRow row = store.meeting("k").orElseThrow();
        assertThat(row.date()).isNull();
        assertThat(row.dateOpt()).isEmpty();
        assertThat(row.types()).isEmpty();
        assertThat(row.regionPath()).isEmpty();
        assertThat(row.congress()).isNull();
        assertThat(row.enlarged()).isNull();
        assertThat(row.nameOrTitle()).isEqualTo("k");
    }

    @Test
    void metricReadsBackEveryField() {
        store.upsertMetric(Fixtures.metric("x1", "a1", "m1"));

        MetricRow row = store.metricsOfArticle("a1").get(0);
        assertThat(row).isEqualTo(new MetricRow("x1", "a1", "http://www.longting.gov.cn/news/a1.html", "m1", "410202",
                "龙亭区", "GDP", "生产总值", "ACTUAL", 2020, null, "GROWTH", 5.7, "PERCENT", null, null, null, null, true,
                "全市", 2, "全市", 1.4, "全区生产总值增长5.7%", "预计全区生产总值增长5.7%，高于全市1.4个百分点，居全市第2位。"));
    }

    @Test
    void recentMeetingsAreNewestFirstUndatedLastAndLimited() {
        store.upsertMeeting(Fixtures.meeting("old", "a1", LocalDate.of(2020, 12, 1)));
        store.upsertMeeting(Fixtures.meeting("new", "a2", LocalDate.of(2021, 3, 1)));
        store.upsertMeeting(Fixtures.meeting("undated", "a3", null));
        store.upsertMeeting(Fixtures.meeting("mid", "a4", LocalDate.of(2021, 1, 1)));

        assertThat(store.recentMeetings(10)).extracting(MeetingRow::key).containsExactly("new", "mid", "old", "undated");
        assertThat(store.recentMeetings(2)).extracting(MeetingRow::key).containsExactly("new", "mid");
        assertThat(store.recentMeetings(2).get(0).people()).hasSize(2);
        assertThatThrownBy(() -> store.recentMeetings(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void emptyStoreAnswersWithEmptyResults() {
        assertThat(store.recentMeetings(5)).isEmpty();
        assertThat(store.meeting("nope")).isEmpty();
        assertThat(store.metricsOfMeeting("nope")).isEmpty();
        assertThat(store.metricsOfArticle("nope")).isEmpty();
        assertThat(store.rowCounts()).containsOnlyKeys("article", "meeting", "meeting_person", "meeting_source", "metric",
                        "metric_evidence")
                .containsEntry("metric", 0L);
    }

    @Test
    void metricsAreFoundByMeetingAndByArticle() {
        store.upsertMetric(Fixtures.metric("x1", "a1", "m1"));
        store.upsertMetric(MetricObservation.newBuilder(Fixtures.metric("x2", "a1", "m1")).setIndicator("RETAIL_SALES").build());
        store.upsertMetric(Fixtures.metric("x3", "a2", null));

        assertThat(store.metricsOfMeeting("m1")).extracting(MetricRow::key).containsExactly("x1", "x2");
        assertThat(store.metricsOfArticle("a2")).extracting(MetricRow::key).containsExactly("x3");
    }

    @Test
    void writersAndReadersMayShareTheStoreAcrossThreads() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < 25; i++) {
                        store.upsertMeeting(Fixtures.meeting("m" + (i % 10), "a" + thread, LocalDate.of(2021, 1, 1 + i)));
                        store.recentMeetings(5);
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(store.rowCounts()).containsEntry("meeting", 10L).containsEntry("meeting_person", 20L);
    }

    @Test
    void readerSeesWhatTheStoreWrote() {
        StoreReader reader = store.reader();
        store.upsertMeeting(Fixtures.meeting("m1", "a1", LocalDate.of(2021, 1, 27)));
        store.upsertMetric(Fixtures.metric("x1", "a1", "m1"));

        assertThat(reader.recentMeetings(5)).extracting(MeetingRow::key).containsExactly("m1");
        assertThat(reader.meeting("m1").orElseThrow().people()).hasSize(2);
        assertThat(reader.metricsOfMeeting("m1")).extracting(MetricRow::key).containsExactly("x1");
        assertThat(reader.stats()).isEqualTo(new StoreStats(0, 1, 1, 2));
        assertThat(reader).as("the read view is not the writable store").isNotInstanceOf(ArticleStore.class);
    }

    @Test
    void closedStoreFailsWithStoreException() {
        StoreReader reader = store.reader();
        store.ping();
        reader.ping();
        store.close();
        assertThatThrownBy(store::ping).isInstanceOfSatisfying(StoreException.class,
                e -> assertThat(e.storeUnavailable()).as("a closed store is unavailable").isTrue());
        assertThatThrownBy(reader::ping).isInstanceOf(StoreException.class).hasMessageContaining("closed");
        assertThatThrownBy(() -> store.recentMeetings(1)).isInstanceOf(StoreException.class).hasMessageContaining("closed");
        assertThatThrownBy(() -> reader.rowCounts()).isInstanceOf(StoreException.class).hasMessageContaining("closed");
        assertThatThrownBy(() -> store.upsertArticle(Fixtures.article("a1"))).isInstanceOf(StoreException.class)
                .hasMessageContaining("closed");
        store.close();
    }
}
