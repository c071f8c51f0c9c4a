package yaowen.bench.quality;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the scorer compares strings: Unicode NFKC, then every whitespace character removed
 * ({@code "２０２１年 1月" → "2021年1月"}). Also reads the JSON values it compares.
 */
final class Folding {
    /** Year, then optionally month and day: 2021-01-28, 2005-5-7, 2005/5/7, 2005年5月7日, 1998-3, 2018. */
    private static final Pattern DATE = Pattern.compile(
            "^(\\d{4})(?!\\d)(?:[-/.年](\\d{1,2})(?!\\d)(?:[-/.月](\\d{1,2})(?!\\d))?)?");

    private Folding() {
    }

    /** NFKC, then whitespace (including ideographic and no-break spaces) removed. */
    static String fold(String s) {
        String nfkc = Normalizer.normalize(s, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(nfkc.length());
        nfkc.codePoints()
                .filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp))
                .forEach(out::appendCodePoint);
        return out.toString();
    }

    /** The folded text of {@code node.field}; empty when missing, {@code null} or folding to nothing. */
    static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || value.isNull() || value.isContainerNode()) {
            return Optional.empty();
        }
        String folded = fold(value.asText());
        return folded.isEmpty() ? Optional.empty() : Optional.of(folded);
    }

    /** Whether the gold states {@code node.field} at all (present and not {@code null}). */
    static boolean states(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value != null && !value.isNull();
    }

    /** The folded, non-empty strings of an array field; empty when missing or not an array. */
    static List<String> texts(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        List<String> out = new ArrayList<>();
        if (value != null && value.isArray()) {
            for (JsonNode item : value) {
                if (!item.isNull()) {
                    String folded = fold(item.asText());
                    if (!folded.isEmpty()) {
                        out.add(folded);
                    }
                }
            }
        }
        return out;
    }

    /** An integer field (a JSON number or numeric text); empty when missing, null or not a number. */
    static Optional<Integer> integer(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (value.isNumber()) {
            return Optional.of(value.intValue());
        }
        try {
            return Optional.of(Integer.parseInt(fold(value.asText())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A number field (a JSON number or numeric text); {@code NaN} when missing or not a number. */
    static double number(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || value.isNull()) {
            return Double.NaN;
        }
        if (value.isNumber()) {
            return value.doubleValue();
        }
        try {
            return Double.parseDouble(fold(value.asText()));
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /**
     * The date a string states, as {@code [year, month, day]} with 0 for what it leaves out:
     * {@code "2021-01-28T19:55:07" → [2021, 1, 28]}, {@code "2005-5-7 21:23:57" → [2005, 5, 7]},
     * {@code "1998-3" → [1998, 3, 0]}. Empty when it states no year.
     */
    static Optional<int[]> dateParts(String s) {
        Matcher m = DATE.matcher(Normalizer.normalize(s, Normalizer.Form.NFKC).strip());
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of(new int[] {
            Integer.parseInt(m.group(1)),
            m.group(2) == null ? 0 : Integer.parseInt(m.group(2)),
            m.group(3) == null ? 0 : Integer.parseInt(m.group(3))});
    }

    /**
     * Whether a predicted date agrees with the gold "to the day": every part the gold states (year, and
     * month and day when stated) is equal; the time of day is ignored.
     */
    static boolean sameDay(int[] gold, Optional<int[]> predicted) {
        if (predicted.isEmpty()) {
            return false;
        }
        int[] p = predicted.get();
        for (int i = 0; i < 3; i++) {
            if (gold[i] != 0 && gold[i] != p[i]) {
                return false;
            }
        }
        return true;
    }

    /** The date parts as {@code 2021-01-28}, {@code 1998-03} or {@code 2018}. */
    static String formatDate(int[] parts) {
        if (parts[1] == 0) {
            return String.format("%04d", parts[0]);
        }
        if (parts[2] == 0) {
            return String.format("%04d-%02d", parts[0], parts[1]);
        }
        return String.format("%04d-%02d-%02d", parts[0], parts[1], parts[2]);
    }
}
