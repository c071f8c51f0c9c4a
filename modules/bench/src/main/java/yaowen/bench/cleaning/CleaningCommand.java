package yaowen.bench.cleaning;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code yaowen bench cleaning}: quality per set and single-thread speed, Yaowen beside jsoup and two peers. */
@Command(name = "cleaning", mixinStandardHelpOptions = true,
        description = {"Scores article cleaning and measures its speed beside jsoup, Readability4J and WebCollector.",
                "Figures: body bigram P/R/F1, share of pages with F1<0.8, mustNotContain,",
                "title, publishedAt) on seeds, gov and cwce for Yaowen, Readability4J and WebCollector, then",
                "measures pages/s on one thread beside jsoup's parse alone. Method in docs/benchmarks.md.",
                "Prints Markdown tables; progress goes to stderr."})
public final class CleaningCommand implements Callable<Integer> {
    @Option(names = "--corpus", defaultValue = "corpus", description = "Corpus root (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(names = "--sets", split = ",", defaultValue = "seeds,gov,cwce",
            description = "Sets to run, in order (default: ${DEFAULT-VALUE}).")
    List<String> sets;

    @Option(names = "--warmup", defaultValue = "3", description = "Untimed passes per contestant and set, at least; "
            + "warm-up also lasts at least 2 s (0: no warm-up) (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--repeat", defaultValue = "5", description = "Timed passes per contestant (default: ${DEFAULT-VALUE}).")
    int repeat;

    @Option(names = "--no-speed", negatable = false, description = "Quality only.")
    boolean noSpeed;

    @Option(names = "--no-peers", negatable = false, description = "Yaowen (and jsoup) only.")
    boolean noPeers;

    @Option(names = "--details", description = "List Yaowen's misses per document.")
    boolean details;

    @Override
    public Integer call() throws Exception {
        CleaningBench.Options o = new CleaningBench.Options(corpus, sets, !noPeers, !noSpeed, warmup, repeat);
        System.out.println(CleaningBench.run(o, System.err).toMarkdown(details));
        return 0;
    }
}
