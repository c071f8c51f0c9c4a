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
import static org.assertj.core.api.Assertions.within;

class MetricGrammarTest {
    private static final MetricGrammar GRAMMAR = new MetricGrammar(IndicatorTaxonomy.bundled());
    /** A meeting held early 2023 that reviews 2022 and plans 2023. */
    private static final MetricContext MEETING = new MetricContext(Optional.of(2023), Optional.of(2022), Optional.of(2023),
            true, "", Set.of("祥符区", "祥符"), Set.of("高新区", "开封市")::contains);
    private static final MetricContext RELEASE = new MetricContext(Optional.of(2023), Optional.empty(), Optional.empty(),
            false, "2023年一季度全市经济运行情况", Set.of(), s -> false);

    private static List<Metric> read(String text) {
        return GRAMMAR.extract(text, MEETING);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // text | indicator | kind | year | measure | value | unit | qualifier
            "2022年,全年GDP实现89.4亿元。|GDP|ACTUAL|2022|LEVEL|8.94e9|CNY|-",
            "2022年,规上工业增加值完成30亿元。|INDUSTRIAL_VALUE_ADDED|ACTUAL|2022|LEVEL|3e9|CNY|-",
            "2022年固定资产投资增速10.3%。|FIXED_ASSET_INVESTMENT|ACTUAL|2022|GROWTH|10.3|PERCENT|-",
            "2022年税收收入完成4565万元。|TAX_REVENUE|ACTUAL|2022|LEVEL|45650000|CNY|-",
            "2022年,全区生产总值首次突破400亿元大关,实现414.9亿元。|GDP|ACTUAL|2022|LEVEL|41490000000|CNY|-",
            "2023年主要预期目标是:生产总值增长8%左右。|GDP|TARGET|2023|GROWTH|8|PERCENT|APPROX",
            "区委研究确定了今年的主要经济指标,其中生产总值增长目标为8%左右。|GDP|TARGET|2023|GROWTH|8|PERCENT|APPROX",
            "2023年祥符区主要经济指标增速要高于全市平均水平,生产总值增长7.5%。|GDP|TARGET|2023|GROWTH|7.5|PERCENT|-",
            "今年主要预期目标是:登记失业率控制在4.5%以下。|UNEMPLOYMENT_RATE|TARGET|2023|LEVEL|4.5|PERCENT|AT_MOST",
            "今年主要预期目标是:城镇调查失业率控制在5.5%以内。|UNEMPLOYMENT_RATE|TARGET|2023|LEVEL|5.5|PERCENT|AT_MOST",
            "今年主要预期目标是:城镇新增就业1.4万人。|NEW_URBAN_JOBS|TARGET|2023|LEVEL|14000|COUNT|-",
            "今年主要预期目标是:研发经费投入强度达到5%。|RD_INTENSITY|TARGET|2023|LEVEL|5|PERCENT|-",
            "今年主要预期目标是:社会消费品零售总额增长9 %以上。|RETAIL_SALES|TARGET|2023|GROWTH|9|PERCENT|AT_LEAST",
            "2021年税占比54.3%,比去年提高6.4个百分点。|TAX_SHARE|ACTUAL|2021|LEVEL|54.3|PERCENT|-",
            "2022年常住人口城镇化率达到58.2%。|URBANIZATION_RATE|ACTUAL|2022|LEVEL|58.2|PERCENT|-",
            "2022年固定资产投资下降3.6%。|FIXED_ASSET_INVESTMENT|ACTUAL|2022|GROWTH|-3.6|PERCENT|-",
            "2022年进出口总额同比下降12.5%。|IMPORT_EXPORT|ACTUAL|2022|GROWTH|-12.5|PERCENT|-",
            "2022年新增“四上”企业75家,全市第一。|NEW_ABOVE_SCALE_ENTERPRISES|ACTUAL|2022|LEVEL|75|COUNT|-",
            "2022年全年签约落地项目37个。|SIGNED_PROJECTS|ACTUAL|2022|LEVEL|37|COUNT|-",
            "2022年合同引资额769.03亿元。|CONTRACTED_INVESTMENT|ACTUAL|2022|LEVEL|76903000000|CNY|-",
            "初步预计,全区生产总值达到66.59亿元,增速约1.3%。|GDP|ACTUAL|2022|LEVEL|6659000000|CNY|-",
            "2022年农村居民人均可支配收入达到23860元。|RURAL_DISPOSABLE_INCOME_PER_CAPITA|ACTUAL|2022|LEVEL|23860|CNY|-",
            "今年全县生产总值增长百分之六点五。|GDP|TARGET|2023|GROWTH|6.5|PERCENT|-",
            "会议提出,今年城镇新增就业三千二百人。|NEW_URBAN_JOBS|TARGET|2023|LEVEL|3200|COUNT|-",
            "2023年全县地区生产总值增长7%—8%。|GDP|TARGET|2023|GROWTH|7|PERCENT|AT_LEAST",
            "力争“十四五”末地区生产总值达到1500亿元。|GDP|TARGET|2025|LEVEL|150000000000|CNY|-",
            "去年全市技术合同成交额56亿元。|TECH_CONTRACT_VALUE|ACTUAL|2022|LEVEL|5600000000|CNY|-",
            "2022年新增就业近3万人。|NEW_URBAN_JOBS|ACTUAL|2022|LEVEL|30000|COUNT|APPROX",
            "2022年接待游客1260万人次,旅游综合收入达到98.6亿元。|TOURIST_VISITS|ACTUAL|2022|LEVEL|12600000|COUNT|-"
    })
    void readsOneFigurePerPhrasing(String text, String indicator, Metric.Kind kind, int year, Metric.Measure measure,
                                   double value, String unit, Metric.Qualifier qualifier) {
        List<Metric> metrics = read(text);
        assertThat(metrics).as("metrics of %s", text).isNotEmpty();
        Metric m = metrics.get(0);
        assertThat(m.indicator()).isEqualTo(indicator);
        assertThat(m.kind()).isEqualTo(kind);
        assertThat(m.year()).contains(year);
        assertThat(m.measure()).isEqualTo(measure);
        assertThat(m.value()).isCloseTo(value, within(Math.abs(value) * 1e-6 + 1e-9));
        assertThat(m.unit()).isEqualTo(unit);
        assertThat(m.qualifier()).isEqualTo(Optional.ofNullable(qualifier));
    }

    @Test
    void extractsPlanTargetWithPercentUnit() {
        List<Metric> metrics = read("李涛指出,2021年龙亭区经济社会发展的主要预期目标是:生产总值增长8%左右,一般公共预算收入增长7%左右,"
                + "固定资产投资增长8%左右,城镇新增就业5800人,登记失业率控制在4.5%以下。");
        assertThat(metrics).extracting(Metric::indicator).containsExactly(
                "GDP", "PUBLIC_BUDGET_REVENUE", "FIXED_ASSET_INVESTMENT", "NEW_URBAN_JOBS", "UNEMPLOYMENT_RATE");
        assertThat(metrics).allSatisfy(m -> {
            assertThat(m.kind()).isEqualTo(Metric.Kind.TARGET);
            assertThat(m.year()).contains(2021);
        });
    }

    @Test
    void continuesTheIndicatorAcrossClausesThatOnlyAddAMeasure() {
        List<Metric> metrics = read("2022年,全区生产总值首次突破400亿元大关,实现414.9亿元,增长5.7%;社会消费品零售总额增速7.3%,全市第一。");
        assertThat(metrics).extracting(Metric::indicator, Metric::measure, Metric::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple("GDP", Metric.Measure.LEVEL, 41490000000.0),
                org.assertj.core.groups.Tuple.tuple("GDP", Metric.Measure.GROWTH, 5.7),
                org.assertj.core.groups.Tuple.tuple("RETAIL_SALES", Metric.Measure.GROWTH, 7.3));
        assertThat(metrics.get(2).rank()).contains(new Metric.Rank("全市", 1));
    }

    @Test
    void splitsAnEnumerationIntoOneMetricPerIndicator() {
        List<Metric> metrics = read("今年主要预期目标是:人均GDP、全员劳动生产率增速10%以上。");
        assertThat(metrics).extracting(Metric::indicator).containsExactly("GDP_PER_CAPITA", "LABOR_PRODUCTIVITY");
        assertThat(metrics).allSatisfy(m -> {
            assertThat(m.value()).isEqualTo(10);
            assertThat(m.qualifier()).contains(Metric.Qualifier.AT_LEAST);
            assertThat(m.measure()).isEqualTo(Metric.Measure.GROWTH);
        });
    }

    @Test
    void pairsRespectivelyListedIndicatorsWithTheirFigures() {
        List<Metric> metrics = read("2022年,城镇和农村居民人均可支配收入分别增长5.1%、7.2%。"
                + "2022年,一般公共预算收入、税收收入分别增长6%、8%。");
        assertThat(metrics).extracting(Metric::indicator, Metric::value).contains(
                org.assertj.core.groups.Tuple.tuple("PUBLIC_BUDGET_REVENUE", 6.0),
                org.assertj.core.groups.Tuple.tuple("TAX_REVENUE", 8.0));
    }

    @Test
    void readsASubItemAfterQiZhongWithTheParentsMeasure() {
        List<Metric> metrics = read("今年主要预期目标是:固定资产投资增长11%,其中工业投资15%。");
        assertThat(metrics).extracting(Metric::indicator, Metric::measure, Metric::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple("FIXED_ASSET_INVESTMENT", Metric.Measure.GROWTH, 11.0),
                org.assertj.core.groups.Tuple.tuple("INDUSTRIAL_INVESTMENT", Metric.Measure.GROWTH, 15.0));
    }

    @Test
    void givesAFigureOfASubAreaItsScopeForTheRestOfTheSentence() {
        List<Metric> metrics = read("2021年高新区GDP完成284亿元,增速4.9%;\n规上工业增加值增速10.1%。全区GDP完成414亿元。");
        assertThat(metrics).extracting(Metric::indicator, Metric::scope).containsExactly(
                org.assertj.core.groups.Tuple.tuple("GDP", Optional.of("高新区")),
                org.assertj.core.groups.Tuple.tuple("GDP", Optional.of("高新区")),
                org.assertj.core.groups.Tuple.tuple("INDUSTRIAL_VALUE_ADDED", Optional.of("高新区")),
                org.assertj.core.groups.Tuple.tuple("GDP", Optional.empty()));
    }

    @Test
    void recordsComparisonWithTheCityAndEstimates() {
        List<Metric> metrics = read("初步预计,2020年规上工业增加值增速约4.2%,高于全市1.4个百分点。");
        assertThat(metrics).hasSize(1);
        Metric m = metrics.get(0);
        assertThat(m.versus()).contains(new Metric.Versus("全市", 1.4));
        assertThat(m.preliminary()).isTrue();
        assertThat(m.qualifier()).contains(Metric.Qualifier.APPROX);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2021年GDP增速6.3%,排名全市第2。|全市|2",
            "2022年工业投资增速45.9%,居全市第3位。|全市|3",
            "2022年社会消费品零售总额增速9.6%,全省第一。|全省|1"
    })
    void attachesAStatedRankToTheFigureBeforeIt(String text, String scope, int rank) {
        assertThat(read(text).get(0).rank()).contains(new Metric.Rank(scope, rank));
    }

    @Test
    void keepsARangeWithItsLowerEndAsValue() {
        Metric m = read("2023年全县地区生产总值增长7%—8%。").get(0);
        assertThat(m.range()).contains(new Metric.Range(7, 8));
    }

    @Test
    void countsOneFactStatedTwiceOnce() {
        List<Metric> metrics = read("区委确定今年生产总值增长目标为8%左右。今年主要预期目标是:生产总值增长8%左右。");
        assertThat(metrics).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "2022年人均可支配收入同比增长1877元。",
            "在全市经济总量占比从2021年末的12.8%增加到15%。",
            "全年GDP完成年度目标的105%。",
            "年度实施省市重点项目51个,完成投资229亿元。",
            "累计签约亿元以上项目20个,投资20亿元的信息技术产业园落地。",
            "中央将推动金融系统向实体经济让利1万亿元。",
            "力争“十四五”末完成1500亿元经济总量。",
            "数字化城市管理工作连续12个月位居中心城区第一。",
            "主要经济指标重回全市第一方阵。",
            "会议颁发奖金共计500万元。",
            "2005年进出口货物贸易顺差达到168.3亿美元。",
            "The GDP grew 5.2% last year."
    })
    void ignoresFiguresThatAreNotIndicators(String text) {
        assertThat(read(text)).isEmpty();
    }

    @Test
    void takesThePeriodOfAStatisticsReleaseFromItsTitle() {
        List<Metric> metrics = GRAMMAR.extract("全市规模以上工业增加值同比增长5.1%。", RELEASE);
        assertThat(metrics.get(0).period()).contains("Q1");
        assertThat(metrics.get(0).year()).contains(2023);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "前三季度,全市GDP同比增长6.1%。|Q1-Q3",
            "上半年,全市GDP同比增长6.1%。|H1",
            "1-2月,全市规上工业增加值同比增长5%。|M1-M2",
            "1—5月,全市固定资产投资增长12.4%。|M1-M5"
    })
    void readsThePeriodOfAFigure(String text, String period) {
        assertThat(GRAMMAR.extract(text, RELEASE).get(0).period()).contains(period);
    }

    @Test
    void keepsTheStatedPhraseAndSentenceAsEvidence() {
        Metric m = read("2022年,全年GDP实现89.4亿元,社会大局和谐稳定。").get(0);
        assertThat(m.raw()).isEqualTo("GDP实现89.4亿元");
        assertThat(m.evidence()).contains("社会大局和谐稳定");
    }
}
