package yaowen.cli.commands;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import yaowen.cli.analysis.Analyzer;
import yaowen.cli.bench.QualityBench;
import yaowen.cli.bench.QualityReport;

/** {@code yaowen bench}: benchmarks anyone can rerun; method and results in docs/benchmarks.md. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measures quality against gold and speed; method and results in docs/benchmarks.md.",
        subcommands = BenchCommand.Quality.class)
public final class BenchCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** {@code yaowen bench quality CORPUS}. */
    @Command(name = "quality", mixinStandardHelpOptions = true,
            description = {"Scores analysis against gold (docs/analysis.md, Scoring): a folder with gold/*.json",
                    "(e.g. corpus) or a CWCE-shaped folder (corpus/cwce) for body text, dates and authors.",
                    "Prints every figure and the misses; progress goes to stderr."})
    public static final class Quality implements Callable<Integer> {
        @Parameters(paramLabel = "CORPUS", description = "corpus (seeds + gold) or corpus/cwce.")
        Path corpus;

        @Option(names = "--markdown", description = "Print the report as Markdown (for docs/benchmarks.md).")
        boolean markdown;

        @Override
        public Integer call() throws Exception {
            QualityReport report = QualityBench.run(corpus, Analyzer.create(), System.err);
            System.out.println(markdown ? report.toMarkdown() : report.toText());
            return 0;
        }
    }
}
