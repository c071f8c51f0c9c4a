package yaowen.web.api;

import java.util.List;
import yaowen.analytics.Office;
import yaowen.analytics.Verdict;
import yaowen.records.Vocabulary;

/**
 * The codes the API accepts and the names it shows beside them: Chinese from {@link Vocabulary}, English
 * through the {@code en} methods (the one place to switch when the vocabulary gains English names).
 */
final class Names {
    static final List<String> MEETING_TYPES = List.copyOf(Vocabulary.meetingTypes().keySet());
    static final List<String> INDICATORS = List.copyOf(Vocabulary.indicators().keySet());
    static final List<String> KINDS = List.of("ACTUAL", "TARGET");
    static final List<String> MEASURES = List.of("LEVEL", "GROWTH");
    static final List<String> QUALIFIERS = List.of("APPROX", "AT_LEAST", "AT_MOST");
    static final List<String> VERDICTS = java.util.Arrays.stream(Verdict.values()).map(Enum::name).toList();
    static final List<String> OFFICES = java.util.Arrays.stream(Office.values()).map(Enum::name).toList();

    /** The vocabularies of {@code /api/vocabulary}, by their key there. */
    enum Vocab {
        meetingTypes(MEETING_TYPES), indicators(INDICATORS), kinds(KINDS), measures(MEASURES), qualifiers(QUALIFIERS),
        verdicts(VERDICTS), offices(OFFICES);

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
                case verdicts -> Verdict.valueOf(code).chinese();
                case offices -> Office.valueOf(code).chinese();
            };
        }

        /** The English name; the code itself where the vocabulary has none yet. */
        String en(String code) {
            return switch (this) {
                case verdicts -> Verdict.valueOf(code).english();
                case offices -> Office.valueOf(code).english();
                default -> code;
            };
        }
    }

    private Names() {
    }
}
