package yaowen.insight;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** Short written articles covering meeting types, provinces, non-meetings, tables and Chinese numerals. */
class InsightExtractorArticlesTest {
    private static final InsightExtractor EXTRACTOR = InsightExtractor.load();

    private static Insight extract(String file) {
        return EXTRACTOR.extract(TestArticles.load(file));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // file | types (space-separated, - for none) | region code or last path element | date
            "a01-county-economic-conference.txt|ECONOMIC_WORK_CONFERENCE|430181|2023-01-05",
            "a02-peoples-congress.txt|PEOPLES_CONGRESS|130123|2024-01-17",
            "a03-cppcc-session.txt|CPPCC_SESSION|320583|2024-01-14",
            "a04-standing-committee.txt|STANDING_COMMITTEE|330523|2023-06-09",
            "a05-executive-meeting.txt|EXECUTIVE_MEETING|370783|2023-08-02",
            "a06-theory-study.txt|THEORY_STUDY|510117|2023-04-19",
            "a07-democratic-life.txt|DEMOCRATIC_LIFE|410225|2023-02-09",
            "a08-mobilization.txt|MOBILIZATION|340123|2023-02-07",
            "a09-promotion.txt|PROMOTION|429004|2023-05-15",
            "a10-inspection-tour.txt|INSPECTION_TOUR|410783|2023-07-05",
            "a11-commendation.txt|COMMENDATION|360121|2023-02-18",
            "a12-party-congress.txt|PARTY_CONGRESS|350582|2021-09-26",
            "a13-symposium.txt|OTHER_MEETING|610528|2023-03-01",
            "a14-signing-ceremony.txt|-|410700|-",
            "a15-statistics-release.txt|-|410200|-",
            "a16-leader-research.txt|-|411303|-",
            "a17-inspection-visit.txt|-|520303|-",
            "a18-table.txt|-|410311|-",
            "a19-chinese-numerals.txt|ECONOMIC_WORK_CONFERENCE|621124|2023-01-09",
            "a20-gulou-fuzhou.txt|ECONOMIC_WORK_CONFERENCE|350102|2023-02-02",
            "a21-gulou-nanjing.txt|THREE_LEVEL_CADRE|320106|2023-02-09",
            "a22-december-rollover.txt|ECONOMIC_WORK_CONFERENCE|320281|2023-12-29",
            "a23-three-quarters.txt|-|410100|-",
            "a25-video-work-conference.txt|WORK_CONFERENCE|140728|2022-02-14",
            "a26-city-plenary.txt|PLENARY_SESSION|411600|2023-07-27",
            "a27-range-target.txt|ECONOMIC_WORK_CONFERENCE|451022|2023-01-11",
            "a28-zone-scope.txt|WORK_CONFERENCE|411302|2023-02-19"
    })
    void classifiesLocatesAndDatesEachArticle(String file, String types, String region, LocalDate date) {
        MeetingFacts m = extract(file).meeting();
        List<String> expected = types == null ? List.of() : Arrays.asList(types.split(" "));
        assertThat(m.isMeeting()).isEqualTo(!expected.isEmpty());
        assertThat(m.types()).extracting(Enum::name).containsExactlyElementsOf(expected);
        assertThat(m.region()).hasValueSatisfying(r -> assertThat(r.code()).contains(region));
        assertThat(m.date()).isEqualTo(Optional.ofNullable(date));
        if (!m.isMeeting()) {
            assertThat(m.people()).isEmpty();
            assertThat(m.name()).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a01-county-economic-conference.txt|李军/市委书记/SPOKE 王建/市长/PRESIDED",
            "a02-peoples-congress.txt|刘海涛/县长/SPOKE",
            "a08-mobilization.txt|王伟/县委书记/SPOKE 孙丽/县长/PRESIDED",
            "a19-chinese-numerals.txt|马文/县委书记/SPOKE 王强/县长/PRESIDED",
            "a25-video-work-conference.txt|梁建国/县委书记/SPOKE 王志/县长/PRESIDED",
            "a27-range-target.txt|黄海/县委书记/SPOKE 农强/县长/PRESIDED"
    })
    void namesLeadersWithMainRoleAndPart(String file, String people) {
        List<String> actual = extract(file).meeting().people().stream()
                .map(p -> p.name() + "/" + p.role() + "/" + p.part().map(Enum::name).orElse("-")).toList();
        assertThat(actual).containsExactly(people.split(" "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // file | indicator | kind | year | period | measure | value | scope
            "a01-county-economic-conference.txt|GDP|ACTUAL|2022|-|LEVEL|156630000000|-",
            "a01-county-economic-conference.txt|GDP|TARGET|2023|-|GROWTH|6.5|-",
            "a02-peoples-congress.txt|URBAN_DISPOSABLE_INCOME_PER_CAPITA|ACTUAL|2023|-|LEVEL|45120|-",
            "a02-peoples-congress.txt|NEW_URBAN_JOBS|TARGET|2024|-|LEVEL|6000|-",
            "a04-standing-committee.txt|INDUSTRIAL_VALUE_ADDED|ACTUAL|2023|M1-M5|GROWTH|9.2|-",
            "a05-executive-meeting.txt|PUBLIC_BUDGET_REVENUE|ACTUAL|2023|H1|LEVEL|5620000000|-",
            "a08-mobilization.txt|FIXED_ASSET_INVESTMENT|TARGET|2023|-|GROWTH|12|-",
            "a12-party-congress.txt|GDP|TARGET|2025|-|LEVEL|400000000000|-",
            "a14-signing-ceremony.txt|SIGNED_PROJECTS|ACTUAL|2023|-|LEVEL|12|-",
            "a14-signing-ceremony.txt|CONTRACTED_INVESTMENT|ACTUAL|2023|-|LEVEL|8650000000|-",
            "a15-statistics-release.txt|GDP|ACTUAL|2023|Q1|LEVEL|60350000000|-",
            "a15-statistics-release.txt|FIXED_ASSET_INVESTMENT|ACTUAL|2023|Q1|GROWTH|-3.6|-",
            "a18-table.txt|FIXED_ASSET_INVESTMENT|ACTUAL|2023|H1|GROWTH|-2.5|-",
            "a19-chinese-numerals.txt|NEW_URBAN_JOBS|TARGET|2023|-|LEVEL|3200|-",
            "a19-chinese-numerals.txt|GDP|TARGET|2023|-|GROWTH|6.5|-",
            "a22-december-rollover.txt|GDP|TARGET|2024|-|GROWTH|5.5|-",
            "a23-three-quarters.txt|SECONDARY_INDUSTRY_VALUE_ADDED|ACTUAL|2023|Q1-Q3|GROWTH|-1.2|-",
            "a26-city-plenary.txt|GDP|ACTUAL|2023|H1|GROWTH|4.7|-",
            "a27-range-target.txt|CPI|TARGET|2023|-|GROWTH|3|-",
            "a28-zone-scope.txt|INDUSTRIAL_VALUE_ADDED|ACTUAL|2022|-|GROWTH|12.5|经开区"
    })
    void findsTheStatedMetric(String file, String indicator, Metric.Kind kind, int year, String period,
                              Metric.Measure measure, double value, String scope) {
        assertThat(extract(file).metrics()).anySatisfy(m -> {
            assertThat(m.indicator()).isEqualTo(indicator);
            assertThat(m.kind()).isEqualTo(kind);
            assertThat(m.year()).contains(year);
            assertThat(m.period()).isEqualTo(Optional.ofNullable(period));
            assertThat(m.measure()).isEqualTo(measure);
            assertThat(m.value()).isCloseTo(value, org.assertj.core.api.Assertions.within(Math.abs(value) * 1e-6));
            assertThat(m.scope()).isEqualTo(Optional.ofNullable(scope));
        });
    }

    @Test
    void takesNoSingleDealOrBudgetAsAnIndicator() {
        assertThat(extract("a14-signing-ceremony.txt").metrics()).extracting(Metric::indicator)
                .containsExactly("SIGNED_PROJECTS", "CONTRACTED_INVESTMENT");
        assertThat(extract("a10-inspection-tour.txt").metrics()).isEmpty();
        assertThat(extract("a11-commendation.txt").metrics()).isEmpty();
    }

    @Test
    void readsFormatSessionRankAndRange() {
        assertThat(extract("a25-video-work-conference.txt").meeting().format()).contains(MeetingFacts.MeetingFormat.VIDEO);
        assertThat(extract("a26-city-plenary.txt").meeting().session()).hasValueSatisfying(s -> {
            assertThat(s.congress()).contains(5);
            assertThat(s.plenary()).contains(6);
        });
        assertThat(extract("a26-city-plenary.txt").metrics()).extracting(Metric::indicator, Metric::rank)
                .contains(tuple("GDP", Optional.of(new Metric.Rank("全省", 3))));
        assertThat(extract("a27-range-target.txt").metrics().get(0).range()).contains(new Metric.Range(7, 8));
        assertThat(extract("a17-inspection-visit.txt").metrics().get(0).versus()).contains(new Metric.Versus("全市", 1.2));
    }
}
