package yaowen.web.api;

import java.util.List;
import yaowen.analytics.Office;
import yaowen.analytics.Verdict;
import yaowen.records.Vocabulary;

/**
 * The codes the API accepts and the names it shows beside them, in Chinese and English: from {@link Vocabulary}
 * for the records' codes, from the analytics' enums for verdicts and offices.
 */
final class Names {
    static final List<String> MEETING_TYPES = Vocabulary.meetingTypeCodes();
    static final List<String> INDICATORS = Vocabulary.indicatorCodes();
    static final List<String> KINDS = Vocabulary.kindCodes();
    static final List<String> MEASURES = Vocabulary.measureCodes();
    static final List<String> QUALIFIERS = Vocabulary.qualifierCodes();
    /** The named units (PP, TON, …); CNY, USD, PERCENT and COUNT are written as amounts, not named. */
    static final List<String> UNITS = Vocabulary.unitCodes();
    static final List<String> VERDICTS = java.util.Arrays.stream(Verdict.values()).map(Enum::name).toList();
    static final List<String> OFFICES = java.util.Arrays.stream(Office.values()).map(Enum::name).toList();

    /** The vocabularies of {@code /api/vocabulary}, by their key there. */
    enum Vocab {
        meetingTypes(MEETING_TYPES), indicators(INDICATORS), kinds(KINDS), measures(MEASURES), qualifiers(QUALIFIERS),
        units(UNITS), verdicts(VERDICTS), offices(OFFICES);

        final List<String> codes;

        Vocab(List<String> codes) {
            this.codes = codes;
        }

        String zh(String code) {
            return switch (this) {
                case meetingTypes -> Vocabulary.meetingType(code);
                case indicators -> Vocabulary.indicator(code);
                case kinds -> Vocabulary.kind(code);
                case measures -> Vocabulary.measure(code);
                case qualifiers -> Vocabulary.qualifier(code);
                case units -> Vocabulary.unit(code);
                case verdicts -> Verdict.valueOf(code).chinese();
                case offices -> Office.valueOf(code).chinese();
            };
        }

        String en(String code) {
            return switch (this) {
                case meetingTypes -> Vocabulary.meetingTypeEn(code);
                case indicators -> Vocabulary.indicatorEn(code);
                case kinds -> Vocabulary.kindEn(code);
                case measures -> Vocabulary.measureEn(code);
                case qualifiers -> Vocabulary.qualifierEn(code);
                case units -> Vocabulary.unitEn(code);
                case verdicts -> Verdict.valueOf(code).english();
                case offices -> Office.valueOf(code).english();
            };
        }
    }

    private Names() {
    }
}
