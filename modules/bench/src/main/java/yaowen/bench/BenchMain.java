package yaowen.bench;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import yaowen.cli.analysis.Analyzer;
import yaowen.bench.quality.QualityBench;
import yaowen.bench.quality.QualityReport;

/**
 * {@code yaowen bench}: benchmarks anyone can rerun; method and results in docs/benchmarks.md. A module of
 * its own so that the peers it measures against (other extractors and crawlers) never enter the product.
 */
@Command(name = "yaowen bench", mixinStandardHelpOptions = true,
        description = "Measures quality against gold and speed; method and results in docs/benchmarks.md.",
        subcommands = {BenchMain.Quality.class, yaowen.bench.pipeline.PipelineBenchCommand.class, yaowen.bench.alerts.AlertDelayBench.class, yaowen.bench.cleaning.CleaningCommand.class, yaowen.bench.insight.InsightCommand.class, yaowen.bench.crawl.CrawlBench.class, yaowen.bench.sink.SinkBenchCommand.class, yaowen.bench.dashboard.DashboardBench.class,
                picocli.CommandLine.HelpCommand.class})
public final class BenchMain implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(new picocli.CommandLine(new BenchMain()).execute(args));
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** {@code yaowen bench quality CORPUS}. */
    @Command(name = "quality", mixinStandardHelpOptions = true,
            description = {"Scores the whole analysis (cleaning + insight) against gold files.",
                    "Scoring is docs/analysis.md's: a folder with gold/*.json",
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
