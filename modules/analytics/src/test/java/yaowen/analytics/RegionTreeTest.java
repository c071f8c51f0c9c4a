package yaowen.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class RegionTreeTest {
    private static RegionInput region(String code, String name, long meetings, long metrics, String... path) {
        return new RegionInput(code, name, List.of(path), meetings, metrics);
    }

    private static RegionNode child(RegionNode node, String code) {
        return node.children().stream().filter(c -> code.equals(c.code())).findFirst().orElseThrow(
                () -> new AssertionError(code + " not under " + node.code() + ": " + node.children()));
    }

    @Test
    void hangsCountiesUnderCitiesUnderProvincesAndRollsTheCountsUp() {
        List<RegionNode> roots = RegionTree.build(List.of(
                region("410203", "顺河回族区", 2, 10, "河南省", "开封市", "顺河回族区"),
                region("410202", "龙亭区", 3, 20, "河南省", "开封市", "龙亭区"),
                region("410200", "开封市", 1, 5, "河南省", "开封市"),
                region("410000", "河南省", 4, 0, "河南省"),
                region("410102", "中原区", 1, 1, "河南省", "郑州市", "中原区")));
        assertThat(roots).hasSize(1);
        RegionNode henan = roots.get(0);
        assertThat(henan.name()).isEqualTo("河南省");
        assertThat(henan.level()).isEqualTo("PROVINCE");
        assertThat(henan.meetings()).isEqualTo(4 + 1 + 3 + 2 + 1);
        assertThat(henan.metrics()).isEqualTo(5 + 20 + 10 + 1);
        assertThat(henan.children()).extracting(RegionNode::code).containsExactly("410100", "410200");

        RegionNode kaifeng = child(henan, "410200");
        assertThat(kaifeng.level()).isEqualTo("CITY");
        assertThat(kaifeng.meetings()).isEqualTo(6);
        assertThat(kaifeng.metrics()).isEqualTo(35);
        assertThat(kaifeng.children()).extracting(RegionNode::code).containsExactly("410202", "410203");
        assertThat(child(kaifeng, "410202").level()).isEqualTo("COUNTY");
        assertThat(child(kaifeng, "410202").children()).isEmpty();

        RegionNode zhengzhou = child(henan, "410100");
        assertThat(zhengzhou.name()).as("made from the county's path").isEqualTo("郑州市");
        assertThat(zhengzhou.meetings()).isEqualTo(1);
    }

    @Test
    void makesAProvinceNobodyStoredFromTheChildsPath() {
        List<RegionNode> roots = RegionTree.build(List.of(
                region("320281", "江阴市", 5, 7, "江苏省", "无锡市", "江阴市")));
        RegionNode jiangsu = roots.get(0);
        assertThat(jiangsu.code()).isEqualTo("320000");
        assertThat(jiangsu.name()).isEqualTo("江苏省");
        assertThat(jiangsu.meetings()).isEqualTo(5);
        RegionNode wuxi = jiangsu.children().get(0);
        assertThat(wuxi.code()).isEqualTo("320200");
        assertThat(wuxi.name()).isEqualTo("无锡市");
        assertThat(wuxi.children()).extracting(RegionNode::name).containsExactly("江阴市");
    }

    @Test
    void aParentUnnamedByTheFirstChildTakesTheNameALaterChildGives() {
        List<RegionNode> roots = RegionTree.build(List.of(
                region("320281", "江阴市", 1, 0),
                region("320282", "宜兴市", 1, 0, "江苏省", "无锡市", "宜兴市")));
        assertThat(roots.get(0).name()).isEqualTo("江苏省");
        assertThat(roots.get(0).children().get(0).name()).isEqualTo("无锡市");
    }

    @Test
    void hangsUnitsWithNoCityBetweenUnderTheProvince() {
        List<RegionNode> roots = RegionTree.build(List.of(
                region("110105", "朝阳区", 2, 3, "北京市", "朝阳区"),
                region("419001", "济源市", 1, 1, "河南省", "济源市"),
                region("429021", "神农架林区", 1, 0),
                region("410202", "龙亭区", 1, 0, "河南省", "开封市", "龙亭区")));
        assertThat(roots).extracting(RegionNode::code).containsExactly("110000", "410000", "420000");
        RegionNode beijing = roots.get(0);
        assertThat(beijing.name()).isEqualTo("北京市");
        assertThat(beijing.children()).extracting(RegionNode::code).containsExactly("110105");
        assertThat(roots.get(1).children()).extracting(RegionNode::code).containsExactly("410200", "419001");
        RegionNode hubei = roots.get(2);
        assertThat(hubei.name()).as("nothing names it").isEqualTo("420000");
        assertThat(hubei.children()).extracting(RegionNode::code).containsExactly("429021");
    }

    @Test
    void theDistrictsAndCountiesOfAMunicipalityHangUnderItAndAPlaceholderInAPathIsNoCity() {
        List<RegionNode> roots = RegionTree.build(List.of(
                region("120101", "和平区", 1, 2, "天津市", "市辖区", "和平区"),
                region("500229", "城口县", 1, 0, "重庆市", "县", "城口县"),
                region("110105", "朝阳区", 0, 3),
                region("110108", "海淀区", 2, 0, "北京市", "海淀区"),
                region("310115", "浦东新区", 1, 0)));
        assertThat(roots).extracting(RegionNode::code).containsExactly("110000", "120000", "310000", "500000");
        assertThat(roots).extracting(RegionNode::name).containsExactly("北京市", "天津市", "310000", "重庆市");
        assertThat(roots.get(0).children()).extracting(RegionNode::code).containsExactly("110105", "110108");
        assertThat(roots.get(1).children()).extracting(RegionNode::name).containsExactly("和平区");
        assertThat(roots.get(1).metrics()).isEqualTo(2);
        assertThat(roots.get(2).children()).extracting(RegionNode::code).containsExactly("310115");
        assertThat(roots.get(3).children()).extracting(RegionNode::name).containsExactly("城口县");
        assertThat(roots).allSatisfy(p -> assertThat(p.children()).extracting(RegionNode::level)
                .containsOnly("COUNTY"));
    }

    @Test
    void aProvincesDirectUnitsHangUnderItWhateverTheirPathSays() {
        List<RegionNode> roots = RegionTree.build(List.of(
                region("419001", "济源市", 1, 0, "河南省", "济源市"),
                region("429004", "仙桃市", 1, 0, "湖北省", "省直辖县级行政区划", "仙桃市"),
                region("429021", "神农架林区", 1, 0, "湖北省", "神农架林区"),
                region("469001", "五指山市", 1, 0),
                region("659001", "石河子市", 1, 0, "新疆维吾尔自治区", "自治区直辖县级行政区划", "石河子市")));
        assertThat(roots).extracting(RegionNode::code).containsExactly("410000", "420000", "460000", "650000");
        assertThat(roots).extracting(RegionNode::name).containsExactly("河南省", "湖北省", "460000", "新疆维吾尔自治区");
        assertThat(roots.get(0).children()).extracting(RegionNode::code).containsExactly("419001");
        assertThat(roots.get(1).children()).extracting(RegionNode::code).containsExactly("429004", "429021");
        assertThat(roots.get(2).children()).extracting(RegionNode::code).containsExactly("469001");
        assertThat(roots.get(3).children()).extracting(RegionNode::code).containsExactly("659001");
    }

    @Test
    void aCountySeenOnlyOnMetricsHangsUnderItsCityLikeItsSiblingWithAPath() {
        List<RegionNode> alone = RegionTree.build(List.of(region("320281", "江阴市", 0, 4)));
        assertThat(alone).extracting(RegionNode::name).containsExactly("320000");
        RegionNode city = alone.get(0).children().get(0);
        assertThat(city.code()).isEqualTo("320200");
        assertThat(city.name()).as("no path names it").isEqualTo("320200");
        assertThat(city.level()).isEqualTo("CITY");
        assertThat(city.children()).extracting(RegionNode::code).containsExactly("320281");

        List<RegionNode> both = RegionTree.build(List.of(
                region("320281", "江阴市", 0, 4),
                region("320282", "宜兴市", 1, 0, "江苏省", "无锡市", "宜兴市")));
        RegionNode wuxi = child(both.get(0), "320200");
        assertThat(both.get(0).children()).hasSize(1);
        assertThat(wuxi.name()).isEqualTo("无锡市");
        assertThat(wuxi.children()).extracting(RegionNode::code).containsExactly("320281", "320282");
    }

    @Test
    void aCountyHangsUnderItsStoredCityWhateverLengthItsPathIs() {
        List<RegionNode> roots = RegionTree.build(List.of(
                region("410200", "开封市", 1, 0, "河南省", "开封市"),
                region("410202", "龙亭区", 1, 0, "河南省", "龙亭区"),
                region("410203", "顺河回族区", 1, 0)));
        assertThat(roots.get(0).children()).extracting(RegionNode::code).containsExactly("410200");
        assertThat(roots.get(0).children().get(0).children()).extracting(RegionNode::code)
                .containsExactly("410202", "410203");
    }

    @Test
    void theSameRegionsInAnyOrderGiveTheSameTree() {
        List<RegionInput> inputs = List.of(
                region("410202", "龙亭区", 3, 0, "河南省", "开封市", "龙亭区"),
                region("410202", "龙亭", 0, 5),
                region("320281", "江阴市", 0, 4),
                region("320282", "宜兴市", 1, 0, "江苏省", "无锡市", "宜兴市"),
                region("120101", "和平区", 1, 0, "天津市", "市辖区", "和平区"),
                region(null, "高新区", 1, 1));
        List<RegionNode> expected = RegionTree.build(inputs);
        assertThat(child(child(expected.get(2), "410200"), "410202").name()).isEqualTo("龙亭区");
        permutations(new ArrayList<>(inputs), 0, p -> assertThat(RegionTree.build(p)).as(p.toString())
                .isEqualTo(expected));
    }

    private static void permutations(List<RegionInput> list, int from, Consumer<List<RegionInput>> each) {
        if (from == list.size()) {
            each.accept(List.copyOf(list));
            return;
        }
        for (int i = from; i < list.size(); i++) {
            Collections.swap(list, from, i);
            permutations(list, from + 1, each);
            Collections.swap(list, from, i);
        }
    }

    @Test
    void aRegionStoredTwiceIsOneNodeWithItsCountsAdded() {
        List<RegionNode> roots = RegionTree.build(List.of(
                region("410202", "龙亭区", 3, 0, "河南省", "开封市", "龙亭区"),
                region("410202", "龙亭区", 0, 12, "河南省", "开封市", "龙亭区")));
        RegionNode longting = roots.get(0).children().get(0).children().get(0);
        assertThat(longting.meetings()).isEqualTo(3);
        assertThat(longting.metrics()).isEqualTo(12);
        assertThat(roots.get(0).children().get(0).children()).hasSize(1);
    }

    @Test
    void regionsWithoutAUsableCodeGoUnderOneLastRootByName() {
        List<RegionNode> roots = RegionTree.build(List.of(
                region(null, "官庄工区", 2, 1, "河南省", "三门峡市", "官庄工区"),
                region("41020", "错码区", 1, 0),
                region("000000", "零码区", 1, 0),
                region(null, "高新区", 1, 4),
                region(null, "官庄工区", 1, 1),
                region("410202", "龙亭区", 1, 0, "河南省", "开封市", "龙亭区")));
        assertThat(roots).extracting(RegionNode::code).containsExactly("410000", null);
        RegionNode other = roots.get(1);
        assertThat(other.name()).isEqualTo("其他地区");
        assertThat(other.level()).isEqualTo("OTHER");
        assertThat(other.meetings()).isEqualTo(6);
        assertThat(other.metrics()).isEqualTo(6);
        assertThat(other.children()).extracting(RegionNode::name).containsExactly("官庄工区", "错码区", "零码区", "高新区")
                .isSortedAccordingTo(String::compareTo);
        assertThat(other.children()).extracting(RegionNode::level).containsOnly("OTHER");
        assertThat(other.children().get(0).meetings()).isEqualTo(3);
        assertThat(other.children().get(1).code()).as("kept so it can still be asked for").isEqualTo("41020");
    }

    @Test
    void nothingStoredNoTree() {
        assertThat(RegionTree.build(List.of())).isEmpty();
    }
}
