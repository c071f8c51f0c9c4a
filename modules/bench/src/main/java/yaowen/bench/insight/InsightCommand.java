package yaowen.bench.insight;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import yaowen.bench.insight.InsightBench.Doc;
import yaowen.bench.insight.InsightBench.SetResult;
import yaowen.bench.insight.InsightBench.Speed;
import yaowen.bench.quality.QualityReport;
import yaowen.insight.InsightExtractor;

/**
 * {@code yaowen bench insight [CORPUS...]}: insight figures and single-core speed per gold corpus (default: the
 * seeds in {@code corpus} and the team's set in {@code corpus/team}). Method and results in
 * {@code docs/benchmarks-insight.md}.
 */
@Command(name = "insight", mixinStandardHelpOptions = true,
        description = {"Scores meeting and metric extraction against gold and measures articles/s.",
                "InsightExtractor alone (gold article text fed straight in), timing",
                "extract on one thread: every insight figure of docs/analysis.md per set, the misses per document,",
                "and articles per second per core. Progress goes to stderr."})
public final class InsightCommand implements Callable<Integer> {
    @Parameters(paramLabel = "CORPUS", arity = "0..*",
            description = "Gold corpus roots (folders holding gold/*.json); default: corpus corpus/team.")
    List<Path> corpora = new ArrayList<>();

    @Option(names = "--warm-up", defaultValue = "20", description = "Untimed passes over each set (default ${DEFAULT-VALUE}).")
    int warmUp;

    @Option(names = "--repetitions", defaultValue = "30", description = "Timed passes over each set (default ${DEFAULT-VALUE}).")
    int repetitions;

    @Option(names = "--no-timing", description = "Score only.")
    boolean noTiming;

    @Option(names = "--markdown", description = "Print Markdown (for docs/benchmarks-insight.md).")
    boolean markdown;

    @Override
    public Integer call() throws Exception {
        PrintStream err = System.err;
        List<Path> roots = corpora.isEmpty() ? List.of(Path.of("corpus"), Path.of("corpus/team")) : corpora;
        long t0 = System.nanoTime();
        InsightExtractor extractor = InsightExtractor.load();
        err.printf(Locale.ROOT, "InsightExtractor loaded in %d ms (HanLP, gazetteer, taxonomy; once)%n",
                (System.nanoTime() - t0) / 1_000_000);
        List<SetResult> results = new ArrayList<>();
        for (Path root : roots) {
            List<Doc> docs = InsightBench.load(root);
            String name = name(root);
            QualityReport report = InsightBench.score(root.toString(), docs, extractor::extract);
            Optional<Speed> speed = Optional.empty();
            if (!noTiming) {
                err.printf(Locale.ROOT, "%s: %d documents, %d warm-up and %d timed passes…%n", name, docs.size(), warmUp,
                        repetitions);
                speed = Optional.of(InsightBench.time(docs, extractor::extract, warmUp, repetitions));
            }
            results.add(new SetResult(name, root, report, speed));
        }
        System.out.println(markdown ? InsightRendering.markdown(results) : InsightRendering.text(results));
        return 0;
    }

    private static String name(Path root) {
        Path n = root.toAbsolutePath().normalize().getFileName();
        String s = n == null ? root.toString() : n.toString();
        return s.equals("corpus") ? "seeds" : s;
    }
}
