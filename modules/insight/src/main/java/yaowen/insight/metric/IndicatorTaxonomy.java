package yaowen.insight.metric;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Indicator codes of ANALYSIS.md with their Chinese synonyms, loaded from {@code indicators.tsv} on the
 * classpath (tests may build their own with {@link #parse}). Matching is longest-first, so 人均GDP beats GDP
 * and 单位GDP能耗 is not GDP. Immutable and thread-safe.
 */
public final class IndicatorTaxonomy {
    /** How the level of an indicator is stated. */
    public enum ValueKind { MONEY, COUNT, RATE, CHANGE, ANY }

    /** A synonym found in text. */
    public record Match(Indicator indicator, String label, int start, int end) {
    }

    /** One indicator. */
    public record Indicator(String code, ValueKind kind) {
        public Indicator {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(kind, "kind");
        }
    }

    private final Map<Character, List<Map.Entry<String, Indicator>>> byFirstChar;
    private final List<Indicator> indicators;

    private IndicatorTaxonomy(Map<Character, List<Map.Entry<String, Indicator>>> byFirstChar, List<Indicator> indicators) {
        this.byFirstChar = byFirstChar;
        this.indicators = List.copyOf(indicators);
    }

    /** The bundled taxonomy. */
    public static IndicatorTaxonomy bundled() {
        try (InputStream in = IndicatorTaxonomy.class.getResourceAsStream("/yaowen/insight/metric/indicators.tsv")) {
            if (in == null) {
                throw new IllegalStateException("indicators.tsv missing from the classpath");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses the TSV format of {@code indicators.tsv}: code, value kind, |-separated synonyms; '#' comments. */
    public static IndicatorTaxonomy parse(String tsv) {
        Map<Character, List<Map.Entry<String, Indicator>>> index = new HashMap<>();
        List<Indicator> all = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new java.io.ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length < 3) {
                    throw new IllegalArgumentException("bad taxonomy line: " + line);
                }
                Indicator ind = new Indicator(f[0].strip(), ValueKind.valueOf(f[1].strip()));
                all.add(ind);
                for (String syn : f[2].split("\\|")) {
                    String s = syn.strip();
                    if (!s.isEmpty()) {
                        index.computeIfAbsent(s.charAt(0), k -> new ArrayList<>()).add(Map.entry(s, ind));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        index.values().forEach(l -> l.sort(Comparator.comparingInt((Map.Entry<String, Indicator> e) -> e.getKey().length()).reversed()));
        return new IndicatorTaxonomy(index, all);
    }

    public List<Indicator> indicators() {
        return indicators;
    }

    public Optional<Indicator> byCode(String code) {
        return indicators.stream().filter(i -> i.code().equals(code)).findFirst();
    }

    /** Non-overlapping synonym matches in {@code text}, left to right, longest at each position. */
    public List<Match> find(String text) {
        List<Match> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            Match m = matchAt(text, i);
            if (m != null) {
                out.add(m);
                i = m.end();
            } else {
                i++;
            }
        }
        return out;
    }

    private Match matchAt(String text, int i) {
        List<Map.Entry<String, Indicator>> candidates = byFirstChar.get(text.charAt(i));
        if (candidates == null) {
            return null;
        }
        for (Map.Entry<String, Indicator> e : candidates) {
            if (text.startsWith(e.getKey(), i)) {
                return new Match(e.getValue(), e.getKey(), i, i + e.getKey().length());
            }
        }
        return null;
    }
}
