package yaowen.cli.commands;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import yaowen.alerts.channel.ChannelSpec;
import yaowen.alerts.channel.Channels;
import yaowen.cli.config.ConfigLoader;
import yaowen.cli.config.ReferenceYaml;
import yaowen.cli.config.YaowenConfig;
import yaowen.crawler.SiteConfig;
import yaowen.settings.Redaction;

/** {@code yaowen config}: check a node configuration, print the reference. */
@Command(name = "config", mixinStandardHelpOptions = true, description = "Node configuration (yaowen.yaml) tools.",
        subcommands = {ConfigCommand.Check.class, ConfigCommand.Reference.class})
public final class ConfigCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code yaowen config check FILE}. */
    @Command(name = "check", mixinStandardHelpOptions = true,
            description = {"Validates a config file as 'run' would, without starting anything: no broker, no store,",
                    "no fetch. Reads the sitesFile it names. Prints 'OK:' and a summary (exit 0), or every problem,",
                    "one line each naming the file and the key (exit 2, as 'run' does for a bad config)."})
    public static final class Check implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "The YAML config (every key: ./yaowen config reference).")
        Path file;

        @Override
        public Integer call() {
            YaowenConfig config = ConfigLoader.load(file);
            PrintWriter out = spec.commandLine().getOut();
            out.println(Redaction.text("OK: " + file + ": " + summary(config))); // a bootstrap or registry URL may carry user info
            if (config.sites().isEmpty()) {
                out.println("note: no sites configured; 'run' with the crawl role needs at least one");
            }
            for (ChannelSpec channel : config.alerts().channels()) {
                List<String> unset = Channels.unsetVariables(channel, System::getenv);
                if (!unset.isEmpty()) {
                    out.println("note: alert channel " + channel.name() + " reads environment variable(s) "
                            + String.join(", ", unset) + ", not set here; 'run' with the alerts role stops until they are");
                }
            }
            out.flush();
            return 0;
        }

        static String summary(YaowenConfig c) {
            int lists = c.sites().stream().mapToInt(s -> s.listUrls().size()).sum();
            String kafka = c.kafka().bootstrapServers().map(b -> "Kafka " + b)
                    .orElse("embedded Kafka in " + c.dataDir().resolve("kafka"));
            String store = switch (c.store().type()) {
                case DUCKDB -> "DuckDB " + c.store().duckdbPath();
                case POSTGRES -> "PostgreSQL";
            };
            String web = c.web().enabled() ? "dashboard on " + c.web().bindAddress() + ":" + c.web().port() : "no dashboard";
            String alerts = String.join(" + ", c.alerts().channels().stream()
                    .map(ch -> ch.name().equals(ch.type().name().toLowerCase(java.util.Locale.ROOT)) ? ch.name()
                            : ch.name() + " (" + ch.type().name().toLowerCase(java.util.Locale.ROOT) + ")").toList());
            if (!alerts.isEmpty()) {
                alerts += c.alerts().rules().isEmpty() ? " (default rule)"
                        : " (" + c.alerts().rules().size() + (c.alerts().rules().size() == 1 ? " rule)" : " rules)");
            }
            String properties = c.kafka().properties().isEmpty() ? ""
                    : ", client properties " + YaowenConfig.Kafka.redacted(c.kafka().properties());
            return c.sites().size() + " sites (" + lists + " list pages), " + kafka + " (" + c.kafka().partitions()
                    + " partitions" + properties + "), " + store + ", " + web + ", alerts: " + (alerts.isEmpty() ? "none" : alerts)
                    + ", crawler parallelism " + c.crawler().parallelism() + ", pipeline " + c.pipeline().streamThreads()
                    + " thread(s)" + siteIds(c);
        }

        private static String siteIds(YaowenConfig c) {
            String ids = String.join(", ", c.sites().stream().limit(5).map(SiteConfig::id).toList());
            return c.sites().isEmpty() ? "" : "; sites: " + ids + (c.sites().size() > 5 ? ", …" : "");
        }
    }

    /** {@code yaowen config reference}. */
    @Command(name = "reference", mixinStandardHelpOptions = true,
            description = {"Prints the reference config: every key with its reason, allowed values and default,",
                    "written from the definitions in the code (deploy/yaowen.reference.yaml is this output)."})
    public static final class Reference implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--markdown", description = "A Markdown table instead: key, default, value, where defined.")
        boolean markdown;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            out.print(markdown ? ReferenceYaml.table() : ReferenceYaml.render());
            out.flush();
            return 0;
        }
    }
}
