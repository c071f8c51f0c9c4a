package yaowen.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class LeadershipTimelineTest {
    @ParameterizedTest(name = "{0} in {1} → {2}")
    @CsvSource(delimiter = '|', nullValues = "NONE", value = {
        "区委书记|龙亭区|PARTY_SECRETARY",
        "龙亭区委书记|龙亭区|PARTY_SECRETARY",
        "中共龙亭区委书记|龙亭区|PARTY_SECRETARY",
        "县委书记|兰考县|PARTY_SECRETARY",
        "县委书记|长阳土家族自治县|PARTY_SECRETARY",
        "市委书记|巩义市|PARTY_SECRETARY",
        "市委书记|开封市|PARTY_SECRETARY",
        "开封市委书记|开封市|PARTY_SECRETARY",
        "省委书记|河南省|PARTY_SECRETARY",
        "州委书记|恩施土家族苗族自治州|PARTY_SECRETARY",
        "旗委书记|准格尔旗|PARTY_SECRETARY",
        "盟委书记|阿拉善盟|PARTY_SECRETARY",
        "自治区党委书记|广西壮族自治区|PARTY_SECRETARY",
        "区长|龙亭区|GOVERNMENT_HEAD",
        "代区长|龙亭区|GOVERNMENT_HEAD",
        "代理区长|龙亭区|GOVERNMENT_HEAD",
        "区人民政府区长|龙亭区|GOVERNMENT_HEAD",
        "区委副书记，区政府党组书记，区长|龙亭区|GOVERNMENT_HEAD",
        "龙亭区区长|龙亭区|GOVERNMENT_HEAD",
        "县长|兰考县|GOVERNMENT_HEAD",
        "代县长|兰考县|GOVERNMENT_HEAD",
        "市长|巩义市|GOVERNMENT_HEAD",
        "省长|河南省|GOVERNMENT_HEAD",
        "州长|恩施土家族苗族自治州|GOVERNMENT_HEAD",
        "旗长|准格尔旗|GOVERNMENT_HEAD",
        "自治区主席|广西壮族自治区|GOVERNMENT_HEAD",
        "区委副书记、区长|龙亭区|GOVERNMENT_HEAD",
        "区委副书记、代区长（提名人选）|龙亭区|GOVERNMENT_HEAD",
        "人大常委会主任|龙亭区|CONGRESS_DIRECTOR",
        "区人大常委会主任|龙亭区|CONGRESS_DIRECTOR",
        "区人大常委会党组书记、主任|龙亭区|CONGRESS_DIRECTOR",
        "政协主席|龙亭区|CPPCC_CHAIR",
        "区政协主席|龙亭区|CPPCC_CHAIR",
        "区政协党组书记、主席|龙亭区|CPPCC_CHAIR",
        "区委书记、区人大常委会主任|龙亭区|PARTY_SECRETARY",
        "区委书记|市中区|PARTY_SECRETARY",
        "市中区委书记|市中区|PARTY_SECRETARY",
        // deputies, other committees, staff
        "区委副书记|龙亭区|NONE",
        "区纪委书记|龙亭区|NONE",
        "区委常委、区纪委书记、区监委主任|龙亭区|NONE",
        "区委常委、政法委书记|龙亭区|NONE",
        "副区长|龙亭区|NONE",
        "常务副县长|兰考县|NONE",
        "区人大常委会副主任|龙亭区|NONE",
        "区政协副主席|龙亭区|NONE",
        "区政府党组书记|龙亭区|NONE",
        "区委常委、秘书长|龙亭区|NONE",
        "区长助理|龙亭区|NONE",
        "区委办主任|龙亭区|NONE",
        "原区委书记|龙亭区|NONE",
        "区委常委|龙亭区|NONE",
        // another level's office
        "市委书记|龙亭区|NONE",
        "市长|龙亭区|NONE",
        "开封市委书记|龙亭区|NONE",
        "市人大常委会主任|龙亭区|NONE",
        "市政协主席|兰考县|NONE",
        "区委书记|兰考县|NONE",
        "县长|巩义市|NONE",
        "市委书记|市中区|NONE",
        // a name showing no level: only the unambiguous forms
        "市委书记|开封|NONE",
        "开封市委书记|开封|PARTY_SECRETARY",
        "开封市长|开封|GOVERNMENT_HEAD",
        "人大常委会主任|开封|CONGRESS_DIRECTOR",
        "政协主席|NONE|CPPCC_CHAIR",
        "区长|NONE|NONE",
    })
    void namesTheRegionsOwnOffices(String role, String region, Office expected) {
        assertThat(LeadershipTimeline.office(role, region)).isEqualTo(Optional.ofNullable(expected));
    }

    @ParameterizedTest(name = "{0} in {2} → {3}")
    @CsvSource(delimiter = '|', nullValues = "NONE", value = {
        "中共开封市龙亭区委书记|河南省/开封市/龙亭区|龙亭区|PARTY_SECRETARY",
        "开封市龙亭区区长|河南省/开封市/龙亭区|龙亭区|GOVERNMENT_HEAD",
        "中共龙亭区委书记|河南省/开封市/龙亭区|龙亭区|PARTY_SECRETARY",
        "河南省开封市龙亭区人大常委会主任|河南省/开封市/龙亭区|龙亭区|CONGRESS_DIRECTOR",
        "开封市龙亭区政协主席|河南省/开封市/龙亭区|龙亭区|CPPCC_CHAIR",
        "中共开封市龙亭区委副书记、开封市龙亭区区长|河南省/开封市/龙亭区|龙亭区|GOVERNMENT_HEAD",
        "中共河南省开封市委书记|河南省/开封市|开封市|PARTY_SECRETARY",
        "河南省开封市龙亭区委书记|河南省/开封/龙亭区|龙亭区|PARTY_SECRETARY",
        "枣庄市市中区委书记|山东省/枣庄/市中区|市中区|PARTY_SECRETARY",
        "枣庄市中区区长|山东省/枣庄/市中区|市中区|GOVERNMENT_HEAD",
        // the parent's own office, or a deputy, stays what it is
        "中共开封市委书记|河南省/开封市/龙亭区|龙亭区|NONE",
        "开封市长|河南省/开封市/龙亭区|龙亭区|NONE",
        "开封市龙亭区副区长|河南省/开封市/龙亭区|龙亭区|NONE",
        // a parent's name in front is only dropped when the path names it
        "中共开封市龙亭区委书记||龙亭区|NONE",
        // functional zones are not followed
        "官庄工区党工委书记|河南省/三门峡市/官庄工区|官庄工区|NONE",
        "三门峡市官庄工区管委会主任|河南省/三门峡市/官庄工区|官庄工区|NONE",
    })
    void dropsTheParentRegionsAFormalTitlePutsInFront(String role, String path, String region, Office expected) {
        List<String> names = path == null ? List.of() : List.of(path.split("/"));
        assertThat(LeadershipTimeline.office(role, region, names)).isEqualTo(Optional.ofNullable(expected));
    }

    @Test
    void aFormalTitleAndAShortOneAreOneTerm() {
        List<String> path = List.of("河南省", "开封市", "龙亭区");
        List<Term> terms = LeadershipTimeline.of(List.of(
                new Appearance("王明", List.of("中共开封市龙亭区委书记"), LocalDate.parse("2022-01-05"), "410202", "龙亭区",
                        "m1", path),
                new Appearance("王明", List.of("区委书记"), LocalDate.parse("2022-03-01"), "410202", "龙亭区", "m2", path),
                new Appearance("刘洋", List.of("开封市龙亭区区长"), LocalDate.parse("2022-03-01"), "410202", "龙亭区", "m2",
                        path)));
        assertThat(terms).extracting(Term::office, Term::name)
                .containsExactly(tuple(Office.PARTY_SECRETARY, "王明"), tuple(Office.GOVERNMENT_HEAD, "刘洋"));
        assertThat(terms.get(0).meetingKeys()).containsExactly("m1", "m2");
    }

    @Test
    void anAppearanceMadeWithoutAPathHasAnEmptyOne() {
        assertThat(new Appearance("王明", List.of("区委书记"), null, "410202", "龙亭区", "m1").regionPath()).isEmpty();
        assertThat(new Appearance("王明", List.of("区委书记"), null, "410202", "龙亭区", "m1", null).regionPath())
                .isEmpty();
    }

    private static Appearance at(String name, String role, String date, String key) {
        return new Appearance(name, List.of(role), date == null ? null : LocalDate.parse(date), "410202", "龙亭区", key);
    }

    @Test
    void aSuccessionAndAReturnMakeThreeTerms() {
        List<Term> terms = LeadershipTimeline.of(List.of(
                at("王明", "区委书记", "2021-03-02", "m3"),
                at("李华", "区委书记", "2022-06-10", "m4"),
                at("王明", "区委书记", "2020-01-08", "m1"),
                at("王明", "龙亭区委书记", "2020-07-15", "m2"),
                at("王明", "区委书记", "2023-12-28", "m6"),
                at("李华", "区委书记", "2023-01-05", "m5")));
        assertThat(terms).containsExactly(
                new Term(Office.PARTY_SECRETARY, "王明", "区委书记", LocalDate.parse("2020-01-08"),
                        LocalDate.parse("2021-03-02"), List.of("m1", "m2", "m3")),
                new Term(Office.PARTY_SECRETARY, "李华", "区委书记", LocalDate.parse("2022-06-10"),
                        LocalDate.parse("2023-01-05"), List.of("m4", "m5")),
                new Term(Office.PARTY_SECRETARY, "王明", "区委书记", LocalDate.parse("2023-12-28"),
                        LocalDate.parse("2023-12-28"), List.of("m6")));
    }

    @Test
    void undatedAppearancesAndOtherOfficesAreLeftOut() {
        List<Term> terms = LeadershipTimeline.of(List.of(
                at("赵强", "区委书记", null, "m0"),
                at("孙立", "副区长", "2022-01-01", "m1"),
                at("周平", "市委书记", "2022-01-01", "m1"),
                at("钱进", "区委书记", "2022-01-01", "m1")));
        assertThat(terms).extracting(Term::name).containsExactly("钱进");
    }

    @Test
    void termsComeInOfficeOrderAndTakeTheMostFrequentWording() {
        List<Term> terms = LeadershipTimeline.of(List.of(
                new Appearance("陈静", List.of("区政协主席"), LocalDate.parse("2022-02-01"), "410202", "龙亭区", "m1"),
                new Appearance("刘洋", List.of("区委副书记、代区长"), LocalDate.parse("2022-01-10"), "410202", "龙亭区",
                        "m1"),
                new Appearance("刘洋", List.of("区委副书记、区长"), LocalDate.parse("2022-03-01"), "410202", "龙亭区",
                        "m2"),
                new Appearance("刘洋", List.of("区长"), LocalDate.parse("2022-05-01"), "410202", "龙亭区", "m3"),
                new Appearance("吴刚", List.of("区委书记", "区人大常委会主任"), LocalDate.parse("2022-04-01"),
                        "410202", "龙亭区", "m2")));
        assertThat(terms).extracting(Term::office).containsExactly(Office.PARTY_SECRETARY, Office.GOVERNMENT_HEAD,
                Office.CONGRESS_DIRECTOR, Office.CPPCC_CHAIR);
        Term head = terms.get(1);
        assertThat(head.name()).isEqualTo("刘洋");
        assertThat(head.title()).isEqualTo("区长");
        assertThat(head.from()).isEqualTo(LocalDate.parse("2022-01-10"));
        assertThat(head.to()).isEqualTo(LocalDate.parse("2022-05-01"));
        assertThat(head.meetingKeys()).containsExactly("m1", "m2", "m3");
        assertThat(terms.get(2).name()).isEqualTo("吴刚");
    }

    @Test
    void aMeetingSeenTwiceIsListedOnceAndTiesOnADateGoByMeetingKey() {
        List<Appearance> appearances = new ArrayList<>(List.of(
                at("郑凯", "区长", "2022-01-01", "m2"),
                at("郑凯", "区长", "2022-01-01", "m2"),
                at("黄岩", "区长", "2022-01-01", "m1")));
        List<Term> terms = LeadershipTimeline.of(appearances);
        assertThat(terms).extracting(Term::name).containsExactly("黄岩", "郑凯");
        assertThat(terms.get(1).meetingKeys()).containsExactly("m2");
    }

    @Test
    void noAppearancesNoTerms() {
        assertThat(LeadershipTimeline.of(List.of())).isEmpty();
    }
}
