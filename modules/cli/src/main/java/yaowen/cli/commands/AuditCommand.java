package yaowen.cli.commands;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import yaowen.cli.audit.Audit;
import yaowen.cli.audit.AuditInput;
import yaowen.cli.audit.AuditReport;
import yaowen.cli.audit.StoreKeys;
import yaowen.cli.audit.TopicReader;
import yaowen.cli.config.ConfigLoader;
import yaowen.cli.config.YaowenConfig;
import yaowen.cli.node.KafkaClients;
import yaowen.cli.node.KafkaUnreachableException;
import yaowen.records.TopicNames;

/** {@code yaowen audit}: whether every raw page came through exactly once, in the topics and the store. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        header = "Counts what every raw page became, stage by stage: duplicates and losses.",
        description = {"Reads Yaowen's topics (committed records only) to their end and prints one line per stage:",
                "raw pages → articles + dead letters, articles → meetings and metrics, the store's keys against the",
                "topics', and the alerts (every meeting has its NEW alert). Exit status 0: nothing duplicated, nothing",
                "lost; 1: some; 2: bad usage; 3: Kafka could not be read ('cannot reach Kafka at …').",
                "A DuckDB store is opened read-only: stop the sink that writes it first.",
                "Exact on a fresh run: on a long-lived cluster compaction removes repeats it would count, and records",
                "past their retention are gone (a meeting whose NEW alert expired counts as lost)."})
public final class AuditCommand implements Callable<Integer> {
    static final Duration READ_TIMEOUT = Duration.ofMinutes(2);
    /** How long the cluster may take to answer at all before the audit says it cannot reach it. */
    static final Duration REACH_TIMEOUT = Duration.ofSeconds(10);
    /** Exit status when Kafka could not be read: no verdict, unlike 1. */
    public static final int KAFKA_UNREADABLE = 3;

    @Spec
    CommandSpec spec;

    @Option(names = {"-b", "--bootstrap-servers"},
            description = "Kafka HOST:PORT[,…] to read (default: kafka.bootstrapServers of --config).")
    String bootstrapServers;

    @Option(names = "--store", description = "Also check this store: a DuckDB file (as store.duckdbPath) or a JDBC URL"
            + " (as store.postgresUrl).")
    String store;

    @Option(names = {"-c", "--config"}, description = "Take Kafka's servers, client properties and kafka.topicPrefix from"
            + " this config.")
    Path configFile;

    @Override
    public Integer call() {
        YaowenConfig.Kafka settings = configFile == null ? null : ConfigLoader.load(configFile).kafka();
        String servers = servers(bootstrapServers, settings == null ? Optional.empty() : settings.bootstrapServers())
                .orElseThrow(() -> new ParameterException(spec.commandLine(),
                        "Missing --bootstrap-servers (or a --config with kafka.bootstrapServers)"));
        KafkaClients kafka = settings == null ? KafkaClients.plain(servers) : KafkaClients.of(settings, servers);
        TopicNames topics = settings == null ? TopicNames.DEFAULT : settings.topics();
        Optional<AuditInput.Stored> stored = Optional.ofNullable(store).map(StoreKeys::read);
        AuditReport report;
        try {
            kafka.requireReachable(REACH_TIMEOUT);
            report = count(kafka, topics, stored);
        } catch (KafkaUnreachableException e) {
            return unreadable(e.getMessage());
        } catch (TopicReader.UnreadableException e) {
            return unreadable("cannot reach Kafka at " + servers + " (" + e.getMessage() + ")");
        }
        PrintWriter out = spec.commandLine().getOut();
        report.lines().forEach(out::println);
        out.flush();
        return report.ok() ? 0 : 1;
    }

    /** {@code -b} when given, else the config's servers; empty when neither names any. */
    public static Optional<String> servers(String option, Optional<String> configured) {
        return Optional.ofNullable(option).or(() -> configured).filter(s -> !s.isBlank());
    }

    private int unreadable(String message) {
        PrintWriter err = spec.commandLine().getErr();
        err.println(yaowen.settings.Redaction.text("yaowen: " + message)); // a message may quote a URL with its key
        err.flush();
        return KAFKA_UNREADABLE;
    }

    /** Reads the cluster (and the store) and counts: what {@code yaowen audit} prints, for the fault suite too. */
    public static AuditReport audit(KafkaClients kafka, TopicNames topics, Optional<String> store) {
        return count(kafka, topics, store.map(StoreKeys::read));
    }

    private static AuditReport count(KafkaClients kafka, TopicNames topics, Optional<AuditInput.Stored> stored) {
        var input = new TopicReader(kafka, topics, READ_TIMEOUT).read(stored);
        return Audit.of(input, topics.pagesRaw(), topics.articles());
    }
}
