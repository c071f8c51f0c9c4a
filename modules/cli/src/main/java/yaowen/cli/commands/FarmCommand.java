package yaowen.cli.commands;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import yaowen.farm.FarmArticle;
import yaowen.farm.FarmOptions;
import yaowen.farm.SiteFarm;

/**
 * {@code yaowen farm}: the demo's simulated government portals on their own, for nodes started with
 * {@code yaowen run} (a scale-out or soak run) to crawl: the sites go to a registry file for {@code sitesFile}, and
 * new articles appear at a steady rate.
 */
@Command(name = "farm", mixinStandardHelpOptions = true,
        header = "Serves the demo's simulated portals, as sites for nodes to crawl.",
        description = {"Serves the demo's simulated portals until Ctrl-C, publishing new articles at a steady rate,",
                "for nodes started with ./yaowen run to crawl. --sites-file writes the portals as a site registry",
                "(point a config's sitesFile at it; the nodes need crawler.allowPrivateAddresses: true for loopback)."})
public final class FarmCommand implements Callable<Integer> {
    @Option(names = "--port", defaultValue = "18080",
            description = "Port of the farm's index; portal i listens on PORT+1+i (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--sites-file", paramLabel = "FILE", description = "Write the portals here as a site registry ('sites:').")
    Path sitesFile;

    @Option(names = "--per-minute", defaultValue = "12",
            description = {"New articles a minute: the held-back and today's news first, then earlier articles again",
                    "under new URLs, dated now, without end; 0 publishes nothing new (default: ${DEFAULT-VALUE})."})
    int perMinute;

    @Override
    public Integer call() throws Exception {
        if (perMinute < 0 || perMinute > 60_000) {
            throw new IllegalArgumentException("--per-minute must be between 0 and 60000, was " + perMinute);
        }
        if (port < 1 || port > 65535 - 16) {
            throw new IllegalArgumentException("--port must be between 1 and 65519 (the portals take the next ports), was " + port);
        }
        PrintStream out = System.out;
        UntilStopped stop = new UntilStopped();
        SiteFarm farm;
        try {
            farm = SiteFarm.start(FarmOptions.demo().withPort(port));
        } catch (java.io.UncheckedIOException e) {
            throw new IllegalArgumentException("cannot serve the portals on ports " + port + "-" + (port + 5) + " ("
                    + e.getMessage() + "); choose free ones with --port");
        }
        try (farm) {
            if (sitesFile != null) {
                Path parent = sitesFile.toAbsolutePath().getParent();
                Files.createDirectories(parent);
                Path partial = parent.resolve(sitesFile.getFileName() + ".partial");
                Files.writeString(partial, DemoConfig.sitesYaml(farm), StandardCharsets.UTF_8);
                Files.move(partial, sitesFile, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                        java.nio.file.StandardCopyOption.ATOMIC_MOVE); // a script waiting for the file never reads half
            }
            out.println("Sample portals: " + farm.baseUri() + " (" + farm.sites().size() + " sites, " + farm.articles().size()
                    + " articles)" + (sitesFile == null ? "" : "; sites in " + sitesFile.toAbsolutePath()));
            out.println("Publishing " + perMinute + " new articles a minute. Ctrl-C to stop.");
            long interval = perMinute == 0 ? Long.MAX_VALUE : 60_000_000_000L / perMinute;
            long next = System.nanoTime() + Math.min(interval, 60_000_000_000L);
            long nextReport = System.nanoTime() + 10_000_000_000L;
            int published = 0;
            while (!stop.await(Math.max(1, Math.min(250, (next - System.nanoTime()) / 1_000_000)))) {
                long now = System.nanoTime();
                while (perMinute > 0 && now >= next) {
                    Optional<FarmArticle> fresh = farm.publishNext();
                    if (fresh.isEmpty()) {
                        farm.republish();
                    }
                    published++;
                    next += interval;
                }
                if (now >= nextReport) {
                    out.println("[farm] " + published + " new articles published, " + farm.articles().size() + " in all");
                    nextReport = now + 10_000_000_000L;
                }
            }
            out.println("Stopping ...");
        } finally {
            stop.closed();
        }
        return 0;
    }
}
