package yaowen.cli.commands;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import yaowen.cli.config.ConfigLoader;
import yaowen.cli.dlq.DeadLetterTopic;
import yaowen.cli.dlq.DeadLetterView;
import yaowen.records.DeadLetter;

/** {@code yaowen dlq}: reads and replays the dead letters of {@code yaowen.dlq}. */
@Command(name = "dlq", mixinStandardHelpOptions = true,
        header = "Lists, shows and replays dead letters (yaowen.dlq).",
        description = {"Reads and replays dead letters (yaowen.dlq): records a stage could not handle, kept with",
                "their bytes and the reason. A dead letter is named PARTITION:OFFSET, as 'list' prints it."},
        subcommands = {DlqCommand.ListLetters.class, DlqCommand.Show.class, DlqCommand.Replay.class})
public final class DlqCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The cluster to read: its address, client properties and topic names, from the options or a config file. */
    static final class Cluster {
        @Option(names = {"-b", "--bootstrap-servers"},
                description = "Kafka to read (default: the config's kafka.bootstrapServers, else localhost:9092); a node"
                        + " with the embedded broker logs its address.")
        String bootstrapServers;

        @Option(names = {"-c", "--config"}, description = "Take Kafka's client properties (SASL/SSL) and kafka.topicPrefix"
                + " from this config file, as the node does.")
        java.nio.file.Path configFile;

        DeadLetterTopic topic() {
            yaowen.cli.config.YaowenConfig.Kafka settings = configFile == null ? null
                    : yaowen.cli.config.ConfigLoader.load(configFile).kafka();
            String servers = bootstrapServers != null ? bootstrapServers
                    : settings != null && settings.bootstrapServers().isPresent() ? settings.bootstrapServers().get()
                    : "localhost:9092";
            yaowen.cli.node.KafkaClients kafka = settings == null ? yaowen.cli.node.KafkaClients.plain(servers)
                    : yaowen.cli.node.KafkaClients.of(settings, servers);
            return new DeadLetterTopic(kafka, settings == null ? yaowen.records.TopicNames.DEFAULT : settings.topics());
        }
    }

    /** Which dead letters: by stage, kind and age. */
    static final class Filter {
        @Option(names = "--stage", description = "Only this stage (clean, insight, sink, alert, crawl, …).")
        String stage;

        @Option(names = "--kind", description = "Only this kind (UNDECODABLE_RECORD, DISPATCH_FAILED, …).")
        String kind;

        @Option(names = "--since", description = "Only those failed since: a time (2026-12-05T08:00:00Z) or an age (30m, 2h, 3d).")
        String since;

        Predicate<DeadLetter> predicate(Instant now) {
            Instant from = since == null ? Instant.MIN : since(since, now);
            return d -> (stage == null || stage.equals(d.getStage())) && (kind == null || kind.equals(d.getErrorKind()))
                    && !d.getFailedAt().isBefore(from);
        }

        static Instant since(String text, Instant now) {
            try {
                return Instant.parse(text.trim());
            } catch (DateTimeParseException e) {
                Duration age = ConfigLoader.parseDuration(text, "--since");
                return now.minus(age);
            }
        }
    }

    /** {@code yaowen dlq list}. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists dead letters, oldest first, one a line.")
    public static final class ListLetters implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @picocli.CommandLine.Mixin
        Cluster cluster = new Cluster();
        @picocli.CommandLine.ArgGroup(exclusive = false)
        Filter filter = new Filter();

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            List<DeadLetterTopic.Entry> entries = cluster.topic().list(filter.predicate(Instant.now()));
            out.println(DeadLetterView.header());
            entries.forEach(e -> out.println(DeadLetterView.line(e)));
            out.println(entries.size() + " dead letters");
            return 0;
        }
    }

    /** {@code yaowen dlq show PARTITION:OFFSET}. */
    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Shows one dead letter: stage, reason, source, payload size and a preview of a known record.")
    public static final class Show implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @picocli.CommandLine.Mixin
        Cluster cluster = new Cluster();
        @Parameters(paramLabel = "PARTITION:OFFSET", description = "Where the dead letter is, as 'list' prints it.")
        String at;

        @Override
        public Integer call() {
            long[] po = parseAt(at);
            DeadLetterTopic topic = cluster.topic();
            DeadLetterTopic.Entry e = topic.get((int) po[0], po[1]);
            if (e.letter().isEmpty()) {
                throw new IllegalArgumentException(at + " holds " + e.size() + " bytes that are not a dead letter");
            }
            DeadLetterView.details(e, topic.topics()).forEach(spec.commandLine().getOut()::println);
            return 0;
        }
    }

    /** {@code yaowen dlq replay PARTITION:OFFSET | --kind K}. */
    @Command(name = "replay", mixinStandardHelpOptions = true,
            description = {"Sends dead letters' original bytes back to their source topic (idempotent producer),",
                    "so the stage tries them again. Replaying twice sends them twice: the alert channels skip an",
                    "alert they have announced (yaowen.alerts.sent); other stages see the record again (stores",
                    "upsert by key, so a row is not doubled)."})
    public static final class Replay implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @picocli.CommandLine.Mixin
        Cluster cluster = new Cluster();
        @Parameters(paramLabel = "PARTITION:OFFSET", arity = "0..1", description = "One dead letter, as 'list' prints it.")
        String at;
        @picocli.CommandLine.ArgGroup(exclusive = false)
        Filter filter = new Filter();

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            DeadLetterTopic topic = cluster.topic();
            boolean filtered = filter.stage != null || filter.kind != null || filter.since != null;
            if ((at == null) == !filtered) {
                throw new IllegalArgumentException("name one dead letter (PARTITION:OFFSET) or choose them with --kind,"
                        + " --stage or --since, not both");
            }
            List<DeadLetterTopic.Entry> entries;
            if (at != null) {
                long[] po = parseAt(at);
                entries = List.of(topic.get((int) po[0], po[1]));
            } else {
                entries = topic.list(filter.predicate(Instant.now()));
            }
            int replayed = 0;
            for (DeadLetterTopic.Entry e : entries) {
                DeadLetter d = e.letter().orElseThrow(() -> new IllegalArgumentException(at + " is not a dead letter"));
                out.println("replayed " + e.at() + " (" + d.getStage() + " " + d.getErrorKind() + ") to " + topic.replay(d));
                replayed++;
            }
            out.println(replayed + " dead letters replayed");
            return 0;
        }
    }

    /** {@code 1:42} as {partition, offset}. */
    static long[] parseAt(String at) {
        String[] parts = at.trim().split(":");
        try {
            if (parts.length == 2) {
                long partition = Long.parseLong(parts[0]);
                long offset = Long.parseLong(parts[1]);
                if (partition >= 0 && partition <= Integer.MAX_VALUE && offset >= 0) {
                    return new long[] {partition, offset};
                }
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("'" + at + "' is not PARTITION:OFFSET like 1:42 (see yaowen dlq list)");
    }
}
