package yaowen.insight.metric;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A clause of a sentence: the text between commas, semicolons, colons and sentence ends. A comma between two
 * digits ("1,200") is a thousands separator and splits nothing.
 *
 * @param offset where the clause starts in its sentence
 * @param text   the clause, never empty
 */
record Clause(int offset, String text) {
    private static final Pattern CLAUSE_SPLIT = Pattern.compile("(?<!\\d),|,(?!\\d)|;|:|。|!|\\?");

    /** The non-empty clauses of {@code sentence} (normalised by {@link MetricText}), in order. */
    static List<Clause> split(String sentence) {
        List<Clause> clauses = new ArrayList<>();
        Matcher m = CLAUSE_SPLIT.matcher(sentence);
        int start = 0;
        while (true) {
            boolean found = m.find();
            int end = found ? m.start() : sentence.length();
            if (end > start) {
                clauses.add(new Clause(start, sentence.substring(start, end)));
            }
            if (!found) {
                break;
            }
            start = m.end();
        }
        return clauses;
    }
}
