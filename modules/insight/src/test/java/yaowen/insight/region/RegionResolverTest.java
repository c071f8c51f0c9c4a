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

    private static Optional<Region> resolve(String title, String text, String url, String source) {
        return RESOLVER.resolve(title, List.of(text.split("\n")), Optional.empty(), Optional.ofNullable(url),
                Optional.ofNullable(source));
    }

    private static String code(Optional<Region> r) {
        return r.flatMap(Region::code).orElse(null);
    }

    // --- whole words: a short form inside a person's name or an ordinary word is no mention

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "朱永昌主持召开县委常委会议|10月9日,县委书记朱永昌主持召开县委常委会议。",
            "县委常委会议召开|10月9日,县委书记杨宏伟主持召开县委常委会议,县长刘海宏伟出席。",
            "县委常委会议召开|会议指出,当前形势复杂多变,全县上下要保持定力。"
    })
    void ignoresAShortFormInsideANameOrAWord(String title, String text) {
        assertThat(resolve(title, text, null)).isEmpty();
    }

    @Test
    void countsAPlaceWhoseShortFormIsAWordWhenTheArticleNamesItInFull() {
        // 日照 is also "sunshine": alone it is the word, beside 日照市 it is the city
        assertThat(code(resolve("日照召开全市项目建设推进会", "3月2日,全市项目建设推进会召开,潍坊市、日照市负责同志作交流发言。", null)))
                .isEqualTo("371100");
        assertThat(resolve("日照充足 瓜果飘香", "今年以来,全市日照充足,瓜果长势良好。", null)).isEmpty();
    }

    @Test
    void needsCorroborationForACountysBareShortForm() {
        // 惠民 (惠民县, 山东) is a policy word here; the text names 河南 and nothing backs 山东 or 滨州
        assertThat(resolve("惠民政策落实见成效", "近日,我市召开会议部署惠民政策落实工作。河南省财政厅负责人出席。", null))
                .hasValueSatisfying(r -> assertThat(r.path()).containsExactly("河南省"));
    }

    @Test
    void countsACountysShortFormTheSiteCorroborates() {
        assertThat(code(resolve("区政府召开常务会议", "9月5日,区长张三主持召开区政府常务会议。\n要让各项部署在渝北大地开花结果。",
                "https://www.cqyb.gov.cn/zwxx/qxdt/202309/t20230905_1.html", null))).isEqualTo("500112");
    }

    @Test
    void fallsBackToAnUncorroboratedShortFormOfTheArticlesLevel() {
        assertThat(code(resolve("县政协召开常委会议",
                "7月2日,县政协召开常委会议,县长李四通报全县经济运行情况。\n围绕打造“生态法库”目标,全县上下要团结一致。", null, null)))
                .isEqualTo("210124");
    }

    // --- self-references: the level of the article's unit

    @ParameterizedTest(name = "{0} → {2}")
    @CsvSource(delimiter = '|', value = {
            "市委召开“美丽辽阳”建设推进会议|1月9日,市委召开“美丽辽阳”建设推进会议,市委书记张三主持。|211000",
            "县委召开“美丽辽阳”建设推进会议|1月9日,县委召开“美丽辽阳”建设推进会议,县委书记张三主持。|211021",
            "我市召开上半年经济运行新闻发布会|7月20日,我市召开新闻发布会,新乡调查队负责人出席。|410700"
    })
    void settlesACityAndItsNamesakeCountyByTheSelfReference(String title, String text, String code) {
        assertThat(code(resolve(title, text, null))).isEqualTo(code);
    }

    @Test
    void readsTheLevelFromSelfReferencesButNotFromRankings() {
        assertThat(RegionResolver.selfLevel("", List.of("区委书记张三出席会议。",
                "全区生产总值增速居全市第2,高于全市1.5个百分点,社会消费品零售总额全市第一。"))).contains('区');
        assertThat(RegionResolver.selfLevel("我市召开新闻发布会", List.of("全市经济运行稳中有进。"))).contains('市');
        assertThat(RegionResolver.selfLevel("", List.of("会议指出,城市长远发展要靠创新。"))).isEmpty();
    }

    @Test
    void takesTheCityWhoseCountiesItsLeaderTours() {
        assertThat(code(resolve("", "近日,市长张三带队先后到舒兰市、磐石市、蛟河市,就项目建设开展调研。\n市领导李四参加调研。", null)))
                .isEqualTo("220200");
    }

    @Test
    void takesAPlaceInARankingAsTheFrameNotTheUnit() {
        // the unit is a county-level city of 宜昌 ranked against it; the frame alone names no unit
        assertThat(resolve("", "7月2日,市委书记张三主持召开市委常委会会议。\n上半年,规上工业增加值增长9%,居宜昌市第2位。", null))
                .isEmpty();
        // ...but it backs a county the text names by its short form
        assertThat(code(resolve("", "7月2日,县委书记张三主持召开县委常委会会议。\n上半年,秭归规上工业增加值增速居宜昌市第2位。", null)))
                .isEqualTo("420527");
    }

    @Test
    void takesTheOneUnitALeaderVisits() {
        // the city's paper and the visitor's office speak of the city; the news is the district visited
        assertThat(code(resolve("", "5月8日,市委书记王五到宛城区调研项目建设情况。\n今年以来,宛城区固定资产投资增长9%。", null,
                "南阳日报"))).isEqualTo("411302");
    }

    @Test
    void takesTheProvinceWhoseCitiesItsGovernmentLists() {
        assertThat(code(resolve("", "6月3日,省政府召开全省项目建设推进会,洛阳市、新乡市、信阳市作交流发言。\n全省上下要抓好项目。", null)))
                .isEqualTo("410000");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "朝阳区召开全区经济工作会议|1月5日,朝阳区召开全区经济工作会议,区委书记张三讲话。",
            "江北区政协召开专题协商会|3月2日,江北区政协召开专题协商会。区政协主席王五主持。",
            "通州区召开全区安全生产大会|4月8日,通州区召开全区安全生产大会。",
            "河东区召开项目推进会|5月6日,河东区召开项目推进会,区长李四出席。"
    })
    void leavesANamesakeNothingSettlesUnresolved(String title, String text) {
        // each name is a district of a municipality and of a prefecture city: neither is the default
        assertThat(resolve(title, text, null)).isEmpty();
    }

    @Test
    void settlesANamesakeByItsCityOrTheSite() {
        assertThat(code(resolve("朝阳区召开全区经济工作会议", "1月5日,长春市朝阳区召开全区经济工作会议。", null))).isEqualTo("220104");
        assertThat(code(resolve("朝阳区召开全区经济工作会议", "1月5日,北京市朝阳区召开全区经济工作会议。", null))).isEqualTo("110105");
        assertThat(code(resolve("江北区政协召开专题协商会", "3月2日,江北区政协召开专题协商会。", "330200"))).isEqualTo("330205");
    }

    // --- the site: URL host and path, source line

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "https://xiushan.gov.cn/bm/tjj/202405/t20240520_1.html|一季度秀山经济运行情况|一季度,全县实现地区生产总值增长5%。|500241",
            "https://fgw.zhuzhou.gov.cn/gzdt/202305/t1.htm|我市一季度经济运行良好|今年以来,全市经济运行实现良好开局。|430200",
            "http://www.cqyb.gov.cn/xwzx/202510/t1.html|区政府召开常务会议|10月2日,区长张三主持召开渝北区政府常务会议。|500112",
            "http://www.example.com/zhuzhou/szxw/1.html|市委召开经济工作会议|12月3日,市委召开经济工作会议,市委书记张三讲话。|430200",
            "http://www.example.com/news/zhuzhou/|市委召开经济工作会议|12月3日,市委召开经济工作会议,市委书记张三讲话。|430200"
    })
    void readsTheSitesRegionFromTheUrl(String url, String title, String text, String code) {
        assertThat(code(resolve(title, text, url, null))).isEqualTo(code);
    }

    @Test
    void needsTheTextToNameAPlaceTheHostGivesOnlyByInitials() {
        // cqyb reads as 重庆 + 渝北区 by initials alone: without the text naming 渝北 it is no evidence
        assertThat(resolve("区政府召开常务会议", "10月2日,区长张三主持召开区政府常务会议。", "http://www.cqyb.gov.cn/xwzx/1.html", null))
                .isEmpty();
    }

    @Test
    void takesAnInitialsReadingWhoseParentTheTextNames() {
        assertThat(code(resolve("区政府召开常务会议", "10月2日,区长张三主持召开区政府常务会议,为重庆发展多作贡献。",
                "http://www.cqyb.gov.cn/xwzx/1.html", null))).isEqualTo("500112");
    }

    @Test
    void guessesNoOtherUnitWhereTheNamedOneIsAnUnsettledNamesake() {
        // the article's own district is a namesake nothing settles: a stray short form elsewhere is not it
        assertThat(resolve("朝阳区召开全区经济工作会议", "1月5日,朝阳区召开全区经济工作会议。\n会议要求,加快滨江片区开发。", null))
                .isEmpty();
    }

    @Test
    void readsNoRegionFromAPlatformOrADepartmentInTheHost() {
        // weixin spells 威信; sthjj (生态环境局) reads as initials of some other city's district
        assertThat(resolve("市委召开常委会议", "3月2日,市委书记张三主持召开市委常委会议。", "https://mp.weixin.qq.com/s/Ab12Cd", null))
                .isEmpty();
        assertThat(code(resolve("全市生态环境保护工作会议召开", "2月3日,全市生态环境保护工作会议召开,副市长张三出席。",
                "https://sthjj.nanning.gov.cn/xwdt/1.html", null))).isEqualTo("450100");
        assertThat(resolve("市委召开常委会议", "3月2日,市委书记张三主持召开市委常委会议。",
                "http://www.example.com/dongtai/2024/1.html", null)).isEmpty();
    }

    @Test
    void liftsACountySitesRegionToTheCityItsTextSpeaksOf() {
        assertThat(code(resolve("全市安全生产工作会议召开", "1月10日,全市安全生产工作会议召开,副市长张三出席并讲话。",
                "https://www.weidong.gov.cn/pc/content/1.html", null))).isEqualTo("410400");
    }

    @Test
    void readsNothingFromAnAddressWithoutPlaces() {
        assertThat(resolve("区政府召开常务会议", "10月2日,区长张三主持召开区政府常务会议。", "http://61.129.0.41/xw/1.html", null))
                .isEmpty();
        assertThat(resolve("区政府召开常务会议", "10月2日,区长张三主持召开区政府常务会议。", "http://sx.news.example.com/25/1.html", null))
                .isEmpty();
    }

    @Test
    void readsTheSitesRegionFromTheSourceLine() {
        assertThat(code(resolve("县委召开常委会议", "3月2日,县委书记张三主持召开县委常委会议。", null, "武乡县融媒体中心")))
                .isEqualTo("140429");
    }

    @Test
    void matchesHostLabelsAgainstPinyin() {
        SiteHints hints = new SiteHints(GAZETTEER);
        assertThat(hints.label("etkqq")).extracting(Place::name).contains("鄂托克前旗").hasSizeLessThanOrEqualTo(3);
        assertThat(hints.label("wltzqrd")).extracting(Place::name).containsExactly("乌拉特中旗");
        assertThat(hints.label("wenzhousjt")).extracting(Place::name).containsExactly("温州市");
        assertThat(hints.label("cqyb")).extracting(Place::name).containsExactly("渝北区");
        assertThat(hints.label("xxrb")).isEmpty(); // two initials alone name dozens of places
        // the longest spelling decides, even a weak short form's: never 吉安 (jian) + "gbei"
        assertThat(hints.label("jiangbei")).extracting(Place::name).containsOnly("江北区");
    }

    // --- units the gazetteer spells otherwise

    @Test
    void readsABannerByItsAbbreviation() {
        assertThat(code(resolve("乌前旗召开全旗经济工作会议", "1月5日,乌前旗召开全旗经济工作会议。", null))).isEqualTo("150823");
        assertThat(GAZETTEER.scan("科右前旗召开会议")).singleElement().satisfies(m -> {
            assertThat(m.shortForm()).isTrue();
            assertThat(m.candidates()).extracting(Place::name).containsExactly("科尔沁右翼前旗");
        });
        assertThat(code(resolve("", "9月3日,锡盟召开项目推进会,盟委书记张三讲话。", null))).isEqualTo("152500");
        assertThat(code(resolve("", "3月5日,恩施州召开州委常委会会议,州委书记李四主持。", null))).isEqualTo("422800");
    }

    @Test
    void readsAnAutonomousRegionByItsStem() {
        assertThat(code(resolve("农工党广西区委会召开全体委员会议", "3月5日,农工党广西区委会召开全体委员会议,自治区党委统战部负责人到会。", null)))
                .isEqualTo("450000");
    }

    @Test
    void resolvesADevelopmentZoneNamedAfterItsCity() {
        Region r = resolve("", "3月1日,鹤壁经济开发区召开2024年工作会议。全区上下要聚焦项目建设。", null).orElseThrow();
        assertThat(r.code()).isEmpty();
        assertThat(r.path()).containsExactly("河南省", "鹤壁市", "鹤壁经济开发区");
    }

    @Test
    void resolvesADevelopmentZoneToItsCodeWhenItHasOne() {
        // 新乡经济技术开发区 has a GB/T 2260 code; the text calls it by its city's short name and 经开区
        assertThat(code(resolve("", "4月2日,新乡经开区召开项目建设推进会。全区上下要抓好项目。", null))).isEqualTo("410772");
        assertThat(GAZETTEER.named("郑州高新区")).extracting(Place::code).containsExactly(Optional.of("410172"));
    }

    @Test
    void takesAZoneThatIsOnlyTheVenueForItsCity() {
        assertThat(code(resolve("", "3月1日,鹤壁市重点项目集中开工仪式在鹤壁经济开发区举行。市委书记张三出席。", null)))
                .isEqualTo("410600");
    }

    @Test
    void readsTheLeadPastPageChromeAndAHeadlineLeftInTheText() {
        String text = "第A02版:要闻 上一篇 下一篇\n县委召开常委扩大会议\n"
                + "6月4日,县委书记张三主持召开县委常委扩大会议,部署夏粮收购工作,让武陟县群众得实惠。\n"
                + "会议要求,学习借鉴温县经验,温县的做法值得推广。";
        assertThat(code(resolve("", text, null))).isEqualTo("410823");
    }

    @Test
    void readsALeaguesAbbreviationAsAShortForm() {
        // 阿盟 is also the Arab League: as a short form it weighs less than the city the text names in full
        assertThat(code(resolve("阿盟代表团来访", "5月6日,阿盟代表团访问银川市,市长张三会见。", null))).isEqualTo("640100");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "在全县项目观摩点评会上的讲话|刚才,各乡镇和县直单位作了汇报,全县上下要再加力。",
            "全县经济工作会议召开|会议强调,要大力创新县域经济发展模式,推动乡镇和县级部门协同发力。",
            "区委召开常委会议|会议要求,年底前完成县级考核,各街道和区委各部门要抓好落实。",
            "全县安全生产会议召开|3月2日,全县安全生产会议召开,各乡镇和县有关部门负责同志参加。",
            "财政工作会议召开|会议明确,项目资金由市和县两级财政共同承担。"
    })
    void readsNoCountyAcrossAWordBoundary(String title, String text) {
        // 和县, 新县, 成县 straddle 乡镇和|县直, 创新|县域, 完成|县级, 乡镇和|县有关部门, 市和|县两级
        assertThat(resolve(title, text, null)).isEmpty();
        assertThat(code(resolve(title, text, "410823"))).isEqualTo("410823");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "|会上,和县县委书记张三作了讲话,县直单位负责同志参加。|340523",
            "|近日,安徽省和县召开乡村振兴工作会议,县直各部门参加。|340523",
            "和县人民政府召开常务会议|会议研究了县城建设等事项。|340523",
            "滑县召开项目建设推进会|会议要求,各乡镇和县直单位要抓进度。|410526",
            "|座谈会上,来自和县的企业家代表作了发言。|340523",
            "政协沛县委员会召开常委会议|会议审议了有关报告。|320322",
            "马鞍山市代表团考察和县|代表团一行实地察看了多个项目。|340523"
    })
    void keepsAGenuineTwoCharacterCountyName(String title, String text, String code) {
        assertThat(code(resolve(title == null ? "" : title, text, null))).isEqualTo(code);
    }

    @Test
    void findsNoRegionInTextWithoutPlaces() {
        assertThat(resolve("", "The city council met on Monday.", null)).isEmpty();
    }
}
