package yaowen.cleaning;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The "article" section of a gold file in corpus/gold, read with a tiny JSON scanner (no JSON library in this core). */
record GoldArticle(Optional<String> title, Optional<String> publishedAt, Optional<String> source, List<String> authors,
                   String text, String script, List<String> mustNotContain) {

    static GoldArticle parse(String json) {
        int at = json.indexOf("\"article\"");
        Scanner s = new Scanner(json, json.indexOf('{', at));
        return new GoldArticle(
                Optional.ofNullable(s.string("title")),
                Optional.ofNullable(s.string("publishedAt")),
                Optional.ofNullable(s.string("source")),
                s.strings("authors"),
                s.string("text"),
                s.string("script"),
                s.strings("mustNotContain"));
    }

    private record Scanner(String json, int from) {
        private int valueStart(String key) {
            int k = json.indexOf("\"" + key + "\"", from);
            int colon = json.indexOf(':', k);
            int i = colon + 1;
            while (Character.isWhitespace(json.charAt(i))) {
                i++;
            }
            return i;
        }

        String string(String key) {
            int i = valueStart(key);
            return json.startsWith("null", i) ? null : read(i)[0];
        }

        List<String> strings(String key) {
            int i = valueStart(key) + 1;
            List<String> out = new ArrayList<>();
            while (true) {
                while (json.charAt(i) != '"' && json.charAt(i) != ']') {
                    i++;
                }
                if (json.charAt(i) == ']') {
                    return out;
                }
                String[] r = read(i);
                out.add(r[0]);
                i = Integer.parseInt(r[1]);
            }
        }

        /** The string starting at the quote at {@code i}, and the index after its closing quote. */
        private String[] read(int i) {
            StringBuilder sb = new StringBuilder();
            int k = i + 1;
            while (true) {
                char c = json.charAt(k);
                if (c == '"') {
                    return new String[] {sb.toString(), Integer.toString(k + 1)};
                }
                if (c == '\\') {
                    char n = json.charAt(++k);
                    switch (n) {
                        case 'n' -> sb.append('\n');
                        case 't' -> sb.append('\t');
                        case 'u' -> {
                            sb.append((char) Integer.parseInt(json.substring(k + 1, k + 5), 16));
                            k += 4;
                        }
                        default -> sb.append(n);
                    }
                } else {
                    sb.append(c);
                }
                k++;
            }
        }
    }
}
