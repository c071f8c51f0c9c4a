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
import java.util.Set;
import java.util.HashSet;
import java.util.regex.Pattern;

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

    /**
     * What must follow a bare synonym (written with a trailing ~ in the TSV, like 出口~): a figure or a measure word
     * ("出口6.5亿美元", "出口增长9%"), or
     * another bare word it is enumerated with ("出口、进口分别增长5%和8%"). A bare word is also the first half of other terms (出口退税, 进口设备, 进口博览会)
     * that are no indicator.
     */
    private static final Pattern BARE_FOLLOW = Pattern.compile(
            "[0-9]|约|近|超|突破|达|为|实现|完成|同比|比上年|较上年|比去年|增长|增速|增幅|下降|减少|回落|分别|总额|额"
            + "|[、和及与](?:进口|出口)");

    private final Map<Character, List<Map.Entry<String, Indicator>>> byFirstChar;
    private final List<Indicator> indicators;
    private final Set<String> bare;

    private IndicatorTaxonomy(Map<Character, List<Map.Entry<String, Indicator>>> byFirstChar, List<Indicator> indicators,
                              Set<String> bare) {
        this.byFirstChar = byFirstChar;
        this.indicators = List.copyOf(indicators);
        this.bare = Set.copyOf(bare);
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
        Set<String> bare = new HashSet<>();
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
                    if (s.endsWith("~")) {
                        s = s.substring(0, s.length() - 1);
                        bare.add(s);
                    }
                    if (!s.isEmpty()) {
                        index.computeIfAbsent(s.charAt(0), k -> new ArrayList<>()).add(Map.entry(s, ind));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        index.values().forEach(l -> l.sort(Comparator.comparingInt((Map.Entry<String, Indicator> e) -> e.getKey().length()).reversed()));
        return new IndicatorTaxonomy(index, all, bare);
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
                int end = i + e.getKey().length();
                if (bare.contains(e.getKey()) && !BARE_FOLLOW.matcher(text).region(end, text.length()).lookingAt()) {
                    continue; // 出口退税, 进口设备: the bare word opens another term
                }
                return new Match(e.getValue(), e.getKey(), i, i + e.getKey().length());
            }
        }
        return null;
    }
}
