package yaowen.cli.commands;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import yaowen.cli.config.ConfigLoader;
import yaowen.crawler.Crawler;
import yaowen.crawler.CrawlerSettings;
import yaowen.crawler.ListPageCheck;
import yaowen.crawler.PageSink;
import yaowen.crawler.SeenUrls;
import yaowen.crawler.SiteConfig;

/** {@code yaowen sites}: the site registry. */
@Command(name = "sites", mixinStandardHelpOptions = true, description = "Site registry (sites.yaml) tools.",
        subcommands = {SitesCommand.Check.class})
public final class SitesCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code yaowen sites check FILE}. */
    @Command(name = "check", mixinStandardHelpOptions = true,
            description = {"Validates a sites file and shows the article links each list page yields.",
                    "Validation prints one line per problem (exit 2), then every list page is fetched",
                    "politely and prints the article links and further list pages it finds.",
                    "Exit 1 when a list page failed or yielded no article link. Progress goes to stderr."})
    public static final class Check implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "sites.yaml (a top-level 'sites:' list).")
        Path file;

        @Option(names = "--validate-only", description = "Only validate the file; fetch nothing.")
        boolean validateOnly;

        @Option(names = "--allow-private", description = "Allow loopback and private addresses (tests, intranets).")
        boolean allowPrivate;

        @Option(names = "--delay", defaultValue = "1s", description = "Pause between requests to one host (default ${DEFAULT-VALUE}).")
        String delay;

        @Option(names = "--links", defaultValue = "10", description = "Article links printed per list page (default ${DEFAULT-VALUE}).")
        int links;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            List<SiteConfig> sites = ConfigLoader.loadSites(file);
            int pagesTotal = sites.stream().mapToInt(s -> s.listUrls().size()).sum();
            out.println(file + ": " + sites.size() + " sites, " + pagesTotal + " list pages: valid");
            if (validateOnly) {
                out.flush();
                return 0;
            }
            Duration pause = ConfigLoader.parseDuration(delay, "--delay");
            CrawlerSettings settings = CrawlerSettings.builder().allowPrivateAddresses(allowPrivate)
                    .minDelayPerHost(pause).parallelism(1).maxRetries(1).build();
            PageSink none = page -> { };
            int bad = 0;
            int done = 0;
            try (Crawler crawler = new Crawler(settings, sites, none, SeenUrls.inMemory())) {
                for (SiteConfig site : sites) {
                    out.println();
                    out.println(site.id() + "  " + site.name() + site.regionCode().map(r -> "  (" + r + ")").orElse(""));
                    for (URI url : site.listUrls()) {
                        progress(err, done, pagesTotal, url);
                        ListPageCheck check = crawler.checkListPage(url);
                        done++;
                        bad += print(out, check);
                    }
                    out.flush();
                }
            }
            progress(err, done, pagesTotal, null);
            err.println();
            err.flush();
            out.println();
            out.println(bad == 0 ? "all " + pagesTotal + " list pages yield article links"
                    : bad + " of " + pagesTotal + " list pages failed or yield no article link");
            out.flush();
            return bad == 0 ? 0 : 1;
        }

        private int print(PrintWriter out, ListPageCheck check) {
            String status = check.status().isPresent() ? "HTTP " + check.status().getAsInt() : "no response";
            if (!check.ok()) {
                out.println("  FAIL " + check.url() + "  " + status + "  " + check.problem());
                return 1;
            }
            String mark = check.articles().isEmpty() ? "  NONE " : "  OK   ";
            out.println(mark + check.url() + "  " + status + "  " + check.articles().size() + " article links, "
                    + check.listPages().size() + " further list pages");
            check.articles().stream().limit(links).forEach(a -> out.println("         " + a));
            if (check.articles().size() > links) {
                out.println("         … " + (check.articles().size() - links) + " more");
            }
            check.listPages().stream().limit(3).forEach(p -> out.println("       + " + p));
            return check.articles().isEmpty() ? 1 : 0;
        }

        private static void progress(PrintWriter err, int done, int total, URI current) {
            int width = 30;
            int filled = total == 0 ? width : done * width / total;
            String bar = "#".repeat(filled) + ".".repeat(width - filled);
            String tail = current == null ? "" : " " + current.getHost();
            err.print("\r[" + bar + "] " + done + "/" + total + " list pages" + tail + "          ");
            err.flush();
        }
    }
}
