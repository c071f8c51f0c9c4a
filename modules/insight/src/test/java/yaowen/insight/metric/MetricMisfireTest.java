package yaowen.insight.metric;

import org.junit.jupiter.api.Test;
import yaowen.insight.Metric;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ordinary article sentences, written for this test, on which an earlier rule fired where it should not: each test
 * names the pattern of writing that misled the rule.
 */
class MetricMisfireTest {
    private static final MetricGrammar GRAMMAR = new MetricGrammar(IndicatorTaxonomy.bundled());
    /** A meeting held early 2023 that reviews 2022 and plans 2023. */
    private static final MetricContext MEETING = new MetricContext(Optional.of(2023), Optional.of(2022), Optional.of(2023),
            true, "", Set.of(), s -> false);
    /** A release published in 2023 without a telling title. */
    private static final MetricContext RELEASE = new MetricContext(Optional.of(2023), Optional.empty(), Optional.empty(),
            false, "", Set.of(), s -> false);

    private static String describe(Metric m) {
        return m.indicator() + " " + m.kind() + " " + m.year().map(String::valueOf).orElse("-") + " "
                + m.period().orElse("-") + " " + m.measure() + " " + m.value() + " " + m.scope().orElse("-");
    }

    private static List<String> read(MetricContext ctx, String text) {
        return GRAMMAR.extract(text, ctx).stream().map(MetricMisfireTest::describe).toList();
    }

    private static MetricContext release(String title) {
        return new MetricContext(Optional.of(2023), Optional.empty(), Optional.empty(), false, title, Set.of(), s -> false);
    }

    @Test
    void aDeckWithItsOwnPeriodIsNotTheBodysFactOfAnotherYear() {
        assertThat(read(RELEASE, "一至三季度桐溪县规上工业增加值增长7.3%\n去年,全县规上工业增加值增长7.3%。"))
                .contains("INDUSTRIAL_VALUE_ADDED ACTUAL 2023 Q1-Q3 GROWTH 7.3 -",
                        "INDUSTRIAL_VALUE_ADDED ACTUAL 2022 - GROWTH 7.3 -");
    }

    @Test
    void aDeckOfATargetIsNotTheBodysResult() {
        assertThat(read(RELEASE, "明年桐溪县固定资产投资力争增长8.6%\n2023年,全县固定资产投资增长8.6%。"))
                .contains("FIXED_ASSET_INVESTMENT TARGET 2024 - GROWTH 8.6 -",
                        "FIXED_ASSET_INVESTMENT ACTUAL 2023 - GROWTH 8.6 -");
    }

    @Test
    void readsAFigureWrittenAfterTheAbbreviationGdpWithASpace() {
        assertThat(read(RELEASE, "上半年,全县实现GDP 76.5亿元,同比增长5.8%。"))
                .contains("GDP ACTUAL 2023 H1 LEVEL 7.65E9 -", "GDP ACTUAL 2023 H1 GROWTH 5.8 -");
    }

    @Test
    void aFoundingYearDoesNotDateAnUndatedMeetingsFigures() {
        MetricContext unknown = new MetricContext(Optional.empty(), Optional.empty(), Optional.empty(), true, "",
                Set.of(), s -> false);
        assertThat(read(unknown, "会议指出,桐溪县建县于1953年。会议通报,全县地区生产总值增长5.7%。"))
                .containsExactly("GDP ACTUAL - - GROWTH 5.7 -");
    }

    @Test
    void aHistoricalYearDoesNotDateALaterParagraphOfARelease() {
        assertThat(read(RELEASE, "桐溪县始建于1958年,素有“江南水乡”之称。\n全县地区生产总值增长5.7%。"))
                .containsExactly("GDP ACTUAL 2023 - GROWTH 5.7 -");
    }

    @Test
    void aFoundingYearInTheFiguresSentenceDoesNotDateIt() {
        assertThat(read(RELEASE, "桐溪县设立于1962年,2023年全县地区生产总值增长5.7%。"))
                .containsExactly("GDP ACTUAL 2023 - GROWTH 5.7 -");
        assertThat(read(RELEASE, "桐溪县始建于1958年,全县地区生产总值增长5.7%。"))
                .containsExactly("GDP ACTUAL 2023 - GROWTH 5.7 -");
    }

    @Test
    void theRegionsClauseAfterTheCountrysFigureIsTheRegions() {
        assertThat(read(RELEASE, "上半年,全国GDP同比增长4.9%,全县同比增长6.3%。"))
                .containsExactly("GDP ACTUAL 2023 H1 GROWTH 6.3 -");
    }

    @Test
    void aHigherLevelsClauseAfterTheRegionsFigureIsNoFigureOfTheRegion() {
        MetricContext county = new MetricContext(Optional.of(2023), Optional.empty(), Optional.empty(), false, "",
                Set.of("桐溪县", "桐溪"), s -> false);
        assertThat(read(county, "上半年,全县GDP同比增长6.3%,全市同比增长5.4%。"))
                .containsExactly("GDP ACTUAL 2023 H1 GROWTH 6.3 -");
        assertThat(read(county, "上半年,全国GDP同比增长4.9%,全县同比增长6.3%。"))
                .containsExactly("GDP ACTUAL 2023 H1 GROWTH 6.3 -");
        assertThat(read(RELEASE, "上半年,全县GDP同比增长6.3%,全市同比增长5.4%。"))
                .containsExactly("GDP ACTUAL 2023 H1 GROWTH 6.3 -");
        assertThat(read(county, "上半年,全省GDP同比增长5.2%,全县GDP同比增长6.3%。"))
                .containsExactly("GDP ACTUAL 2023 H1 GROWTH 6.3 -");
        assertThat(read(county, "上半年,全市GDP同比增长5.4%,我县GDP同比增长6.3%,高于全市0.9个百分点。"))
                .containsExactly("GDP ACTUAL 2023 H1 GROWTH 6.3 -");
        MetricContext city = new MetricContext(Optional.of(2023), Optional.empty(), Optional.empty(), false, "",
                Set.of("梅岭市", "梅岭"), s -> false);
        assertThat(read(city, "上半年,全市GDP同比增长5.4%。")).containsExactly("GDP ACTUAL 2023 H1 GROWTH 5.4 -");
        // a region taken for the county in a city's article: the city's figures stay
        assertThat(read(county, "上半年,全市GDP同比增长5.4%。")).containsExactly("GDP ACTUAL 2023 H1 GROWTH 5.4 -");
    }

    @Test
    void exportTaxRebatesAndImportedEquipmentAreNoTrade() {
        assertThat(read(RELEASE, "2023年,全县为企业办理出口退税3.4亿元。")).isEmpty();
        assertThat(read(RELEASE, "2023年,桐溪机械公司进口设备2300万元。")).isEmpty();
        assertThat(read(RELEASE, "2023年,全县出口、进口分别增长4%和7%。"))
                .contains("EXPORT ACTUAL 2023 - GROWTH 4.0 -", "IMPORT ACTUAL 2023 - GROWTH 7.0 -");
        assertThat(read(RELEASE, "2023年,全县实现出口8.5亿元,增长6.6%。"))
                .contains("EXPORT ACTUAL 2023 - LEVEL 8.5E8 -", "EXPORT ACTUAL 2023 - GROWTH 6.6 -");
    }

    @Test
    void investmentProjectsUnderConstructionAreNoSignings() {
        assertThat(read(RELEASE, "2023年,全县在建招商引资项目27个,续建招商引资项目14个。"))
                .noneMatch(s -> s.startsWith("SIGNED_PROJECTS"));
        assertThat(read(RELEASE, "2023年,全县新签约招商引资项目23个。"))
                .containsExactly("SIGNED_PROJECTS ACTUAL 2023 - LEVEL 23.0 -");
    }

    @Test
    void theRegionsTownsTakenTogetherOrAFeaturedTownAreNoTownScope() {
        assertThat(read(RELEASE, "2023年,全县城镇固定资产投资增长7.7%。"))
                .containsExactly("FIXED_ASSET_INVESTMENT ACTUAL 2023 - GROWTH 7.7 -");
        assertThat(read(RELEASE, "2023年,全县特色小镇完成固定资产投资4.5亿元。"))
                .containsExactly("FIXED_ASSET_INVESTMENT ACTUAL 2023 - LEVEL 4.5E8 -");
        assertThat(read(RELEASE, "2023年,全县桂花镇完成固定资产投资4.5亿元。"))
                .containsExactly("FIXED_ASSET_INVESTMENT ACTUAL 2023 - LEVEL 4.5E8 桂花镇");
    }

    @Test
    void aMonthEndDeadlineIsNoPeriod() {
        assertThat(read(MEETING, "会议要求,确保9月底前完成固定资产投资6.5亿元。"))
                .containsExactly("FIXED_ASSET_INVESTMENT TARGET 2023 - LEVEL 6.5E8 -");
        assertThat(read(MEETING, "会议要求,6月末前新增规上工业企业4家。"))
                .noneMatch(s -> s.contains(" H1 "));
    }

    @Test
    void aLaterParagraphWithItsOwnTimeCueOrUnderANewsTitleKeepsNoLeadPeriod() {
        MetricContext visit = release("县委书记赴开发区调研项目建设");
        assertThat(read(visit, "一季度,全县地区生产总值完成41.3亿元。\n县委书记调研时指出,全县固定资产投资增长13.2%。"))
                .contains("FIXED_ASSET_INVESTMENT ACTUAL 2023 - GROWTH 13.2 -");
        MetricContext report = release("全县经济运行稳中有进");
        assertThat(read(report, "一季度,全县地区生产总值完成41.3亿元。\n2021年以来,全县城镇新增就业累计增长10.6%。"))
                .contains("NEW_URBAN_JOBS ACTUAL 2023 - GROWTH 10.6 -");
        assertThat(read(report, "一季度,全县地区生产总值完成41.3亿元。\n全县社会消费品零售总额完成13.6亿元。"))
                .contains("RETAIL_SALES ACTUAL 2023 Q1 LEVEL 1.36E9 -");
    }

    @Test
    void theYearSoFarInAMeetingThatPlansItIsAResult() {
        assertThat(read(MEETING, "会议通报,今年以来,全县完成固定资产投资23亿元。"))
                .containsExactly("FIXED_ASSET_INVESTMENT ACTUAL 2023 - LEVEL 2.3E9 -");
    }

    @Test
    void aMultiYearAverageIsNoYearsGrowth() {
        assertThat(read(MEETING, "过去五年,全县地区生产总值年均增长7.1%。")).isEmpty();
        assertThat(read(RELEASE, "一季度,全县规上工业增加值两年平均增长5.2%。")).isEmpty();
        assertThat(read(MEETING, "会议指出,过去五年全县生产总值年均增长6.4%,今年力争增长7%。"))
                .containsExactly("GDP TARGET 2023 - GROWTH 7.0 -");
        assertThat(read(MEETING, "五年来,全县社会消费品零售总额、固定资产投资分别年均增长9.1%,7.4%。")).isEmpty();
    }

    @Test
    void respectivelyPairsOnlyTheLevelsOfTheClausesJustBefore() {
        assertThat(read(RELEASE, "2023年,全县地区生产总值完成52.4亿元,其中第一产业增加值增长3.3%,"
                + "一般公共预算收入完成4.7亿元,分别增长6.2%和8.4%。"))
                .noneMatch(s -> s.startsWith("GDP") && s.contains(" 6.2 "));
    }
}
