package yaowen.insight.metric;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import yaowen.insight.Metric;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Phrasings government sites use that the first grammar missed: one row per phrasing, each a general rule. */
class MetricPhrasingTest {
    private static final MetricGrammar GRAMMAR = new MetricGrammar(IndicatorTaxonomy.bundled());
    /** A meeting held early 2023 that reviews 2022 and plans 2023. */
    private static final MetricContext MEETING = new MetricContext(Optional.of(2023), Optional.of(2022), Optional.of(2023),
            true, "", Set.of(), s -> false);
    /** A December 2023 meeting that reviews 2023 and plans 2024: "今年" is 2023. */
    private static final MetricContext DECEMBER = new MetricContext(Optional.of(2023), Optional.of(2023), Optional.of(2024),
            true, "", Set.of(), s -> false);
    /** A release published in 2023 about whatever year it names. */
    private static final MetricContext RELEASE = new MetricContext(Optional.of(2023), Optional.empty(), Optional.empty(),
            false, "", Set.of(), s -> false);

    private static MetricContext context(String name) {
        return switch (name) {
            case "MEETING" -> MEETING;
            case "DECEMBER" -> DECEMBER;
            default -> RELEASE;
        };
    }

    private static String describe(Metric m) {
        return m.indicator() + " " + m.kind() + " " + m.year().map(String::valueOf).orElse("-") + " "
                + m.period().orElse("-") + " " + m.measure() + " " + m.value() + " " + m.qualifier().map(Enum::name).orElse("-");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            // context | text | one expected metric: indicator kind year period measure value qualifier
            "MEETING|2023年城乡居民人均可支配收入分别增长6%和7%。|RURAL_DISPOSABLE_INCOME_PER_CAPITA TARGET 2023 - GROWTH 7.0 -",
            "MEETING|2023年城乡居民人均可支配收入分别增长6%和7%。|URBAN_DISPOSABLE_INCOME_PER_CAPITA TARGET 2023 - GROWTH 6.0 -",
            "MEETING|2022年,城乡居民人均可支配收入分别达到4.6万元、2.3万元,分别增长5.1%、6.4%。|RURAL_DISPOSABLE_INCOME_PER_CAPITA ACTUAL 2022 - GROWTH 6.4 -",
            "MEETING|到2026年,城镇和农村居民人均可支配收入分别达到6万元和3万元。|RURAL_DISPOSABLE_INCOME_PER_CAPITA TARGET 2026 - LEVEL 30000.0 -",
            "MEETING|会议提出,工业投资、民间投资分别增长28.7%和15.3%。|PRIVATE_INVESTMENT TARGET 2023 - GROWTH 15.3 -",
            "MEETING|全市地区生产总值年均增长8.7%,2020年达到1255亿元。|GDP ACTUAL 2020 - LEVEL 1.255E11 -",
            "MEETING|会议提出,新开工项目不少于80个。|NEW_PROJECTS_STARTED TARGET 2023 - LEVEL 80.0 AT_LEAST",
            "MEETING|2022年规上工业产值突破1400亿元。|INDUSTRIAL_OUTPUT ACTUAL 2022 - LEVEL 1.4E11 AT_LEAST",
            "DECEMBER|会议指出,今年以来,预计全年实现地区生产总值2250亿元左右,增长7.5%。|GDP ACTUAL 2023 - GROWTH 7.5 -",
            "DECEMBER|会议提出,明年全市地区生产总值增长6%。|GDP TARGET 2024 - GROWTH 6.0 -",
            "RELEASE|2022年全市地区生产总值735.6亿元。全年规模以上工业增加值比上年增长6.1%。|INDUSTRIAL_VALUE_ADDED ACTUAL 2022 - GROWTH 6.1 -",
            "RELEASE|上半年,生产总值同比增长5.1%,比一季度提高1.2个百分点。分产业看,第一产业增加值8.6亿元。|PRIMARY_INDUSTRY_VALUE_ADDED ACTUAL 2023 H1 LEVEL 8.6E8 -",
            "RELEASE|8月份,全市居民消费价格总水平同比上涨0.3%,环比上涨0.4%。|CPI ACTUAL 2023 M8 GROWTH 0.3 -",
            "RELEASE|通报了下半年重点工作安排,力争全年地区生产总值增长6.5%左右。|GDP TARGET 2023 - GROWTH 6.5 APPROX",
            "RELEASE|6月28日,2023年第二季度重大项目集中签约活动举行,共签约项目18个,总投资168.5亿元。|CONTRACTED_INVESTMENT ACTUAL 2023 - LEVEL 1.685E10 -",
            "RELEASE|活动期间,共签约项目11个,协议总投资65.8亿元。|CONTRACTED_INVESTMENT ACTUAL 2023 - LEVEL 6.58E9 -"
    })
    void readsThePhrasing(String context, String text, String expected) {
        List<String> found = GRAMMAR.extract(text, context(context)).stream().map(MetricPhrasingTest::describe).toList();
        assertThat(found).contains(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "8月份,全市居民消费价格总水平同比上涨0.3%,环比上涨0.4%。|0.4",
            "6月28日,2023年第二季度重大项目集中签约活动举行,共签约项目18个。|Q2"
    })
    void leavesOutWhatIsNotTheFigure(String text, String absent) {
        List<String> found = GRAMMAR.extract(text, RELEASE).stream().map(MetricPhrasingTest::describe).toList();
        assertThat(found).isNotEmpty().noneMatch(s -> s.contains(" " + absent + " ") || s.endsWith(" " + absent));
    }

    @Test
    void readsATableWhoseUnitsAndMeaningsSitInTheHeader() {
        MetricContext ctx = new MetricContext(Optional.of(2023), Optional.empty(), Optional.empty(), false,
                "2023年1-9月慈溪市主要经济指标", Set.of(), s -> false);
        String table = "指标\t1-9月\t增长(%)\n地区生产总值(亿元)\t1892.6\t6.8\n固定资产投资(亿元)\t—\t7.5\n"
                + "城镇居民人均可支配收入(元)\t63215\t5.2\n";
        List<Metric> metrics = GRAMMAR.extract(table, ctx);
        assertThat(metrics).extracting(MetricPhrasingTest::describe).containsExactlyInAnyOrder(
                "GDP ACTUAL 2023 Q1-Q3 LEVEL 1.8926E11 -",
                "GDP ACTUAL 2023 Q1-Q3 GROWTH 6.8 -",
                "FIXED_ASSET_INVESTMENT ACTUAL 2023 Q1-Q3 GROWTH 7.5 -",
                "URBAN_DISPOSABLE_INCOME_PER_CAPITA ACTUAL 2023 Q1-Q3 LEVEL 63215.0 -",
                "URBAN_DISPOSABLE_INCOME_PER_CAPITA ACTUAL 2023 Q1-Q3 GROWTH 5.2 -");
        assertThat(metrics.get(0).value()).isCloseTo(1.8926e11, within(1.0));
    }

    @Test
    void leavesTableRowsWithWordsToTheSentenceGrammar() {
        String table = "指标 增速\n地区生产总值 增长6.1%\n固定资产投资 下降2.5%\n";
        assertThat(GRAMMAR.extract(table, RELEASE)).extracting(MetricPhrasingTest::describe)
                .containsExactly("GDP ACTUAL 2023 - GROWTH 6.1 -", "FIXED_ASSET_INVESTMENT ACTUAL 2023 - GROWTH -2.5 -");
    }
}
