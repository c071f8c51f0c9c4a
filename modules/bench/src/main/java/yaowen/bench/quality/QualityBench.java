package yaowen.bench.quality;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import yaowen.cleaning.CleaningException;
import yaowen.cleaning.FetchedPage;
import yaowen.cli.analysis.AnalysisJson;
import yaowen.cli.analysis.Analyzer;
import yaowen.bench.quality.QualityReport.Mode;
import yaowen.bench.quality.QualityReport.Throughput;
import yaowen.bench.quality.QualityScorer.CwceCase;
import yaowen.bench.quality.QualityScorer.GoldCase;
import yaowen.bench.quality.QualityScorer.Prediction;

/**
 * Runs an {@link Analyzer} over a corpus folder and scores it with {@link QualityScorer}.
 *
 * <p>Two layouts are recognised: a gold corpus ({@code gold/*.json}, each naming its input file relative to
 * the corpus root in {@code "input"}; the {@code gold} folder itself may be given) and a CWCE corpus
 * ({@code original/<id>.html} with {@code cleaned/<id>.txt}, and {@code date/} and {@code author/} when
 * known). Every input is read as raw bytes ({@link FetchedPage#of}), exactly as {@code yaowen analyze FILE}
 * does. An input that fails is reported and scored as an empty prediction; the run goes on. Throughput
 * counts analysis time only (not reading or scoring).
 */
public final class QualityBench {

    private QualityBench() {
    }

    /**
     * Analyses and scores every document of a corpus.
     *
     * @param corpusRoot a gold corpus root (holding {@code gold/}), its {@code gold/} folder, or a CWCE root
     * @param analyzer   the analyzer to measure
     * @param progress   one line per document goes here (stderr for the command)
     * @return the timed report
     * @throws IOException              when a gold file cannot be read or parsed
     * @throws IllegalArgumentException when the folder has neither layout
     */
    public static QualityReport run(Path corpusRoot, Analyzer analyzer, PrintStream progress) throws IOException {
        Objects.requireNonNull(corpusRoot, "corpusRoot");
        Objects.requireNonNull(analyzer, "analyzer");
        Objects.requireNonNull(progress, "progress");
        Path root = goldRoot(corpusRoot);
        return switch (detect(root)) {
            case GOLD -> runGold(root, analyzer, progress);
            case CWCE -> runCwce(root, analyzer, progress);
        };
    }

    /** Which layout a corpus root has. */
    public static Mode detect(Path corpusRoot) {
        Path root = goldRoot(corpusRoot);
        if (Files.isDirectory(root.resolve("gold"))) {
            return Mode.GOLD;
        }
        if (Files.isDirectory(root.resolve("original")) && Files.isDirectory(root.resolve("cleaned"))) {
            return Mode.CWCE;
        }
        throw new IllegalArgumentException(corpusRoot + " is not a corpus: expected gold/*.json, or original/ and "
                + "cleaned/ (CWCE)");
    }

    private static QualityReport runGold(Path root, Analyzer analyzer, PrintStream progress) throws IOException {
        List<Corpus.GoldEntry> entries = Corpus.gold(root);
        List<GoldCase> cases = new ArrayList<>();
        Stopwatch clock = new Stopwatch();
        for (int i = 0; i < entries.size(); i++) {
            Corpus.GoldEntry e = entries.get(i);
            Prediction prediction = analyse(e.inputFile(), e.input(), pageUrl(e.gold()), analyzer, clock);
            report(progress, i + 1, entries.size(), e.id(), prediction, clock);
            cases.add(new GoldCase(e.id(), e.input(), e.gold(), prediction));
        }
        return QualityScorer.scoreGold(root.toString(), cases).withThroughput(clock.throughput(cases.size()));
    }

    private static QualityReport runCwce(Path root, Analyzer analyzer, PrintStream progress) throws IOException {
        List<Corpus.CwceEntry> entries = Corpus.cwce(root);
        List<CwceCase> cases = new ArrayList<>();
        Stopwatch clock = new Stopwatch();
        for (int i = 0; i < entries.size(); i++) {
            Corpus.CwceEntry e = entries.get(i);
            Prediction prediction = analyse(e.page(), e.input(), Optional.empty(), analyzer, clock);
            report(progress, i + 1, entries.size(), e.id(), prediction, clock);
            cases.add(new CwceCase(e.gold(), e.input(), prediction));
        }
        return QualityScorer.scoreCwce(root.toString(), cases).withThroughput(clock.throughput(cases.size()));
    }

    /**
     * The URL a gold file gives for its page, as the crawler would know it: insight may read the region's host or
     * a year from it, never the gold's answers.
     */
    private static Optional<String> pageUrl(JsonNode gold) {
        String url = gold.path("url").asText("");
        return url.isBlank() ? Optional.empty() : Optional.of(url);
    }

    /** Reads and analyses one input; whatever goes wrong becomes a failed prediction. */
    private static Prediction analyse(Path file, String input, Optional<String> url, Analyzer analyzer,
                                      Stopwatch clock) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            clock.lap(0);
            return Prediction.failed("cannot read " + file + ": " + e.getMessage());
        }
        long start = System.nanoTime();
        try {
            Prediction p = Prediction.of(AnalysisJson.toJson(analyzer.analyze(input,
                    new FetchedPage(bytes, url, Optional.empty(), Optional.empty()))));
            clock.lap(System.nanoTime() - start);
            return p;
        } catch (CleaningException e) {
            clock.lap(System.nanoTime() - start);
            return Prediction.failed("not cleanable (" + e.reason() + "): " + e.getMessage());
        } catch (RuntimeException e) {
            clock.lap(System.nanoTime() - start);
            return Prediction.failed(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private static void report(PrintStream progress, int n, int total, String id, Prediction p, Stopwatch clock) {
        String outcome = p.failure().map(f -> "FAILED " + f).orElse("ok");
        progress.printf(Locale.ROOT, "[%d/%d] %s %s (%d ms)%n", n, total, id, outcome, clock.lastMillis());
    }

    /** The gold folder itself may be given: its parent is the corpus root. */
    private static Path goldRoot(Path given) {
        Path name = given.toAbsolutePath().normalize().getFileName();
        if (name != null && name.toString().equals("gold") && !Files.isDirectory(given.resolve("gold"))
                && given.getParent() != null) {
            return given.getParent();
        }
        return given;
    }




    /** Sums analysis time across documents. */
    private static final class Stopwatch {
        private long totalNanos;
        private long lastNanos;

        void lap(long nanos) {
            lastNanos = nanos;
            totalNanos += nanos;
        }

        long lastMillis() {
            return lastNanos / 1_000_000;
        }

        Throughput throughput(int documents) {
            return new Throughput(documents, Duration.ofNanos(totalNanos));
        }
    }
}
