package yaowen.cli.commands;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import yaowen.cli.logging.LogOptions;
import yaowen.cli.logging.Logs;
import yaowen.cli.node.Node;
import yaowen.cli.node.Role;
import yaowen.cli.node.TopicProgress;
import yaowen.crawler.CrawlReport;
import yaowen.farm.FarmArticle;
import yaowen.farm.FarmOptions;
import yaowen.farm.SiteFarm;

/**
 * {@code yaowen demo}: the whole pipeline on one machine with nothing installed but Java — an embedded
 * Kafka, a farm of simulated government portals on a local port, the crawler, the Streams pipeline,
 * DuckDB, console alerts and the dashboard.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Runs the whole pipeline on this machine, with sample portals and a dashboard.",
                "An embedded Kafka, a farm of simulated government portals,",
                "the crawler, the pipeline, DuckDB, console alerts and the dashboard. A new article is published",
                "on the farm every few seconds, so alerts appear live. Ctrl-C stops; data stays in --data-dir."})
public final class DemoCommand implements Callable<Integer> {
    static final Duration DRAIN_TIMEOUT = Duration.ofMinutes(3);

    @Option(names = "--once", description = "Process the farm once, print a summary and exit 0.")
    boolean once;

    @Option(names = "--data-dir", defaultValue = "data", description = "Kafka log, pipeline state, DuckDB file and logs/ (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @Mixin
    LogOptions logging;

    @Option(names = "--port", defaultValue = "8080", description = "Dashboard port; 0 = any free port (default: ${DEFAULT-VALUE}).")
    int webPort;

    @Option(names = "--farm-port", defaultValue = "18080",
            description = "Port of the simulated portals; keep it fixed so article URLs stay the same across runs (default: ${DEFAULT-VALUE}).")
    int farmPort;

    @Option(names = "--publish-every", defaultValue = "5", description = "Seconds between new articles on the farm (default: ${DEFAULT-VALUE}).")
    int publishEverySeconds;

    @Option(names = "--bootstrap-servers", description = "Use this Kafka cluster instead of starting the embedded one.")
    String bootstrapServers;

    @Override
    public Integer call() throws Exception {
        DataDirLock lock = DataDirLock.take(dataDir, "demo"); // first: a second process must touch nothing
        PrintStream out = System.out;
        UntilStopped stop = new UntilStopped();
        FarmOptions options = FarmOptions.demo().withPort(farmPort).withHeldBack(once ? 0 : FarmOptions.demo().heldBack());
        try (lock;
             Logs logs = logging.start(dataDir, out);
             SiteFarm farm = startFarm(options);
             Node node = Node.start(DemoConfig.forFarm(farm, dataDir, webPort, Optional.ofNullable(bootstrapServers)),
                     java.util.EnumSet.allOf(Role.class), out)) {
            out.println("Sample portals: " + farm.baseUri() + " (" + farm.sites().size() + " sites, "
                    + farm.articles().size() + " articles)");
            node.web().ifPresent(web -> out.println("Dashboard:      " + web.uri()));
            return once ? runOnce(farm, node, out) : runLive(farm, node, out, stop);
        } finally {
            stop.closed();
        }
    }

    private SiteFarm startFarm(FarmOptions options) {
        try {
            return SiteFarm.start(options);
        } catch (java.io.UncheckedIOException e) {
            throw new IllegalArgumentException("cannot serve the sample portals on ports " + farmPort + "-" + (farmPort + 5)
                    + " (" + e.getMessage() + "); choose free ones with --farm-port");
        }
    }

    private int runOnce(SiteFarm farm, Node node, PrintStream out) throws InterruptedException {
        out.println("Crawling the farm once ...");
        CrawlReport report = node.crawler().orElseThrow().runOnce();
        out.printf("Crawled %d list pages, %d new articles, %d failures%n", report.listPages(), report.newArticles(), report.failures());
        out.println("Waiting for the pipeline, the store and the alerts to catch up ...");
        Instant deadline = Instant.now().plus(DRAIN_TIMEOUT);
        while (!node.drained()) {
            if (Instant.now().isAfter(deadline)) {
                out.println("The pipeline did not catch up within " + DRAIN_TIMEOUT + "; summary so far:");
                summary(node, out);
                return 1;
            }
            Thread.sleep(250);
        }
        summary(node, out);
        return 0;
    }

    private int runLive(SiteFarm farm, Node node, PrintStream out, UntilStopped stop) throws InterruptedException {
        node.crawler().orElseThrow().start();
        out.println("Monitoring; a new article is published every " + publishEverySeconds + " s. Ctrl-C to stop.");
        long nextPublish = System.nanoTime() + Duration.ofSeconds(publishEverySeconds).toNanos();
        long nextProgress = System.nanoTime();
        boolean farmFinished = false;
        boolean pausedToday = false;
        while (!stop.await(250)) {
            long now = System.nanoTime();
            if (now >= nextPublish && !farmFinished) {
                Optional<FarmArticle> published = farm.publishNext();
                published.ifPresent(a -> out.println("[farm] published on " + a.siteId() + ": " + a.title()));
                if (published.isPresent()) {
                    pausedToday = false;
                } else if (farm.endless()) {
                    // the demo's farm dates its news today and publishes a day's worth, then waits for the next day
                    if (!pausedToday) {
                        out.println("[farm] 今日模拟新闻已全部发布，明日继续 / today's live news is all published; more tomorrow");
                        pausedToday = true;
                    }
                } else {
                    // a farm without live dates runs out, and says so once
                    out.println("[farm] every article is published; no new articles will appear");
                    farmFinished = true;
                }
                nextPublish = now + Duration.ofSeconds(publishEverySeconds).toNanos();
            }
            if (now >= nextProgress) {
                out.println(progressLine(node));
                nextProgress = now + Duration.ofSeconds(10).toNanos();
            }
        }
        out.println("Stopping ...");
        return 0;
    }

    static String progressLine(Node node) {
        StringBuilder line = new StringBuilder("[progress]");
        node.sink().ifPresent(s -> line.append(String.format(" articles %d · meetings %d · metrics %d",
                s.stats().articles(), s.stats().meetings(), s.stats().metrics())));
        node.alerts().ifPresent(a -> line.append(" · alerts ").append(a.total().sent()));
        node.crawler().ifPresent(c -> failingLines(c.siteStatuses()).forEach(l -> line.append(System.lineSeparator()).append(l)));
        return line.toString();
    }

    /**
     * One line per failing site with its reason, the first {@value #FAILING_SITES_SHOWN} only: a registry
     * of hundreds of dead portals must not flood the console; the rest are counted.
     */
    static List<String> failingLines(List<yaowen.crawler.SiteStatus> sites) {
        List<yaowen.crawler.SiteStatus> failing = sites.stream().filter(yaowen.crawler.SiteStatus::failing).toList();
        List<String> lines = new java.util.ArrayList<>();
        failing.stream().limit(FAILING_SITES_SHOWN).forEach(site -> lines.add("[failing] site " + site.siteId() + " since "
                + site.failingSince().orElseThrow() + ": " + site.reason()));
        if (failing.size() > FAILING_SITES_SHOWN) {
            lines.add("[failing] … and " + (failing.size() - FAILING_SITES_SHOWN)
                    + " more sites (all of them, with reasons: /api/sites)");
        }
        return lines;
    }

    /** Failing sites named on each progress line; the rest are counted. */
    static final int FAILING_SITES_SHOWN = 5;

    static void summary(Node node, PrintStream out) {
        Map<String, Long> topics = TopicProgress.count(node.kafka(), node.topics().all());
        out.println();
        out.println("Records per topic:");
        topics.forEach((t, n) -> out.printf("  %-20s %6d%n", t, n));
        node.store().ifPresent(store -> {
            out.println("Rows per table:");
            store.rowCounts().forEach((t, n) -> out.printf("  %-20s %6d%n", t, n));
        });
        out.println("Dead letters: " + topics.getOrDefault(node.topics().dlq(), 0L));
    }
}
