package yaowen.insight.region;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import yaowen.insight.Region;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class RegionResolverTest {
    private static final Gazetteer GAZETTEER = Gazetteer.bundled();
    private static final RegionResolver RESOLVER = new RegionResolver(GAZETTEER);

    private static Optional<Region> resolve(String title, String text, String hint) {
        return RESOLVER.resolve(title, List.of(text.split("\n")), Optional.ofNullable(hint));
    }

    @Test
    void bundlesEveryCountyWithItsCodeAndPath() {
        assertThat(GAZETTEER.named("祥符区")).singleElement().satisfies(p -> {
            assertThat(p.code()).contains("410212");
            assertThat(RESOLVER.toRegion(p).path()).containsExactly("河南省", "开封市", "祥符区");
        });
        assertThat(GAZETTEER.named("仙桃市")).singleElement()
                .satisfies(p -> assertThat(RESOLVER.toRegion(p).path()).containsExactly("湖北省", "仙桃市"));
        assertThat(GAZETTEER.named("鼓楼区")).hasSize(4);
    }

    @ParameterizedTest(name = "{0} → {2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "鼓楼区召开经济工作会议|2月2日,福州市鼓楼区召开经济工作会议。|-|350102",
            "鼓楼区召开三级干部大会|2月9日,鼓楼区召开三级干部大会。|320100|320106",
            "鼓楼区召开全区工作会议|2月9日,鼓楼区召开全区工作会议,奋力谱写开封发展新篇章。|-|410204",
            "鼓楼区召开全区工作会议|会议强调,要推动徐州高质量发展。|-|320302"
    })
    void disambiguatesASharedNameByContextOrSiteHint(String title, String text, String hint, String code) {
        assertThat(resolve(title, text, hint)).hasValueSatisfying(r -> assertThat(r.code()).contains(code));
    }

    @Test
    void resolvesAFunctionalZoneWithoutCodeUnderItsCity() {
        Region r = resolve("统一思想鼓干劲 极限尽责拼发展 ——官庄工区召开全区工作会议", "317日,官庄工区召开全区工作会议。", null).orElseThrow();
        assertThat(r.code()).isEmpty();
        assertThat(r.name()).isEqualTo("官庄工区");
        assertThat(r.path()).containsExactly("河南省", "南阳市", "官庄工区");
    }

    @Test
    void prefersTheCountyThatIsTheSubjectOverItsCityAndZones() {
        Region r = resolve("", "1月27日,祥符区召开三级干部会议。祥符区委书记、开封市产城融合示范区党工委书记王彦涛出席会议并讲话。", null).orElseThrow();
        assertThat(r.code()).contains("410212");
    }

    @Test
    void readsTheRegionFromALeaderTitle() {
        Region r = resolve("", "会议召开。龙亭区委书记张正濠出席会议并讲话。", null).orElseThrow();
        assertThat(r.name()).isEqualTo("龙亭区");
    }

    @Test
    void fallsBackToTheSiteRegionWhenTheTextNamesNone() {
        Region r = resolve("区委书记在全会上讲话", "同志们:今天召开全会。", "411302").orElseThrow();
        assertThat(r.name()).isEqualTo("宛城区");
    }

    @Test
    void fallsBackToTheProvinceWhenTheDistrictIsMasked() {
        Region r = resolve("区委书记在区委全会上讲话",
                "同志们:\n我们在这里召开区委全会。\n深入贯彻习近平总书记视察河南重要讲话。\n推进“人人持证、技能河南”建设。\n与河南投资集团开展战略合作。", null)
                .orElseThrow();
        assertThat(r.path()).containsExactly("河南省");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "丁河镇召开2023年度工作会议|2月9日,西峡县丁河镇召开2023年度工作会议。|丁河镇|河南省 南阳市 西峡县 丁河镇",
            "县委召开会议|3月2日,西峡县丁河镇召开项目建设推进会。|丁河镇|河南省 南阳市 西峡县 丁河镇",
            "县委书记到各乡镇调研|3月2日,西峡县召开全县工作会议,各乡镇负责人参加。|西峡县|河南省 南阳市 西峡县"
    })
    void namesATownThatIsTheSubjectUnderItsCounty(String title, String lead, String name, String path) {
        Region r = resolve(title, lead, null).orElseThrow();
        assertThat(r.name()).isEqualTo(name);
        assertThat(r.path()).containsExactly(path.split(" "));
    }

    @Test
    void readsAnAutonomousCountyByItsShortNameWithSuffix() {
        assertThat(resolve("大通县召开2023年三级干部大会", "1月31日,大通县召开2023年三级干部大会。", null))
                .hasValueSatisfying(r -> assertThat(r.code()).contains("630121"));
        assertThat(resolve("区委书记在区委全会上讲话", "深入贯彻习近平总书记视察河南重要讲话。", null))
                .hasValueSatisfying(r -> assertThat(r.path()).containsExactly("河南省"));
    }

    @Test
    void findsNoRegionInTextWithoutPlaces() {
        assertThat(resolve("", "The city council met on Monday.", null)).isEmpty();
    }
}
