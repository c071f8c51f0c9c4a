package yaowen.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VocabularyTest {
    /** The canonical codes of ANALYSIS.md's indicator table and the insight taxonomy's additions. */
    private static final List<String> INDICATOR_CODES = List.of("GDP", "GDP_PER_CAPITA",
            "PRIMARY_INDUSTRY_VALUE_ADDED", "SECONDARY_INDUSTRY_VALUE_ADDED", "TERTIARY_INDUSTRY_VALUE_ADDED",
            "INDUSTRIAL_VALUE_ADDED", "INDUSTRIAL_REVENUE", "INDUSTRIAL_OUTPUT", "HIGH_TECH_INDUSTRY_VALUE_ADDED",
            "STRATEGIC_EMERGING_INDUSTRY_VALUE_ADDED", "FIXED_ASSET_INVESTMENT", "INDUSTRIAL_INVESTMENT",
            "PRIVATE_INVESTMENT", "KEY_PROJECTS", "KEY_PROJECT_INVESTMENT", "NEW_PROJECTS_STARTED", "RETAIL_SALES",
            "ONLINE_RETAIL_SALES", "PUBLIC_BUDGET_REVENUE", "FISCAL_REVENUE", "TAX_REVENUE", "TAX_SHARE",
            "DISPOSABLE_INCOME_PER_CAPITA", "URBAN_DISPOSABLE_INCOME_PER_CAPITA", "RURAL_DISPOSABLE_INCOME_PER_CAPITA",
            "NEW_URBAN_JOBS", "UNEMPLOYMENT_RATE", "CPI", "URBANIZATION_RATE", "RD_INTENSITY", "LABOR_PRODUCTIVITY",
            "SERVICES_REVENUE", "IMPORT_EXPORT", "EXPORT", "IMPORT", "ACTUAL_FOREIGN_INVESTMENT", "ENERGY_INTENSITY",
            "SIGNED_PROJECTS", "CONTRACTED_INVESTMENT", "FUNDS_IN_PLACE", "NEW_ABOVE_SCALE_ENTERPRISES",
            "NEW_ABOVE_SCALE_INDUSTRIAL_ENTERPRISES", "HIGH_TECH_ENTERPRISES", "TECH_CONTRACT_VALUE",
            "DEPOSIT_BALANCE", "LOAN_BALANCE", "TOURIST_VISITS", "TOURISM_REVENUE",
            "SOE_TOTAL_ASSETS", "FOREIGN_TRADE", "OUT_OF_PROVINCE_FUNDS_USED", "REAL_ESTATE_INVESTMENT",
            "EXPORT_DELIVERY_VALUE", "GRAIN_OUTPUT");

    private static final List<String> MEETING_TYPE_CODES = List.of("THREE_LEVEL_CADRE", "PLENARY_SESSION",
            "ECONOMIC_WORK_CONFERENCE", "WORK_CONFERENCE", "PARTY_CONGRESS", "PEOPLES_CONGRESS", "CPPCC_SESSION",
            "STANDING_COMMITTEE", "EXECUTIVE_MEETING", "THEORY_STUDY", "DEMOCRATIC_LIFE", "MOBILIZATION", "PROMOTION",
            "INSPECTION_TOUR", "COMMENDATION", "OTHER_MEETING");

    @Test
    void labelsEveryIndicatorCodeInChinese() {
        assertThat(Vocabulary.indicators().keySet()).containsExactlyElementsOf(INDICATOR_CODES);
        assertThat(Vocabulary.indicators().values()).doesNotHaveDuplicates()
                .allMatch(label -> label.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
    }

    @Test
    void labelsEveryMeetingTypeCodeInChinese() {
        assertThat(Vocabulary.meetingTypes().keySet()).containsExactlyElementsOf(MEETING_TYPE_CODES);
        assertThat(Vocabulary.meetingTypes().values()).doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @CsvSource({
        "meeting type, PLENARY_SESSION, 全会",
        "meeting type, THREE_LEVEL_CADRE, 三级干部会议",
        "meeting type, ECONOMIC_WORK_CONFERENCE, 经济工作会议",
        "meeting type, NEW_KIND, NEW_KIND",
        "indicator, GDP, 生产总值",
        "indicator, INDUSTRIAL_VALUE_ADDED, 规上工业增加值",
        "indicator, SOE_TOTAL_ASSETS, 国有企业资产总额",
        "indicator, FOREIGN_TRADE, 外贸进出口",
        "indicator, GRAIN_OUTPUT, 粮食产量",
        "indicator, SOMETHING_NEW, SOMETHING_NEW",
        "kind, ACTUAL, 实际",
        "kind, TARGET, 目标",
        "measure, LEVEL, 总量",
        "measure, GROWTH, 增速",
        "qualifier, APPROX, 约",
        "qualifier, AT_LEAST, 不低于",
        "qualifier, AT_MOST, 不超过",
        "qualifier, ROUGHLY, ROUGHLY",
    })
    void labelsCodesInChineseAndLeavesUnknownCodesAsThey(String vocabulary, String code, String label) {
        String actual = switch (vocabulary) {
            case "meeting type" -> Vocabulary.meetingType(code);
            case "indicator" -> Vocabulary.indicator(code);
            case "kind" -> Vocabulary.kind(code);
            case "measure" -> Vocabulary.measure(code);
            case "qualifier" -> Vocabulary.qualifier(code);
            default -> throw new IllegalArgumentException(vocabulary);
        };
        assertThat(actual).isEqualTo(label);
    }

    @Test
    void listsTheCodesOfEveryVocabularyInOrder() {
        assertThat(Vocabulary.indicatorCodes()).containsExactlyElementsOf(INDICATOR_CODES);
        assertThat(Vocabulary.meetingTypeCodes()).containsExactlyElementsOf(MEETING_TYPE_CODES);
        assertThat(Vocabulary.kindCodes()).containsExactly("ACTUAL", "TARGET");
        assertThat(Vocabulary.measureCodes()).containsExactly("LEVEL", "GROWTH");
        assertThat(Vocabulary.qualifierCodes()).containsExactly("APPROX", "AT_LEAST", "AT_MOST");
        assertThat(Vocabulary.unitCodes()).containsExactly("PP", "TON", "MU", "JIN", "KM", "SQM", "KWH");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"meeting type", "indicator", "kind", "measure", "qualifier", "unit"})
    void everyCodeHasAChineseAndAnEnglishLabel(String vocabulary) {
        List<String> codes = codes(vocabulary);
        assertThat(codes).isNotEmpty();
        List<String> chinese = codes.stream().map(c -> zh(vocabulary, c)).toList();
        List<String> english = codes.stream().map(c -> en(vocabulary, c)).toList();
        assertThat(chinese).doesNotHaveDuplicates().allMatch(label -> !label.isBlank() && hasHan(label));
        assertThat(english).doesNotHaveDuplicates()
                .allMatch(label -> !label.isBlank() && !hasHan(label) && label.equals(label.strip()));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"meeting type", "indicator", "kind", "measure", "qualifier", "unit"})
    void anUnknownCodeIsItsOwnLabelInBothLanguages(String vocabulary) {
        assertThat(zh(vocabulary, "NOT_A_CODE")).isEqualTo("NOT_A_CODE");
        assertThat(en(vocabulary, "NOT_A_CODE")).isEqualTo("NOT_A_CODE");
        assertThatThrownBy(() -> en(vocabulary, null)).isInstanceOf(NullPointerException.class);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "meeting type|PLENARY_SESSION|Plenary session",
        "meeting type|CPPCC_SESSION|CPPCC session",
        "indicator|RETAIL_SALES|Retail sales of consumer goods",
        "indicator|ENERGY_INTENSITY|Energy use per unit of GDP",
        "kind|TARGET|Target",
        "measure|GROWTH|Growth",
        "qualifier|AT_MOST|At most",
        "unit|TON|tonnes",
    })
    void labelsCodesInEnglish(String vocabulary, String code, String label) {
        assertThat(en(vocabulary, code)).isEqualTo(label);
    }

    @Test
    void theUnitLabelIsTheOneAnAmountIsWrittenWith() {
        for (String unit : Vocabulary.unitCodes()) {
            assertThat(Vocabulary.amount(3, unit)).isEqualTo("3 " + Vocabulary.unit(unit));
        }
    }

    private static boolean hasHan(String label) {
        return label.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    private static List<String> codes(String vocabulary) {
        return switch (vocabulary) {
            case "meeting type" -> Vocabulary.meetingTypeCodes();
            case "indicator" -> Vocabulary.indicatorCodes();
            case "kind" -> Vocabulary.kindCodes();
            case "measure" -> Vocabulary.measureCodes();
            case "qualifier" -> Vocabulary.qualifierCodes();
            case "unit" -> Vocabulary.unitCodes();
            default -> throw new IllegalArgumentException(vocabulary);
        };
    }

    private static String zh(String vocabulary, String code) {
        return switch (vocabulary) {
            case "meeting type" -> Vocabulary.meetingType(code);
            case "indicator" -> Vocabulary.indicator(code);
            case "kind" -> Vocabulary.kind(code);
            case "measure" -> Vocabulary.measure(code);
            case "qualifier" -> Vocabulary.qualifier(code);
            case "unit" -> Vocabulary.unit(code);
            default -> throw new IllegalArgumentException(vocabulary);
        };
    }

    private static String en(String vocabulary, String code) {
        return switch (vocabulary) {
            case "meeting type" -> Vocabulary.meetingTypeEn(code);
            case "indicator" -> Vocabulary.indicatorEn(code);
            case "kind" -> Vocabulary.kindEn(code);
            case "measure" -> Vocabulary.measureEn(code);
            case "qualifier" -> Vocabulary.qualifierEn(code);
            case "unit" -> Vocabulary.unitEn(code);
            default -> throw new IllegalArgumentException(vocabulary);
        };
    }

    @Test
    void rejectsANullCode() {
        assertThatThrownBy(() -> Vocabulary.indicator(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Vocabulary.amount(1, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Vocabulary.amount(1, "CNY", -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({
        "6659000000, CNY, 66.59 亿元",
        "45650000, CNY, 4565 万元",
        "35000, CNY, 3.5 万元",
        "9800, CNY, 9800 元",
        "-250000000, CNY, -2.5 亿元",
        "123456789, CNY, 1.23 亿元",
        "320000000, USD, 3.2 亿美元",
        "5.7, PERCENT, 5.7%",
        "6.0, PERCENT, 6%",
        "120, COUNT, 120",
        "1500000, COUNT, 1500000",
        "1.4, PP, 1.4 个百分点",
        "32000, TON, 32000 吨",
        "12, XYZ, 12 XYZ",
        "0, CNY, 0 元",
    })
    void writesAmountsWithChineseUnits(double value, String unit, String expected) {
        assertThat(Vocabulary.amount(value, unit)).isEqualTo(expected);
    }

    @Test
    void keepsMoreDecimalsWhenAsked() {
        assertThat(Vocabulary.amount(123456789, "CNY", 4)).isEqualTo("1.2346 亿元");
        assertThat(Vocabulary.amount(6659000000.0, "CNY", 4)).isEqualTo("66.59 亿元");
        assertThat(Vocabulary.amount(Double.NaN, "PERCENT")).isEqualTo("NaN%");
    }

    @ParameterizedTest
    @CsvSource({
        "5.7, 增长 5.7%",
        "-3.6, 下降 3.6%",
        "0, 增长 0%",
        "8.456, 增长 8.46%",
    })
    void writesAChangeAsRiseOrFall(double percent, String expected) {
        assertThat(Vocabulary.change(percent)).isEqualTo(expected);
    }
}
