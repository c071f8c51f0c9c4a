package yaowen.bench.cleaning;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import yaowen.bench.quality.QualityReport;

/**
 * Runs the cleaning benchmark: every set through every extractor for quality, then the speed passes.
 * Sets are named folders under the corpus root: {@code seeds} is the root itself (gold/ + seeds/),
 * {@code gov} is {@code gov/}, {@code cwce} is {@code cwce/}; a set whose folder is missing is skipped
 * with a note.
 */
final class CleaningBench {
    /** The set names and where they live relative to the corpus root. */
    static final Map<String, String> SETS = Map.of("seeds", ".", "gov", "gov", "cwce", "cwce");

    /**
     * What to run.
     *
     * @param corpus  the corpus root
     * @param sets    set names, in report order
     * @param peers   whether to measure the peers too
     * @param speed   whether to run the speed passes
     * @param warmup  untimed passes per contestant
     * @param repeat  timed passes per contestant
     */
    record Options(Path corpus, List<String> sets, boolean peers, boolean speed, int warmup, int repeat) {
        Options {
            Objects.requireNonNull(corpus, "corpus");
            sets = List.copyOf(sets);
            for (String s : sets) {
                if (!SETS.containsKey(s)) {
                    throw new IllegalArgumentException("unknown set " + s + "; known: seeds, gov, cwce");
                }
            }
        }
    }

    private CleaningBench() {
    }

    static CleaningBenchReport run(Options o, PrintStream progress) throws IOException {
        List<Extractor> extractors = new ArrayList<>();
        extractors.add(new YaowenExtractor());
        if (o.peers()) {
            extractors.add(new Readability4jExtractor());
            extractors.add(new WebCollectorExtractor());
        }
        Map<String, Map<String, QualityReport>> quality = new LinkedHashMap<>();
        Map<String, List<SpeedComparison.Speed>> speed = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        for (String name : o.sets()) {
            Path root = o.corpus().resolve(SETS.get(name)).normalize();
            if (!Files.isDirectory(root)) {
                notes.add("set " + name + " skipped: no folder " + root);
                continue;
            }
            BenchSet set = BenchSet.load(name, root);
            progress.printf("%s: %d pages from %s%n", name, set.pages().size(), root);
            Map<String, QualityReport> byExtractor = new LinkedHashMap<>();
            for (Extractor x : extractors) {
                long t = System.nanoTime();
                byExtractor.put(x.name(), QualityComparison.score(set, x));
                progress.printf("  quality %-26s %6d ms%n", x.name(), (System.nanoTime() - t) / 1_000_000);
            }
            quality.put(name, byExtractor);
            if (o.speed()) {
                long t = System.nanoTime();
                speed.put(name, SpeedComparison.measure(set.pages(), extractors, o.warmup(), o.repeat()));
                progress.printf("  speed passes %d ms%n", (System.nanoTime() - t) / 1_000_000);
            }
        }
        return new CleaningBenchReport(quality, speed, notes, machine(o));
    }

    private static String machine(Options o) {
        Runtime rt = Runtime.getRuntime();
        return String.format("%d cores visible to the JVM, max heap %d MiB, Java %s (%s), %s %s; single-thread "
                        + "passes: each contestant warms up alone (at least %d passes and %d ms per set), then %d timed "
                        + "passes interleaved, median pass reported",
                rt.availableProcessors(), rt.maxMemory() / (1024 * 1024), System.getProperty("java.version"),
                System.getProperty("java.vm.name"), System.getProperty("os.name"), System.getProperty("os.arch"),
                o.warmup(), SpeedComparison.MIN_WARMUP_MILLIS, o.repeat());
    }
}
