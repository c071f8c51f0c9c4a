package yaowen.insight.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits clean text into paragraphs and sentences. A line ending with a semicolon continues on the next line
 * (list items "规上工业增加值增速11.6%;" belong to one sentence), so figures keep their context.
 * Stateless and thread-safe.
 */
public final class SentenceSplitter {
    private SentenceSplitter() {
    }

    /** Paragraphs of {@code text}: non-blank lines, with ';'-terminated lines joined to the next. */
    public static List<String> paragraphs(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String raw : text.split("\n")) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            current.append(line);
            char last = line.charAt(line.length() - 1);
            if (last != ';' && last != '；') {
                out.add(current.toString());
                current.setLength(0);
            }
        }
        if (current.length() > 0) {
            out.add(current.toString());
        }
        return out;
    }

    /** Sentences of one paragraph, split after 。！？!? (a closing quote stays with its sentence). */
    public static List<String> sentences(String paragraph) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int n = paragraph.length();
        for (int i = 0; i < n; i++) {
            char c = paragraph.charAt(i);
            if (c == '。' || c == '！' || c == '？' || c == '!' || c == '?') {
                int end = i + 1;
                while (end < n && isCloser(paragraph.charAt(end))) {
                    end++;
                }
                add(out, paragraph.substring(start, end));
                start = end;
                i = end - 1;
            }
        }
        add(out, paragraph.substring(Math.min(start, n)));
        return out;
    }

    /** Every sentence of {@code text} with its paragraph and position. */
    public static List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        List<String> paragraphs = paragraphs(text);
        for (int p = 0; p < paragraphs.size(); p++) {
            List<String> sentences = sentences(paragraphs.get(p));
            for (int s = 0; s < sentences.size(); s++) {
                out.add(new Sentence(p, s, sentences.get(s)));
            }
        }
        return out;
    }

    private static boolean isCloser(char c) {
        return c == '”' || c == '’' || c == '"' || c == '\'' || c == '」' || c == ')' || c == '）';
    }

    private static void add(List<String> out, String s) {
        if (!s.isBlank()) {
            out.add(s.strip());
        }
    }
}
