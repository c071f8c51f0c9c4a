package yaowen.insight.metric;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import yaowen.insight.Metric;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Phrasings of real local-government articles (issue 9), each in sentences written for this test: one row per
 * recurring pattern.
 */
class ReportPhrasingTest {
    private static final MetricGrammar GRAMMAR = new MetricGrammar(IndicatorTaxonomy.bundled());
    /** A meeting held early 2023 that reviews 2022 and plans 2023. */
    private static final MetricContext MEETING = new MetricContext(Optional.of(2023), Optional.of(2022), Optional.of(2023),
            true, "", Set.of(), s -> false);
    /** A meeting of 2023 whose years are not known. */
    private static final MetricContext BARE_MEETING = new MetricContext(Optional.of(2023), Optional.empty(), Optional.empty(),
            true, "", Set.of(), s -> false);
    /** A release published in 2023 without a telling title. */
    private static final MetricContext RELEASE = new MetricContext(Optional.of(2023), Optional.empty(), Optional.empty(),
            false, "", Set.of(), s -> false);

    /** A statistics release of 2023 whose title names no period. */
    private static final MetricContext REPORT = new MetricContext(Optional.of(2023), Optional.empty(), Optional.empty(),
            false, "全县经济运行稳中有进", Set.of(), s -> false);

    private static MetricContext context(String name) {
        return switch (name) {
            case "MEETING" -> MEETING;
            case "BARE_MEETING" -> BARE_MEETING;
            case "REPORT" -> REPORT;
            default -> RELEASE;
        };
    }

    private static String describe(Metric m) {
        return m.indicator() + " " + m.kind() + " " + m.year().map(String::valueOf).orElse("-") + " "
                + m.period().orElse("-") + " " + m.measure() + " " + m.value() + " " + m.scope().orElse("-");
    }

    private static List<String> read(String context, String text) {
        return GRAMMAR.extract(text, context(context)).stream().map(ReportPhrasingTest::describe).toList();
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            // context | text | one expected metric: indicator kind year period measure value scope
            // years: "YYYY年以来" is a baseline; a from-year belongs to its own figure only; early years count
            "RELEASE|上半年全县生产总值同比增长4.1%,该增速为2016年以来同期最好。|GDP ACTUAL 2023 H1 GROWTH 4.1 -",
            "RELEASE|2019年,全县生产总值从1978年的3150万元,增长到2019年的98.6亿元。|GDP ACTUAL 1978 - LEVEL 3.15E7 -",
            "RELEASE|2019年,全县生产总值从1978年的3150万元,增长到2019年的98.6亿元。|GDP ACTUAL 2019 - LEVEL 9.86E9 -",
            "RELEASE|2019年,全县财政收入由1962年35.1万元增长到8.5亿元。|FISCAL_REVENUE ACTUAL 2019 - LEVEL 8.5E8 -",
            "RELEASE|2019年,人均生产总值由88元增长到41260元。|GDP_PER_CAPITA ACTUAL 2019 - LEVEL 41260.0 -",
            "MEETING|五年来,全县地区生产总值从95.2亿元预计增至142亿元。|GDP ACTUAL 2022 - LEVEL 1.42E10 -",
            "MEETING|2022年1-6月,全县GDP增长5.8%。|GDP ACTUAL 2022 H1 GROWTH 5.8 -",
            "RELEASE|2022年1月至8月,全县GDP增长5.2%。|GDP ACTUAL 2022 M1-M8 GROWTH 5.2 -",
            // periods: a month's end, a meeting's review paragraph, a release's lead
            "RELEASE|截至6月末,全县金融机构各项贷款余额120.5亿元,增长4.2%。|LOAN_BALANCE ACTUAL 2023 H1 LEVEL 1.205E10 -",
            "RELEASE|截至3月末,全县生产总值实现21.5亿元。|GDP ACTUAL 2023 Q1 LEVEL 2.15E9 -",
            "MEETING|前三季度,全县实现生产总值52.3亿元,同比增长6.1%。规模以上工业增加值12.4亿元,同比增长7.5%。|INDUSTRIAL_VALUE_ADDED ACTUAL 2022 Q1-Q3 LEVEL 1.24E9 -",
            "REPORT|一季度,全县实现地区生产总值38.5亿元,增长5.1%。\\n二、消费市场稳步恢复\\n全县实现社会消费品零售总额12.3亿元,增长3.2%。|RETAIL_SALES ACTUAL 2023 Q1 LEVEL 1.23E9 -",
            "RELEASE|前5个月,全县固定资产投资同比增长9.3%。|FIXED_ASSET_INVESTMENT ACTUAL 2023 M1-M5 GROWTH 9.3 -",
            "RELEASE|前两个月,全县规上工业增加值同比增长4.4%。|INDUSTRIAL_VALUE_ADDED ACTUAL 2023 M1-M2 GROWTH 4.4 -",
            "RELEASE|三季度末,全县金融机构各项存款余额265.3亿元。|DEPOSIT_BALANCE ACTUAL 2023 Q1-Q3 LEVEL 2.653E10 -",
            "RELEASE|上半年,全县社会消费品零售额32.5亿元。|RETAIL_SALES ACTUAL 2023 H1 LEVEL 3.25E9 -",
            "RELEASE|2010年,全县农民人均纯收入5120元。|RURAL_DISPOSABLE_INCOME_PER_CAPITA ACTUAL 2010 - LEVEL 5120.0 -",
            "RELEASE|上半年,全县38个重点项目累计完成投资46.5亿元。|KEY_PROJECT_INVESTMENT ACTUAL 2023 H1 LEVEL 4.65E9 -",
            "MEETING|会议指出,今年以来,1-10月,全县地区生产总值完成156.5亿元,增长6.2%。|GDP ACTUAL 2023 M1-M10 GROWTH 6.2 -",
            // 分别 over enumerated periods, and carried to the next clause
            "RELEASE|2022年,一季度、上半年、全年全县GDP分别增长5.3%、5.9%、6.4%。|GDP ACTUAL 2022 Q1 GROWTH 5.3 -",
            "RELEASE|2022年,一季度、上半年、全年全县GDP分别增长5.3%、5.9%、6.4%。|GDP ACTUAL 2022 H1 GROWTH 5.9 -",
            "RELEASE|2022年,一季度、上半年、全年全县GDP分别增长5.3%、5.9%、6.4%。|GDP ACTUAL 2022 - GROWTH 6.4 -",
            "MEETING|会议提出,城镇、农村居民人均可支配收入分别完成41250元、18760元,增长6%、7.5%。|RURAL_DISPOSABLE_INCOME_PER_CAPITA TARGET 2023 - GROWTH 7.5 -",
            "MEETING|会议提出,城镇、农村居民人均可支配收入分别完成41250元、18760元,增长6%、7.5%。|URBAN_DISPOSABLE_INCOME_PER_CAPITA TARGET 2023 - GROWTH 6.0 -",
            "RELEASE|2022年,全县接待游客612.4万人次,实现旅游综合收入55.6亿元,分别增长18.5%和21.3%。|TOURIST_VISITS ACTUAL 2022 - GROWTH 18.5 -",
            "RELEASE|2022年,全县接待游客612.4万人次,实现旅游综合收入55.6亿元,分别增长18.5%和21.3%。|TOURISM_REVENUE ACTUAL 2022 - GROWTH 21.3 -",
            // exports inside a trade sentence; an abbreviation in brackets after the label
            "RELEASE|2022年,全县外贸进出口总额9.5亿美元,其中出口6.5亿美元,增长14.2%。|EXPORT ACTUAL 2022 - LEVEL 6.5E8 -",
            "RELEASE|1-5月,全县居民消费价格指数(CPI)同比上涨1.8%。|CPI ACTUAL 2023 M1-M5 GROWTH 1.8 -",
            // a clause naming another period or two verbs continues the label
            "RELEASE|一季度全县GDP增长5.1%,上半年增长5.6%。|GDP ACTUAL 2023 H1 GROWTH 5.6 -",
            "RELEASE|2022年,全县一般公共预算收入完成18.5亿元,实现增长6.5%。|PUBLIC_BUDGET_REVENUE ACTUAL 2022 - GROWTH 6.5 -",
            // like-for-like growth continues the label
            "RELEASE|2022年,一般公共预算收入完成18.3亿元,扣除组合式税费支持政策因素后增长9.2%。|PUBLIC_BUDGET_REVENUE ACTUAL 2022 - GROWTH 9.2 -",
            "RELEASE|2022年,一般公共预算收入完成18.3亿元,同口径增长6.5%。|PUBLIC_BUDGET_REVENUE ACTUAL 2022 - GROWTH 6.5 -",
            // vocabulary of real texts
            "MEETING|会议部署全年工作任务:生产总值增长8%;规模工业增加值增长11%,三产增加值增长9%;单位生产总值能源消耗下降3.2%。|INDUSTRIAL_VALUE_ADDED TARGET 2023 - GROWTH 11.0 -",
            "MEETING|会议部署全年工作任务:生产总值增长8%;规模工业增加值增长11%,三产增加值增长9%;单位生产总值能源消耗下降3.2%。|TERTIARY_INDUSTRY_VALUE_ADDED TARGET 2023 - GROWTH 9.0 -",
            "MEETING|会议部署全年工作任务:生产总值增长8%;规模工业增加值增长11%,三产增加值增长9%;单位生产总值能源消耗下降3.2%。|ENERGY_INTENSITY TARGET 2023 - GROWTH -3.2 -",
            "MEETING|2022年,全县地方公共财政预算收入12.6亿元,增长8%。|PUBLIC_BUDGET_REVENUE ACTUAL 2022 - LEVEL 1.26E9 -",
            "MEETING|2022年,全口径财政收入完成8260万元,同比增长11.2%。|FISCAL_REVENUE ACTUAL 2022 - LEVEL 8.26E7 -",
            "RELEASE|上半年,全市实际利用省外资金86.4亿元。|OUT_OF_PROVINCE_FUNDS_USED ACTUAL 2023 H1 LEVEL 8.64E9 -",
            "RELEASE|一季度,全市房地产开发投资同比增长12.5%。|REAL_ESTATE_INVESTMENT ACTUAL 2023 Q1 GROWTH 12.5 -",
            "RELEASE|上半年,全市招商引资项目42个,合同投资总额96.3亿元。|SIGNED_PROJECTS ACTUAL 2023 H1 LEVEL 42.0 -",
            "RELEASE|上半年,全市招商引资项目42个,合同投资总额96.3亿元。|CONTRACTED_INVESTMENT ACTUAL 2023 H1 LEVEL 9.63E9 -",
            "RELEASE|上半年,农村人均可支配收入4120元,同比增长9.1%。|RURAL_DISPOSABLE_INCOME_PER_CAPITA ACTUAL 2023 H1 GROWTH 9.1 -",
            "RELEASE|一季度,第二产业实现增加值310.2亿元,同比增长6.3%。|SECONDARY_INDUSTRY_VALUE_ADDED ACTUAL 2023 Q1 LEVEL 3.102E10 -",
            "RELEASE|上半年,全县规模以上工业企业实现营业收入86.5亿元,同比增长9.3%。|INDUSTRIAL_REVENUE ACTUAL 2023 H1 LEVEL 8.65E9 -",
            "RELEASE|上半年,全县规上工业完成增加值25.5亿元。|INDUSTRIAL_VALUE_ADDED ACTUAL 2023 H1 LEVEL 2.55E9 -",
            "RELEASE|今年1-10月,全市新签约亿元以上项目41个,实际到位内资126.4亿元。|FUNDS_IN_PLACE ACTUAL 2023 M1-M10 LEVEL 1.264E10 -",
            "RELEASE|2022年,全县税收收入占一般公共预算收入的比重为72.5%。|TAX_SHARE ACTUAL 2022 - LEVEL 72.5 -",
            // projects: verbs after 项目, and the investment of the key projects
            "MEETING|力争全年工业项目签约12个、开工20个、投产9个。|SIGNED_PROJECTS TARGET 2023 - LEVEL 12.0 -",
            "MEETING|力争全年工业项目签约12个、开工20个、投产9个。|NEW_PROJECTS_STARTED TARGET 2023 - LEVEL 20.0 -",
            "RELEASE|上半年全市150个重点项目中已竣工6个,累计完成投资320亿元。|KEY_PROJECT_INVESTMENT ACTUAL 2023 H1 LEVEL 3.2E10 -",
            "RELEASE|前三季度,全县GDP增长6.1%。2022年全县GDP增长5.2%。|GDP ACTUAL 2022 - GROWTH 5.2 -",
            "RELEASE|前三季度,全县GDP增长6.1%。与2019年同期相比,全县固定资产投资增长8.3%。|FIXED_ASSET_INVESTMENT ACTUAL 2023 Q1-Q3 GROWTH 8.3 -",
            // results measured against a plan are results
            "MEETING|三、上年度全县经济社会发展计划的执行情况\\n2022年,全县地区生产总值完成187.3亿元,增长5.6%。|GDP ACTUAL 2022 - GROWTH 5.6 -",
            "MEETING|2022年主要预期目标完成情况:地区生产总值增长4.5%。|GDP ACTUAL 2022 - GROWTH 4.5 -",
            // sub-area scope: a town of the county
            "RELEASE|上半年,城关镇完成固定资产投资5.5亿元,同比增长12%。|FIXED_ASSET_INVESTMENT ACTUAL 2023 H1 LEVEL 5.5E8 城关镇",
            "RELEASE|2022年,全县各乡镇完成固定资产投资25亿元。|FIXED_ASSET_INVESTMENT ACTUAL 2022 - LEVEL 2.5E9 -",
            // sub-area scope: the counties taken together, a zone as the subject
            "RELEASE|前三季度,全市县域GDP实现312.5亿元、同比增长3.1%。|GDP ACTUAL 2023 Q1-Q3 LEVEL 3.125E10 县域",
            "RELEASE|前三季度,县域地区实际利用省外资金45.6亿元。|OUT_OF_PROVINCE_FUNDS_USED ACTUAL 2023 Q1-Q3 LEVEL 4.56E9 县域",
            "RELEASE|前三季度,各产业园区累计入驻企业达到210家,实现工业增加值9.1亿元。|INDUSTRIAL_VALUE_ADDED ACTUAL 2023 Q1-Q3 LEVEL 9.1E8 产业园区",
            // the specific label is the indicator when a loose one states another value
            "RELEASE|一季度,全县工业增加值增长5.0%,其中规模以上工业增加值增长6.8%。|INDUSTRIAL_VALUE_ADDED ACTUAL 2023 Q1 GROWTH 6.8 -",
            // ℅ for % and full-width punctuation
            "RELEASE|一季度，全县固定资产投资增长7.4℅。|FIXED_ASSET_INVESTMENT ACTUAL 2023 Q1 GROWTH 7.4 -",
            "RELEASE|一季度,全县固定资产投资增长6.2c/o。|FIXED_ASSET_INVESTMENT ACTUAL 2023 Q1 GROWTH 6.2 -",
            // a multi-year average does not displace the year's own growth
            "RELEASE|2022年,全县地区生产总值两年平均增长5.1%。全县地区生产总值增长6.3%。|GDP ACTUAL 2022 - GROWTH 6.3 -"
    })
    void readsThePhrasing(String context, String text, String expected) {
        assertThat(read(context, text.replace("\\n", "\n"))).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "全县粮食总产量保持在12.6万吨以上。",
            "上半年全市150个重点项目中已竣工6个。",
            "五年来,全县生产总值增速连续五年超过7%。",
            "上半年,全国国内生产总值同比增长5.5%。",
            "上半年,全县规上工业增加值对经济增长的贡献率达到45.2%。"
    })
    void leavesOutWhatIsNoIndicator(String text) {
        assertThat(read("RELEASE", text)).isEmpty();
    }

    @Test
    void readsTheExportDeliveryValueOfIndustryAsNoExports() {
        assertThat(read("RELEASE", "上半年,全县规上工业出口交货值增长6.5%。")).noneMatch(s -> s.startsWith("EXPORT "));
    }

    @Test
    void readsATableRenderedWithBars() {
        String table = "2022年前三季度主要指标\n指标 | 绝对值 | 增速(%)\n地区生产总值(亿元) | 96.5 | 4.2\n";
        assertThat(read("RELEASE", table)).containsExactlyInAnyOrder(
                "GDP ACTUAL 2022 Q1-Q3 LEVEL 9.65E9 -",
                "GDP ACTUAL 2022 Q1-Q3 GROWTH 4.2 -");
    }

    @Test
    void readsTheCumulativeColumnOfAMonthlyTable() {
        String table = "2023年1-8月主要指标\n指标\t本月\t1-本月累计\t累计增长(%)\n固定资产投资(亿元)\t6.2\t48.5\t7.7\n";
        assertThat(read("RELEASE", table)).containsExactlyInAnyOrder(
                "FIXED_ASSET_INVESTMENT ACTUAL 2023 M1-M8 LEVEL 4.85E9 -",
                "FIXED_ASSET_INVESTMENT ACTUAL 2023 M1-M8 GROWTH 7.7 -");
    }

    @Test
    void aLaterSectionAboutLastYearDoesNotInheritTheLeadPeriod() {
        assertThat(read("RELEASE", "一季度,全县实现地区生产总值38.5亿元。\n去年,全县固定资产投资增长8.1%。"))
                .contains("FIXED_ASSET_INVESTMENT ACTUAL 2022 - GROWTH 8.1 -");
    }

    @Test
    void aZoneArticleGivesItsOwnFiguresNoScope() {
        MetricContext zone = new MetricContext(Optional.of(2023), Optional.empty(), Optional.empty(), false, "",
                Set.of("清河经济开发区"), s -> false);
        assertThat(GRAMMAR.extract("2022年,开发区地区生产总值完成52.5亿元。", zone))
                .extracting(ReportPhrasingTest::describe).containsExactly("GDP ACTUAL 2022 - LEVEL 5.25E9 -");
    }

    @Test
    void readsRanksWithinAPeerGroupAndAfterAComparison() {
        Metric first = GRAMMAR.extract("一季度,全市地区生产总值同比增长7.2%,位居全国省会城市第三。", RELEASE).get(0);
        assertThat(first.rank()).contains(new Metric.Rank("全国", 3));
        Metric second = GRAMMAR.extract("上半年,全县GDP同比增长5.5%,快于全省0.9个百分点,居全省第4位。", RELEASE).get(0);
        assertThat(second.versus()).contains(new Metric.Versus("全省", 0.9));
        assertThat(second.rank()).contains(new Metric.Rank("全省", 4));
    }

    @Test
    void sharesATrailingQualifierAcrossARespectiveList() {
        List<Metric> metrics = GRAMMAR.extract("会议提出,城乡居民人均可支配收入分别增长6%和7.5%以上。", MEETING);
        assertThat(metrics).hasSize(2).allSatisfy(m -> assertThat(m.qualifier()).contains(Metric.Qualifier.AT_LEAST));
    }

    @Test
    void readsTheCountAfter签约AsExact() {
        assertThat(GRAMMAR.extract("力争全年工业项目签约12个。", MEETING).get(0).qualifier()).isEmpty();
    }

    @Test
    void keepsTheRegionsFigureBesideTheCountrys() {
        assertThat(read("RELEASE", "上半年,全国GDP同比增长5.5%,全县GDP同比增长6.1%。"))
                .containsExactly("GDP ACTUAL 2023 H1 GROWTH 6.1 -");
    }

    @Test
    void keepsAFromFigureWithoutItsOwnYearOut() {
        assertThat(read("RELEASE", "2019年,人均生产总值由88元增长到41260元。")).noneMatch(s -> s.contains(" 88.0 "));
    }

    @Test
    void aTargetStaysWithoutTheMeetingsReviewPeriod() {
        assertThat(read("MEETING", "前三季度,全县实现生产总值52.3亿元。全年生产总值力争增长7%。"))
                .contains("GDP TARGET 2023 - GROWTH 7.0 -");
    }

    @Test
    void aLaterSectionWithItsOwnYearDoesNotInheritTheLeadPeriod() {
        assertThat(read("RELEASE", "一季度,全县实现地区生产总值38.5亿元。\n2022年,全县固定资产投资增长8.1%。"))
                .contains("FIXED_ASSET_INVESTMENT ACTUAL 2022 - GROWTH 8.1 -");
    }

    @Test
    void datesAMeetingsResultByTheYearLastWrittenWhenTheMeetingsYearsAreUnknown() {
        MetricContext unknown = new MetricContext(Optional.empty(), Optional.empty(), Optional.empty(), true, "",
                Set.of(), s -> false);
        assertThat(GRAMMAR.extract("会议指出,2024年,全县经济稳中有进。这五年,地区生产总值从60.2亿元预计增至96亿元。",
                unknown)).extracting(ReportPhrasingTest::describe).contains("GDP ACTUAL 2024 - LEVEL 9.6E9 -");
    }

    @Test
    void takesTheResultsPeriodOfAMeetingFromAReportLikeTitle() {
        MetricContext analysis = new MetricContext(Optional.of(2023), Optional.empty(), Optional.empty(), true,
                "县召开一季度经济运行分析会", Set.of(), s -> false);
        assertThat(GRAMMAR.extract("会上通报,全县地区生产总值同比增长5.5%。", analysis))
                .extracting(ReportPhrasingTest::describe).contains("GDP ACTUAL 2023 Q1 GROWTH 5.5 -");
    }

    @Test
    void countsADeckThatRepeatsABodyFigureOnce() {
        List<String> found = read("MEETING", "18个重点项目完成投资42.5亿元以上\n今年全区将力争18个重点项目完成投资42.5亿元以上。");
        assertThat(found).containsExactly("KEY_PROJECT_INVESTMENT TARGET 2023 - LEVEL 4.25E9 -");
    }

    @Test
    void readsATableGivenOneCellPerLineAsHtmlTablesArrive() {
        String table = String.join("\n", "2023年1-6月全县主要经济指标", "指标", "单位", "绝对值", "比上年同期增长(%)",
                "地区生产总值", "亿元", "86.42", "5.3", "规模以上工业增加值", "亿元", "—", "7.9%",
                "农林牧渔业总产值", "亿元", "12.5", "3.1", "城镇居民人均可支配收入", "元", "21,508", "+4.6",
                "全县经济运行总体平稳。");
        assertThat(read("RELEASE", table)).containsExactlyInAnyOrder(
                "GDP ACTUAL 2023 H1 LEVEL 8.642E9 -",
                "GDP ACTUAL 2023 H1 GROWTH 5.3 -",
                "INDUSTRIAL_VALUE_ADDED ACTUAL 2023 H1 GROWTH 7.9 -",
                "URBAN_DISPOSABLE_INCOME_PER_CAPITA ACTUAL 2023 H1 LEVEL 21508.0 -",
                "URBAN_DISPOSABLE_INCOME_PER_CAPITA ACTUAL 2023 H1 GROWTH 4.6 -");
    }

    @Test
    void readsARowWhoseEmptyCellWasDroppedOnTheWay() {
        String table = String.join("\n", "指标", "单位", "绝对值", "比上年同期增长(%)",
                "规模以上工业增加值", "亿元", "7.9", "社会消费品零售总额", "亿元", "31.5", "6.2",
                "城镇调查失业率", "%", "5.5", "全县经济运行平稳。");
        assertThat(read("RELEASE", table)).containsExactlyInAnyOrder(
                "INDUSTRIAL_VALUE_ADDED ACTUAL 2023 - GROWTH 7.9 -",
                "RETAIL_SALES ACTUAL 2023 - LEVEL 3.15E9 -",
                "RETAIL_SALES ACTUAL 2023 - GROWTH 6.2 -",
                "UNEMPLOYMENT_RATE ACTUAL 2023 - LEVEL 5.5 -");
    }

    @Test
    void takesATextTablesPeriodFromItsCaption() {
        String table = "2022年前三季度主要指标\n指标\t总量\t增速\n固定资产投资(亿元)\t45.2\t8.8\n";
        assertThat(read("RELEASE", table)).containsExactlyInAnyOrder(
                "FIXED_ASSET_INVESTMENT ACTUAL 2022 Q1-Q3 LEVEL 4.52E9 -",
                "FIXED_ASSET_INVESTMENT ACTUAL 2022 Q1-Q3 GROWTH 8.8 -");
    }
}
