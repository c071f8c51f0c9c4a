package yaowen.cli.commands;

import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import yaowen.cli.config.ConfigLoader;
import yaowen.cli.config.YaowenConfig;
import yaowen.cli.logging.LogOptions;
import yaowen.cli.logging.Logs;
import yaowen.cli.node.Node;
import yaowen.cli.node.Role;

/** {@code yaowen run}: a production node for the configured sites, all roles or some. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Monitors the sites of a config file and runs the pipeline, store, alerts and dashboard.",
                "Without kafka.bootstrapServers (or --bootstrap-servers) an embedded Kafka keeps its data in the data dir.",
                "Run single roles in separate processes with --roles against a shared cluster."})
public final class RunCommand implements Callable<Integer> {
    @Option(names = {"-c", "--config"}, required = true, description = "The YAML config (see deploy/yaowen.reference.yaml).")
    Path configFile;

    @Option(names = "--roles", defaultValue = "all",
            description = "all, or a comma-separated subset of: crawl, pipeline, sink, alerts, web (default: ${DEFAULT-VALUE}).")
    String roles;

    @Option(names = "--bootstrap-servers", description = "Kafka HOST:PORT[,…]; overrides kafka.bootstrapServers and starts no embedded broker.")
    String bootstrapServers;

    @Mixin
    LogOptions logging;

    @Override
    public Integer call() throws Exception {
        Set<Role> chosen = Role.parse(roles);
        YaowenConfig config = bootstrapServers == null ? ConfigLoader.load(configFile) : withBootstrap(configFile, bootstrapServers);
        if (chosen.contains(Role.CRAWL) && config.sites().isEmpty()) {
            throw new IllegalArgumentException(configFile + ": no sites configured; add some under 'sites:' or leave out the crawl role");
        }
        DataDirLock lock = DataDirLock.take(config.dataDir(), "run"); // before anything touches it
        UntilStopped stop = new UntilStopped();
        try (lock;
             Logs logs = logging.start(config.dataDir(), System.out);
             Node node = Node.start(config, chosen, System.out)) {
            node.crawler().ifPresent(c -> c.start());
            node.web().ifPresent(web -> System.out.println("Dashboard: " + web.uri()));
            System.out.println("Yaowen running (" + chosen + ", Kafka " + node.bootstrapServers() + "). Ctrl-C to stop.");
            while (!stop.await(10_000)) {
                System.out.println(DemoCommand.progressLine(node));
            }
            System.out.println("Stopping ...");
        } finally {
            stop.closed();
        }
        return 0;
    }

    private static YaowenConfig withBootstrap(Path file, String servers) {
        YaowenConfig base = ConfigLoader.load(file);
        YaowenConfig check = ConfigLoader.parse("kafka: {bootstrapServers: '" + servers + "'}", "--bootstrap-servers");
        return new YaowenConfig(base.dataDir(),
                base.kafka().withBootstrapServers(check.kafka().bootstrapServers()),
                base.crawler(), base.pipeline(), base.sites(), base.store(), base.web(), base.alerts());
    }
}
