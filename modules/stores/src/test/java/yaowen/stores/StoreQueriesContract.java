package yaowen.stores;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import yaowen.records.Article;
import yaowen.records.Meeting;
import yaowen.records.MeetingSource;
import yaowen.records.MetricEvidence;
import yaowen.records.MetricObservation;
import yaowen.records.Person;
import yaowen.records.Region;

/**
 * The analyst's queries of a {@link StoreReader} (lists, filters, sorts, keyset pages, regions, the feed) over
 * one small invented data set; subclasses supply a fresh, empty store of their back end.
 *
 * <p>The data set: six meetings in four coded regions and one uncoded zone (two on one day, two undated), ten
 * articles (a repost, a statistics release, one unpublished) and nine metrics whose dates come from their
 * meeting or, without one, their article, with nulls in every sortable column that allows them.
 */
public abstract class StoreQueriesContract {
    private static final Region LONGTING = region("410202", "龙亭区", "河南省", "开封市", "龙亭区");
    private static final Region SHUNHE = region("410203", "顺河回族区", "河南省", "开封市", "顺河回族区");
    private static final Region ZHONGYUAN = region("410102", "中原区", "河南省", "郑州市", "中原区");
    private static final Region JINSHUI = region("410105", "金水区");
    private static final Region JIANGAN = region("420102", "江岸区", "湖北省", "武汉市", "江岸区");
    private static final Region GONGQU = Region.newBuilder().setCode(null).setName("官庄工区").setPath(List.of()).build();

    protected ArticleStore store;

    protected abstract ArticleStore newEmptyStore() throws Exception;

    @BeforeEach
    void openStoreWithData() throws Exception {
        store = newEmptyStore();
        articles();
        meetings();
        metrics();
    }

    @AfterEach
    void closeStore() {
        if (store != null) {
            store.close();
        }
    }

    // ---- meetings

    @Test
    void meetingsFilterByRegionPrefixTypesDatesAndText() {
        assertThat(meetingKeys(new MeetingQuery("41", null, null, null, null))).containsExactlyInAnyOrder("m1", "m2", "m3", "m4");
        assertThat(meetingKeys(new MeetingQuery("4102", null, null, null, null))).containsExactlyInAnyOrder("m1", "m2", "m3");
        assertThat(meetingKeys(new MeetingQuery("410202", null, null, null, null))).containsExactlyInAnyOrder("m1", "m2");
        assertThat(meetingKeys(new MeetingQuery("4", null, null, null, null))).hasSize(5);
        assertThat(meetingKeys(new MeetingQuery("43", null, null, null, null))).isEmpty();

        assertThat(meetingKeys(new MeetingQuery(null, List.of("ECONOMIC_WORK_CONFERENCE"), null, null, null)))
                .containsExactlyInAnyOrder("m1", "m2", "m5");
        assertThat(meetingKeys(new MeetingQuery(null, List.of("STANDING_COMMITTEE", "GOVERNMENT_EXECUTIVE"), null, null, null)))
                .containsExactlyInAnyOrder("m3", "m4");
        assertThat(meetingKeys(new MeetingQuery(null, List.of("WORK_CONFERENCE"), null, null, null)))
                .as("a type is matched whole, not as part of a longer code").containsExactly("m6");

        LocalDate day = LocalDate.of(2025, 1, 27);
        assertThat(meetingKeys(new MeetingQuery(null, null, LocalDate.of(2025, 1, 1), null, null)))
                .as("undated meetings never match a date filter").containsExactlyInAnyOrder("m1", "m4");
        assertThat(meetingKeys(new MeetingQuery(null, null, null, LocalDate.of(2024, 12, 30), null)))
                .containsExactlyInAnyOrder("m2", "m5");
        assertThat(meetingKeys(new MeetingQuery(null, null, day, day, null))).containsExactlyInAnyOrder("m1", "m4");

        assertThat(meetingKeys(new MeetingQuery("4102", List.of("ECONOMIC_WORK_CONFERENCE"), LocalDate.of(2025, 1, 1), null, null)))
                .containsExactly("m1");
        assertThat(meetingKeys(new MeetingQuery("41", List.of("ECONOMIC_WORK_CONFERENCE"), null, day, "全会")))
                .containsExactly("m2");
    }

    @Test
    void meetingTextIsACaseInsensitiveSubstringOfNameTitleOrRegionNameInChinese() {
        assertThat(meetingKeys(text("经济工作"))).as("name or title").containsExactlyInAnyOrder("m1", "m2");
        assertThat(meetingKeys(text("防汛"))).as("title only").containsExactly("m3");
        assertThat(meetingKeys(text("回族"))).as("region name only").containsExactly("m3");
        assertThat(meetingKeys(text("官庄"))).as("an uncoded region's name").containsExactly("m6");
        assertThat(meetingKeys(text("ECONOMY forum"))).as("case-insensitive, every word").containsExactly("m5");
        assertThat(meetingKeys(text("龙亭　全会"))).as("words split on a full-width space too").containsExactly("m2");
        assertThat(meetingKeys(text("龙亭 防汛"))).isEmpty();
        assertThat(meetingKeys(text("50%"))).as("% is a character, not a wildcard").containsExactly("m6");
        assertThat(meetingKeys(text("%"))).containsExactly("m6");
        assertThat(meetingKeys(text("_"))).as("_ is a character, not a wildcard").containsExactly("m6");
        assertThat(meetingKeys(text("\\"))).isEmpty();
        assertThat(meetingKeys(text("'; DROP TABLE meeting; --"))).isEmpty();
        assertThat(store.rowCounts()).containsEntry("meeting", 6L);
        assertThat(meetingKeys(text("  "))).as("no word: no filter").hasSize(6);
    }

    @Test
    void meetingsSortWithNullsLastInBothDirections() {
        assertThat(meetingKeys(MeetingQuery.all(), null)).containsExactly("m1", "m4", "m2", "m5", "m3", "m6");
        assertThat(meetingKeys(MeetingQuery.all(), "-date")).containsExactly("m1", "m4", "m2", "m5", "m3", "m6");
        assertThat(meetingKeys(MeetingQuery.all(), "date")).containsExactly("m5", "m2", "m4", "m1", "m3", "m6");
        assertThat(meetingKeys(MeetingQuery.all(), "published")).containsExactly("m2", "m4", "m1", "m3", "m5", "m6");
        assertThat(meetingKeys(MeetingQuery.all(), "-published")).containsExactly("m3", "m1", "m4", "m2", "m6", "m5");
        assertThat(meetingKeys(MeetingQuery.all(), "region")).containsExactly("m4", "m2", "m1", "m3", "m5", "m6");
        assertThat(meetingKeys(MeetingQuery.all(), "-region")).containsExactly("m5", "m3", "m1", "m2", "m4", "m6");
    }

    @Test
    void meetingsComeWithTheirPeopleAndSources() {
        MeetingRow m1 = store.meetings(text("经济工作"), new Paging("date", null, 10)).items().get(1);
        assertThat(m1.key()).isEqualTo("m1");
        assertThat(m1.people()).extracting(PersonRow::name).containsExactly("王建国", "李红梅");
        assertThat(m1.sources()).extracting(SourceRow::articleId).containsExactly("a1", "a7");
        assertThat(m1.regionPath()).containsExactly("河南省", "开封市", "龙亭区");
        assertThat(m1).isEqualTo(store.meeting("m1").orElseThrow());
    }

    // ---- metrics

    @Test
    void metricsFilterByEveryComponent() {
        assertThat(metricKeys(metricQuery().region("4102"))).containsExactlyInAnyOrder("x1", "x2", "x3", "x4", "x9");
        assertThat(metricKeys(metricQuery().types("ECONOMIC_WORK_CONFERENCE")))
                .as("metrics of no meeting never match a meeting type").containsExactlyInAnyOrder("x1", "x2", "x6");
        assertThat(metricKeys(metricQuery().from(LocalDate.of(2025, 1, 1))))
                .as("the meeting's date, else the article's publication day")
                .containsExactlyInAnyOrder("x1", "x2", "x3", "x4", "x5", "x9");
        assertThat(metricKeys(metricQuery().to(LocalDate.of(2024, 12, 31)))).containsExactlyInAnyOrder("x6", "x8");
        assertThat(metricKeys(metricQuery().from(LocalDate.of(2025, 2, 10)).to(LocalDate.of(2025, 2, 10))))
                .containsExactlyInAnyOrder("x3", "x4");
        assertThat(metricKeys(metricQuery().indicators("GDP"))).containsExactlyInAnyOrder("x1", "x2", "x4", "x5", "x7", "x9");
        assertThat(metricKeys(metricQuery().indicators("RETAIL", "FISCAL"))).containsExactlyInAnyOrder("x3", "x8");
        assertThat(metricKeys(metricQuery().kind("TARGET"))).containsExactlyInAnyOrder("x2", "x6");
        assertThat(metricKeys(metricQuery().measure("LEVEL"))).containsExactlyInAnyOrder("x3", "x8");
        assertThat(metricKeys(metricQuery().year(2024))).containsExactlyInAnyOrder("x1", "x3", "x4", "x5", "x8", "x9");
        assertThat(metricKeys(metricQuery().period(MetricQuery.WHOLE_YEAR)))
                .containsExactlyInAnyOrder("x1", "x2", "x5", "x6", "x7", "x8", "x9");
        assertThat(metricKeys(metricQuery().period("H1"))).containsExactly("x3");
        assertThat(metricKeys(metricQuery().scope(MetricQuery.OWN_REGION))).hasSize(8).doesNotContain("x4");
        assertThat(metricKeys(metricQuery().scope("城区"))).containsExactly("x4");
        assertThat(metricKeys(metricQuery().meeting("m4"))).as("its article's reports and its reposts'")
                .containsExactlyInAnyOrder("x5", "x4");
        assertThat(metricKeys(metricQuery().article("a8"))).as("read from the article, standing or not")
                .containsExactlyInAnyOrder("x1", "x3", "x4");
        assertThat(metricKeys(metricQuery().region("41").indicators("GDP").year(2024).kind("ACTUAL")))
                .containsExactlyInAnyOrder("x1", "x4", "x5", "x9");
        assertThat(metricKeys(metricQuery().region("41").indicators("GDP").year(2024).kind("ACTUAL").scope("OWN")
                .measure("GROWTH").period("YEAR").from(LocalDate.of(2025, 1, 27)).to(LocalDate.of(2025, 1, 31))
                .types("ECONOMIC_WORK_CONFERENCE").meeting("m1").article("a1").text("生产总值")))
                .containsExactly("x1");
    }

    @Test
    void metricTextSearchesLabelPhraseSentenceAndRegionName() {
        assertThat(metricKeys(metricQuery().text("社会消费品"))).as("label").containsExactly("x3");
        assertThat(metricKeys(metricQuery().text("增长8%"))).as("phrase").containsExactly("x6");
        assertThat(metricKeys(metricQuery().text("高于全市"))).as("sentence").containsExactly("x1");
        assertThat(metricKeys(metricQuery().text("官庄工区"))).as("region name").containsExactly("x7");
        assertThat(metricKeys(metricQuery().text("金水 税收"))).containsExactly("x8");
    }

    @Test
    void metricsSortWithNullsLastInBothDirections() {
        assertThat(metricKeys(MetricQuery.all(), null)).containsExactly("x9", "x4", "x3", "x5", "x2", "x1", "x8", "x6", "x7");
        assertThat(metricKeys(MetricQuery.all(), "date")).containsExactly("x6", "x8", "x1", "x2", "x5", "x3", "x4", "x9", "x7");
        assertThat(metricKeys(MetricQuery.all(), "year")).containsExactly("x6", "x1", "x3", "x4", "x5", "x8", "x9", "x2", "x7");
        assertThat(metricKeys(MetricQuery.all(), "-year")).containsExactly("x2", "x9", "x8", "x5", "x4", "x3", "x1", "x6", "x7");
        assertThat(metricKeys(MetricQuery.all(), "value")).containsExactly("x7", "x9", "x1", "x5", "x2", "x4", "x6", "x8", "x3");
        assertThat(metricKeys(MetricQuery.all(), "region")).containsExactly("x5", "x8", "x1", "x2", "x3", "x4", "x9", "x6", "x7");
        assertThat(metricKeys(MetricQuery.all(), "-region")).containsExactly("x6", "x9", "x4", "x3", "x2", "x1", "x8", "x5", "x7");
        assertThat(metricKeys(MetricQuery.all(), "indicator"))
                .containsExactly("x8", "x1", "x4", "x5", "x9", "x2", "x7", "x6", "x3");
        assertThat(metricKeys(MetricQuery.all(), "-indicator"))
                .containsExactly("x3", "x6", "x2", "x9", "x5", "x4", "x1", "x7", "x8");
    }

    @Test
    void metricsComeWithTheirReports() {
        MetricRow x1 = store.metrics(metricQuery().meeting("m1").build(), new Paging("indicator", null, 10)).items().get(0);
        assertThat(x1.key()).isEqualTo("x1");
        assertThat(x1.reports()).extracting(EvidenceRow::articleId, EvidenceRow::standing)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a1", "MEETING"),
                        org.assertj.core.groups.Tuple.tuple("a8", "STATISTICS"));
        assertThat(x1.conflict()).isTrue();
        assertThat(x1).isEqualTo(store.metricsOfMeeting("m1").stream().filter(m -> m.key().equals("x1")).findFirst().orElseThrow());
    }

    // ---- articles

    @Test
    void articlesFilterByRegionSiteDatesTextAndMeeting() {
        assertThat(articleIds(new ArticleQuery("410202", null, null, null, null, null)))
                .as("the site's region, a meeting it reports (a7 reposts m1), a metric read from it (a8's own, a4's report of x4)")
                .containsExactlyInAnyOrder("a1", "a2", "a4", "a7", "a8");
        assertThat(articleIds(new ArticleQuery("4101", null, null, null, null, null))).containsExactlyInAnyOrder("a4", "a9");
        assertThat(articleIds(new ArticleQuery(null, "zhongyuan", null, null, null, null))).containsExactlyInAnyOrder("a4", "a9");
        assertThat(articleIds(new ArticleQuery(null, null, LocalDate.of(2025, 1, 28), null, null, null)))
                .containsExactlyInAnyOrder("a1", "a7", "a8", "a3");
        assertThat(articleIds(new ArticleQuery(null, null, null, LocalDate.of(2025, 1, 27), null, null)))
                .as("unpublished articles never match a date filter").containsExactlyInAnyOrder("a4", "a2", "a9");
        assertThat(articleIds(new ArticleQuery(null, null, null, null, "防汛", null))).as("title").containsExactly("a3");
        assertThat(articleIds(new ArticleQuery(null, null, null, null, "秋粮", null))).as("body").containsExactly("a9");
        assertThat(articleIds(new ArticleQuery(null, null, null, null, "FORUM", null))).containsExactly("a5");
        assertThat(articleIds(new ArticleQuery(null, null, null, null, null, true)))
                .containsExactlyInAnyOrder("a1", "a2", "a3", "a4", "a5", "a6", "a7");
        assertThat(articleIds(new ArticleQuery(null, null, null, null, null, false))).containsExactlyInAnyOrder("a8", "a9", "a10");
        assertThat(articleIds(new ArticleQuery("4102", "longting", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), "经济", true)))
                .containsExactly("a1");
    }

    @Test
    void articlesSortByPublicationOrFetchTimeWithNullsLast() {
        assertThat(articleIds(ArticleQuery.all(), null))
                .containsExactly("a3", "a8", "a7", "a1", "a4", "a2", "a9", "a6", "a5", "a10");
        assertThat(articleIds(ArticleQuery.all(), "published"))
                .containsExactly("a9", "a2", "a4", "a1", "a7", "a8", "a3", "a10", "a5", "a6");
        assertThat(articleIds(ArticleQuery.all(), "fetched"))
                .containsExactly("a1", "a2", "a3", "a4", "a5", "a6", "a7", "a8", "a9", "a10");
        assertThat(articleIds(ArticleQuery.all(), "-fetched"))
                .containsExactly("a10", "a9", "a8", "a7", "a6", "a5", "a4", "a3", "a2", "a1");
    }

    @Test
    void articleListsLeaveOutTheBodyAndOneArticleHasIt() {
        ArticleRow listed = store.articles(new ArticleQuery(null, "kaifeng", null, null, null, null), Paging.first(5)).items().get(0);
        assertThat(listed.id()).isEqualTo("a7");
        assertThat(listed.body()).isNull();
        assertThat(listed.meetingKeys()).containsExactly("m1");
        assertThat(listed.authors()).containsExactly("周敏", "吴涛");
        assertThat(listed.fetchedAtMs()).isEqualTo(fetched(7).toEpochMilli());

        ArticleRow a1 = store.article("a1").orElseThrow();
        assertThat(a1.body()).isEqualTo(body(1));
        assertThat(a1.meetingKeys()).containsExactly("m1");
        assertThat(a1.siteRegionCode()).isEqualTo("410202");
        assertThat(a1.publishedAt()).isEqualTo("2025-01-28T09:30");
        assertThat(store.article("a8").orElseThrow().meetingKeys()).isEmpty();
        assertThat(store.article("a8").orElseThrow().siteRegionCode()).isNull();
        assertThat(store.article("nope")).isEmpty();
    }

    // ---- people

    @Test
    void peopleFilterByRegionNameRoleAndMeetingDate() {
        assertThat(appearances(new PeopleQuery("4102", null, null, null, null)))
                .containsExactlyInAnyOrder("王建国@m1", "李红梅@m1", "王建国@m2", "赵志刚@m3");
        assertThat(appearances(new PeopleQuery(null, "王建", null, null, null))).containsExactlyInAnyOrder("王建国@m1", "王建国@m2");
        assertThat(appearances(new PeopleQuery(null, null, "书记", null, null)))
                .as("any of the roles: 李红梅 is also 区委副书记")
                .containsExactlyInAnyOrder("王建国@m1", "李红梅@m1", "王建国@m2", "赵志刚@m3", "孙丽@m6");
        assertThat(appearances(new PeopleQuery(null, null, "区长", null, null))).containsExactlyInAnyOrder("李红梅@m1", "陈晓东@m4");
        assertThat(appearances(new PeopleQuery(null, null, null, LocalDate.of(2025, 1, 1), null)))
                .containsExactlyInAnyOrder("王建国@m1", "李红梅@m1", "陈晓东@m4");
        assertThat(appearances(new PeopleQuery(null, null, null, null, LocalDate.of(2024, 12, 31)))).containsExactly("王建国@m2");
        assertThat(appearances(new PeopleQuery("410202", "王", "书记", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31))))
                .containsExactly("王建国@m1");
    }

    @Test
    void appearancesCarryTheMeetingAndSortByDate() {
        assertThat(appearances(PeopleQuery.all(), null))
                .containsExactly("陈晓东@m4", "李红梅@m1", "王建国@m1", "王建国@m2", "孙丽@m6", "赵志刚@m3");
        assertThat(appearances(PeopleQuery.all(), "date"))
                .containsExactly("王建国@m2", "王建国@m1", "李红梅@m1", "陈晓东@m4", "赵志刚@m3", "孙丽@m6");
        PersonAppearance zhao = store.people(new PeopleQuery(null, "赵", null, null, null), Paging.first(5)).items().get(0);
        assertThat(zhao).isEqualTo(new PersonAppearance("赵志刚", "区委书记", List.of("区委书记"), "PRESIDED", "m3",
                "顺河区召开常委会会议研究防汛工作", null, "410203", "顺河回族区", List.of("河南省", "开封市", "顺河回族区")));
        PersonAppearance li = store.people(new PeopleQuery(null, "李红梅", null, null, null), Paging.first(5)).items().get(0);
        assertThat(li.roles()).containsExactly("区委副书记", "区长");
        assertThat(li.meetingName()).isEqualTo("龙亭区委经济工作会议");
        assertThat(li.date()).isEqualTo(LocalDate.of(2025, 1, 27));
    }

    // ---- pages, sorts and cursors

    @Test
    void walkingEveryPageGivesTheWholeListOnceInEverySortAndDirection() {
        walkAll(MeetingQuery.SORTS, (sort, paging) -> store.meetings(MeetingQuery.all(), paging), MeetingRow::key);
        walkAll(MeetingQuery.SORTS, (sort, paging) -> store.meetings(new MeetingQuery("41", null, null, null, null), paging),
                MeetingRow::key);
        walkAll(MetricQuery.SORTS, (sort, paging) -> store.metrics(MetricQuery.all(), paging), MetricRow::key);
        walkAll(MetricQuery.SORTS, (sort, paging) -> store.metrics(metricQuery().indicators("GDP").build(), paging),
                MetricRow::key);
        walkAll(ArticleQuery.SORTS, (sort, paging) -> store.articles(ArticleQuery.all(), paging), ArticleRow::id);
        walkAll(PeopleQuery.SORTS, (sort, paging) -> store.people(PeopleQuery.all(), paging),
                p -> p.name() + "@" + p.meetingKey());
    }

    @Test
    void theLastPageHasNoCursorAndAFullListFitsOnePage() {
        Page<MeetingRow> all = store.meetings(MeetingQuery.all(), Paging.first(6));
        assertThat(all.items()).hasSize(6);
        assertThat(all.next()).isEmpty();
        Page<MeetingRow> first = store.meetings(MeetingQuery.all(), Paging.first(5));
        Page<MeetingRow> last = store.meetings(MeetingQuery.all(), new Paging(null, first.nextCursor(), 5));
        assertThat(last.items()).extracting(MeetingRow::key).containsExactly("m6");
        assertThat(last.nextCursor()).isNull();
        assertThat(store.meetings(new MeetingQuery("43", null, null, null, null), Paging.first(5)).items()).isEmpty();
    }

    @Test
    void aPageDoesNotShiftWhenRowsAreStoredBeforeIt() {
        Page<MeetingRow> first = store.meetings(MeetingQuery.all(), Paging.first(2));
        assertThat(first.items()).extracting(MeetingRow::key).containsExactly("m1", "m4");
        store.upsertMeeting(meeting("m0", "a1", LocalDate.of(2026, 1, 1), LONGTING, List.of("WORK_CONFERENCE"), "新会议",
                "新会议召开", "2026-01-02", List.of()));
        Page<MeetingRow> second = store.meetings(MeetingQuery.all(), new Paging(null, first.nextCursor(), 2));
        assertThat(second.items()).extracting(MeetingRow::key).containsExactly("m2", "m5");
    }

    @Test
    void anUnknownSortIsRefusedNamingTheAllowedOnes() {
        assertThatThrownBy(() -> store.meetings(MeetingQuery.all(), new Paging("name", null, 5)))
                .isInstanceOfSatisfying(BadQuery.class, e -> assertThat(e.parameter()).isEqualTo("sort"))
                .hasMessageContaining("name").hasMessageContaining("date, -date, published, -published, region, -region");
        assertThatThrownBy(() -> store.metrics(MetricQuery.all(), new Paging("--date", null, 5)))
                .isInstanceOfSatisfying(BadQuery.class, e -> assertThat(e.parameter()).isEqualTo("sort"));
        assertThatThrownBy(() -> store.articles(ArticleQuery.all(), new Paging("date", null, 5)))
                .isInstanceOfSatisfying(BadQuery.class, e -> assertThat(e.parameter()).isEqualTo("sort"))
                .hasMessageContaining("published, -published, fetched, -fetched");
        assertThatThrownBy(() -> store.people(PeopleQuery.all(), new Paging("role", null, 5)))
                .isInstanceOfSatisfying(BadQuery.class, e -> assertThat(e.parameter()).isEqualTo("sort"));
    }

    @Test
    void aMalformedOrForeignCursorIsRefused() {
        String meetingsCursor = store.meetings(MeetingQuery.all(), Paging.first(2)).nextCursor();
        assertThat(meetingsCursor).isNotNull();
        for (String bad : List.of("!!!", "bm90IGEgY3Vyc29y", meetingsCursor.substring(0, meetingsCursor.length() / 2), "")) {
            assertThatThrownBy(() -> store.meetings(MeetingQuery.all(), new Paging(null, bad, 2)))
                    .as(bad).isInstanceOfSatisfying(BadQuery.class, e -> assertThat(e.parameter()).isEqualTo("cursor"));
        }
        assertThatThrownBy(() -> store.meetings(MeetingQuery.all(), new Paging("date", meetingsCursor, 2)))
                .as("another direction").isInstanceOfSatisfying(BadQuery.class, e -> assertThat(e.parameter()).isEqualTo("cursor"))
                .hasMessageContaining("another query or sort");
        assertThatThrownBy(() -> store.meetings(new MeetingQuery("41", null, null, null, null), new Paging(null, meetingsCursor, 2)))
                .as("another query").isInstanceOfSatisfying(BadQuery.class, e -> assertThat(e.parameter()).isEqualTo("cursor"));
        assertThatThrownBy(() -> store.people(PeopleQuery.all(), new Paging(null, meetingsCursor, 2)))
                .as("another list").isInstanceOfSatisfying(BadQuery.class, e -> assertThat(e.parameter()).isEqualTo("cursor"));
        String metricsCursor = store.metrics(MetricQuery.all(), Paging.first(2)).nextCursor();
        assertThatThrownBy(() -> store.metrics(metricQuery().indicators("GDP").build(), new Paging(null, metricsCursor, 2)))
                .isInstanceOfSatisfying(BadQuery.class, e -> assertThat(e.parameter()).isEqualTo("cursor"));
        assertThat(store.meetings(MeetingQuery.all(), new Paging(null, meetingsCursor, 3)).items())
                .as("another page size is the same query").extracting(MeetingRow::key).containsExactly("m2", "m5", "m3");
    }

    // ---- regions and the feed

    @Test
    void regionsCountTheirOwnMeetingsAndMetricsCodedFirst() {
        assertThat(store.regions()).containsExactly(
                new RegionCount("410102", "中原区", List.of("河南省", "郑州市", "中原区"), 1, 1),
                new RegionCount("410105", "金水区", List.of(), 0, 1),
                new RegionCount("410202", "龙亭区", List.of("河南省", "开封市", "龙亭区"), 2, 4),
                new RegionCount("410203", "顺河回族区", List.of("河南省", "开封市", "顺河回族区"), 1, 1),
                new RegionCount("420102", "江岸区", List.of("湖北省", "武汉市", "江岸区"), 1, 1),
                new RegionCount(null, "官庄工区", List.of(), 1, 1));
    }

    @Test
    void meetingsStoredAfterATimeComeOldestWriteFirst() throws InterruptedException {
        List<StoredMeeting> all = store.meetingsStoredAfter(0, 100);
        assertThat(all).extracting(s -> s.meeting().key()).containsExactly("m1", "m2", "m3", "m4", "m5", "m6");
        assertThat(all).extracting(StoredMeeting::storedAtMs).isSorted();
        assertThat(store.meetingsStoredAfter(0, 2)).extracting(s -> s.meeting().key()).containsExactly("m1", "m2");
        long seen = all.get(all.size() - 1).storedAtMs();
        assertThat(store.meetingsStoredAfter(seen, 10)).isEmpty();

        Thread.sleep(5);
        store.upsertMeeting(meeting("m3", "a3", null, SHUNHE, List.of("STANDING_COMMITTEE"), null,
                "顺河区召开常委会会议研究防汛工作（更新）", "2025-03-02", List.of()));
        List<StoredMeeting> after = store.meetingsStoredAfter(seen, 10);
        assertThat(after).singleElement().satisfies(s -> {
            assertThat(s.storedAtMs()).isGreaterThan(seen);
            assertThat(s.meeting().title()).endsWith("（更新）");
            assertThat(s.meeting().sources()).extracting(SourceRow::articleId).containsExactly("a3");
        });
        assertThat(store.meetingsStoredAfter(0, 100).get(0).meeting().people()).extracting(PersonRow::name)
                .containsExactly("王建国", "李红梅");
        assertThatThrownBy(() -> store.meetingsStoredAfter(0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFeedReadingOneMeetingAtATimeMissesNoneWrittenInTheSameMillisecond() {
        long seen = store.meetingsStoredAfter(0, 100).stream().mapToLong(StoredMeeting::storedAtMs).max().orElse(0);
        for (int i = 0; i < 20; i++) {
            store.upsertMeeting(meeting("burst" + i, "a1", null, SHUNHE, List.of("STANDING_COMMITTEE"), null,
                    "顺河区召开第" + i + "次常委会会议", "2025-04-01", List.of()));
        }
        List<String> fed = new ArrayList<>();
        for (List<StoredMeeting> next = store.meetingsStoredAfter(seen, 1); !next.isEmpty();
                next = store.meetingsStoredAfter(seen, 1)) {
            fed.add(next.get(0).meeting().key());
            assertThat(next.get(0).storedAtMs()).as("stamps strictly increase").isGreaterThan(seen);
            seen = next.get(0).storedAtMs();
        }
        assertThat(fed).hasSize(20).doesNotHaveDuplicates();
    }

    // ---- helpers

    /** Walks every page of each sort in both directions with page sizes 1 to 3; each walk equals one big page. */
    private <T> void walkAll(List<String> sorts, BiFunction<String, Paging, Page<T>> list, Function<T, String> key) {
        for (String name : sorts) {
            for (String sort : List.of(name, "-" + name)) {
                List<String> whole = list.apply(sort, new Paging(sort, null, Paging.MAX_LIMIT)).items().stream().map(key).toList();
                assertThat(whole).as(sort).doesNotHaveDuplicates().isNotEmpty();
                for (int size = 1; size <= 3; size++) {
                    List<String> walked = new ArrayList<>();
                    String cursor = null;
                    int pages = 0;
                    do {
                        Page<T> page = list.apply(sort, new Paging(sort, cursor, size));
                        assertThat(page.items().size()).as(sort + " page size").isBetween(1, size);
                        page.items().stream().map(key).forEach(walked::add);
                        cursor = page.nextCursor();
                        assertThat(++pages).as(sort + ": runaway walk").isLessThanOrEqualTo(whole.size());
                    } while (cursor != null);
                    assertThat(walked).as(sort + " by " + size).isEqualTo(whole);
                }
            }
        }
    }

    private List<String> meetingKeys(MeetingQuery query) {
        return meetingKeys(query, null);
    }

    private List<String> meetingKeys(MeetingQuery query, String sort) {
        return store.meetings(query, new Paging(sort, null, 100)).items().stream().map(MeetingRow::key).toList();
    }

    private static MeetingQuery text(String text) {
        return new MeetingQuery(null, null, null, null, text);
    }

    private List<String> metricKeys(MetricQueryBuilder query) {
        return metricKeys(query.build(), null);
    }

    private List<String> metricKeys(MetricQuery query, String sort) {
        return store.metrics(query, new Paging(sort, null, 100)).items().stream().map(MetricRow::key).toList();
    }

    private List<String> articleIds(ArticleQuery query) {
        return articleIds(query, null);
    }

    private List<String> articleIds(ArticleQuery query, String sort) {
        return store.articles(query, new Paging(sort, null, 100)).items().stream().map(ArticleRow::id).toList();
    }

    private List<String> appearances(PeopleQuery query) {
        return appearances(query, null);
    }

    private List<String> appearances(PeopleQuery query, String sort) {
        return store.people(query, new Paging(sort, null, 100)).items().stream()
                .map(p -> p.name() + "@" + p.meetingKey()).toList();
    }

    private static MetricQueryBuilder metricQuery() {
        return new MetricQueryBuilder();
    }

    /** A {@link MetricQuery} one component at a time, for readable tests. */
    private static final class MetricQueryBuilder {
        private String region;
        private List<String> types = List.of();
        private LocalDate from;
        private LocalDate to;
        private List<String> indicators = List.of();
        private String kind;
        private String measure;
        private Integer year;
        private String period;
        private String scope;
        private String text;
        private String meeting;
        private String article;

        MetricQueryBuilder region(String v) { region = v; return this; }
        MetricQueryBuilder types(String... v) { types = Arrays.asList(v); return this; }
        MetricQueryBuilder from(LocalDate v) { from = v; return this; }
        MetricQueryBuilder to(LocalDate v) { to = v; return this; }
        MetricQueryBuilder indicators(String... v) { indicators = Arrays.asList(v); return this; }
        MetricQueryBuilder kind(String v) { kind = v; return this; }
        MetricQueryBuilder measure(String v) { measure = v; return this; }
        MetricQueryBuilder year(int v) { year = v; return this; }
        MetricQueryBuilder period(String v) { period = v; return this; }
        MetricQueryBuilder scope(String v) { scope = v; return this; }
        MetricQueryBuilder text(String v) { text = v; return this; }
        MetricQueryBuilder meeting(String v) { meeting = v; return this; }
        MetricQueryBuilder article(String v) { article = v; return this; }

        MetricQuery build() {
            return new MetricQuery(region, types, from, to, indicators, kind, measure, year, period, scope, text, meeting,
                    article);
        }
    }

    // ---- the data set (invented)

    private static Region region(String code, String name, String... path) {
        return Region.newBuilder().setCode(code).setName(name).setPath(List.of(path)).build();
    }

    private static Instant fetched(int n) {
        return Instant.parse("2025-04-01T00:00:00Z").plusSeconds(60L * n);
    }

    private static String body(int n) {
        return switch (n) {
            case 1 -> "1月27日，区委经济工作会议召开。会议总结2024年工作，部署2025年经济工作。\n全区地区生产总值增长5.7%。";
            case 9 -> "区农业农村局组织秋粮收购情况调度，全区秋粮收购进度过半。";
            default -> "第" + n + "篇稿件正文：会议强调，要坚持稳中求进，推动高质量发展。";
        };
    }

    private void articles() {
        article(1, "longting", "410202", "区委经济工作会议召开 部署全年重点任务", "2025-01-28T09:30");
        article(2, "longting", "410202", "区委十一届六次全会暨经济工作会议召开", "2024-12-31");
        article(3, "shunhe", "410203", "顺河区召开常委会会议研究防汛工作", "2025-03-02");
        article(4, "zhongyuan", "410102", "中原区政府常务会议召开", "2025-01-27 18:00");
        article(5, "jiangan", "420102", "Jiang'an Economy Forum 开幕", null);
        article(6, "guanzhuang", null, "工区安全生产工作会议召开", null);
        article(7, "kaifeng", "410200", "转载：龙亭区委经济工作会议召开", "2025-01-29");
        article(8, "tongji", null, "2024年全区国民经济运行情况", "2025-02-10");
        article(9, "zhongyuan", "410102", "农业农村工作动态", "2024-05-01");
        article(10, "guanzhuang", null, "工区简报", null);
    }

    private void article(int n, String site, String siteRegion, String title, String published) {
        Article base = Fixtures.article("a" + n);
        store.upsertArticle(Article.newBuilder(base).setUrl("http://www." + site + ".gov.cn/news/a" + n + ".html")
                .setSiteId(site).setSiteRegionCode(siteRegion).setTitle(title).setPublishedAt(published)
                .setAuthors(n == 7 ? List.of("周敏", "吴涛") : List.of("本站")).setText(body(n)).setFetchedAt(fetched(n))
                .build());
    }

    private static Person person(String name, String role, String part, String... roles) {
        return Person.newBuilder().setName(name).setRole(role).setRoles(List.of(roles)).setPart(part).build();
    }

    private static Meeting meeting(String key, String articleId, LocalDate date, Region region, List<String> types,
                                   String name, String title, String published, List<Person> people) {
        return Meeting.newBuilder().setKey(key).setArticleId(articleId)
                .setUrl("http://example.gov.cn/" + articleId + ".html").setTitle(title).setTypes(types).setName(name)
                .setDate(date).setRegion(region).setPublishedAt(published).setPeople(people).build();
    }

    private void meetings() throws InterruptedException {
        Meeting m1 = meeting("m1", "a1", LocalDate.of(2025, 1, 27), LONGTING, List.of("ECONOMIC_WORK_CONFERENCE"),
                "龙亭区委经济工作会议", "区委经济工作会议召开 部署全年重点任务", "2025-01-28T09:30", List.of(
                        person("王建国", "区委书记", "SPOKE", "区委书记"),
                        person("李红梅", "区长", "PRESIDED", "区委副书记", "区长")));
        MeetingSource own = MeetingSource.newBuilder().setArticleId("a1").setUrl("http://www.longting.gov.cn/news/a1.html")
                .setSiteId("longting").setTitle(m1.getTitle()).setPublishedAt("2025-01-28T09:30").build();
        MeetingSource repost = MeetingSource.newBuilder().setArticleId("a7").setUrl("http://www.kaifeng.gov.cn/news/a7.html")
                .setSiteId("kaifeng").setTitle("转载：龙亭区委经济工作会议召开").setPublishedAt("2025-01-29").build();
        List<Meeting> all = List.of(
                Meeting.newBuilder(m1).setSources(List.of(own, repost)).build(),
                meeting("m2", "a2", LocalDate.of(2024, 12, 30), LONGTING, List.of("PLENARY_SESSION", "ECONOMIC_WORK_CONFERENCE"),
                        "区委十一届六次全会", "区委十一届六次全会暨经济工作会议召开", "2024-12-31",
                        List.of(person("王建国", "区委书记", "SPOKE", "区委书记"))),
                meeting("m3", "a3", null, SHUNHE, List.of("STANDING_COMMITTEE"), null, "顺河区召开常委会会议研究防汛工作",
                        "2025-03-02", List.of(person("赵志刚", "区委书记", "PRESIDED", "区委书记"))),
                meeting("m4", "a4", LocalDate.of(2025, 1, 27), ZHONGYUAN, List.of("GOVERNMENT_EXECUTIVE"), "中原区政府常务会议",
                        "中原区政府常务会议召开", "2025-01-27 18:00", List.of(person("陈晓东", "区长", "PRESIDED", "区长"))),
                meeting("m5", "a5", LocalDate.of(2023, 6, 15), JIANGAN, List.of("ECONOMIC_WORK_CONFERENCE"),
                        "Jiang'an District Economy Forum", "Jiang'an Economy Forum 开幕", null, List.of()),
                meeting("m6", "a6", null, GONGQU, List.of("WORK_CONFERENCE"), "工区安全生产工作会议 50%目标_达成",
                        "工区安全生产工作会议召开", null, List.of(person("孙丽", "工委书记", null, "工委书记"))));
        for (Meeting m : all) {
            store.upsertMeeting(m);
            Thread.sleep(2); // distinct write times, for the feed's order
        }
    }

    private static MetricObservation metric(String key, String articleId, String meetingKey, Region region,
                                            String indicator, String label, String kind, Integer year, String period,
                                            String measure, double value, String unit, String scope, String raw,
                                            String evidence) {
        return MetricObservation.newBuilder(Fixtures.metric(key, articleId, meetingKey)).setRegion(region)
                .setIndicator(indicator).setLabel(label).setKind(kind).setYear(year).setPeriod(period).setMeasure(measure)
                .setValue(value).setUnit(unit).setScope(scope).setRaw(raw).setEvidence(evidence).setRankScope(null)
                .setRank(null).setVersusScope(null).setVersusDeltaPp(null).setPreliminary(false).build();
    }

    private static MetricEvidence report(String articleId, String meetingKey, String standing, double value, String raw) {
        return MetricEvidence.newBuilder().setArticleId(articleId).setUrl("http://example.gov.cn/" + articleId + ".html")
                .setMeetingKey(meetingKey).setStanding(standing).setValue(value).setRaw(raw).setEvidence(raw + "。").build();
    }

    private void metrics() {
        MetricObservation x1 = metric("x1", "a1", "m1", LONGTING, "GDP", "地区生产总值", "ACTUAL", 2024, null, "GROWTH", 5.7,
                "PERCENT", null, "增长5.7%", "全区地区生产总值增长5.7%，高于全市0.5个百分点。");
        MetricObservation x4 = metric("x4", "a8", null, LONGTING, "GDP", "生产总值", "ACTUAL", 2024, "Q1-Q3", "GROWTH", 6.1,
                "PERCENT", "城区", "增长6.1%", "前三季度城区生产总值增长6.1%。");
        List<MetricObservation> all = List.of(
                MetricObservation.newBuilder(x1).setConflict(true).setReports(List.of(
                        report("a1", "m1", "MEETING", 5.7, "增长5.7%"), report("a8", null, "STATISTICS", 5.8, "增长5.8%"))).build(),
                metric("x2", "a1", "m1", LONGTING, "GDP", "地区生产总值", "TARGET", 2025, null, "GROWTH", 6.0, "PERCENT", null,
                        "增长6%左右", "2025年全区地区生产总值预期增长6%左右。"),
                metric("x3", "a8", null, LONGTING, "RETAIL", "社会消费品零售总额", "ACTUAL", 2024, "H1", "LEVEL", 1.2e9, "YUAN",
                        null, "12亿元", "上半年全区社会消费品零售总额12亿元。"),
                MetricObservation.newBuilder(x4).setReports(List.of(report("a8", null, "STATISTICS", 6.1, "增长6.1%"),
                        report("a4", "m4", "MEETING", 6.1, "增长6.1%"))).build(),
                metric("x5", "a4", "m4", ZHONGYUAN, "GDP", "地区生产总值", "ACTUAL", 2024, null, "GROWTH", 5.7, "PERCENT", null,
                        "增长5.7%", "中原区地区生产总值增长5.7%。"),
                metric("x6", "a5", "m5", JIANGAN, "INVESTMENT", "固定资产投资", "TARGET", 2023, null, "GROWTH", 8.0, "PERCENT",
                        null, "增长8%", "固定资产投资增长8%。"),
                metric("x7", "a6", "m6", GONGQU, "GDP", "工区生产总值", "ACTUAL", null, null, "GROWTH", 3.0, "PERCENT", null,
                        "增长3%", "工区生产总值增长3%。"),
                metric("x8", "a9", null, JINSHUI, "FISCAL", "一般公共预算收入", "ACTUAL", 2024, null, "LEVEL", 2.5e8, "YUAN", null,
                        "2.5亿元", "一般公共预算收入2.5亿元，其中税收收入占比七成。"),
                metric("x9", "a3", "m3", SHUNHE, "GDP", "地区生产总值", "ACTUAL", 2024, null, "GROWTH", 4.9, "PERCENT", null,
                        "增长4.9%", "全区地区生产总值增长4.9%。"));
        all.forEach(store::upsertMetric);
    }
}
