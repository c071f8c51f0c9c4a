package yaowen.bench.insight;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import yaowen.bench.quality.QualityReport;
import yaowen.bench.quality.Corpus;
import yaowen.bench.quality.QualityScorer;
import yaowen.bench.quality.QualityScorer.GoldCase;
import yaowen.bench.quality.QualityScorer.Prediction;
import yaowen.insight.ArticleText;
import yaowen.insight.Insight;

/**
 * Scores and times insight alone on a gold corpus ({@code gold/*.json}, the shape of {@code docs/analysis.md}).
 *
 * <p>Each gold article's own {@code text}, {@code title} and {@code publishedAt} (and {@code siteRegionCode}
 * when a gold states one) go straight to the extractor, so the figures measure insight, not cleaning. Scoring
 * is {@link QualityScorer#scoreGold}; the prediction carries the gold's article fields so only meeting, region,
 * people and metric figures can differ. Speed is {@code extract} alone on the calling thread: {@code warmUp}
 * untimed passes over the set, then {@code repetitions} timed passes; the extractor (and HanLP) is loaded once
 * by the caller.
 */
public final class InsightBench {

    private InsightBench() {
    }

    /** One gold document as insight reads it. */
    public record Doc(String id, String input, JsonNode gold, ArticleText article) {
        public Doc {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(input, "input");
            Objects.requireNonNull(gold, "gold");
            Objects.requireNonNull(article, "article");
        }
    }

    /**
     * Extraction speed over one set.
     *
     * @param documents    documents per pass
     * @param repetitions  timed passes
     * @param wallNanos    wall-clock time of the timed passes
     * @param cpuNanos     CPU time of the calling thread over the timed passes ({@code -1} when unsupported)
     */
    public record Speed(int documents, int repetitions, long wallNanos, long cpuNanos) {
        /** Articles per second of wall-clock time on one thread (one core). */
        public double articlesPerSecond() {
            return wallNanos <= 0 ? Double.NaN : (double) documents * repetitions * 1e9 / wallNanos;
        }

        /** Articles per second of the thread's own CPU time: what one core does undisturbed by its neighbours. */
        public double articlesPerCpuSecond() {
            return cpuNanos <= 0 ? Double.NaN : (double) documents * repetitions * 1e9 / cpuNanos;
        }
    }

    /** The scored and timed result of one set. */
    public record SetResult(String name, Path root, QualityReport report, Optional<Speed> speed) {
        public SetResult {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(root, "root");
            Objects.requireNonNull(report, "report");
            Objects.requireNonNull(speed, "speed");
        }
    }

    /** The gold documents of a corpus root (the folder holding {@code gold/}), in file-name order. */
    public static List<Doc> load(Path root) throws IOException {
        Path goldDir = root.resolve("gold");
        if (!Files.isDirectory(goldDir)) {
            throw new IllegalArgumentException(root + " holds no gold/ folder");
        }
        List<Doc> docs = new ArrayList<>();
        for (Corpus.GoldEntry e : Corpus.gold(root)) {
            docs.add(new Doc(e.id(), e.input(), e.gold(), articleText(e.gold())));
        }
        return docs;
    }

    /**
     * The extractor's input for one gold file: the article's text, title, publication day, site hint and source when
     * stated, and the page's URL (as the crawler would know it).
     */
    static ArticleText articleText(JsonNode gold) {
        JsonNode article = gold.path("article");
        Optional<String> title = optionalText(article, "title");
        Optional<LocalDate> published = optionalText(article, "publishedAt").flatMap(InsightBench::day);
        Optional<String> site = optionalText(article, "siteRegionCode");
        return new ArticleText(title, article.path("text").asText(""), published, site,
                optionalText(gold, "url").or(() -> optionalText(article, "url")), optionalText(article, "source"));
    }

    /** Scores {@code extractor} on {@code docs} with the shared scorer. */
    public static QualityReport score(String corpus, List<Doc> docs, Function<ArticleText, Insight> extractor) {
        List<GoldCase> cases = new ArrayList<>();
        for (Doc d : docs) {
            Prediction p;
            try {
                p = Prediction.of(InsightJson.prediction(d.input(), d.gold().get("article"), extractor.apply(d.article())));
            } catch (RuntimeException e) {
                p = Prediction.failed(e.getClass().getSimpleName() + ": " + e.getMessage());
            }
            cases.add(new GoldCase(d.id(), d.input(), d.gold(), p));
        }
        return QualityScorer.scoreGold(corpus, cases);
    }

    /** Times {@code extractor} over {@code docs} on the calling thread; see the class comment. */
    public static Speed time(List<Doc> docs, Function<ArticleText, Insight> extractor, int warmUp, int repetitions) {
        if (warmUp < 0 || repetitions < 1) {
            throw new IllegalArgumentException("warm-up must be >= 0 and repetitions >= 1");
        }
        long sink = 0;
        for (int i = 0; i < warmUp; i++) {
            for (Doc d : docs) {
                sink += extractor.apply(d.article()).metrics().size();
            }
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        boolean cpu = threads.isCurrentThreadCpuTimeSupported();
        long cpu0 = cpu ? threads.getCurrentThreadCpuTime() : 0;
        long t0 = System.nanoTime();
        for (int i = 0; i < repetitions; i++) {
            for (Doc d : docs) {
                sink += extractor.apply(d.article()).metrics().size();
            }
        }
        long wall = System.nanoTime() - t0;
        long cpuNanos = cpu ? threads.getCurrentThreadCpuTime() - cpu0 : -1;
        if (sink == Long.MIN_VALUE) {
            System.err.print(""); // keeps the results alive for the JIT
        }
        return new Speed(docs.size(), repetitions, wall, cpuNanos);
    }

    private static Optional<String> optionalText(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() || v.asText().isBlank() ? Optional.empty() : Optional.of(v.asText());
    }

    private static Optional<LocalDate> day(String s) {
        if (s.length() < 10) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(s.substring(0, 10)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
