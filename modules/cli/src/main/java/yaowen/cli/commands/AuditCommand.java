package yaowen.cli.commands;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import yaowen.cli.audit.Audit;
import yaowen.cli.audit.AuditReport;
import yaowen.cli.audit.StoreKeys;
import yaowen.cli.audit.TopicReader;
import yaowen.cli.config.ConfigLoader;
import yaowen.cli.config.YaowenConfig;
import yaowen.cli.node.KafkaClients;
import yaowen.records.TopicNames;

/** {@code yaowen audit}: whether every raw page came through exactly once, in the topics and the store. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = {"Reads Yaowen's topics (committed records only) to their end and prints one line per stage:",
                "raw pages → articles + dead letters, articles → meetings and metrics, the store's keys against the",
                "topics', and the alerts. Exit status 0: nothing duplicated, nothing lost; 1: some; 2: bad usage.",
                "A DuckDB store is opened read-only: stop the sink that writes it first."})
public final class AuditCommand implements Callable<Integer> {
    static final Duration READ_TIMEOUT = Duration.ofMinutes(2);

    @Spec
    CommandSpec spec;

    @Option(names = {"-b", "--bootstrap-servers"}, required = true, description = "Kafka HOST:PORT[,…] to read.")
    String bootstrapServers;

    @Option(names = "--store", description = "Also check this store: a DuckDB file (as store.duckdbPath) or a JDBC URL"
            + " (as store.postgresUrl).")
    String store;

    @Option(names = {"-c", "--config"}, description = "Take Kafka's client properties and kafka.topicPrefix from this config.")
    Path configFile;

    @Override
    public Integer call() {
        YaowenConfig.Kafka settings = configFile == null ? null : ConfigLoader.load(configFile).kafka();
        KafkaClients kafka = settings == null ? KafkaClients.plain(bootstrapServers) : KafkaClients.of(settings, bootstrapServers);
        TopicNames topics = settings == null ? TopicNames.DEFAULT : settings.topics();
        AuditReport report = audit(kafka, topics, Optional.ofNullable(store));
        PrintWriter out = spec.commandLine().getOut();
        report.lines().forEach(out::println);
        out.flush();
        return report.ok() ? 0 : 1;
    }

    /** Reads the cluster (and the store) and counts: what {@code yaowen audit} prints, for the fault suite too. */
    public static AuditReport audit(KafkaClients kafka, TopicNames topics, Optional<String> store) {
        var input = new TopicReader(kafka, topics, READ_TIMEOUT).read(store.map(StoreKeys::read));
        return Audit.of(input, topics.pagesRaw(), topics.articles());
    }
}
