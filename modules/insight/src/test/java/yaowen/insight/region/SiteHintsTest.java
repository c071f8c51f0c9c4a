package yaowen.insight.region;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Places a page's URL names; every host and path below is invented. */
class SiteHintsTest {
    private static final SiteHints HINTS = new SiteHints(Gazetteer.bundled());

    @Test
    void ignoresThePlatformAPageIsRepostedOn() {
        // weixin spells 威信(县), toutiao and sohu would match nothing useful either
        assertThat(HINTS.hints("https://mp.weixin.qq.com/s/AbCdEf123")).isEmpty();
        assertThat(HINTS.hints("https://www.toutiao.com/article/123/")).isEmpty();
        assertThat(HINTS.hints("https://baijiahao.baidu.com/s?id=1")).isEmpty();
        assertThat(HINTS.hints("https://wenzhou.kuaizhan.com/12/p1")).singleElement()
                .satisfies(h -> assertThat(h.places()).extracting(Place::name).containsExactly("温州市"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sthjj", "scjgj", "gxq", "kfq", "jkq", "zwgk", "xxgk", "rmzf", "tjj", "fgw", "gaj", "wjw"})
    void readsNoPlaceFromADepartmentsInitials(String label) {
        assertThat(HINTS.label(label)).isEmpty();
    }

    @Test
    void keepsALeftLabelOnlyWithinThePlaceToItsRight() {
        // the department's initials may read as some other city's district; the city to its right decides
        assertThat(HINTS.hints("https://sthjj.nanning.gov.cn/xwdt/1.html")).flatExtracting(SiteHints.Hint::places)
                .extracting(Place::name).containsExactly("南宁市");
        assertThat(HINTS.hints("https://qingxiu.nanning.gov.cn/xwdt/1.html")).flatExtracting(SiteHints.Hint::places)
                .extracting(Place::name).containsExactly("青秀区", "南宁市");
    }

    @ParameterizedTest
    @ValueSource(strings = {"jianshe", "jiankang", "jianguan", "xiangmu", "guancha", "guangbo", "zhujian", "anjian",
            "gongan", "tongxun", "gonggao", "dongtai", "xinwen"})
    void readsNoPlaceFromAWordThatOnlyStartsLikeOne(String label) {
        assertThat(HINTS.label(label)).isEmpty();
    }

    @Test
    void readsAPlaceFollowedByAMediumsOrDepartmentsInitials() {
        assertThat(HINTS.label("wenzhourb")).extracting(Place::name).containsExactly("温州市");
        assertThat(HINTS.label("zhuzhoutjj")).extracting(Place::name).containsExactly("株洲市");
        assertThat(HINTS.label("jinhuanet")).extracting(Place::name).containsExactly("金华市");
        assertThat(HINTS.label("zhuzhou")).extracting(Place::name).containsExactly("株洲市");
    }

    @Test
    void readsNoPlaceFromAnOrdinaryPathSegment() {
        assertThat(HINTS.hints("http://www.example.com/dongtai/2024/1.html")).isEmpty();
        assertThat(HINTS.hints("http://www.example.com/jianshe/xiangmu/1.html")).isEmpty();
        // a segment that spells a prefecture city in full still names it
        assertThat(HINTS.hints("http://www.example.com/zhuzhou/szxw/1.html")).flatExtracting(SiteHints.Hint::places)
                .extracting(Place::name).containsExactly("株洲市");
    }

    @Test
    void readsPlaceNamesByTheirPlaceReadings() {
        // polyphones that place names read otherwise than the everyday word: 蚌(beng)埠, 六(lu)安, 番(pan)禺, 乐(lao)陵
        assertThat(HINTS.label("bengbu")).extracting(Place::name).containsExactly("蚌埠市");
        assertThat(HINTS.label("luan")).extracting(Place::name).contains("六安市");
        assertThat(HINTS.label("panyu")).extracting(Place::name).containsExactly("番禺区");
        assertThat(HINTS.label("laoling")).extracting(Place::name).containsExactly("乐陵市");
        assertThat(HINTS.label("xiamen")).extracting(Place::name).containsExactly("厦门市");
    }

    @Test
    void readsAParentsThenAChildsInitials() {
        assertThat(HINTS.label("cqyb")).extracting(Place::name).containsExactly("渝北区");
        assertThat(HINTS.label("xxrb")).isEmpty(); // two initials alone name dozens of places
        assertThat(HINTS.label("jiangbei")).extracting(Place::name).containsOnly("江北区");
    }
}
